/**
 * Turns spreadsheet rows into event records, all or nothing, as the bases import does (src/lib/bases/import.ts):
 * every problem in every row is collected with its row number, column and value, and the caller writes
 * only when there are none. Records come back in the canonical order (sortEventRecords).
 */
import { EventSchema, EventVenueSchema } from '../../schemas/event.ts';
import { slugId } from '../../schemas/common.ts';
import { firstInvisibleCharacter } from '../content/invisible-characters.ts';
import { markdownStrippedBySite } from '../content/markdown.ts';
import { clipForMessage } from '../spreadsheets/cells.ts';
import { emptySummary, headerProblems, stableHash, sheetRows, type ImportProblem, type ImportSummary } from '../spreadsheets/import.ts';
import {
  EVENT_COLUMNS,
  eventColumnForPath,
  rowToRecord,
  sortEventRecords,
  type DepartmentName,
  type EventColumnHeader,
} from './columns.ts';
import { toEventRecord, type EventRecord } from './event-file.ts';

export interface EventImportContext {
  /** Every base id in content/bases: 场所编号 must be one. */
  baseIds: ReadonlySet<string>;
  departments: readonly DepartmentName[];
  /** Events written as .mdx: code, not something a sheet can hold, so the import neither overwrites nor removes them. */
  mdxIds: ReadonlySet<string>;
}

export interface EventImportResult {
  records: EventRecord[];
  problems: ImportProblem[];
  summary: ImportSummary;
}

/**
 * An id for a row that has none: the year and a hash of 开始 and 标题 (stableHash), so importing the
 * same sheet twice, or on another machine, gives the same id without any stored state.
 */
export function stableEventId(start: string, title: string): string {
  return `${start.slice(0, 4)}-event-${stableHash(start, title)}`;
}

const sameExceptDate = (a: EventRecord, b: EventRecord) => JSON.stringify({ ...a, updated: '' }) === JSON.stringify({ ...b, updated: '' });

/** The venue's own problems, with its columns: the schema's union would only say "venue" is wrong. */
function venueProblems(venue: unknown, rowNumber: number, row: Readonly<Record<string, string>>): ImportProblem[] {
  const branch = venue && typeof venue === 'object' && 'base' in venue ? EventVenueSchema.options[0] : EventVenueSchema.options[1];
  const parsed = branch.safeParse(venue);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const column = eventColumnForPath(['venue', ...issue.path]) ?? '场所编号';
    return {
      row: rowNumber,
      column,
      value: clipForMessage((row[column] ?? '').trim()),
      message: issue.code === 'too_small' ? '太短了，请写完整' : issue.message,
    };
  });
}

/**
 * @param headers the first row, as written
 * @param rows the data rows, cells as text
 * @param existing the events in content now (.md files): they keep ids (matched by 开始 + 标题 when a row
 *   has no 编号) and dates (when a row has no 更新日期 and nothing changed)
 * @param today YYYY-MM-DD, the date given to changed rows that have no 更新日期
 */
