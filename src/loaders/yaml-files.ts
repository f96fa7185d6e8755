import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { checkYamlEntry, parseYamlEntries } from '../lib/content/yaml-entries';

interface Options<S extends z.ZodType> {
  /** Folder, relative to the project root. */
  base: string;
  /** Which files, by path relative to base ("rules/x.yaml"). */
  include: (relativePath: string) => boolean;
  /** One entry per file (id from the path) or one per item of a top-level list (id from `id`). */
  entries: 'file' | 'list';
  /** For entries: 'file', the id from the relative path. Default: the file name without .yaml. */
  idFromPath?: (relativePath: string) => string;
  /** Validated here first so errors name the file, field and value. */
  schema: S;
}

/** How long a file must be quiet after a change before it is read again in dev. */
const SETTLE_MS = 100;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Loads YAML data strictly: a syntax error, a duplicate id or data that fails the schema stops the
 * build with the file, field and value. Uses YAML's core schema, so dates stay text and impossible
 * dates are caught by the schema instead of silently rolling over.
 *
 * In `npm run dev` it watches its folder as Astro's own file() and glob() loaders do, and reloads the
 * collection when one of its files is changed, added or deleted; a bad edit is reported in the dev
 * server's log and the last good data stays.
 */
export function yamlFiles<S extends z.ZodType>(options: Options<S>): Loader & { schema: S } {
  const isCollectionFile = (relativePath: string) => /\.ya?ml$/.test(relativePath) && options.include(relativePath);
  const yamlPaths = () =>
    walk(options.base)
      .map((path) => relative(options.base, path).split(sep).join('/'))
      .filter(isCollectionFile)
      .sort();

  /** Every entry of every file, checked; throws before anything is stored, so the store is never half-written. */
  async function readEntries(parseData: LoaderContext['parseData'], generateDigest: LoaderContext['generateDigest']) {
    const seen = new Map<string, string>();
    const entries = [];
    for (const relativePath of yamlPaths()) {
      const filePath = join(options.base, relativePath);
      const text = readFileSync(filePath, 'utf8');
      const shape =
        options.entries === 'list'
          ? ({ entries: 'list' } as const)
          : ({ entries: 'file', fileId: options.idFromPath?.(relativePath) ?? relativePath.replace(/\.ya?ml$/, '') } as const);
      for (const item of parseYamlEntries(text, filePath, shape)) {
        checkYamlEntry(item, options.schema, seen);
        const parsed = await parseData({ id: item.id, data: item.data as Record<string, unknown>, filePath });
        entries.push({ id: item.id, data: parsed, filePath, digest: generateDigest(text) });
      }
    }
    return entries;
  }

  return {
    name: 'yaml-files',
    // The collection takes its schema (and its types) from here, so it is named once.
    schema: options.schema,
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync = async () => {
        const entries = await readEntries(parseData, generateDigest);
        store.clear();
        for (const entry of entries) store.set(entry);
      };
      await sync();
      if (!watcher) return;
      const base = resolve(options.base);
      watcher.add(base);
      // A save can reach the watcher as several events, the first while the file is still empty or half
      // written (truncate, then write): reload once the events have settled, one reload at a time.
      let settling: ReturnType<typeof setTimeout> | undefined;
      let reloading = Promise.resolve();
      const reload = async (relativePath: string) => {
        try {
          await sync();
          logger.info(`Reloaded ${join(options.base, relativePath)}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      const onFileEvent = (path: string) => {
        const relativePath = relative(base, path).split(sep).join('/');
        if (relativePath.startsWith('../') || !isCollectionFile(relativePath)) return;
        clearTimeout(settling);
        settling = setTimeout(() => (reloading = reloading.then(() => reload(relativePath))), SETTLE_MS);
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onFileEvent);
    },
  };
}
