/** docs/content-review.md is what the organiser signs off: it must cover every kind of page the build makes. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { pageTypeOf } from '../../scripts/lib/page-types';
import { site } from '../helpers/built-site';

const review = readFileSync(new URL('../../docs/content-review.md', import.meta.url), 'utf8');
const headings = review.split('\n').filter((line) => line.startsWith('### '));

it('has a section for every page type in dist/', () => {
  const types = [...new Set(site.pages.map((p) => pageTypeOf(p.urlPath)))].sort();
  expect(types.length).toBeGreaterThan(10);
  const missing = types.filter((type) => !headings.some((h) => h.includes(type)));
  expect(missing).toEqual([]);
});
