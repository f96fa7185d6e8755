/**
 * The eligibility engine on the command line (usage below). Answers files use the JSON shape of
 * /data/answers.schema.json; rosters use the checker's flat field names as columns, read by the same
 * parser as a checker link. Bad input is named by file, row, column and value.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { evaluateEligibility } from '../src/lib/eligibility/evaluate.ts';
import { csvText, describeProblem, headerProblems, readRosterRecord, resultSheet, type RosterRow } from '../src/lib/eligibility/roster.ts';
import { AnswersError } from '../src/lib/eligibility/validate.ts';
import { loadRuleset } from './lib/load-ruleset.ts';
import { decodeSpreadsheetText } from './lib/text-encoding.ts';

const USAGE = `Usage: npm run eligibility -- <answers.json>
         prints the result as JSON: items (one per support item and entry), total {certain, possible}
       npm run eligibility -- --csv <roster.csv> [--out <results.csv>]
         one enterprise, institution or person per row (UTF-8 or GB18030, as Excel saves it).
         Columns: the checker's answer fields (applicant, inWuhua, topics, rdRankYear …), repeatable
         groups numbered from 1 (platform1Type, platform1MunicipalYear, talent2LeadingTitles,
         team1Kunming; up to each group's maximum, 20), lists separated by , ; | or 、 (an empty
         list cell is "none"), and optional label columns id, name, 名称, 编号.
         Old column names of the one-platform checker (platformType, year …) are refused with the
         new name to use: one "year" for every result could give a wrong sum.
         Results (UTF-8 with BOM; default <roster>.results.csv): status and least/most sum per
         result (item × entry, as many entry columns as the roster's largest entry count), in the
         checker page's words, then 确定可得, 最多可能 and 问题. Bad rows are listed on stderr and left
         blank; good rows are still evaluated.
Exit code: 0 all good; 1 bad answers, or any bad row; 2 the file cannot be used at all (unreadable,
a column named twice, old column names) or wrong arguments.`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
if (!args.length || args.includes('--help') || args.includes('-h')) fail(USAGE);
const ruleset = loadRuleset();

if (args[0] === '--csv') {
  const input = args[1] ?? fail(USAGE);
  const outIndex = args.indexOf('--out');
  const output = outIndex > 0 ? (args[outIndex + 1] ?? fail(USAGE)) : input.replace(/(\.csv)?$/i, '.results.csv');
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (error) {
    fail(`${input}: cannot be read: ${(error as Error).message}`);
  }
  const { text, encoding } = decodeSpreadsheetText(bytes);
  let records: string[][];
  try {
    // Arrays, not objects: a column named twice must be seen, not silently overwritten.
    records = parse(text, { relax_column_count: true, skip_empty_lines: false, trim: false });
  } catch (error) {
    fail(`${input}: not a readable CSV file: ${(error as Error).message}`);
  }
  const header = (records[0] ?? fail(`${input}: the file is empty; the first row must name the columns`)).map((h) => h.trim());
  const spoiled = headerProblems(ruleset, header);
  if (spoiled.length) {
    console.error(spoiled.map((p) => `${input}: header: column ${p.column}: ${p.message}`).join('\n'));
    fail(`${input}: nothing evaluated; fix the header and run again`);
  }
  const rows: RosterRow[] = [];
  for (let index = 1; index < records.length; index += 1) {
    // The header is row 1, as Excel numbers it.
    const row = readRosterRecord(ruleset, header, records[index] as string[], index + 1);
    if (row) rows.push(row);
  }
  // Written whole to a temporary file first, so a crash never leaves half a results file.
  writeFileSync(`${output}.tmp`, `\uFEFF${csvText(resultSheet(ruleset, rows))}`);
  renameSync(`${output}.tmp`, output);
  const bad = rows.filter((r) => r.problems.length);
  console.log(`${rows.length} rows read (${encoding}): ${rows.length - bad.length} evaluated, ${bad.length} with errors; results in ${output}`);
  if (bad.length) {
    console.error(bad.flatMap((r) => r.problems.map((p) => `${input}: row ${r.row}: ${describeProblem(p)}`)).join('\n'));
    process.exitCode = 1;
  }
} else {
  const input = args[0] as string;
  let answers: unknown;
  try {
    answers = JSON.parse(readFileSync(input, 'utf8'));
  } catch (error) {
    fail(`${input}: not readable JSON: ${(error as Error).message}`);
  }
  try {
    console.log(JSON.stringify(evaluateEligibility(ruleset, answers), null, 2));
  } catch (error) {
    if (!(error instanceof AnswersError)) throw error;
    console.error(error.errors.map((e) => `${input}: field ${e.field}: ${e.message} (value: ${JSON.stringify(e.value) ?? '(missing)'})`).join('\n'));
    process.exitCode = 1;
  }
}
