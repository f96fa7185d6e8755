/**
 * CSV text as records (RFC 4180, as Excel and WPS save it), for the browser: csv-parse's browser build
 * weighs 25 KB gzip, more than the whole batch page may load. Reads what the CLI reads with csv-parse
 * (`relax_column_count`, empty lines kept, no trimming); tests/unit/csv-records.test.ts holds the two
 * to the same records.
 */

/** A file that is not CSV as the standard writes it; `row` is the record, counted from 1, as Excel numbers rows. */
export class CsvFormatError extends Error {
  readonly row: number;
  readonly kind: CsvFormatProblem;

  constructor(row: number, kind: CsvFormatProblem) {
    super(`row ${row}: ${CSV_FORMAT_PROBLEM[kind]}`);
    this.row = row;
    this.kind = kind;
  }
}

const CSV_FORMAT_PROBLEM = {
  unclosed: 'a quoted cell is never closed (a " is missing)',
  'after-quote': 'text follows a closing " in the same cell',
  'stray-quote': 'a " inside a cell that does not start with "',
} as const;
export type CsvFormatProblem = keyof typeof CSV_FORMAT_PROBLEM;

/**
 * Records of CSV text: fields split on commas, records on CRLF, LF or CR; a quoted field may hold commas,
 * line breaks and doubled quotes. A line break at the very end ends the last record and adds none.
 */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  const end = text.length;
  if (!end) return records;
  for (;;) {
    let field: string;
    if (text.charCodeAt(at) === 0x22) {
      // Quoted: up to the quote that is not doubled.
      let value = '';
      let from = at + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) throw new CsvFormatError(records.length + 1, 'unclosed');
        if (text.charCodeAt(quote + 1) === 0x22) {
          value += text.slice(from, quote + 1);
          from = quote + 2;
          continue;
        }
        value += text.slice(from, quote);
        at = quote + 1;
        break;
      }
      const next = text.charCodeAt(at);
      if (at < end && next !== 0x2c && next !== 0x0a && next !== 0x0d) throw new CsvFormatError(records.length + 1, 'after-quote');
      field = value;
    } else {
      let stop = at;
      while (stop < end) {
        const c = text.charCodeAt(stop);
        if (c === 0x2c || c === 0x0a || c === 0x0d) break;
        if (c === 0x22) throw new CsvFormatError(records.length + 1, 'stray-quote');
        stop += 1;
      }
      field = text.slice(at, stop);
      at = stop;
    }
    record.push(field);
    if (at >= end) {
      records.push(record);
      return records;
    }
    const c = text.charCodeAt(at);
    if (c === 0x2c) {
      at += 1;
      // A comma at the very end leaves one more, empty cell.
      if (at >= end) {
        record.push('');
        records.push(record);
        return records;
      }
      continue;
    }
    at += c === 0x0d && text.charCodeAt(at + 1) === 0x0a ? 2 : 1;
    records.push(record);
    record = [];
    if (at >= end) return records;
  }
}
