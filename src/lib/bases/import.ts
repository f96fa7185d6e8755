/**
 * Turns spreadsheet rows into base records, all or nothing: every problem in every row is collected
 * with its row number, column and value, and the caller writes only when there are none. The records
 * come back in the canonical order (by id, sortBaseRecords), whatever the order of the rows.
 */
import { BaseEntrySchema, type BaseEntry } from '../../schemas/base.ts';
import { toIsoDate } from '../common/dates.ts';
import { clipForMessage } from '../spreadsheets/cells.ts';
import { emptySummary, headerProblems, stableHash, sheetRows, type ImportProblem, type ImportSummary } from '../spreadsheets/import.ts';
import { BASE_COLUMNS, columnForPath, rowToRecord, sortBaseRecords, withoutUndefined, type BaseRecord } from './columns.ts';

export type { ImportProblem, ImportSummary } from '../spreadsheets/import.ts';
export { describeImportProblem, MAX_CELL_LENGTH, removesMostOfList } from '../spreadsheets/import.ts';

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
 * An id for a row that has none: derived from 街道 and name (stableHash), so importing the same sheet
 * twice, or on another machine, gives the same id without any stored state.
 */
export function stableBaseId(subdistrict: string, name: string): string {
  return `base-${stableHash(subdistrict, name)}`;
}

const sameExceptDate = (a: BaseRecord, b: BaseRecord) => JSON.stringify({ ...a, updated: '' }) === JSON.stringify({ ...b, updated: '' });

/**
 * @param headers the first row, as written
 * @param rows the data rows, cells as text
 * @param existing the records in content now: they keep ids (matched by 街道 + name when a row has no
 *   编号) and dates (when a row has no 更新日期 and nothing changed)
 * @param today YYYY-MM-DD, the date given to changed rows that have no 更新日期
 */
export function importBaseRows(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  existing: readonly BaseRecord[],
  today: string,
): ImportResult {
  const trimmed = headers.map((h) => h.trim());
  const problems: ImportProblem[] = headerProblems(trimmed, BASE_COLUMNS);
  if (problems.length) return { records: [], problems, summary: emptySummary() };

  const byId = new Map(existing.map((r) => [r.id, r]));
  const byName = new Map(existing.map((r) => [`${r.subdistrict}|${r.name}`, r]));
  const idRows = new Map<string, number>();
  const records: BaseRecord[] = [];

  sheetRows(trimmed, rows).forEach(({ rowNumber, row, strayProblems }) => {
    const { record, problems: cellProblems } = rowToRecord(row);
    const rowProblems: ImportProblem[] = [
      ...strayProblems,
      ...cellProblems.map((p) => ({ row: rowNumber, ...p, value: clipForMessage(p.value) })),
    ];
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
    if (firstRow)
      rowProblems.push({
        row: rowNumber,
        column: '编号',
        value: id,
        message: `编号与第 ${firstRow} 行重复（没填编号时，同一街道的同名场所也会重复）`,
      });
    else idRows.set(id, rowNumber);

    const provisionalDate = record['updated'] || today;
    const parsed = BaseEntrySchema.safeParse({ ...record, updated: provisionalDate });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = columnForPath(issue.path);
        if (column && blank.has(column)) continue; // already reported as empty
        if (column && cellProblems.some((p) => p.column === column)) continue;
        if (column && strayProblems.some((p) => p.column === column)) continue; // too long: said once
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

    let result = toBaseRecord(parsed.data);
    const before = byId.get(result.id);
    if (!record['updated'] && before && sameExceptDate(before, result)) result = { ...result, updated: before.updated };
    records.push(result);
  });

  if (!problems.length && !records.length) problems.push({ row: 2, message: '表格里没有任何数据行；为防止误删，导入不会清空名录' });

  const summary = emptySummary();
  for (const record of records) {
    const before = byId.get(record.id);
    if (!before) summary.added.push(record.id);
    else if (JSON.stringify(before) === JSON.stringify(record)) summary.unchanged.push(record.id);
    else summary.changed.push(record.id);
  }
  summary.removed = existing.filter((r) => !idRows.has(r.id)).map((r) => r.id);
  return { records: problems.length ? [] : sortBaseRecords(records), problems, summary };
}
