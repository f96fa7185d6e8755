/**
 * Cells of the CSV files the site and the command-line tools write, made safe to open in Excel
 * (OWASP "CSV injection"): a cell starting with = + - @ tab or CR would be read as a formula, so
 * =HYPERLINK(…) or =cmd|' /C calc'!A0 in a place's name would run on the reader's machine. Such a cell
 * gets a leading ' and is shown as text; the import strips it again, so export → import changes nothing.
 */

/** The characters that make Excel, LibreOffice or Google Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Already-quoted text ('=x, ''=x) is quoted once more, so that restoring is the exact inverse. */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
/**
 * A plain number such as -3 or +25.5 is left alone: it cannot compute anything, and quoting it would turn a
 * number column into text in Excel. Anything more (-2+3, -1e5, "-", a phone number "-0871…" with a
 * dash inside) is quoted.
 */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** The cell as written to a CSV file: text that Excel would read as a formula gets a leading '. */
export function neutraliseFormula(cell: string): string {
  return NEEDS_QUOTE.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The cell as read back from a sheet: exactly one leading ' is dropped, and only before what neutraliseFormula quotes. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && NEEDS_QUOTE.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Whether a cell as written would be read as a formula (for tests and checks of written files). */
export function readAsFormula(cell: string): boolean {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell);
}

/** A value cut for a one-line message: at most `max` characters (whole code points), "…" when cut. */
export function clipForMessage(value: string, max = 80): string {
  if (value.length <= max) return value;
  const points = Array.from(value.slice(0, max * 2));
  return points.length <= max && value.length <= max * 2 ? value : `${points.slice(0, max).join('')}…`;
}

/**
 * An .xlsx cell as the text a CSV would hold: cells arrive typed (numbers, dates, true/false), the imports
 * and the batch page work on text. A date cell holds the wall-clock time it shows (read as UTC): a whole day
 * becomes YYYY-MM-DD, a date with a time (an event's 开始) YYYY-MM-DD HH:MM.
 */
export function sheetCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel keeps a time as a fraction of a day: 09:30 comes back as 09:29:59.999 without rounding.
    const iso = new Date(Math.round(value.getTime() / 60_000) * 60_000).toISOString();
    return iso.slice(11, 16) === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}
