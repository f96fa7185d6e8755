/**
 * The spreadsheet form of an event: one row, Chinese column headers. The events import reads it, the build
 * writes /data/events.csv with it, so an export can be edited in Excel and imported again unchanged.
 */
import { EVENT_STATUSES } from '../../schemas/event.ts';
import { excelCsv } from '../spreadsheets/excel-csv.ts';
import {
  byCodePoint,
  cellReaders,
  cellText,
  columnForPath as columnForSheetPath,
  excelDate,
  yesNo,
  type CellProblem as SheetCellProblem,
} from '../spreadsheets/import.ts';
import { withoutUndefined } from '../bases/columns.ts';
import { normaliseBody, type EventRecord } from './event-file.ts';

/** Each column: its header, the record field it fills (for error messages) and whether a row must have it. */
export const EVENT_COLUMNS = [
  { header: '编号', field: 'id', required: false },
  { header: '标题', field: 'title', required: true },
  { header: '类型', field: 'kind', required: true },
  { header: '开始', field: 'start', required: true },
  { header: '结束', field: 'end', required: true },
  { header: '场所编号', field: 'venue.base', required: false },
  { header: '场所名称', field: 'venue.name', required: false },
  { header: '场所地址', field: 'venue.address', required: false },
  { header: '场所街道', field: 'venue.subdistrict', required: false },
  { header: '适合对象', field: 'audiences', required: true },
  { header: '谁可以参加', field: 'admission', required: true },
  { header: '人数上限', field: 'capacity', required: false },
  { header: '需要报名', field: 'registration.required', required: false },
  { header: '报名网址', field: 'registration.url', required: false },
  { header: '报名电话', field: 'registration.phone', required: false },
  { header: '报名截止', field: 'registration.deadline', required: false },
  { header: '主办单位', field: 'organiser', required: true },
  { header: '状态', field: 'status', required: false },
  { header: '状态说明', field: 'statusNote', required: false },
  { header: '新开始时间', field: 'newTime.start', required: false },
  { header: '新结束时间', field: 'newTime.end', required: false },
  { header: '线上观看网址', field: 'onlineUrl', required: false },
  { header: '摘要', field: 'summary', required: true },
  { header: '正文', field: 'body', required: false },
  { header: '示例数据', field: 'sample', required: false },
  { header: '更新日期', field: 'updated', required: false },
] as const;

export type EventColumnHeader = (typeof EVENT_COLUMNS)[number]['header'];
export const EVENT_HEADERS: readonly EventColumnHeader[] = EVENT_COLUMNS.map((c) => c.header);

/** The column a validation problem belongs to (venue as a whole: 场所编号). */
export const eventColumnForPath = (path: ReadonlyArray<PropertyKey>): EventColumnHeader | undefined =>
  columnForSheetPath(EVENT_COLUMNS, path);

/** 状态 as staff write it, for each status of the schema. */
export const STATUS_LABELS: Readonly<Record<(typeof EVENT_STATUSES)[number], string>> = {
  scheduled: '照常举办',
  cancelled: '已取消',
  postponed: '已延期',
  'moved-online': '改为线上',
};

/** A time as the sheet shows it: "2027-04-26" or "2027-04-26 14:00" (a space reads better in Excel than the file's T). */
const timeCell = (time: string | undefined) => (time === undefined ? '' : time.replace('T', ' '));

/**
 * A date or date-time cell as the file writes it ("2027-04-26", "2027-04-26T14:00"), or undefined when it
 * is not written like one. Also takes what Excel makes of an edited CSV: 2027/4/26, 2027/4/26 9:00, seconds ":00".
 */
export function parseTimeCell(text: string): string | undefined {
  const match = /^(\S+?)(?:[ T]+(\d{1,2}):(\d{2})(?::00)?)?$/.exec(text.trim());
  const date = match && excelDate(match[1] as string);
  if (!date) return undefined;
  const [, , hour, minute] = match;
  return hour === undefined ? date : `${date}T${hour.padStart(2, '0')}:${minute}`;
}

/** A department as the sheet names it. */
export interface DepartmentName {
  id: string;
  name: string;
}

/** The canonical order of events in /data/events.csv and of an import's records: by 开始 as written, then 编号. */
export const sortEventRecords = (records: readonly EventRecord[]): EventRecord[] =>
  [...records].sort((a, b) => byCodePoint(a.start, b.start) || byCodePoint(a.id, b.id));

/** One record as a spreadsheet row, in EVENT_HEADERS order; the organiser by its department's name. */
export function recordToRow(record: EventRecord, departments: readonly DepartmentName[]): string[] {
  const { venue, registration: r } = record;
  const cells: Record<EventColumnHeader, string> = {
    编号: record.id,
    标题: record.title,
    类型: record.kind,
    开始: timeCell(record.start),
    结束: timeCell(record.end),
    场所编号: 'base' in venue ? venue.base : '',
    场所名称: 'name' in venue ? venue.name : '',
    场所地址: 'address' in venue ? venue.address : '',
    场所街道: 'name' in venue ? cellText(venue.subdistrict) : '',
    适合对象: record.audiences.join('、'),
    谁可以参加: record.admission,
    人数上限: cellText(record.capacity),
    需要报名: r ? yesNo(r.required) : '',
    报名网址: cellText(r?.url),
    报名电话: cellText(r?.phone),
    报名截止: timeCell(r?.deadline),
    主办单位: departments.find((d) => d.id === record.organiser)?.name ?? record.organiser,
    状态: STATUS_LABELS[(record.status ?? 'scheduled') as keyof typeof STATUS_LABELS] ?? record.status ?? '',
    状态说明: cellText(record.statusNote),
    新开始时间: timeCell(record.newTime?.start),
    新结束时间: timeCell(record.newTime?.end),
    线上观看网址: cellText(record.onlineUrl),
    摘要: record.summary,
    正文: record.body,
    示例数据: yesNo(record.sample),
    更新日期: record.updated,
  };
  return EVENT_HEADERS.map((h) => cells[h]);
}

