import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsvRows } from '../../src/lib/spreadsheets/csv-rows.ts';

// Cells with the characters that make CSV hard: commas, quotes, both line breaks, Chinese text.
const cell = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r\n', ' ', '=', '1'), maxLength: 8 });
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });

describe('parseCsvRows', () => {
  it('reads back what csv-stringify writes, quotes, commas and line breaks in cells included', () => {
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        // Every cell quoted, as Excel quotes any cell with a line break (csv-stringify alone quotes only the record delimiter).
        expect(parseCsvRows(stringify(rows, { record_delimiter: eol === '\n' ? 'unix' : 'windows', quoted: true }))).toEqual(rows);
      }),
    );
  });

  it('agrees with csv-parse, record for record, on any text both read, and refuses what it refuses as an unclosed quote', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n'), maxLength: 30 }), (text) => {
        let expected: string[][] | { code: string };
        try {
          expected = parse(text, { relax_column_count: true, skip_empty_lines: false });
        } catch (error) {
          expected = { code: (error as { code: string }).code };
        }
        let actual: string[][] | undefined;
        try {
          actual = parseCsvRows(text);
        } catch {
          actual = undefined;
        }
        // A stray quote inside an unquoted cell (a"b) is read as text, as Excel reads it; csv-parse refuses it.
        if (!Array.isArray(expected)) {
          if (expected.code === 'CSV_QUOTE_NOT_CLOSED') expect(actual).toBeUndefined();
        } else if (actual !== undefined) expect(actual).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps blank records, so row numbers stay those of the file', () => {
    expect(parseCsvRows('a,b\n\n1,2\n')).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  it('refuses a quote that is never closed, naming the record it opens in', () => {
    expect(() => parseCsvRows('name,applicant\nok,enterprise\n"broken,enterprise\nnext,institution\n')).toThrow(CsvSyntaxError);
    try {
      parseCsvRows('name,applicant\nok,enterprise\n"broken,enterprise\n');
    } catch (error) {
      expect((error as CsvSyntaxError).row).toBe(3);
      expect((error as Error).message).toMatch(/never closed/);
    }
  });

  it('refuses text after a closing quote', () => {
    expect(() => parseCsvRows('a,"b"c\n')).toThrow(/text after its closing/);
  });

  it('never guesses another delimiter: a semicolon sheet is one column', () => {
    expect(parseCsvRows('a;b\n1;2')).toEqual([['a;b'], ['1;2']]);
  });
});
