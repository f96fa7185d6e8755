/**
 * Imports the list of places from a spreadsheet staff keep in Excel.
 *   npm run import:bases -- <file.xlsx|file.csv> [--dry-run] [--allow-removals]
 * The sheet is the whole list: content/bases/bases.yaml is rewritten to match it, entries sorted by 编号
 * (the canonical order /data/bases.csv also uses), but only when every row passes; otherwise every
 * problem is listed (row, column, value) and nothing is written. A sheet that would delete more than half
 * of the list also needs --allow-removals.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBaseRows } from '../src/lib/bases/import.ts';
import { describeSummary, removesMostOfList } from '../src/lib/spreadsheets/import.ts';
import { readImportArgs, refuseMostRemoved, refuseProblems } from './lib/import-command.ts';
import { CONTENT_ROOT } from '../src/data/content-root.ts';
import { toIsoDate } from '../src/lib/common/dates.ts';
import { readBaseRecords, serializeBaseRecords, writeBaseRecords, BASES_FILE } from './lib/bases-files.ts';
import { readSpreadsheet } from './lib/spreadsheet-files.ts';

const USAGE = '用法：npm run import:bases -- <表格.xlsx|表格.csv> [--dry-run] [--allow-removals]';
const { file, dryRun, allowRemovals } = readImportArgs(USAGE);

const dir = join(CONTENT_ROOT, 'bases');
try {
  const sheet = await readSpreadsheet(file);
  const existing = readBaseRecords(dir);
  const { records, problems, summary } = importBaseRows(sheet.headers, sheet.rows, existing, toIsoDate(new Date()));
  if (problems.length) refuseProblems(file, problems);
  const target = join(dir, BASES_FILE);
  const existed = existsSync(target);
  const unchanged = existed && readFileSync(target, 'utf8') === serializeBaseRecords(records);
  console.log(describeSummary(file, sheet.format, records.length, summary));
  if (removesMostOfList(summary, existing.length) && !allowRemovals)
    refuseMostRemoved(file, existing.length, summary.removed.length, '场所');
  if (dryRun) console.log('试运行（--dry-run）：没有写入。');
  else if (unchanged) console.log(`${target} 已是最新，没有改动。`);
  else {
    mkdirSync(dir, { recursive: true });
    writeBaseRecords(dir, records);
    // Every entry the same but the file not: it was edited by hand in another order or layout.
    const tidied = existed && !summary.added.length && !summary.changed.length && !summary.removed.length;
    console.log(tidied ? `已写入 ${target}（内容没有变化，只是按编号顺序和统一格式重写）` : `已写入 ${target}`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