/** The events as /data/events.csv, in the canonical order (sortEventRecords), with the import's headers (excelCsv), like /data/bases.csv. */
export function eventsCsv(records: readonly EventRecord[], departments: readonly DepartmentName[]): string {
  return excelCsv(
    EVENT_HEADERS,
    sortEventRecords(records).map((record) => recordToRow(record, departments)),
  );
}

export type CellProblem = SheetCellProblem<EventColumnHeader>;

const STATUS_BY_LABEL = new Map<string, string>(
  Object.entries(STATUS_LABELS).flatMap(([status, label]) => [
    [label, status],
    [status, status],
  ]),
);

/**
 * Reads one row (header → cell text) into a record shaped for EventSchema (plus id and body). Cells that
 * cannot be read (a time, a number, 是/否, a status, a department) are returned as problems; the schema
 * then checks everything else. `id` and `updated` may come back empty: the import fills them.
 */
export function rowToRecord(
  row: Readonly<Record<string, string>>,
  departments: readonly DepartmentName[],
): { record: Record<string, unknown>; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const { cell, optional, number, date, flag, list } = cellReaders<EventColumnHeader>(row, problems);
  const time = (header: EventColumnHeader) => {
    const value = cell(header);
    if (!value) return undefined;
    const parsed = parseTimeCell(value);
    if (parsed === undefined) problems.push({ column: header, value, message: '应写成 YYYY-MM-DD（全天）或 YYYY-MM-DD HH:MM（北京时间）' });
    return parsed;
  };

  const base = optional('场所编号');
  const freeVenue = { name: optional('场所名称'), address: optional('场所地址'), subdistrict: optional('场所街道') };
  let venue: Record<string, unknown> | undefined;
  if (base) {
    venue = { base };
    for (const header of ['场所名称', '场所地址', '场所街道'] as const)
      if (cell(header))
        problems.push({ column: header, value: cell(header), message: '填了场所编号（名录里的场所）就不再填场所名称、地址和街道' });
  } else if (freeVenue.name || freeVenue.address || freeVenue.subdistrict) {
    venue = freeVenue;
    for (const header of ['场所名称', '场所地址'] as const)
      if (!cell(header)) problems.push({ column: header, value: '', message: '不在名录里的场所要写名称和地址' });
  } else {
    problems.push({ column: '场所编号', value: '', message: '要写场所：名录里的场所填场所编号，其他地方填场所名称和场所地址' });
  }

  const registrationCells = ['需要报名', '报名网址', '报名电话', '报名截止'] as const;
  let registration: Record<string, unknown> | undefined;
  if (registrationCells.some((h) => cell(h))) {
    const required = flag('需要报名');
    if (!cell('需要报名'))
      problems.push({ column: '需要报名', value: '', message: '填了报名网址、电话或截止时间，就要在“需要报名”填 是 或 否' });
    registration = { required, url: optional('报名网址'), phone: optional('报名电话'), deadline: time('报名截止') };
  }

  const newStart = time('新开始时间');
  const newEnd = time('新结束时间');
  if (cell('新开始时间') && !cell('新结束时间'))
    problems.push({ column: '新结束时间', value: '', message: '新开始时间和新结束时间要一起填写' });
  if (!cell('新开始时间') && cell('新结束时间'))
    problems.push({ column: '新开始时间', value: '', message: '新开始时间和新结束时间要一起填写' });

  let status: string | undefined;
  const statusText = cell('状态');
  if (statusText) {
    status = STATUS_BY_LABEL.get(statusText);
    if (!status) problems.push({ column: '状态', value: statusText, message: `状态只能是 ${Object.values(STATUS_LABELS).join('、')}` });
  }

  const organiserText = cell('主办单位');
  const department = departments.find((d) => d.name === organiserText) ?? departments.find((d) => d.id === organiserText);
  if (organiserText && !department)
    problems.push({
      column: '主办单位',
      value: organiserText,
      message: '不是 content/departments.yaml 里的部门；请写部门名称（如“区科学技术和信息化局”）',
    });

  const title = cell('标题');
  const sample = flag('示例数据');
  // The 示例数据 notice on every page comes from this flag: a demonstration event must keep it.
  if (title.startsWith('示例') && sample !== true && !problems.some((p) => p.column === '示例数据'))
    problems.push({ column: '示例数据', value: cell('示例数据'), message: '标题以“示例”开头的是演示用的虚构活动，示例数据要填 是' });

  const record: Record<string, unknown> = {
    id: cell('编号'),
    title,
    kind: cell('类型'),
    start: time('开始'),
    end: time('结束'),
    venue,
    audiences: list('适合对象'),
    admission: cell('谁可以参加'),
    capacity: number('人数上限', true),
    registration,
    organiser: department?.id ?? organiserText,
    status: status === 'scheduled' ? undefined : status,
    statusNote: optional('状态说明'),
    newTime: newStart !== undefined || newEnd !== undefined ? { start: newStart, end: newEnd } : undefined,
    onlineUrl: optional('线上观看网址'),
    summary: cell('摘要'),
    sample: sample ?? false,
    updated: date('更新日期') ?? '',
    // Not trimmed by cell(): leading spaces can matter in Markdown.
    body: normaliseBody(row['正文'] ?? ''),
  };
  return { record: withoutUndefined(record) as Record<string, unknown>, problems };
}
