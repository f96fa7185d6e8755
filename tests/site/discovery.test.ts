import * as cheerio from 'cheerio';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { jsonLd, page, site } from '../helpers/built-site';
import { BasesFileSchema, EventsFileSchema } from '../../src/schemas/open-data';
import { OPEN_DATASETS } from '../../src/data/open-data';
import { SEARCH_TYPES } from '../../src/lib/search/filters';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/query';
import { readMarkdownFolder, readYaml } from '../helpers/content';
import { loadSchemaOrgVocabulary, schemaOrgProblems } from '../helpers/schema-org';

const ORIGIN = 'https://wuhua-kexie.example';
const text = (path: string) => site.read(path)?.toString('utf8') ?? '';
/** Pages a visitor reaches on purpose: not the error pages (404, /error/…), and not the no-JS list pages that repeat /bases/. */
const realPages = site.pages.filter(
  (p) => p.urlPath !== '/404.html' && !p.urlPath.startsWith('/error/') && !p.urlPath.startsWith('/bases/page/'),
);

/** One base's or one event's own page: the HTML site map names their lists instead. */
const isEntryPage = (path: string) => /^\/bases\/(?!page\/)[^/]+\/$/.test(path) || /^\/events\/(?!archive\/)[^/]+\/$/.test(path);

describe('the HTML site map', () => {
  const map = page('/sitemap/');
  const linked = new Set(
    map
      .$('main a[href^="/"]')
      .toArray()
      .map((a) => map.$(a).attr('href')),
  );
  const linksOf = (path: string) =>
    page(path)
      .$('a[href^="/"]')
      .toArray()
      .map((a) => new URL(page(path).$(a).attr('href')!, ORIGIN).pathname);

  it('links every page of the site but the single bases and events', () => {
    const missing = realPages.map((p) => p.urlPath).filter((path) => !isEntryPage(path) && !linked.has(path));
    expect(missing).toEqual([]);
    expect([...linked].filter((href) => isEntryPage(href!))).toEqual([]);
  });

  it('says how many bases and events it leaves out, and which listed page leads to them', () => {
    const notes = map
      .$('main section p')
      .toArray()
      .map((p) => map.$(p).text().replace(/\s+/g, ''));
    const count = (re: RegExp) => realPages.filter((p) => isEntryPage(p.urlPath) && re.test(p.urlPath)).length;
    expect(notes).toContain(`${count(/^\/bases\//)}个基地、实验室和平台各有自己的页面，请从上面的“基地与实验室”进入。`);
    expect(notes).toContain(`${count(/^\/events\//)}项活动各有自己的页面，请从上面的“活动”进入。`);
    expect(linked.has('/bases/') && linked.has('/events/')).toBe(true);
  });

  it('reaches every page of the site by following links from it', () => {
    const seen = new Set(['/sitemap/']);
    const queue = ['/sitemap/'];
    for (let path = queue.shift(); path; path = queue.shift())
      for (const next of linksOf(path)) if (!seen.has(next) && site.pageAt(next)) (seen.add(next), queue.push(next));
    expect(realPages.map((p) => p.urlPath).filter((path) => !seen.has(path))).toEqual([]);
  });

  it('links only pages that exist', () => {
    for (const href of linked) if (!href!.startsWith('/#') && !href!.includes('#')) expect(site.pageAt(href!), href).toBeDefined();
  });
});

