import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countContent, MAX_HISTORY_YEARS, scaleContent } from '../../scripts/lib/synthetic-content';
import { eventYears } from '../../scripts/lib/synthetic-events';

function copyOfContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'scale-')), 'content');
  cpSync('content', dir, { recursive: true });
  return dir;
}

describe('synthetic content for benchmarks', () => {
  it('grows every kind of entry to ten times the shipped count', () => {
    const shipped = countContent('content');
    const scaled = scaleContent(copyOfContent(), 10, 7);
    for (const key of Object.keys(shipped) as Array<keyof typeof shipped>) expect(scaled[key], key).toBe(shipped[key] * 10);
  });

  it('is the same from the same seed, and leaves factor 1 untouched', () => {
    const [a, b] = [copyOfContent(), copyOfContent()];
    scaleContent(a, 3, 11);
    scaleContent(b, 3, 11);
    for (const file of ['bases/bases.yaml', 'ip/quiz.yaml', 'events/synthetic-00005.md']) expect(readFileSync(join(a, file), 'utf8')).toBe(readFileSync(join(b, file), 'utf8'));
    expect(scaleContent(copyOfContent(), 1)).toEqual(countContent('content'));
  });

  it('adds events as history: in the years before the shipped ones, no more a year than those, going back at most 20 years', () => {
    const shipped = eventYears('content');
    const perYear = countContent('content').events / (shipped.last - shipped.first + 1);
    const startYears = (factor: number) => {
      const dir = copyOfContent();
      scaleContent(dir, factor, 5);
      const folder = join(dir, 'events');
      return readdirSync(folder)
        .filter((name) => name.startsWith('synthetic-'))
        .map((name) => Number(/^start: "(\d{4})-/m.exec(readFileSync(join(folder, name), 'utf8'))![1]));
    };
    const tenfold = startYears(10);
    expect(Math.max(...tenfold)).toBeLessThan(shipped.first);
    expect(tenfold.length / (shipped.first - Math.min(...tenfold))).toBeLessThanOrEqual(perYear * 1.1);
    const hundredfold = startYears(100);
    expect(Math.max(...hundredfold)).toBeLessThan(shipped.first);
    expect(Math.min(...hundredfold)).toBe(shipped.first - MAX_HISTORY_YEARS);
  });
});
