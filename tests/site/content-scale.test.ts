import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBaseRecords } from '../../scripts/lib/bases-files';
import { budgetFor } from '../../scripts/lib/budgets';
import { PAGE_CHECKS } from '../../scripts/lib/dist-checks';
import { loadDistSite, type DistSite } from '../../scripts/lib/dist-site';
import { buildWithContent, type ScratchBuild } from '../../scripts/lib/scratch-build';
import { addSyntheticBases } from '../../scripts/lib/synthetic-bases';
import { addSyntheticEvents } from '../../scripts/lib/synthetic-events';
import { eventArchiveUrl, EVENTS_FEED_ITEMS, RECENT_PAST_EVENTS } from '../../src/data/event-urls';

// A real build with 5,000 synthetic bases and ten years of past events: the lists must stay within
// their budgets and every list page must still pass the post-build checks, however long they grow.
const WORK = '.cache/content-scale';
const COUNT = 5000;
const PAST_EVENTS = 400;
const PAST_FROM = 2016;
const PAST_TO = 2025;
let site: DistSite;
let build: ScratchBuild;

beforeAll(() => {
  build = buildWithContent(WORK, (content) => {
    addSyntheticBases(content, COUNT, 2026);
    addSyntheticEvents(content, PAST_EVENTS, 2026, PAST_FROM, PAST_TO);
  });
  if (build.status === 0) site = loadDistSite(build.dist);
}, 600_000);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe(`a build with ${COUNT} bases`, () => {
  it('succeeds and makes a page for every base', () => {
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
    const problems = listPages.flatMap((page) =>
      Object.entries(PAGE_CHECKS).flatMap(([name, check]) => check(page, site).map((p) => `${page.urlPath} ${name}: ${p}`)),
    );
    expect(problems).toEqual([]);
    // Every check (html-validate included) over some fifty large pages: on a loaded CI machine this took
    // more than the default 30 s once. The timeout only catches a hang.
  }, 180_000);

  it('a base page does not grow with the list', () => {
    const pages = ['/bases/synthetic-00001/', '/bases/synthetic-05000/'].map((path) => site.pageAt(path)!);
    for (const page of pages) expect(PAGE_CHECKS['weight budget']?.(page, site)).toEqual([]);
  });
});

describe(`a build with ${PAST_EVENTS} past events over ten years`, () => {
  const linksIn = (path: string, selector: string) => {
    const page = site.pageAt(path)!;
    return page
      .$(`${selector} [data-event] > a`)
      .toArray()
      .map((a) => page.$(a).attr('href')!);
  };
  const synthetic = (hrefs: string[]) => hrefs.filter((href) => href.includes('/synthetic-'));

  it('shows only the latest past events on /events/ and the campaign pages, within their budgets, and points further back', () => {
    expect(linksIn('/events/', '[data-past]')).toHaveLength(RECENT_PAST_EVENTS);
    // One link per kind of the campaign, each opening the archive filtered to it.
    for (const kind of ['全国科普月', '全国科普日'])
      expect(
        site
          .pageAt('/science-day/')!
          .$(`main a[href="/events/?${new URLSearchParams({ kind })}#archive"]`)
          .text(),
        kind,
      ).toBe(kind);
    for (const path of ['/events/', '/ip-week/', '/science-week/', '/science-day/']) {
      expect(PAGE_CHECKS['weight budget']?.(site.pageAt(path)!, site), path).toEqual([]);
      expect(synthetic(linksIn(path, 'main')).length, path).toBeLessThanOrEqual(RECENT_PAST_EVENTS);
      if (path !== '/events/')
        expect(linksIn(path, 'section:has(> #campaign-events) h3:contains("往期") + ol'), path).toHaveLength(RECENT_PAST_EVENTS);
    }
  });

  it("archives every past event on its year's page, each page passing every post-build check", () => {
    const archived = new Set<string>();
    for (let year = PAST_FROM; year <= PAST_TO; year++) {
      const page = site.pageAt(eventArchiveUrl(year));
      expect(page, String(year)).toBeDefined();
      for (const href of synthetic(linksIn(eventArchiveUrl(year), 'main'))) archived.add(href);
      const problems = Object.entries(PAGE_CHECKS).flatMap(([name, check]) => check(page!, site).map((p) => `${name}: ${p}`));
      expect(problems, String(year)).toEqual([]);
    }
    expect(archived.size).toBe(PAST_EVENTS);
  });

  it('keeps the HTML site map the same size: it counts bases and events instead of naming them', () => {
    const map = site.pageAt('/sitemap/')!;
    expect(map.$('main a[href^="/bases/synthetic-"], main a[href^="/events/synthetic-"]').length).toBe(0);
    expect(map.$('main').text()).toContain(`${COUNT + readBaseRecords('content/bases').length}个基地、实验室和平台各有自己的页面`);
    expect(PAGE_CHECKS['weight budget']?.(map, site)).toEqual([]);
  });

  it('keeps the events feed to its latest changes, newest first', () => {
    const folder = join(WORK, 'content/events');
    const changes = readdirSync(folder).map((name) => ({
      id: name.replace(/\.mdx?$/, ''),
      updated: /^updated: (\S+)$/m.exec(readFileSync(join(folder, name), 'utf8'))![1]!,
    }));
    const newest = changes.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id)).slice(0, EVENTS_FEED_ITEMS);
    const feed = readFileSync(join(build.dist, 'events/rss.xml'), 'utf8');
    const links = [...feed.matchAll(/<item>.*?<link>[^<]*\/events\/([^/<]+)\/<\/link>/gs)].map((m) => m[1]);
    expect(links).toEqual(newest.map((c) => c.id));
  });
});
