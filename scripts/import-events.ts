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
import { toIsoDate } from '../src/lib/common/dates.ts';
import { importEventRows } from '../src/lib/events/import.ts';
import { serializeEventFile } from '../src/lib/events/event-file.ts';
import { describeSummary, removesMostOfList } from '../src/lib/spreadsheets/import.ts';
import { readImportArgs, refuseMostRemoved, refuseProblems } from './lib/import-command.ts';
import { readBaseRecords } from './lib/bases-files.ts';
import { readDepartmentNames, readEventFiles, writeEventFiles } from './lib/event-files.ts';
import { readSpreadsheet } from './lib/spreadsheet-files.ts';

const USAGE = '用法：npm run import:events -- <活动.xlsx|活动.csv> [--dry-run] [--allow-removals]';
const { file, dryRun, allowRemovals } = readImportArgs(USAGE);

const dir = join(CONTENT_ROOT, 'events');
try {
  const sheet = await readSpreadsheet(file);
  const existing = readEventFiles(dir);
  const context = {
    baseIds: new Set(readBaseRecords(join(CONTENT_ROOT, 'bases')).map((p) => p.id)),
    departments: readDepartmentNames(CONTENT_ROOT),
    mdxIds: existing.mdxIds,
  };
  const { records, problems, summary } = importEventRows(sheet.headers, sheet.rows, existing.records, context, toIsoDate(new Date()));
  if (problems.length) refuseProblems(file, problems);
  console.log(describeSummary(file, sheet.format, records.length, summary));
  if (existing.mdxIds.size)
    console.log(`另有 ${existing.mdxIds.size} 个 .mdx 活动不由表格管理，保持不变：${[...existing.mdxIds].join('、')}`);
  // Same content, other layout (edited by hand): rewritten into the canonical form, and said so.
  const tidied = summary.unchanged.filter(
    (id) => existing.texts.get(id) !== serializeEventFile(records.find((r) => r.id === id) as (typeof records)[number]),
  );
  if (tidied.length) console.log(`内容没有变化、只统一格式的文件 ${tidied.length} 个：${tidied.join('、')}`);
  if (removesMostOfList(summary, existing.records.length) && !allowRemovals)
    refuseMostRemoved(file, existing.records.length, summary.removed.length, '活动');
  if (dryRun) console.log('试运行（--dry-run）：没有写入。');
  else {
    mkdirSync(dir, { recursive: true });
    const written = writeEventFiles(dir, records, existing.texts, summary.removed);
    console.log(
      written.length || summary.removed.length
        ? `已写入 ${dir}：改写 ${written.length} 个文件，删除 ${summary.removed.length} 个`
        : `${dir} 已是最新，没有改动。`,
    );
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
