/**
 * The spreadsheet form of a base: one row, Chinese column headers. The import reads it, the build
 * writes /data/bases.csv with it, so an export can be edited in Excel and imported again unchanged.
 */
import { excelCsv } from '../spreadsheets/excel-csv.ts';
import {
  byCodePoint,
  cellReaders,
  cellText,
  columnForPath as columnForSheetPath,
  yesNo,
  type CellProblem as SheetCellProblem,
} from '../spreadsheets/import.ts';
import { formatOpeningHours, parseOpeningHours, type OpeningHours } from './hours.ts';

/** A base as written in content/bases/*.yaml: plain data, dates as YYYY-MM-DD text. */
export interface BaseRecord {
  id: string;
  name: string;
  kind: string;
  certification?: { level: string; year: number; validUntil?: string };
  host: string;
  subdistrict: string;
  address: string;
  coordinates?: { lat: number; lng: number };
  themes: string[];
  audiences: string[];
  openingHours: OpeningHours[];
  hoursNote?: string;
  booking?: {
    required: boolean;
    phone?: string;
    url?: string;
    leadDays?: number;
    groupSize?: { min?: number; max?: number };
    schoolGroups: boolean;
  };
  free: boolean;
  accessibility: { stepFree: boolean; seating: boolean; largePrint: boolean; notes?: string };
  description: string;
  sample: boolean;
  updated: string;
}

/** Each column: its header, the record field it fills (for error messages) and whether a row must have it. */
export const BASE_COLUMNS = [
  { header: '编号', field: 'id', required: false },
  { header: '名称', field: 'name', required: true },
  { header: '类型', field: 'kind', required: true },
  { header: '认定级别', field: 'certification.level', required: false },
  { header: '认定年份', field: 'certification.year', required: false },
  { header: '认定有效期至', field: 'certification.validUntil', required: false },
  { header: '依托单位', field: 'host', required: true },
  { header: '街道', field: 'subdistrict', required: true },
  { header: '地址', field: 'address', required: true },
  { header: '纬度', field: 'coordinates.lat', required: false },
  { header: '经度', field: 'coordinates.lng', required: false },
  { header: '主题', field: 'themes', required: false },
  { header: '适用对象', field: 'audiences', required: true },
  { header: '开放时间', field: 'openingHours', required: false },
  { header: '开放说明', field: 'hoursNote', required: false },
  { header: '是否需预约', field: 'booking.required', required: false },
  { header: '预约电话', field: 'booking.phone', required: false },
  { header: '预约网址', field: 'booking.url', required: false },
  { header: '提前预约天数', field: 'booking.leadDays', required: false },
  { header: '团体人数下限', field: 'booking.groupSize.min', required: false },
  { header: '团体人数上限', field: 'booking.groupSize.max', required: false },
  { header: '接待学校团体', field: 'booking.schoolGroups', required: false },
  { header: '是否免费', field: 'free', required: true },
  { header: '无障碍通道', field: 'accessibility.stepFree', required: true },
  { header: '休息座椅', field: 'accessibility.seating', required: true },
  { header: '大字资料', field: 'accessibility.largePrint', required: true },
  { header: '无障碍说明', field: 'accessibility.notes', required: false },
  { header: '简介', field: 'description', required: true },
  { header: '示例数据', field: 'sample', required: false },
  { header: '更新日期', field: 'updated', required: false },
] as const;

export type BaseColumnHeader = (typeof BASE_COLUMNS)[number]['header'];
export const BASE_HEADERS: readonly BaseColumnHeader[] = BASE_COLUMNS.map((c) => c.header);

/** The column a validation problem belongs to. */
export const columnForPath = (path: ReadonlyArray<PropertyKey>): BaseColumnHeader | undefined => columnForSheetPath(BASE_COLUMNS, path);

