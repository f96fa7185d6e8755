import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countContent, scaleContent } from '../../scripts/lib/synthetic-content';

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
});
