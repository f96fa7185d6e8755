/**
 * Imports the events from a spreadsheet staff keep in Excel.
 *   npm run import:events -- <活动.xlsx|活动.csv> [--dry-run] [--allow-removals]
 * The sheet is the whole list of events: each row is the file content/events/<编号>.md, rewritten only when
 * its text changes; events missing from the sheet are deleted. Nothing is written unless every row passes;
 * otherwise every problem is listed (row, column, value). A sheet that would delete more than half of the
 * events also needs --allow-removals. Events written as .mdx are never overwritten or deleted.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_ROOT } from '../src/data/content-root.ts';
import { toIsoDate } from '../src/lib/dates.ts';
import { importEventRows } from '../src/lib/events/import.ts';
import { serializeEventFile } from '../src/lib/events/event-file.ts';
import { describeImportProblem, describeSummary, removesMostOfList } from '../src/lib/spreadsheet-import.ts';
import { readBaseRecords } from './lib/bases-files.ts';
import { readDepartmentNames, readEventFiles, writeEventFiles } from './lib/event-files.ts';
import { readSpreadsheet } from './lib/spreadsheet-files.ts';

const USAGE = '用法：npm run import:events -- <活动.xlsx|活动.csv> [--dry-run] [--allow-removals]';
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

const dir = join(CONTENT_ROOT, 'events');
try {
  const sheet = await readSpreadsheet(file);
  const existing = readEventFiles(dir);
  const context = {
    placeIds: new Set(readBaseRecords(join(CONTENT_ROOT, 'bases')).map((p) => p.id)),
    departments: readDepartmentNames(CONTENT_ROOT),
    mdxIds: existing.mdxIds,
  };
  const { records, problems, summary } = importEventRows(sheet.headers, sheet.rows, existing.records, context, toIsoDate(new Date()));
  if (problems.length) {
    console.error(problems.map((p) => describeImportProblem(file, p)).join('\n'));
    console.error(`\n共 ${problems.length} 处问题，什么也没有写入。改好表格后再导入一次。`);
    process.exit(1);
  }
  console.log(describeSummary(file, sheet.format, records.length, summary));
  if (existing.mdxIds.size) console.log(`另有 ${existing.mdxIds.size} 个 .mdx 活动不由表格管理，保持不变：${[...existing.mdxIds].join('、')}`);
  // Same content, other layout (edited by hand): rewritten into the canonical form, and said so.
  const tidied = summary.unchanged.filter((id) => existing.texts.get(id) !== serializeEventFile(records.find((r) => r.id === id) as (typeof records)[number]));
  if (tidied.length) console.log(`内容没有变化、只统一格式的文件 ${tidied.length} 个：${tidied.join('、')}`);
  if (removesMostOfList(summary, existing.records.length) && !allowRemovals) {
    console.error(
      `${file}: 导入会删除现有 ${existing.records.length} 个活动中的 ${summary.removed.length} 个，超过一半（表格不全，还是选错了文件？）。` +
        `确实要删除时，加上 --allow-removals 再导入。什么也没有写入。`,
    );
    process.exit(1);
  }
  if (dryRun) console.log('试运行（--dry-run）：没有写入。');
  else {
    mkdirSync(dir, { recursive: true });
    const written = writeEventFiles(dir, records, existing.texts, summary.removed);
    console.log(written.length || summary.removed.length ? `已写入 ${dir}：改写 ${written.length} 个文件，删除 ${summary.removed.length} 个` : `${dir} 已是最新，没有改动。`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
