/**
 * The eligibility engine on the command line (usage below). Answers files use the JSON shape of
 * /data/answers.schema.json; rosters use the checker's flat field names as columns, read by the same
 * parser as a checker link. Bad input is named by file, row, column and value.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateEligibility } from '../src/lib/eligibility/evaluate.ts';
import { describeProblem, headerProblems, readRosterRecord, resultCsv, type RosterRow } from '../src/lib/eligibility/roster.ts';
import { AnswersError } from '../src/lib/eligibility/validate.ts';
import { clipForMessage } from '../src/lib/spreadsheets/cells.ts';
import { readCsvBytes } from '../src/lib/spreadsheets/text.ts';
import { loadRulesetKept } from './lib/ruleset-cache.ts';

const USAGE = `Usage: npm run eligibility -- <answers.json>
         prints the result as JSON: items (one per support item and entry), total {certain, possible}
       npm run eligibility -- --csv <roster.csv> [--out <results.csv>]
         one enterprise, institution or person per row (UTF-8, UTF-16 with BOM or GB18030, as
         Excel saves it; a file mixing UTF-8 and GB18030 rows is refused).
         Columns: the checker's answer fields (applicant, inWuhua, topics, rdRankYear …), repeatable
         groups numbered from 1 (platform1Type, platform1MunicipalYear, talent2LeadingTitles,
         team1Kunming; up to each group's maximum, 20; an entry whose cells are all empty is no
         entry), lists separated by , ; | or 、 (an empty list cell is "none"), and optional label
         columns id, name, 名称, 编号.
         Old column names of the one-platform checker (platformType, year …) are refused with the
         new name to use: one "year" for every result could give a wrong sum.
         Results (UTF-8 with BOM; default <roster>.results.csv): status and least/most sum per
         result (item × entry, as many entry columns as the roster's largest entry count), in the
         checker page's words, then 确定可得, 最多可能 and 问题. Bad rows are listed on stderr and left
         blank; good rows are still evaluated. Cells Excel would read as a formula (= + - @ …) are
         written with a leading '. --out must not be the roster itself.
Exit code: 0 all good; 1 bad answers, or any bad row; 2 the file cannot be used at all (unreadable,
mixed encodings, a column named twice, old column names), the results cannot be written, or wrong
arguments.`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** A file system error in one line: "ENOENT: no such file or directory" without the path repeated. */
const reason = (error: unknown) => {
  const { code, message } = error as NodeJS.ErrnoException;
  return code ? `${code}: ${message.split(',')[0]?.replace(/^[A-Z]+: /, '')}` : (message ?? String(error));
};

/** The same file, however the two paths are spelt (./a.csv, a symlink, a hard link). */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Whether a parsed JSON value nests deeper than `limit` (checked without recursion: it is the file's own depth that is in question). */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (depth > limit) return true;
    if (item && typeof item === 'object') for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

const args = process.argv.slice(2);
if (!args.length || args.includes('--help') || args.includes('-h')) fail(USAGE);
const ruleset = await loadRulesetKept();

if (args[0] === '--csv') {
  const input = args[1] ?? fail(USAGE);
  const outIndex = args.indexOf('--out');
  const output = outIndex > 0 ? (args[outIndex + 1] ?? fail(USAGE)) : input.replace(/(\.csv)?$/i, '.results.csv');
  if (sameFile(input, output))
    fail(`${output}: --out is the roster itself; writing the results there would replace it. Choose another file`);
  if (statSync(output, { throwIfNoEntry: false })?.isDirectory()) fail(`${output}: is a folder; --out needs a file name`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (error) {
    fail(`${input}: cannot be read: ${reason(error)}`);
  }
  const read = readCsvBytes(bytes);
  if (!read.ok) {
    const { problem } = read;
    const saveAgain = 'Save it again as "CSV UTF-8" and run again';
    if (problem.kind === 'mixed-encoding') {
      fail(
        `${input}: row ${problem.row} is not UTF-8 but row ${problem.utf8Row} is: the file mixes encodings (a cell pasted from a GB18030 sheet?). ${saveAgain}`,
      );
    }
    if (problem.kind === 'nul-bytes') fail(`${input}: ${problem.message}. ${saveAgain}`);
    fail(`${input}: row ${problem.row}: not a readable CSV file: ${problem.message}`);
  }
  // Arrays, not objects: a column named twice must be seen, not silently overwritten.
  const { records, encoding } = read;
  const header = (records[0] ?? fail(`${input}: the file is empty; the first row must name the columns`)).map((h) => h.trim());
  const spoiled = headerProblems(ruleset, header);
  if (spoiled.length) {
    console.error(spoiled.map((p) => `${input}: header: column ${clipForMessage(p.column)}: ${p.message}`).join('\n'));
    fail(`${input}: nothing evaluated; fix the header and run again`);
  }
  const rows: RosterRow[] = [];
  for (let index = 1; index < records.length; index += 1) {
    // The header is row 1, as Excel numbers it.
    const row = readRosterRecord(ruleset, header, records[index] as string[], index + 1);
    if (row) rows.push(row);
  }
  // Written whole to a temporary file first, so a crash never leaves half a results file.
  try {
    writeFileSync(`${output}.tmp`, `\uFEFF${resultCsv(ruleset, rows)}`);
    renameSync(`${output}.tmp`, output);
  } catch (error) {
    rmSync(`${output}.tmp`, { force: true });
    fail(`${output}: cannot be written: ${reason(error)}`);
  }
  const bad = rows.filter((r) => r.problems.length);
  console.log(
    `${rows.length} rows read (${encoding}): ${rows.length - bad.length} evaluated, ${bad.length} with errors; results in ${output}`,
  );
  if (bad.length) {
    console.error(bad.flatMap((r) => r.problems.map((p) => `${input}: row ${r.row}: ${describeProblem(p)}`)).join('\n'));
    process.exitCode = 1;
  }
} else {
  const input = args[0] as string;
  let source: string;
  try {
    source = readFileSync(input, 'utf8');
  } catch (error) {
    fail(`${input}: cannot be read: ${reason(error)}`);
  }
  let answers: unknown;
  try {
    // A BOM, as Windows Notepad writes it, is not part of the JSON.
    answers = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    fail(`${input}: not readable JSON: ${clipForMessage((error as Error).message, 200)}`);
  }
  // Answers nest four levels at most (answers → platforms → entry → list); much deeper is not answers and
  // would exhaust the stack of the validation and of the messages about it.
  if (nestedDeeperThan(answers, 64)) fail(`${input}: nested more than 64 levels deep; not an answers file`);
  try {
    console.log(JSON.stringify(evaluateEligibility(ruleset, answers), null, 2));
  } catch (error) {
    if (!(error instanceof AnswersError)) throw error;
    const value = (v: unknown) =>
      v === undefined ? '(missing)' : typeof v === 'string' ? JSON.stringify(clipForMessage(v)) : clipForMessage(JSON.stringify(v));
    console.error(error.errors.map((e) => `${input}: field ${e.field}: ${e.message} (value: ${value(e.value)})`).join('\n'));
    process.exitCode = 1;
  }
}
