import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipForMessage, neutraliseFormula, readAsFormula, restoreFormula } from '../../src/lib/spreadsheets/cells';

describe('neutraliseFormula / restoreFormula (OWASP CSV injection)', () => {
  it('quotes every cell Excel would run as a formula', () => {
    for (const cell of [
      '=HYPERLINK("http://evil.example","点我")',
      "=cmd|' /C calc'!A0",
      '+1+1',
      '-2+3',
      '@SUM(A1:A2)',
      '\t=1+1',
      '\r=1+1',
      '-',
      '-1e5',
      "'=1+1",
    ]) {
      expect(neutraliseFormula(cell), cell).toBe(`'${cell}`);
      expect(readAsFormula(neutraliseFormula(cell)), cell).toBe(false);
    }
  });

  it('leaves ordinary text and plain numbers as they are', () => {
    for (const cell of ['示例·华山星空科普馆', '0871-65555555', '25.04', '-12.5', '+86', "'quoted", "it's", '', 'a=b'])
      expect(neutraliseFormula(cell), cell).toBe(cell);
  });

  it('strips exactly the quote it added, so every cell survives the round trip', () => {
    expect(restoreFormula("'=1+1")).toBe('=1+1');
    expect(restoreFormula("''=1+1")).toBe("'=1+1");
    expect(restoreFormula("'quoted")).toBe("'quoted");
    expect(restoreFormula("'-12.5")).toBe('-12.5');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '1', '.', 'a', '名') }), (cell) => {
        expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
        expect(readAsFormula(neutraliseFormula(cell))).toBe(false);
      }),
    );
  });
});

describe('clipForMessage', () => {
  it('cuts a long value to its first characters, whole code points only', () => {
    expect(clipForMessage('短值')).toBe('短值');
    expect(clipForMessage('x'.repeat(5000))).toBe(`${'x'.repeat(80)}…`);
    expect(clipForMessage('😀'.repeat(100), 3)).toBe('😀😀😀…');
  });
});
