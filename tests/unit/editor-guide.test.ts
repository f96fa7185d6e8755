/**
 * docs/编辑指南.md, the editors' guide, checked against the code it describes: its commands exist,
 * its field tables list exactly the schemas' fields, its files and site paths exist, its examples are
 * copied from content/ as it says, and every error message it quotes is what the code prints for that
 * mistake. When one of these fails, the guide (or the code) has drifted: fix whichever is wrong.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { stringify as stringifyYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BASE_COLUMNS, BASE_HEADERS, recordToRow } from '../../src/lib/bases/columns';
import { describeImportProblem, importBaseRows } from '../../src/lib/bases/import';
import { checkYamlEntry, parseYamlEntries } from '../../src/lib/content/yaml-entries';
import { BaseEntrySchema } from '../../src/schemas/base';
import { EventSchema } from '../../src/schemas/event';
import { FaqItemSchema, FaqSchema } from '../../src/schemas/faq';
import { GlossaryTermSchema } from '../../src/schemas/glossary';
import { readBaseRecords } from '../../scripts/lib/bases-files';
import { readContent, readMarkdownFolder } from '../helpers/content';
import { codeBlocks, headings, inlineCode, linkTargets, section, tableUnder } from '../helpers/markdown-doc';
import { schemaFields, type SchemaField } from '../helpers/schema-fields';

const GUIDE_PATH = 'docs/编辑指南.md';
const guide = readFileSync(GUIDE_PATH, 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);

/** "`title`" → "title"; the guide writes field names as inline code. */
const plain = (cell: string) => cell.replace(/`/g, '').trim();

/** A table's rows as { name, required }: the first column, and whether 必填 (third column) says 是. */
function documentedFields(heading: string, nameColumn = 0): Array<{ name: string; required: boolean; row: string[] }> {
  const [header, ...rows] = tableUnder(guide, heading);
  expect(header?.[2], `the third column under “${heading}” is 必填`).toBe('必填');
  return rows.map((row) => ({ name: plain(row[nameColumn] ?? ''), required: (row[2] ?? '').startsWith('是'), row }));
}

function expectSameFields(heading: string, fields: readonly SchemaField[]): void {
  const documented = documentedFields(heading);
  expect(documented.map((f) => f.name).sort(), `fields under “${heading}”`).toEqual(fields.map((f) => f.path).sort());
  for (const field of fields)
    expect(documented.find((f) => f.name === field.path)?.required, `必填 for ${field.path} under “${heading}”`).toBe(field.required);
}

describe('the guide is linked and its commands exist', () => {
  it('the README links to it within its first 30 lines', () => {
    const top = readFileSync('README.md', 'utf8').split('\n').slice(0, 30).join('\n');
    expect(top).toContain('](docs/编辑指南.md)');
  });

  const commands = [...new Set([...guide.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] as string))];

  it('names the commands an editor needs', () => {
    expect(commands).toEqual(
      expect.arrayContaining(['dev', 'import:bases', 'import:events', 'check:launch', 'build:release', 'release', 'rollback']),
    );
  });

  it.each(commands)('`npm run %s` is a script in package.json', (name) => {
    expect(scripts).toContain(name);
  });
});

describe('the field tables list exactly the schemas’ fields', () => {
  it('活动文件里的字段: EventSchema', () => expectSameFields('活动文件里的字段', schemaFields(EventSchema)));
  it('问答的字段: one question of FaqSchema', () => expectSameFields('问答的字段', schemaFields(FaqItemSchema)));
  it('名词的字段: GlossaryTermSchema', () => expectSameFields('名词的字段', schemaFields(GlossaryTermSchema)));

  it('基地名录的列: BASE_COLUMNS, in order, with their fields and 必填', () => {
    const documented = documentedFields('基地名录的列');
    expect(documented.map((f) => [f.name, plain(f.row[1] ?? ''), f.required])).toEqual(
      BASE_COLUMNS.map((c) => [c.header, c.field, c.required]),
    );
  });

  it('活动表格的列: EVENT_COLUMNS, in order, with their fields and 必填', async () => {
    // Helper A's module; imported by a computed path so this file still loads where it is not there yet.
    const modulePath = '../../src/lib/events/columns.ts';
    const { EVENT_COLUMNS } = (await import(/* @vite-ignore */ modulePath)) as {
      EVENT_COLUMNS: ReadonlyArray<{ header: string; field: string; required: boolean }>;
    };
    const documented = documentedFields('活动表格的列');
    expect(documented.map((f) => [f.name, f.required])).toEqual(EVENT_COLUMNS.map((c) => [c.header, c.required]));
    // Every column but the body (which is no front-matter field) names the event file's field it fills.
    const frontMatter = new Set(['id', ...schemaFields(EventSchema).map((f) => f.path)]);
    for (const column of EVENT_COLUMNS.filter((c) => frontMatter.has(c.field)))
      expect(plain(documented.find((f) => f.name === column.header)?.row[1] ?? ''), `field of ${column.header}`).toBe(column.field);
  });

  it('the event columns fill only fields the event schema has', () => {
    const eventFields = schemaFields(EventSchema).map((f) => f.path);
    const filled = documentedFields('活动表格的列')
      .map((f) => plain(f.row[1] ?? ''))
      .filter((field) => /^[a-zA-Z.]+$/.test(field) && field !== 'id');
    expect(filled.filter((field) => !eventFields.includes(field))).toEqual([]);
  });

  it('the schema reader sees required, optional and either-or fields (so the comparisons above can fail)', () => {
    const fields = schemaFields(EventSchema);
    expect(fields).toContainEqual({ path: 'title', required: true });
    expect(fields).toContainEqual({ path: 'status', required: false }); // has a default
    expect(fields).toContainEqual({ path: 'registration.deadline', required: false });
    expect(fields).toContainEqual({ path: 'venue.base', required: false }); // one of two venue forms
  });
});

describe('what the guide points to exists', () => {
  const mentioned = [...inlineCode(guide), ...linkTargets(guide)];

  it('every file or folder of the project it names', () => {
    const paths = mentioned.filter((text) => /^(content|docs|src|scripts|tests|deploy)\/[^\s<>*…]+$/.test(text));
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((path) => !existsSync(path))).toEqual([]);
  });

  it('every relative link to a file', () => {
    const relative = linkTargets(guide).filter((target) => !/^(#|\/|https?:)/.test(target));
    expect(relative.filter((target) => !existsSync(join('docs', target)))).toEqual([]);
  });

  it('every in-page link goes to one of its headings', () => {
    const slugger = new GithubSlugger();
    const anchors = new Set(headings(guide).map((h) => slugger.slug(h.text)));
    const targets = linkTargets(guide).filter((target) => target.startsWith('#'));
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((target) => !anchors.has(decodeURIComponent(target.slice(1))))).toEqual([]);
  });

  it('every site path it names is a page or file the site builds', () => {
    const sitePaths = [...new Set(mentioned.filter((text) => /^\/[\w./-]*$/.test(text) && !text.startsWith('//')))];
    expect(sitePaths.length).toBeGreaterThan(5);
    expect(sitePaths.filter((path) => !isRoute(path))).toEqual([]);
  });
});

describe('what it says a page shows is what the site writes', () => {
  const shown = [...guide.matchAll(/页面(?:上)?(?:写|会说|只写|标着)“([^”]+)”/g)].map((m) => m[1] as string);
  const siteCode = sourceFiles('src').map((file) => readFileSync(file, 'utf8'));

  it('quotes the pages on admission, status and sample data', () => {
    expect(shown).toEqual(expect.arrayContaining(['对公众开放', '新时间待定', '示例数据']));
  });

  it.each(shown)('“%s” is text the site’s code writes', (text) => {
    expect(siteCode.some((code) => code.includes(text))).toBe(true);
  });
});

describe('its examples are copied from content/ as it says', () => {
  const examples = codeBlocks(guide).filter((block) => /摘自 `[^`]+`/.test(block.lead));

  it('there is one for each kind of content', () => {
    const sources = examples.map((block) => /摘自 `([^`]+)`/.exec(block.lead)?.[1]);
    expect(sources).toEqual(
      expect.arrayContaining(['content/bases/bases.yaml', 'content/policies/wuhua-2018-5/faq.yaml', 'content/glossary.yaml']),
    );
    expect(sources.some((source) => source?.startsWith('content/events/'))).toBe(true);
  });

  it.each(examples.map((block) => [/摘自 `([^`]+)`/.exec(block.lead)?.[1] as string, block.text]))(
    'the example from %s is in that file',
    (source, text) => {
      expect(readFileSync(source, 'utf8')).toContain(text);
    },
  );
});

