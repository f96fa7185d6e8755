import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTES, SECTIONS } from '../../src/data/sections';

/**
 * The route registry (src/data/sections.ts) is the one place that says what a page is: its section,
 * title and nav label. These checks read the source and fail on any page or helper that says it again.
 */
const SRC = new URL('../../src/', import.meta.url).pathname;
const REGISTRY = 'data/sections.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}
const files = sourceFiles(SRC).map((path) => ({ file: relative(SRC, path), text: readFileSync(path, 'utf8') }));

/** The opening tags of BaseLayout in a file, braces balanced so `=>` inside an expression does not end one. */
function baseLayoutTags(text: string): string[] {
  const tags: string[] = [];
  for (let start = text.indexOf('<BaseLayout'); start !== -1; start = text.indexOf('<BaseLayout', start + 1)) {
    let depth = 0;
    let end = start;
    for (; end < text.length; end++) {
      const ch = text[end];
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
      else if (ch === '>' && depth === 0) break;
    }
    tags.push(text.slice(start, end + 1));
  }
  return tags;
}

/**
 * Names the registry gives. The same words may stand in running text and link text; what must not
 * happen is that code spells one out as a value (a quoted string) or a page heading.
 */
const REGISTRY_NAMES = [
  ...new Set([
    ...SECTIONS.flatMap((s) => [s.title, s.navLabel ?? '']),
    ...ROUTES.flatMap((r) => [r.title ?? '', r.navLabel ?? '']).filter((name) => !name.includes('{')),
  ]),
].filter(Boolean);

/**
 * Where one of those words is a different thing that only shares its name: each with its reason.
 * Keep this short; a page's title or label is never a reason.
 */
const SAME_WORD_OTHER_THING: ReadonlyArray<[file: string, name: string, why: string]> = [
  ['lib/search/filters.ts', '基地与实验室', 'a search filter value; the registry assigns it to pages'],
  ['lib/search/filters.ts', '活动', 'a search filter value; the registry assigns it to pages'],
  ['lib/search/filters.ts', '知识产权课堂', 'a search filter value; the registry assigns it to pages'],
  ['data/open-data.ts', '活动', 'the title of a data file on /data/'],
  ['data/structured-data.ts', '知识产权', 'the schema.org topic of the IP pages'],
  ['components/policy/ClauseLink.astro', '原文', 'the prefix of a clause citation, e.g. 原文四（三）'],
  ['data/events.ts', '活动', 'the noun the sample-data notice counts: 3项活动'],
];

describe('the route registry is the one place that says what a page is', () => {
  it('pages pass BaseLayout no breadcrumbs and no title or short title written out', () => {
    const offenders = files.flatMap(({ file, text }) =>
      baseLayoutTags(text)
        .filter((tag) => /\sbreadcrumbs=|\s(title|shortTitle)=(["']|\{\s*[`'"])/.test(tag))
        .map((tag) => `${file}: ${tag.replace(/\s+/g, ' ')}`),
    );
    expect(offenders).toEqual([]);
  });

  it('no source file but the registry writes a section name, page title or nav label as a value or a heading', () => {
    const allowed = new Set(SAME_WORD_OTHER_THING.map(([file, name]) => `${file}|${name}`));
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const offenders = files
      .filter(({ file }) => file !== REGISTRY)
      .flatMap(({ file, text }) =>
        REGISTRY_NAMES.filter((name) => !allowed.has(`${file}|${name}`))
          .filter((name) => new RegExp(`(['"\`])${escape(name)}\\1|<h1[^>]*>\\s*${escape(name)}\\s*</h1>`).test(text))
          .map((name) => `${file}: ${name}`),
      );
    expect(offenders).toEqual([]);
  });

  it('no source file lists the main navigation or classifies paths by section: route-data.ts derives both from the registry', () => {
    const offenders = files
      .filter(({ file }) => file !== REGISTRY)
      .filter(
        ({ text }) =>
          /\bstartsWith\(\s*['"`]\/(policy|checker|bases|events|ip)\//.test(text) ||
          (/\bPRIMARY_NAV\s*[:=]/.test(text) && !/\bPRIMARY_NAV = SECTIONS\./.test(text)),
      )
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('each allowance still matches something, so the list cannot go stale', () => {
    for (const [file, name] of SAME_WORD_OTHER_THING) {
      const text = files.find((f) => f.file === file)?.text ?? '';
      expect(text.includes(`'${name}'`), `${file}: ${name}`).toBe(true);
    }
  });
});