/** One record as a spreadsheet row, in BASE_HEADERS order. */
export function recordToRow(record: BaseRecord): string[] {
  const b = record.booking;
  const cells: Record<BaseColumnHeader, string> = {
    编号: record.id,
    名称: record.name,
    类型: record.kind,
    认定级别: cellText(record.certification?.level),
    认定年份: cellText(record.certification?.year),
    认定有效期至: cellText(record.certification?.validUntil),
    依托单位: record.host,
    街道: record.subdistrict,
    地址: record.address,
    纬度: cellText(record.coordinates?.lat),
    经度: cellText(record.coordinates?.lng),
    主题: record.themes.join('、'),
    适用对象: record.audiences.join('、'),
    开放时间: formatOpeningHours(record.openingHours),
    开放说明: cellText(record.hoursNote),
    是否需预约: b ? yesNo(b.required) : '',
    预约电话: cellText(b?.phone),
    预约网址: cellText(b?.url),
    提前预约天数: cellText(b?.leadDays),
    团体人数下限: cellText(b?.groupSize?.min),
    团体人数上限: cellText(b?.groupSize?.max),
    接待学校团体: b ? yesNo(b.schoolGroups) : '',
    是否免费: yesNo(record.free),
    无障碍通道: yesNo(record.accessibility.stepFree),
    休息座椅: yesNo(record.accessibility.seating),
    大字资料: yesNo(record.accessibility.largePrint),
    无障碍说明: cellText(record.accessibility.notes),
    简介: record.description,
    示例数据: yesNo(record.sample),
    更新日期: record.updated,
  };
  return BASE_HEADERS.map((h) => cells[h]);
}

/** The list as /data/bases.csv, in the canonical order (sortBaseRecords), with the import's headers (excelCsv). */
export function basesCsv(records: readonly BaseRecord[]): string {
  return excelCsv(BASE_HEADERS, sortBaseRecords(records).map(recordToRow));
}

/** The canonical order of bases, in bases.yaml and /data/bases.csv alike: by 编号 (id), by code point. */
export const sortBaseRecords = (records: readonly BaseRecord[]): BaseRecord[] => [...records].sort((a, b) => byCodePoint(a.id, b.id));

export type CellProblem = SheetCellProblem<BaseColumnHeader>;

/**
 * Reads one row (header → cell text) into a record shaped for BaseEntrySchema. Cell-level problems
 * (a number that is not a number, 是/否 that is neither, hours that cannot be read) are returned, not
 * thrown; the schema then checks everything else. `id` and `updated` may come back empty: the import
 * fills them.
 */
export function rowToRecord(row: Readonly<Record<string, string>>): { record: Record<string, unknown>; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const { cell, optional, number, date, flag, list } = cellReaders<BaseColumnHeader>(row, problems);

  const level = optional('认定级别');
  const year = number('认定年份', true);
  const validUntil = date('认定有效期至');
  const lat = number('纬度');
  const lng = number('经度');
  // Only when both cells are numbers or empty: a cell that is not a number is reported already.
  if ((lat === undefined) !== (lng === undefined) && !problems.some((p) => p.column === '纬度' || p.column === '经度')) {
    const missing: BaseColumnHeader = lat === undefined ? '纬度' : '经度';
    problems.push({ column: missing, value: '', message: '纬度和经度要一起填写' });
  }
  let openingHours: OpeningHours[] = [];
  const hoursText = cell('开放时间');
  if (hoursText) {
    const parsed = parseOpeningHours(hoursText);
    if ('error' in parsed) problems.push({ column: '开放时间', value: hoursText, message: parsed.error });
    else openingHours = parsed;
  }
  const bookingCells = ['是否需预约', '预约电话', '预约网址', '提前预约天数', '团体人数下限', '团体人数上限', '接待学校团体'] as const;
  let booking: Record<string, unknown> | undefined;
  if (bookingCells.some((h) => cell(h))) {
    const min = number('团体人数下限', true);
    const max = number('团体人数上限', true);
    booking = {
      required: flag('是否需预约'),
      phone: optional('预约电话'),
      url: optional('预约网址'),
      leadDays: number('提前预约天数', true),
      groupSize: min === undefined && max === undefined ? undefined : { min, max },
      schoolGroups: flag('接待学校团体') ?? false,
    };
  }
  const notes = optional('无障碍说明');
  const record: Record<string, unknown> = {
    id: cell('编号'),
    name: cell('名称'),
    kind: cell('类型'),
    certification: level || year !== undefined || validUntil ? { level, year, validUntil } : undefined,
    host: cell('依托单位'),
    subdistrict: cell('街道'),
    address: cell('地址'),
    coordinates: lat !== undefined && lng !== undefined ? { lat, lng } : undefined,
    themes: list('主题'),
    audiences: list('适用对象'),
    openingHours,
    hoursNote: optional('开放说明'),
    booking,
    free: flag('是否免费'),
    accessibility: { stepFree: flag('无障碍通道'), seating: flag('休息座椅'), largePrint: flag('大字资料'), notes },
    description: cell('简介'),
    sample: flag('示例数据') ?? false,
    updated: date('更新日期') ?? '',
  };
  return { record: withoutUndefined(record) as Record<string, unknown>, problems };
}

/** Drops undefined keys so records compare and serialise the same however they were made. */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, withoutUndefined(v)]),
    ) as T;
  }
  return value;
}
