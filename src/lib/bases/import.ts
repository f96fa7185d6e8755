/**
 * Turns spreadsheet rows into place records, all or nothing: every problem in every row is collected
 * with its row number, column and value, and the caller writes only when there are none.
 */
import { BaseEntrySchema, type BaseEntry } from '../../schemas/base.ts';
import { toIsoDate } from '../dates.ts';
import { clipForMessage, restoreFormula } from '../spreadsheet-cells.ts';
import { BASE_COLUMNS, BASE_HEADERS, columnForPath, rowToRecord, withoutUndefined, type BaseRecord } from './columns.ts';

export interface ImportProblem {
  /** As Excel numbers it: the header is row 1. */
  row: number;
  column?: string;
  value?: string;
  message: string;
}

/** The longest cell the import takes: a description is a few hundred characters; more is a paste gone wrong. */
export const MAX_CELL_LENGTH = 4000;

export interface ImportSummary {
  added: string[];
  changed: string[];
  unchanged: string[];
  removed: string[];
}

export interface ImportResult {
  records: BaseRecord[];
  problems: ImportProblem[];
  summary: ImportSummary;
}

/** The content form of a parsed entry: fixed key order, dates as text, no undefined keys. */
export function toBaseRecord(entry: BaseEntry): BaseRecord {
  const { certification: c, booking: b, accessibility: a } = entry;
  return withoutUndefined<unknown>({
    id: entry.id,
    name: entry.name,
    kind: entry.kind,
    certification: c && { level: c.level, year: c.year, validUntil: c.validUntil && toIsoDate(c.validUntil) },
    host: entry.host,
    subdistrict: entry.subdistrict,
    address: entry.address,
    coordinates: entry.coordinates && { lat: entry.coordinates.lat, lng: entry.coordinates.lng },
    themes: [...entry.themes],
    audiences: [...entry.audiences],
    openingHours: entry.openingHours.map((h) => ({ days: [...h.days], opens: h.opens, closes: h.closes })),
    hoursNote: entry.hoursNote,
    booking: b && {
      required: b.required,
      phone: b.phone,
      url: b.url,
      leadDays: b.leadDays,
      groupSize: b.groupSize && { min: b.groupSize.min, max: b.groupSize.max },
      schoolGroups: b.schoolGroups,
    },
    free: entry.free,
    accessibility: { stepFree: a.stepFree, seating: a.seating, largePrint: a.largePrint, notes: a.notes },
    description: entry.description,
    sample: entry.sample,
    updated: toIsoDate(entry.updated),
  }) as BaseRecord;
}

/**
 * An id for a row that has none: derived from 街道 and name (FNV-1a), so importing the same sheet
 * twice, or on another machine, gives the same id without any stored state.
 */