describe('page dates', () => {
  /** The newest `updated` among front matter or records, as the ISO date a page states. */
  const newest = (entries: Array<{ updated?: unknown }>) =>
    entries
      .map((e) => new Date(e.updated as string | Date).toISOString().slice(0, 10))
      .sort()
      .at(-1);
  const folder = (name: string) => readMarkdownFolder(name).map((f) => f.data as { updated: string; kind?: string; eventKinds?: string[] });
  const intro = (id: string) => readMarkdownFolder('pages').find((f) => f.id === id)!.data as { updated: string };
  const stated = (path: string) => jsonLd(page(path)).find((b) => b['@type'] === 'WebPage')?.['dateModified'];

  it('a list page is as new as the newest of its intro and its entries', () => {
    const events = folder('events');
    expect(stated('/events/')).toBe(newest([intro('events'), ...events]));
    expect(stated('/bases/')).toBe(newest([intro('bases'), ...readYaml<Array<{ updated: string }>>('bases/bases.yaml')]));
    expect(stated('/ip/')).toBe(newest([intro('ip'), ...folder('ip/lessons'), ...folder('ip/plans')]));
    for (const campaign of readMarkdownFolder('campaigns')) {
      const data = campaign.data as { updated: string; eventKinds: string[] };
      expect(stated(`/${campaign.id}/`), campaign.id).toBe(newest([data, ...events.filter((e) => data.eventKinds.includes(e.kind!))]));
    }
  });

  it('the site map is as new as the newest page it lists', () => {
    const dates = realPages.filter((p) => p.urlPath !== '/sitemap/').map((p) => stated(p.urlPath) as string);
    expect(stated('/sitemap/')).toBe(dates.sort().at(-1));
  });
});