describe('every error message it quotes is what the code prints', () => {
  const quoted = codeBlocks(section(guide, '出错了怎么办：构建报错的意思')).map((block) => block.text.trim());
  const produced = errorExamples();

  it('quotes each of these mistakes', () => {
    for (const message of produced) expect(quoted, message).toContain(message);
  });

  it('quotes nothing else', () => {
    expect(quoted.filter((text) => !produced.includes(text))).toEqual([]);
  });
});

/**
 * The mistakes the guide explains, made for real: each takes a real file from content/, breaks it the
 * way the guide says, and returns what the build or the import prints. Only the first line of a YAML
 * syntax error is kept; the guide explains the pointer drawn under it.
 */
function errorExamples(): string[] {
  const event = readMarkdownFolder('events').find((e) => e.id === '2027-ai-lecture')?.data as Record<string, unknown>;
  // Astro's report for an entry that fails its collection's schema (InvalidContentEntryDataError), one
  // issue a line; tests/site/bad-content.test.ts checks this form in a real build.
  const astroReport = (id: string, data: unknown) => {
    const result = EventSchema.safeParse(data);
    if (result.success) throw new Error('expected the event to fail its schema');
    return [
      `events → ${id} data does not match collection schema.`,
      ...result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    ].join('\n');
  };
  const { admission: _admission, ...withoutAdmission } = event;
  const loaderError = (
    file: string,
    text: string,
    schema: typeof BaseEntrySchema | typeof GlossaryTermSchema | typeof FaqSchema,
    shape: Parameters<typeof parseYamlEntries>[2],
  ) => {
    try {
      const seen = new Map<string, string>();
      for (const entry of parseYamlEntries(text, file, shape)) checkYamlEntry(entry, schema, seen);
    } catch (error) {
      return (error as Error).message.split('\n')[0] as string;
    }
    throw new Error(`expected ${file} to fail`);
  };
  const bases = readContent('bases/bases.yaml');
  const glossary = readContent('glossary.yaml');
  const faq = readContent('policies/wuhua-2018-5/faq.yaml');
  // A base added at the end of the list, so the entry number does not depend on the list's order.
  const astronomy = readBaseRecords('content/bases').find((r) => r.id === 'sample-huashan-astronomy');
  const withNewBase = (change: Record<string, unknown>) => `${bases}${stringifyYaml([{ ...astronomy, id: 'sample-new-base', ...change }])}`;

  const shipped = readBaseRecords('content/bases');
  const headers = [...BASE_HEADERS];
  const rows = shipped.map(recordToRow);
  const setCell = (row: number, header: string, value: string) => ((rows[row] as string[])[headers.indexOf(header as never)] = value);
  setCell(2, '街道', '翠湖');
  setCell(3, '开放时间', '周八 09:00-17:00');
  setCell(4, '是否免费', '免费');
  setCell(5, '简介', '');
  const imported = importBaseRows(headers, rows, shipped, '2026-11-30');

  return [
    astroReport('2027-ai-lecture', { ...event, end: '2027-07-10T13:30' }),
    astroReport('2027-ai-lecture', withoutAdmission),
    astroReport('2027-ai-lecture', { ...event, kind: '联欢会' }),
    astroReport('2027-ai-lecture', { ...event, status: 'cancelled', statusNote: undefined }),
    loaderError('content/bases/bases.yaml', withNewBase({ subdistrict: '翠湖' }), BaseEntrySchema, { entries: 'list' }),
    loaderError('content/bases/bases.yaml', withNewBase({ updated: '2026-02-30' }), BaseEntrySchema, { entries: 'list' }),
    loaderError(
      'content/glossary.yaml',
      `${glossary}- id: rd-intensity\n  term: 研发强度\n  definition: 同一个编号写了两次的名词解释。\n`,
      GlossaryTermSchema,
      { entries: 'list' },
    ),
    loaderError('content/glossary.yaml', '- id: a\n  term: 甲乙\n   definition: 缩进多了一格的名词解释。\n', GlossaryTermSchema, {
      entries: 'list',
    }),
    loaderError(
      'content/policies/wuhua-2018-5/faq.yaml',
      faq.replace('audiences: [citizen, enterprise, institution]', 'audiences: [citizen, 学生]'),
      FaqSchema,
      {
        entries: 'file',
        fileId: 'wuhua-2018-5',
      },
    ),
    imported.problems.map((p) => describeImportProblem('名录.xlsx', p)).join('\n'),
  ];
}

