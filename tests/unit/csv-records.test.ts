import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecords, CsvFormatError } from '../../src/lib/csv-records';

/** What the CLI reads (scripts/eligibility.ts). */
const cliRecords = (text: string) => parse(text, { relax_column_count: true, skip_empty_lines: false, trim: false }) as string[][];

const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', '名', ' ', '=', '-', '1') }),
  fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', '华', ' ') }),
);
const written = (value: string) => (/[",\r\n]/.test(value) || value === '' ? `"${value.replaceAll('"', '""')}"` : value);

describe('csvRecords', () => {
  it('reads any CSV as csv-parse does for the CLI (quotes, commas, line breaks, ragged rows, CRLF or LF)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.constantFrom('\r\n', '\n'), fc.boolean(), (rows, newline, trailing) => {
        const text = rows.map((r) => r.map(written).join(',')).join(newline) + (trailing ? newline : '');
        expect(csvRecords(text)).toEqual(cliRecords(text));
      }),
    );
  });

  it('keeps empty lines and unquoted empty cells as csv-parse does', () => {
    for (const text of ['a,b\n\nc,', 'name\r\n\r\n甲', ',,\n', 'x']) expect(csvRecords(text), JSON.stringify(text)).toEqual(cliRecords(text));
    expect(csvRecords('')).toEqual([]);
  });

  it('names the row of a cell that is not closed or has a stray quote', () => {
    const rowOf = (text: string) => {
      try {
        csvRecords(text);
      } catch (error) {
        return error instanceof CsvFormatError ? error.row : undefined;
      }
      return 'no error';
    };
    expect(rowOf('name\n甲\n"乙,1\n')).toBe(3);
    expect(rowOf('name\n甲"乙\n')).toBe(2);
    expect(rowOf('"a"b,c\n')).toBe(1);
  });
});