export function stableBaseId(subdistrict: string, name: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${subdistrict}|${name}`) {
    hash ^= char.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `base-${hash.toString(16).padStart(8, '0')}`;
}

const sameExceptDate = (a: BaseRecord, b: BaseRecord) => JSON.stringify({ ...a, updated: '' }) === JSON.stringify({ ...b, updated: '' });

/**
 * @param headers the first row, as written
 * @param rows the data rows, cells as text
 * @param existing the records in content now: they keep ids (matched by 街道 + name when a row has no
 *   编号) and dates (when a row has no 更新日期 and nothing changed)
 * @param today YYYY-MM-DD, the date given to changed rows that have no 更新日期
 */
export function importBaseRows(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, existing: readonly BaseRecord[], today: string): ImportResult {
  const problems: ImportProblem[] = [];
  const trimmed = headers.map((h) => h.trim());
  trimmed.forEach((header, index) => {
    if (header && !BASE_HEADERS.includes(header as never)) problems.push({ row: 1, column: clipForMessage(header), message: `未知的列名（第 ${index + 1} 列；可用的列名见 README）` });
    if (header && trimmed.indexOf(header) !== index) problems.push({ row: 1, column: header, message: '列名重复' });
  });
  for (const column of BASE_COLUMNS) {
    if (column.required && !trimmed.includes(column.header)) problems.push({ row: 1, column: column.header, message: '缺少必填列' });
  }
  if (problems.length) return { records: [], problems, summary: { added: [], changed: [], unchanged: [], removed: [] } };

  const byId = new Map(existing.map((r) => [r.id, r]));
  const byName = new Map(existing.map((r) => [`${r.subdistrict}|${r.name}`, r]));
  const idRows = new Map<string, number>();
  const records: BaseRecord[] = [];

  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((c) => !c.trim())) return;
    // The ' that /data/bases.csv puts before a formula-like cell is not part of the value.
    const row = Object.fromEntries(trimmed.map((h, i) => [h, restoreFormula(cells[i] ?? '')]));
    const strayProblems: ImportProblem[] = [];
    cells.forEach((value, i) => {
      const header = trimmed[i];
      // A cell under no header would be dropped without a word: the column probably lost its name.
      if (!header) {
        if (value.trim()) strayProblems.push({ row: rowNumber, column: `第 ${i + 1} 列（没有列名）`, value: clipForMessage(value.trim()), message: '这一列没有列名，内容不会被导入；请补上列名或删掉这些内容' });
      } else if (value.length > MAX_CELL_LENGTH) {
        strayProblems.push({ row: rowNumber, column: header, value: clipForMessage(value.trim()), message: `内容有 ${value.length} 个字符，超过上限 ${MAX_CELL_LENGTH}` });
      }
    });
    const { record, problems: cellProblems } = rowToRecord(row);
    const rowProblems: ImportProblem[] = [...strayProblems, ...cellProblems.map((p) => ({ row: rowNumber, ...p, value: clipForMessage(p.value) }))];
    const blank = new Set<string>();
    for (const column of BASE_COLUMNS) {
      if (column.required && !(row[column.header] ?? '').trim()) {
        blank.add(column.header);
        rowProblems.push({ row: rowNumber, column: column.header, value: '', message: '必填，不能为空' });
      }
    }
    if (!record['id']) {
      const match = byName.get(`${record['subdistrict']}|${record['name']}`);
      record['id'] = match?.id ?? stableBaseId(String(record['subdistrict']), String(record['name']));
    }
    const id = String(record['id']);
    const firstRow = idRows.get(id);
    if (firstRow) rowProblems.push({ row: rowNumber, column: '编号', value: id, message: `编号与第 ${firstRow} 行重复（没填编号时，同一街道的同名场所也会重复）` });
    else idRows.set(id, rowNumber);

    const provisionalDate = record['updated'] || today;
    const parsed = BaseEntrySchema.safeParse({ ...record, updated: provisionalDate });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = columnForPath(issue.path);
        if (column && blank.has(column)) continue; // already reported as empty
        if (column && cellProblems.some((p) => p.column === column)) continue;
        if (column && strayProblems.some((p) => p.column === column)) continue; // too long: said once
        rowProblems.push({ row: rowNumber, column: column ?? '(整行)', value: column ? clipForMessage((row[column] ?? '').trim()) : '', message: issue.message });
      }
    }
    problems.push(...rowProblems);
    if (rowProblems.length || !parsed.success) return;

    let result = toBaseRecord(parsed.data);
    const before = byId.get(result.id);
    if (!record['updated'] && before && sameExceptDate(before, result)) result = { ...result, updated: before.updated };
    records.push(result);
  });

  if (!problems.length && !records.length) problems.push({ row: 2, message: '表格里没有任何数据行；为防止误删，导入不会清空名录' });

  const summary: ImportSummary = { added: [], changed: [], unchanged: [], removed: [] };
  for (const record of records) {
    const before = byId.get(record.id);
    if (!before) summary.added.push(record.id);
    else if (JSON.stringify(before) === JSON.stringify(record)) summary.unchanged.push(record.id);
    else summary.changed.push(record.id);
  }
  summary.removed = existing.filter((r) => !idRows.has(r.id)).map((r) => r.id);
  return { records: problems.length ? [] : records, problems, summary };
}

/**
 * Whether a sheet would delete more than half of the list: most likely the wrong file or a filtered
 * export, so the import asks for --allow-removals before it writes.
 */
export function removesMostOfList(summary: ImportSummary, existingCount: number): boolean {
  return summary.removed.length * 2 > existingCount;
}

/** "第 3 行，「开放时间」列：…（值：“周八 9:00-17:00”）" */
export function describeImportProblem(file: string, p: ImportProblem): string {
  const where = p.column ? `第 ${p.row} 行，「${p.column}」列` : `第 ${p.row} 行`;
  const value = p.value === undefined ? '' : `（值：${p.value ? `“${p.value}”` : '空'}）`;
  return `${file}: ${where}：${p.message}${value}`;
}
