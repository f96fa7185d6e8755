import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldByOctets, foldContentLine, MAX_LINE_OCTETS, unfoldContentLines } from '../../src/lib/events/fold';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');
const decodesStrictly = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

describe('folding iCalendar lines by octets (RFC 5545 §3.1)', () => {
  it('folds a Chinese line at 75 octets, not 75 characters', () => {
    const line = `SUMMARY:${'科普'.repeat(30)}`; // 8 + 180 octets
    const folded = foldContentLine(line).split('\r\n');
    expect(folded.length).toBe(3);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(octets(folded[0]!)).toBe(74); // 8 + 22 characters of 3 octets; one more would make 77
    expect(folded[1]!.startsWith(' ')).toBe(true);
    expect(unfoldContentLines(folded.join('\r\n'))).toBe(line);
  });

  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(foldContentLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldContentLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts the leading space of a continuation line', () => {
    const [, second] = foldContentLine('x'.repeat(75 + 80)).split('\r\n');
    expect(second).toBe(` ${'x'.repeat(74)}`);
  });

  it('for any text: every line within 75 octets, no UTF-8 sequence split, and unfolding gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 20, maxLength: 300, size: 'max' }), (text) => {
        const line = text.replace(/[\r\n]/g, '');
        const folded = foldContentLine(line);
        for (const part of folded.split('\r\n')) {
          const bytes = Buffer.from(part, 'utf8');
          expect(bytes.length).toBeLessThanOrEqual(MAX_LINE_OCTETS);
          expect(decodesStrictly(bytes)).toBe(part);
        }
        expect(unfoldContentLines(folded)).toBe(line);
      }),
    );
  });

  it('refolds a whole calendar folded by characters with CRLF + tab, keeping its CRLF line ends', () => {
    const byCharacters = `BEGIN:VEVENT\r\nDESCRIPTION:${'很长的说明'.repeat(15)}\r\n\t${'再长一点'.repeat(10)}\r\nEND:VEVENT\r\n`;
    const refolded = foldByOctets(byCharacters);
    expect(refolded.endsWith('END:VEVENT\r\n')).toBe(true);
    expect(refolded.split('\r\n').every((line) => octets(line) <= 75)).toBe(true);
    expect(unfoldContentLines(refolded)).toBe(unfoldContentLines(byCharacters));
  });
});
