/**
 * The eligibility engine on the command line.
 *   npm run eligibility -- answers.json            prints the result as JSON
 *   npm run eligibility -- --csv roster.csv [--out results.csv]
 * A roster has one profile per row (UTF-8 or GB18030, as Excel saves it). Good rows are evaluated,
 * bad rows are listed with their row number and field; the exit code is 1 when any row was bad.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { evaluateEligibility } from '../src/lib/eligibility/evaluate.ts';
import { LABEL_COLUMNS, resultColumns, resultRow, rowToAnswers } from '../src/lib/eligibility/roster.ts';
import { AnswersError } from '../src/lib/eligibility/validate.ts';
import { loadRuleset } from './lib/load-ruleset.ts';
import { decodeSpreadsheetText } from './lib/text-encoding.ts';

const USAGE = 'Usage: npm run eligibility -- <answers.json>\n       npm run eligibility -- --csv <roster.csv> [--out <results.csv>]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
const ruleset = loadRuleset();

if (args[0] === '--csv') {
  const input = args[1] ?? fail(USAGE);
  const outIndex = args.indexOf('--out');
  const output = outIndex > 0 ? (args[outIndex + 1] ?? fail(USAGE)) : input.replace(/(\.csv)?$/i, '.results.csv');
  const { text, encoding } = decodeSpreadsheetText(readFileSync(input));
  let rows: Array<Record<string, string>>;
  try {
    rows = parse(text, { columns: (header: string[]) => header.map((h) => h.trim()), skip_empty_lines: true, relax_column_count: false, trim: false });
  } catch (error) {
    fail(`${input}: not a readable CSV file: ${(error as Error).message}`);
  }
  const out: string[][] = [resultColumns(ruleset.items)];
  const problems: string[] = [];
  let badRows = 0;
  rows.forEach((row, index) => {
    const rowNumber = index + 2; // row 1 is the header, as Excel numbers it
    const label = LABEL_COLUMNS.map((c) => row[c]).find((v) => v?.trim())?.trim() ?? '';
    try {
      out.push(resultRow(rowNumber, label, ruleset.items, evaluateEligibility(ruleset, rowToAnswers(row))));
    } catch (error) {
      if (!(error instanceof AnswersError)) throw error;
      const detail = error.errors.map((e) => `column ${e.field}: ${e.message} (value: ${JSON.stringify(e.value) ?? '(empty)'})`);
      badRows += 1;
      for (const line of detail) problems.push(`${input}: row ${rowNumber}: ${line}`);
      out.push(resultRow(rowNumber, label, ruleset.items, undefined, detail.join('; ')));
    }
  });
  // Written whole to a temporary file first, so a crash never leaves half a results file.
  writeFileSync(`${output}.tmp`, `\uFEFF${stringify(out)}`);
  renameSync(`${output}.tmp`, output);
  console.log(`${rows.length} rows read (${encoding}): ${rows.length - badRows} evaluated, ${badRows} with errors; results in ${output}`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
} else {
  const input = args[0] ?? fail(USAGE);
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