export function importEventRows(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  existing: readonly EventRecord[],
  context: EventImportContext,
  today: string,
): EventImportResult {
  const trimmed = headers.map((h) => h.trim());
  const problems: ImportProblem[] = headerProblems(trimmed, EVENT_COLUMNS);
  if (problems.length) return { records: [], problems, summary: emptySummary() };

  const byId = new Map(existing.map((r) => [r.id, r]));
  const byTitle = new Map(existing.map((r) => [`${r.start}|${r.title}`, r]));
  const idRows = new Map<string, number>();
  const records: EventRecord[] = [];

  sheetRows(trimmed, rows).forEach(({ rowNumber, row, strayProblems }) => {
    const { record, problems: cellProblems } = rowToRecord(row, context.departments);
    const rowProblems: ImportProblem[] = [
      ...strayProblems,
      ...cellProblems.map((p) => ({ row: rowNumber, ...p, value: clipForMessage(p.value) })),
    ];
    const reported = (column: string) => rowProblems.some((p) => p.column === column);
    const add = (column: EventColumnHeader, message: string) =>
      rowProblems.push({ row: rowNumber, column, value: clipForMessage((row[column] ?? '').trim()), message });

    for (const column of EVENT_COLUMNS)
      if (column.required && !(row[column.header] ?? '').trim() && !reported(column.header)) add(column.header, '必填，不能为空');
    for (const column of ['标题', '场所名称'] as const) {
      const invisible = firstInvisibleCharacter(row[column] ?? '');
      if (invisible && !reported(column)) add(column, `含有看不见的控制字符 ${invisible}（会让名称看起来和实际不同），请删掉后重新输入`);
    }
    const stripped = markdownStrippedBySite(String(record['body']));
    if (stripped && !reported('正文'))
      add('正文', `${stripped}；网站只显示 Markdown 的段落、## 小标题、列表、链接、粗体、表格和引用，不会照原样显示这部分，所以不导入`);
    if (record['venue'] && !reported('场所编号')) {
      const venue = record['venue'] as Record<string, unknown>;
      if (typeof venue['base'] === 'string' && slugId.safeParse(venue['base']).success && !context.baseIds.has(venue['base']))
        add('场所编号', '不是基地名录（content/bases/bases.yaml）里的场所编号');
      else rowProblems.push(...venueProblems(venue, rowNumber, row).filter((p) => !reported(p.column as string)));
    }

    const written = String(record['id'] ?? '');
    if (written && !slugId.safeParse(written).success) add('编号', '编号只能用小写字母、数字和连字符（它是文件名和网址）');
    if (!written) {
      const match = byTitle.get(`${record['start']}|${record['title']}`);
      record['id'] = match?.id ?? stableEventId(String(record['start'] ?? ''), String(record['title']));
    }
    const id = String(record['id']);
    if (context.mdxIds.has(id))
      add('编号', `content/events/${id}.mdx 是 .mdx 文件（里面可以有代码），不能用表格覆盖；请直接编辑那个文件，或在表格里换一个编号`);
    const firstRow = idRows.get(id);
    if (firstRow)
      rowProblems.push({
        row: rowNumber,
        column: '编号',
        value: id,
        message: `编号与第 ${firstRow} 行重复（没填编号时，开始时间和标题都相同的活动也会重复）`,
      });
    else idRows.set(id, rowNumber);

    const { id: _id, body, ...frontMatter } = record;
    const parsed = EventSchema.safeParse({ ...frontMatter, updated: record['updated'] || today });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = eventColumnForPath(issue.path);
        if (column && reported(column)) continue; // said once, in the cell's own words
        if (issue.path[0] === 'venue') continue; // venueProblems said it with the right column
        rowProblems.push({
          row: rowNumber,
          column: column ?? '(整行)',
          value: column ? clipForMessage((row[column] ?? '').trim()) : '',
          message: issue.message,
        });
      }
    }
    problems.push(...rowProblems);
    if (rowProblems.length || !parsed.success) return;

    let result = toEventRecord(id, parsed.data, String(body));
    const before = byId.get(id);
    if (!record['updated'] && before && sameExceptDate(before, result)) result = { ...result, updated: before.updated };
    records.push(result);
  });

  if (!problems.length && !records.length) problems.push({ row: 2, message: '表格里没有任何数据行；为防止误删，导入不会删除全部活动' });

  const summary = emptySummary();
  for (const record of sortEventRecords(records)) {
    const before = byId.get(record.id);
    if (!before) summary.added.push(record.id);
    else if (JSON.stringify(before) === JSON.stringify(record)) summary.unchanged.push(record.id);
    else summary.changed.push(record.id);
  }
  summary.removed = existing.filter((r) => !idRows.has(r.id)).map((r) => r.id);
  return { records: problems.length ? [] : sortEventRecords(records), problems, summary };
}
