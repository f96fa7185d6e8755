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
import { describeImportProblem, describeSummary, removesMostOfList } from '../src/lib/spreadsheet-import.ts';
import { CONTENT_ROOT } from '../src/data/content-root.ts';
import { toIsoDate } from '../src/lib/dates.ts';
import { readBaseRecords, readSpreadsheet, serializeBaseRecords, writeBaseRecords, BASES_FILE } from './lib/bases-files.ts';

const USAGE = '用法：npm run import:bases -- <表格.xlsx|表格.csv> [--dry-run] [--allow-removals]';
const OPTIONS = ['--dry-run', '--allow-removals'];
const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const unknown = args.filter((a) => a.startsWith('--') && !OPTIONS.includes(a));
const dryRun = args.includes('--dry-run');
const allowRemovals = args.includes('--allow-removals');
if (files.length !== 1 || unknown.length) {
  // A mistyped --allow-removals must not be taken for the file or ignored.
  console.error(unknown.length ? `不认识的选项：${unknown.join(' ')}\n${USAGE}` : USAGE);
  process.exit(2);
}
const file = files[0] as string;

const dir = join(CONTENT_ROOT, 'bases');
try {
  const sheet = await readSpreadsheet(file);
  const existing = readBaseRecords(dir);
  const { records, problems, summary } = importBaseRows(sheet.headers, sheet.rows, existing, toIsoDate(new Date()));
  if (problems.length) {
    console.error(problems.map((p) => describeImportProblem(file, p)).join('\n'));
    console.error(`\n共 ${problems.length} 处问题，什么也没有写入。改好表格后再导入一次。`);
    process.exit(1);
  }
  const target = join(dir, BASES_FILE);
  const unchanged = existsSync(target) && readFileSync(target, 'utf8') === serializeBaseRecords(records);
  console.log(describeSummary(file, sheet.format, records.length, summary));
  if (removesMostOfList(summary, existing.length) && !allowRemovals) {
    console.error(
      `${file}: 导入会删除现有 ${existing.length} 个场所中的 ${summary.removed.length} 个，超过一半（表格不全，还是选错了文件？）。` +
        `确实要删除时，加上 --allow-removals 再导入。什么也没有写入。`,
    );
    process.exit(1);
  }
  if (dryRun) console.log('试运行（--dry-run）：没有写入。');
  else if (unchanged) console.log(`${target} 已是最新，没有改动。`);
  else {
    mkdirSync(dir, { recursive: true });
    writeBaseRecords(dir, records);
    // Every entry the same but the file not: it was edited by hand in another order or layout.
    const tidied = existsSync(target) && !summary.added.length && !summary.changed.length && !summary.removed.length;
    console.log(tidied ? `已写入 ${target}（内容没有变化，只是按编号顺序和统一格式重写）` : `已写入 ${target}`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