/**
 * Whether the build makes a page or file at this path: a file in src/pages for it, where a [param]
 * takes any one segment and [...slug] only the stand-alone pages in content/pages.
 */
function isRoute(path: string): boolean {
  const wanted = path
    .replace(/^\/|\/$/g, '')
    .split('/')
    .filter(Boolean);
  const standalone = readdirSync('content/pages')
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => name.replace(/\.mdx?$/, ''));
  return pageRoutes().some((route) => {
    if (route.at(-1) === '[...slug]') return route.length - 1 === 0 && wanted.length === 1 && standalone.includes(wanted[0] as string);
    return route.length === wanted.length && route.every((segment, i) => segment === wanted[i] || /^\[[^.\]]+\]$/.test(segment));
  });
}

/** Every .ts and .astro file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|astro)$/.test(name) ? [full] : [];
  });
}

/** src/pages files as route segments: "events/[id]/index.astro" → ["events", "[id]"], "data/bases.csv.ts" → ["data", "bases.csv"]. */
function pageRoutes(dir = 'src/pages', prefix: string[] = []): string[][] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return pageRoutes(full, [...prefix, name]);
    const base = name.replace(/\.(astro|md|mdx)$/, '').replace(/\.(ts|js)$/, '');
    return [base === 'index' ? prefix : [...prefix, base]];
  });
}
