/**
 * What the spreadsheet imports (places, events) share: the header check, the cells no column owns, reading
 * cells as numbers, 是/否 and lists, the summary, the removal guard, the one-line problem text and the
 * canonical order. Each import keeps its own columns and record shape.
 */
import { clipForMessage, restoreFormula } from './cells.ts';

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

export const emptySummary = (): ImportSummary => ({ added: [], changed: [], unchanged: [], removed: [] });

export interface SheetColumn {
  header: string;
  field: string;
  required: boolean;
}

/** Problems with the header row itself (unknown, repeated or missing required columns), all on row 1. */
export function headerProblems(headers: readonly string[], columns: readonly SheetColumn[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const known = new Set(columns.map((c) => c.header));
  headers.forEach((header, index) => {
    if (header && !known.has(header))
      problems.push({ row: 1, column: clipForMessage(header), message: `未知的列名（第 ${index + 1} 列；可用的列名见 README）` });
    if (header && headers.indexOf(header) !== index) problems.push({ row: 1, column: header, message: '列名重复' });
  });
  for (const column of columns) {
    if (column.required && !headers.includes(column.header)) problems.push({ row: 1, column: column.header, message: '缺少必填列' });
  }
  return problems;
}

/** One data row of a sheet, as every import starts from it. */
export interface SheetRow {
  /** As Excel counts rows: the header is row 1. */
  rowNumber: number;
  /** Header → cell, without the ' that the site's CSV downloads put before a formula-like cell. */
  row: Record<string, string>;
  /** Cells under no header, or too long (strayCellProblems). */
  strayProblems: ImportProblem[];
}

/** The rows of a sheet under its (trimmed) headers, blank rows left out. */
export function sheetRows(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): SheetRow[] {
  return rows.flatMap((cells, index) => {
    if (cells.every((c) => !c.trim())) return [];
    const rowNumber = index + 2;
    const row = Object.fromEntries(headers.map((h, i) => [h, restoreFormula(cells[i] ?? '')]));
    return [{ rowNumber, row, strayProblems: strayCellProblems(headers, cells, rowNumber) }];
  });
}

/**
 * Cells under no header (they would be dropped without a word: the column probably lost its name) and
 * cells over MAX_CELL_LENGTH.
 */
export function strayCellProblems(headers: readonly string[], cells: readonly string[], rowNumber: number): ImportProblem[] {
  const problems: ImportProblem[] = [];
  cells.forEach((value, i) => {
    const header = headers[i];
    if (!header) {
      if (value.trim())
        problems.push({
          row: rowNumber,
          column: `第 ${i + 1} 列（没有列名）`,
          value: clipForMessage(value.trim()),
          message: '这一列没有列名，内容不会被导入；请补上列名或删掉这些内容',
        });
    } else if (value.length > MAX_CELL_LENGTH) {
      problems.push({
        row: rowNumber,
        column: header,
        value: clipForMessage(value.trim()),
        message: `内容有 ${value.length} 个字符，超过上限 ${MAX_CELL_LENGTH}`,
      });
    }
  });
  return problems;
}

/** The column a validation problem belongs to: the longest column field that starts the issue's path. */
export function columnForPath<C extends SheetColumn>(columns: readonly C[], path: ReadonlyArray<PropertyKey>): C['header'] | undefined {
  const dotted = path.map(String).join('.');
  const matches = columns.filter((c) => dotted === c.field || dotted.startsWith(`${c.field}.`));
  // A problem with a whole group (e.g. certification without a year) lands on its first column.
  const fallback = columns.find((c) => c.field.startsWith(`${dotted}.`));
  return ([...matches].sort((a, b) => b.field.length - a.field.length)[0] ?? fallback)?.header;
}

/** List cells ("小学、初中") are separated by 、 as people write them; commas and semicolons also work. */
const LIST_SEPARATOR = /[、,，;；\n]+/;
const YES = new Set(['是', '有', 'Y', 'y', 'yes', 'Yes', 'YES', 'TRUE', 'true', '1', '√']);
const NO = new Set(['否', '无', '没有', 'N', 'n', 'no', 'No', 'NO', 'FALSE', 'false', '0', '×']);
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export const yesNo = (value: boolean) => (value ? '是' : '否');
export const cellText = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/** "2026/11/30", "2026-1-5" → "2026-11-30", "2026-01-05"; undefined when the text is not a year, month and day. */
export function excelDate(text: string): string | undefined {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text.trim());
  return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : undefined;
}

export interface CellProblem<H extends string = string> {
  column: H;
  value: string;
  message: string;
}

/**
 * Readers for one row's cells (header → text), each reporting a cell it cannot read into `problems`
 * and returning undefined for it.
 */
export function cellReaders<H extends string>(row: Readonly<Record<string, string>>, problems: CellProblem<H>[]) {
  const cell = (header: H) => (row[header] ?? '').trim();
  return {
    cell,
    optional: (header: H) => cell(header) || undefined,
    number(header: H, integer = false): number | undefined {
      const value = cell(header);
      if (!value) return undefined;
      // Digits as people write them: Number() alone would also read 0x7E6 or 2.022e3 as the year 2022.
      const parsed = (integer ? INTEGER : DECIMAL).test(value) ? Number(value) : Number.NaN;
      if (!Number.isFinite(parsed)) {
        problems.push({ column: header, value, message: integer ? '应为整数' : '应为数字' });
        return undefined;
      }
      return parsed;
    },
    /**
     * A date cell as the content writes it (YYYY-MM-DD). Excel shows and saves dates its own way
     * (2026/11/30, 2026-1-5), so those are read too; anything else is passed on as written, for the
     * schema to refuse with its message.
     */
    date(header: H): string | undefined {
      const value = cell(header);
      return value ? (excelDate(value) ?? value) : undefined;
    },
    flag(header: H): boolean | undefined {
      const value = cell(header);
      if (!value) return undefined;
      if (YES.has(value)) return true;
      if (NO.has(value)) return false;
      problems.push({ column: header, value, message: '应填“是”或“否”' });
      return undefined;
    },
    list: (header: H) =>
      cell(header)
        .split(LIST_SEPARATOR)
        .map((s) => s.trim())
        .filter(Boolean),
  };
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

/** The summary line both imports print. */
export function describeSummary(file: string, format: string, count: number, summary: ImportSummary): string {
  return (
    `${file}（${format}）：${count} 条，新增 ${summary.added.length}，修改 ${summary.changed.length}，未变 ${summary.unchanged.length}，删除 ${summary.removed.length}` +
    (summary.removed.length ? `（${summary.removed.join('、')}）` : '')
  );
}

/**
 * Text compared by code point (not by locale): the canonical order of every import and export, the same
 * on every machine. Ids are ASCII, times are fixed-width digits, so this is also the order people expect.
 */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A short hash (FNV-1a, 8 hex digits) of the given parts, for ids of rows that have none: importing the
 * same sheet twice, or on another machine, gives the same id without any stored state.
 */
export function stableHash(...parts: string[]): string {
  let hash = 0x811c9dc5;
  for (const char of parts.join('|')) {
    hash ^= char.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
