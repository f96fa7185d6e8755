import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBaseRecords } from '../../scripts/lib/bases-files';
import { budgetFor } from '../../scripts/lib/budgets';
import { PAGE_CHECKS } from '../../scripts/lib/dist-checks';
import { loadDistSite, type DistSite } from '../../scripts/lib/dist-site';
import { buildWithContent, type ScratchBuild } from '../../scripts/lib/scratch-build';
import { addSyntheticBases } from '../../scripts/lib/synthetic-bases';

// A real build with 5,000 synthetic places: the index must stay within its first-load budget and
// every list page must still pass the post-build checks, however long the list grows.
const WORK = '.cache/bases-scale';
const COUNT = 5000;
let site: DistSite;
let build: ScratchBuild;

beforeAll(() => {
  build = buildWithContent(WORK, (content) => addSyntheticBases(content, COUNT, 2026));
  if (build.status === 0) site = loadDistSite(build.dist);
}, 600_000);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe(`a build with ${COUNT} places`, () => {
  it('succeeds and makes a page for every place', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(readdirSync(join(build.dist, 'bases')).filter((name) => name.startsWith('synthetic-'))).toHaveLength(COUNT);
  });

  it('keeps /bases/ within its first-load budget (60 KB gzip) and under the JS budget', () => {
    const index = site.pageAt('/bases/');
    expect(index).toBeDefined();
    expect(budgetFor('/bases/').total).toBe(60 * 1024);
    expect(PAGE_CHECKS['weight budget']?.(index!, site)).toEqual([]);
  });

  it('splits the no-JS list into pages that each pass every post-build check', () => {
    const listPages = site.pages.filter((p) => p.urlPath === '/bases/' || p.urlPath.startsWith('/bases/page/'));
    expect(listPages).toHaveLength(Math.ceil((COUNT + readBaseRecords('content/bases').length) / 100));
    const problems = listPages.flatMap((page) => Object.entries(PAGE_CHECKS).flatMap(([name, check]) => check(page, site).map((p) => `${page.urlPath} ${name}: ${p}`)));
    expect(problems).toEqual([]);
  });

  it('a place page does not grow with the list', () => {
    const pages = ['/bases/synthetic-00001/', '/bases/synthetic-05000/'].map((path) => site.pageAt(path)!);
    for (const page of pages) expect(PAGE_CHECKS['weight budget']?.(page, site)).toEqual([]);
  });
});
