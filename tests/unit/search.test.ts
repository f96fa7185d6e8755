import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { SEARCH_AUDIENCES } from '../../src/lib/search/filters';
import { CAMPAIGN_IDS } from '../../src/lib/events/campaigns';
import { AUDIENCES } from '../../src/schemas/base';
import { CONTENT } from '../helpers/content';
import { fallbackQuery, MAX_QUERY_LENGTH, normaliseQuery, withFallback } from '../../src/lib/search/query';

describe('query handling', () => {
  it('folds full-width digits, letters and signs typed with a Chinese input method', () => {
    expect(normaliseQuery('  ４.６８％ ')).toBe('4.68%');
    expect(normaliseQuery('ＡＩ　实验室')).toBe('AI 实验室');
  });

  it(`cuts a pasted query to ${MAX_QUERY_LENGTH} characters, never inside one`, () => {
    expect(MAX_QUERY_LENGTH).toBe(100);
    expect(normaliseQuery('科'.repeat(100_000))).toBe('科'.repeat(MAX_QUERY_LENGTH));
    expect(Array.from(normaliseQuery('𠀀'.repeat(150)))).toEqual(Array(MAX_QUERY_LENGTH).fill('𠀀'));
    expect(normaliseQuery('研发投入')).toBe('研发投入');
  });

  it('splits Chinese of three or more characters into two-character pieces for the fallback', () => {
    expect(fallbackQuery('研发投入强度')).toBe('研发 投入 强度');
    expect(fallbackQuery('孵化器')).toBe('孵化 化器');
    expect(fallbackQuery('西翥 实验室')).toBe('西翥 实验 验室');
  });

  it('has no fallback when splitting would change nothing, and keeps numbers with units whole', () => {
    expect(fallbackQuery('专利')).toBeUndefined();
    expect(fallbackQuery('20万平米')).toBeUndefined();
    expect(fallbackQuery('4.26')).toBeUndefined();
  });

  it('keeps the hits for the query as typed first, then adds new ones from the fallback', () => {
    const hit = (id: string) => ({ id });
    expect(withFallback([hit('a'), hit('b')], [hit('b'), hit('c')]).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('lists kept in step with content and schemas', () => {
  it('the campaign pages the code knows are the files in content/campaigns', () => {
    const files = readdirSync(new URL('campaigns/', CONTENT)).map((f) => f.replace(/\.mdx?$/, ''));
    expect([...CAMPAIGN_IDS].sort()).toEqual(files.sort());
  });

  it('search offers the audiences places and events use', () => {
    expect([...SEARCH_AUDIENCES]).toEqual([...AUDIENCES]);
  });
});
