import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countContent, historySpan, MAX_HISTORY_YEARS, scaleContent } from '../../scripts/lib/synthetic-content';
import { eventYears } from '../../scripts/lib/synthetic-events';

function copyOfContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'scale-')), 'content');
  cpSync('content', dir, { recursive: true });
  return dir;
}

// Each case writes thousands of files; a slow disk must not fail them.
describe('synthetic content for benchmarks', { timeout: 60_000 }, () => {
  it('grows every kind of entry to ten times the shipped count', () => {
    const shipped = countContent('content');
    const scaled = scaleContent(copyOfContent(), 10, 7);
    for (const key of Object.keys(shipped) as Array<keyof typeof shipped>) expect(scaled[key], key).toBe(shipped[key] * 10);
  });

  it('is the same from the same seed, and leaves factor 1 untouched', () => {
    const [a, b] = [copyOfContent(), copyOfContent()];
    scaleContent(a, 3, 11);
    scaleContent(b, 3, 11);
    for (const file of ['bases/bases.yaml', 'ip/quiz.yaml', 'events/synthetic-00005.md'])
      expect(readFileSync(join(a, file), 'utf8')).toBe(readFileSync(join(b, file), 'utf8'));
    expect(scaleContent(copyOfContent(), 1)).toEqual(countContent('content'));
  });

  it('adds events as history: in the years before the shipped ones, no more a year than those', () => {
    const shipped = eventYears('content');
    const perYear = countContent('content').events / (shipped.last - shipped.first + 1);
    const dir = copyOfContent();
    scaleContent(dir, 10, 5);
    const folder = join(dir, 'events');
    const years = readdirSync(folder)
      .filter((name) => name.startsWith('synthetic-'))
      .map((name) => Number(/^start: "(\d{4})-/m.exec(readFileSync(join(folder, name), 'utf8'))![1]));
    expect(Math.max(...years)).toBeLessThan(shipped.first);
    expect(years.length / (shipped.first - Math.min(...years))).toBeLessThanOrEqual(perYear * 1.1);
  });

  it('goes back at most 20 years, with busier years when there are more events than that holds', () => {
    const shipped = { first: 2026, last: 2027 };
    expect(historySpan(shipped, 13, 117)).toEqual({ from: 2008, to: 2025 }); // 6.5 a year: 18 years
    expect(historySpan(shipped, 13, 1287)).toEqual({ from: 2026 - MAX_HISTORY_YEARS, to: 2025 });
    expect(historySpan(shipped, 13, 1)).toEqual({ from: 2025, to: 2025 });
  });
});
