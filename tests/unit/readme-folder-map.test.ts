/**
 * README.md's "Folder map" table, checked against the tree: every path it names exists, and every
 * folder a newcomer looks for is named in it. Depth: the repository's top-level folders; everything
 * directly in src/ and content/ (files too: content/site.yaml, src/content.config.ts); the folders
 * directly in src/lib/, src/components/, scripts/ and tests/. Deeper files are named where useful, but
 * not required, so adding a file to src/lib/ does not mean editing the README. When this fails, the
 * README (or a stray folder) has drifted: fix whichever is wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableUnder } from '../helpers/markdown-doc';

const MAP_HEADING = 'Folder map';
const readme = readFileSync('README.md', 'utf8');

/** Git-ignored names (node_modules, dist/, .cache/ …) and .git itself are not part of the tree. */
const IGNORED = new Set([
  '.git',
  ...readFileSync('.gitignore', 'utf8')
    .split('\n')
    .map((line) => line.trim().replace(/\/$/, ''))
    .filter((line) => line && !line.startsWith('#') && !/[*?[]/.test(line)),
]);

/** Where the map must name every entry: [folder, whether files count too]. '' is the repository root. */
const MUST_NAME: Array<[folder: string, files: boolean]> = [
  ['', false],
  ['src', true],
  ['content', true],
  ['src/lib', false],
  ['src/components', false],
  ['scripts', false],
  ['tests', false],
];

/** A path that the map names, as written (`src/lib/`, `lib/debian-packages.ts`, `policies/<id>/`). */
const PATH_LIKE =
  /^(?:[\w.\-<>\u4e00-\u9fff]+\/)*(?:[\w.\-<>\u4e00-\u9fff]+\/|[\w\-<>\u4e00-\u9fff]+\.(?:ts|js|mjs|astro|css|ya?ml|md|mdx|txt|json|conf|svg|sh)|\.ci\/run)$/;

interface MapRow {
  /** The first column's path, e.g. `src/components/<area>/`. */
  path: string;
  /** The folder the row's other paths are written relative to: the path up to any `<placeholder>`. */
  base: string;
  /** Paths named in the second column, as written. */
  mentions: string[];
}

function mapRows(): MapRow[] {
  const [header, ...rows] = tableUnder(readme, MAP_HEADING);
  expect(header, `the header of the table under “${MAP_HEADING}”`).toEqual(['Folder', 'What is in it']);
  return rows.map((cells) => {
    const path = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    if (!path) throw new Error(`README folder map: the first cell of row “${cells.join(' | ')}” is not one path in backticks`);
    const code = [...(cells[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
    const base = path.endsWith('/') ? path.replace(/<[^>]+>\/.*$/, '') : '';
    return { path, base, mentions: code.filter((text) => PATH_LIKE.test(text)) };
  });
}

/** The paths a written path may stand for: a `<placeholder>` segment stands for every folder there. */
function expand(written: string): string[] {
  const segments = written.replace(/\/$/, '').split('/');
  let found = [''];
  for (const segment of segments) {
    found = found.flatMap((parent) => {
      if (!/^<[^>]+>$/.test(segment)) return [join(parent, segment)];
      const dir = parent || '.';
      return existsSync(dir)
        ? readdirSync(dir, { withFileTypes: true })
            .filter((e) => e.isDirectory())
            .map((e) => join(parent, e.name))
        : [];
    });
  }
  return found.filter((path) => existsSync(path));
}

/**
 * The tree path a mention in a row's description stands for: in the row's folder, else from the root
 * (`dist/`, `content/`); undefined when neither exists. Build output (git-ignored, e.g. `dist/`) counts
 * as existing, since unit tests run before the build.
 */
function resolveMention(row: MapRow, mention: string): string | undefined {
  const candidates = [join(row.base, mention), mention.replace(/\/$/, '')];
  return candidates.find((path) => expand(path).length > 0 || IGNORED.has(path.split('/')[0] as string));
}

/** Every path the map names, without trailing slashes, placeholders left as written. */
function namedPaths(rows: MapRow[]): string[] {
  return rows
    .flatMap((row) => [row.path, ...row.mentions.flatMap((m) => resolveMention(row, m) ?? [])])
    .map((path) => path.replace(/\/$/, ''));
}

/** Whether `entry` (a path in the tree) is named: the map names it, or something inside it. */
function isNamed(entry: string, named: readonly string[]): boolean {
  return named.some((path) => path === entry || path.startsWith(`${entry}/`));
}

function entriesToName(): string[] {
  return MUST_NAME.flatMap(([folder, files]) =>
    readdirSync(folder || '.', { withFileTypes: true })
      .filter((entry) => !IGNORED.has(entry.name) && (entry.isDirectory() || (files && entry.isFile())))
      // The root's own files (package.json, README.md …) are where a reader starts; they need no row.
      .filter((entry) => folder !== '' || entry.isDirectory())
      .map((entry) => (folder ? `${folder}/${entry.name}` : entry.name)),
  );
}

describe('README folder map', () => {
  const rows = mapRows();

  it('names only paths that exist', () => {
    const missing = rows.flatMap((row) => [
      ...(expand(row.path).length ? [] : [`row \`${row.path}\``]),
      ...row.mentions
        .filter((m) => resolveMention(row, m) === undefined)
        .map((m) => `\`${m}\` in row \`${row.path}\` (looked in ${row.base || 'the root'} and the root)`),
    ]);
    expect(missing, 'paths in the README folder map that are not in the tree').toEqual([]);
  });

  it('names every folder of the tree at the depth it promises', () => {
    const named = namedPaths(rows);
    const unnamed = entriesToName().filter((entry) => !isNamed(entry, named));
    expect(unnamed, 'entries missing from the README folder map').toEqual([]);
  });

  it('reads the map as intended: a deliberately wrong path and an unnamed folder are caught', () => {
    const wrong: MapRow = { path: 'src/lib/', base: 'src/lib/', mentions: ['no-such-area/'] };
    expect(resolveMention(wrong, 'no-such-area/')).toBeUndefined();
    expect(resolveMention(wrong, 'eligibility/')).toBe('src/lib/eligibility/');
    expect(isNamed('src/lib/events', ['src/lib/bases', 'src/lib/eligibility'])).toBe(false);
    expect(isNamed('src/lib/events', ['src/lib/events/outlook.ts'])).toBe(true);
    expect(isNamed('content/policies', ['content/policies/<id>'])).toBe(true);
  });
});