describe('sitemap.xml and robots.txt', () => {
  const robots = text('/robots.txt');

  it('robots.txt allows crawling and names the sitemap, which exists', () => {
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(`${ORIGIN}/sitemap.xml`);
    expect(site.read('/sitemap.xml')).toBeDefined();
  });

  it('sitemap.xml parses and lists every page once, by its absolute canonical URL, with a last-changed date', () => {
    const $ = cheerio.load(text('/sitemap.xml'), { xml: true });
    expect($('urlset').attr('xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const entries = $('url')
      .toArray()
      .map((el) => ({ loc: $(el).find('loc').text(), lastmod: $(el).find('lastmod').text() }));
    for (const { loc, lastmod } of entries) {
      expect(loc.startsWith(`${ORIGIN}/`), loc).toBe(true);
      expect(site.pageAt(new URL(loc).pathname), loc).toBeDefined();
      expect(lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const paths = entries.map((e) => new URL(e.loc).pathname);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.sort()).toEqual(realPages.map((p) => p.urlPath).sort());
    for (const p of realPages) expect(p.$('link[rel="canonical"]').attr('href')).toBe(`${ORIGIN}${p.urlPath}`);
  });

  it('gives each page the same last-changed date as the page itself states', () => {
    const $ = cheerio.load(text('/sitemap.xml'), { xml: true });
    for (const el of $('url').toArray()) {
      const path = new URL($(el).find('loc').text()).pathname;
      const web = jsonLd(page(path)).find((b) => b['@type'] === 'WebPage');
      expect($(el).find('lastmod').text(), path).toBe(web?.['dateModified']);
    }
  });
});

describe('feeds', () => {
  it('/rss.xml parses, with each item a page of the site and a date', () => {
    const $ = cheerio.load(text('/rss.xml'), { xml: true });
    expect($('rss > channel > title').text()).toContain('最近更新');
    const items = $('item').toArray();
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) {
      const link = $(item).find('link').text();
      expect(site.pageAt(new URL(link).pathname), link).toBeDefined();
      expect(Number.isNaN(Date.parse($(item).find('pubDate').text()))).toBe(false);
      expect($(item).find('title').text().length).toBeGreaterThan(1);
    }
  });

  it('/rss.xml gives each item the description of the page it links', () => {
    const $ = cheerio.load(text('/rss.xml'), { xml: true });
    for (const item of $('item').toArray()) {
      const link = $(item).find('link').text();
      const description = page(new URL(link).pathname).$('meta[name="description"]').attr('content');
      expect(description, link).toBeTruthy();
      expect($(item).find('description').text(), link).toBe(description);
    }
  });

  it.each(['/rss.xml', '/events/rss.xml'])('%s names its own address with atom:link rel="self"', (path) => {
    const $ = cheerio.load(text(path), { xml: true });
    expect($('rss').attr('xmlns:atom')).toBe('http://www.w3.org/2005/Atom');
    const self = $('rss > channel > atom\\:link[rel="self"]');
    expect(self.length).toBe(1);
    expect(self.attr('href')).toBe(`${ORIGIN}${path}`);
    expect(self.attr('type')).toBe('application/rss+xml');
  });

  it('every page advertises /rss.xml', () => {
    for (const p of site.pages)
      expect(p.$('head link[rel="alternate"][type="application/rss+xml"][href="/rss.xml"]').length, p.urlPath).toBe(1);
  });
});

describe('the 404 page', () => {
  it('names no URL of its own (no canonical, og:url or JSON-LD url): it is served at whatever address was not found', () => {
    const notFound = page('/404.html');
    expect(notFound.$('link[rel="canonical"]').length).toBe(0);
    expect(notFound.$('meta[property="og:url"]').length).toBe(0);
    expect(notFound.$('meta[name="robots"]').attr('content')).toBe('noindex');
    const blocks = jsonLd(notFound);
    expect(blocks.find((b) => b['@type'] === 'WebPage')).not.toHaveProperty('url');
    expect(JSON.stringify(blocks)).not.toContain('404');
  });
});

describe('structured data on every page', () => {
  it.each(realPages.map((p) => [p.urlPath] as const))('%s has a WebPage with its breadcrumb, and every block parses', (path) => {
    const blocks = jsonLd(page(path));
    for (const block of blocks) {
      expect(block['@context']).toBe('https://schema.org');
      expect(typeof block['@type']).toBe('string');
    }
    const web = blocks.find((b) => b['@type'] === 'WebPage') as Record<string, unknown> & {
      breadcrumb: { itemListElement: Array<{ position: number; name: string }> };
    };
    expect(web).toBeDefined();
    expect(web['url']).toBe(`${ORIGIN}${path}`);
    expect(web['name']).toBeTruthy();
    expect(web['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const items = web.breadcrumb.itemListElement;
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
  });

  it('uses only schema.org types, the properties schema.org gives each type, and full URLs for enumeration values', () => {
    const vocabulary = loadSchemaOrgVocabulary();
    const problems = site.pages.flatMap((p) =>
      jsonLd(p).flatMap((block) => schemaOrgProblems(vocabulary, block).map((problem) => `${p.urlPath} ${problem}`)),
    );
    expect(problems).toEqual([]);
  });

  it('the home page describes the site and its search', () => {
    const site = jsonLd(page('/')).find((b) => b['@type'] === 'WebSite') as { potentialAction: { target: { urlTemplate: string } } };
    expect(site.potentialAction.target.urlTemplate).toBe(`${ORIGIN}/search/?q={search_term_string}`);
  });
});

describe('search boxes', () => {
  it(`take at most ${MAX_QUERY_LENGTH} characters, in the header of every page and on /search/`, () => {
    const boxes = site.pages.flatMap((p) =>
      p
        .$('input[name="q"]')
        .toArray()
        .map((input) => ({ path: p.urlPath, maxlength: p.$(input).attr('maxlength') })),
    );
    // One per page: the header's, or on /search/ (whose header leaves it out) the page's own.
    expect(boxes.map((box) => box.path)).toEqual(site.pages.map((p) => p.urlPath));
    expect(boxes.filter((box) => box.maxlength !== String(MAX_QUERY_LENGTH))).toEqual([]);
  });
});

describe('the search index sees content, not chrome', () => {
  it('every real page but the search page marks its main content for the index, with the chrome left out', () => {
    for (const p of realPages.filter((p) => p.urlPath !== '/search/')) {
      expect(p.$('main[data-pagefind-body]').length, p.urlPath).toBe(1);
      expect(p.$('header[data-pagefind-ignore]').length, p.urlPath).toBe(1);
      expect(p.$('footer[data-pagefind-ignore]').length, p.urlPath).toBe(1);
      expect(p.$('nav.breadcrumbs').attr('data-pagefind-ignore') ?? (p.urlPath === '/' ? '' : undefined), p.urlPath).toBeDefined();
    }
    for (const path of ['/search/', '/404.html', '/error/50x/', '/bases/page/1/'].filter((x) => site.pageAt(x)))
      expect(page(path).$('[data-pagefind-body]').length, path).toBe(0);
  });

  it.each([
    ['/policy/wuhua-2018-5/original/', '政策原文'],
    ['/policy/wuhua-2018-5/goals/', '解读'],
    ['/policy/wuhua-2018-5/faq/', '问答'],
    ['/bases/sample-huguo-ip-center/', '基地与实验室'],
    ['/events/2027-ai-lecture/', '活动'],
    ['/science-day/', '活动'],
    ['/ip/lessons/junior/', '知识产权课堂'],
  ])('%s is filed under %s', (path, type) => {
    const p = page(path);
    expect(
      p
        .$('[data-pagefind-filter="type"]')
        .toArray()
        .map((el) => p.$(el).text()),
    ).toEqual([type]);
    expect(SEARCH_TYPES).toContain(type);
    expect(p.$('[data-pagefind-filter="audience"]').length).toBeGreaterThan(0);
  });
});

describe('open data', () => {
  const data = page('/data/');

  it('lists every published file, each of which exists', () => {
    for (const d of OPEN_DATASETS) {
      expect(data.$(`main a[href="${d.url}"]`).length, d.url).toBeGreaterThan(0);
      expect(site.read(d.url), d.url).toBeDefined();
      if (d.schema) expect(site.read(d.schema.url) ?? site.pageAt(d.schema.url), d.schema.url).toBeDefined();
    }
    expect(data.$('main').text()).toMatch(/本次生成于\d{4}年\d{1,2}月\d{1,2}日/);
    expect(data.$('main').text()).toContain('使用条件');
  });

  it('bases.json and events.json match the shapes their published schemas are made from', () => {
    expect(() => BasesFileSchema.parse(JSON.parse(text('/data/bases.json')))).not.toThrow();
    expect(() => EventsFileSchema.parse(JSON.parse(text('/data/events.json')))).not.toThrow();
  });

  it('the published JSON Schemas are JSON Schema documents for those files', () => {
    for (const name of ['bases', 'events']) {
      const schema = JSON.parse(text(`/data/schemas/${name}.json`)) as {
        $schema: string;
        $id: string;
        properties: Record<string, unknown>;
      };
      expect(schema.$schema).toMatch(/json-schema\.org/);
      expect(schema.$id).toBe(`${ORIGIN}/data/schemas/${name}.json`);
      expect(Object.keys(schema.properties)).toContain(name === 'bases' ? 'bases' : 'events');
    }
  });
});

describe('share images', () => {
  it('every page names a share image of its section that exists, with its size and alt text', () => {
    for (const p of realPages) {
      const image = p.$('meta[property="og:image"]').attr('content')!;
      expect(image, p.urlPath).toMatch(new RegExp(`^${ORIGIN}/og/[a-z]+\\.png$`));
      expect(site.read(new URL(image).pathname), image).toBeDefined();
      expect(p.$('meta[property="og:image:width"]').attr('content')).toBe('1200');
      expect(p.$('meta[property="og:image:alt"]').attr('content')).toBeTruthy();
      expect(p.$('meta[property="og:title"]').attr('content')).toBeTruthy();
    }
    expect(page('/events/2027-ai-lecture/').$('meta[property="og:image"]').attr('content')).toBe(`${ORIGIN}/og/events.png`);
  });

  it.each(['site', 'policy', 'checker', 'bases', 'events', 'ip'])('/og/%s.png is a 1200×630 PNG with its text drawn', (slug) => {
    const png = PNG.sync.read(site.read(`/og/${slug}.png`)!);
    expect([png.width, png.height]).toEqual([1200, 630]);
    // Count white pixels in the heading band: with no font, resvg would draw no text at all.
    let white = 0;
    for (let y = 200; y < 340; y++)
      for (let x = 80; x < 1100; x++) {
        const i = (y * png.width + x) * 4;
        if (png.data[i]! > 240 && png.data[i + 1]! > 240 && png.data[i + 2]! > 240) white++;
      }
    expect(white).toBeGreaterThan(2000);
  });
});
