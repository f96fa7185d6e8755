import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { checkYamlEntry, parseYamlEntries } from '../lib/yaml-entries';

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
 */
export function yamlFiles<S extends z.ZodType>(options: Options<S>): Loader & { schema: S } {
  return {
    name: 'yaml-files',
    // The collection takes its schema (and its types) from here, so it is named once.
    schema: options.schema,
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      const seen = new Map<string, string>();
      const files = walk(options.base)
        .map((path) => relative(options.base, path).split(sep).join('/'))
        .filter((path) => /\.ya?ml$/.test(path) && options.include(path))
        .sort();
      for (const relativePath of files) {
        const filePath = join(options.base, relativePath);
        const text = readFileSync(filePath, 'utf8');
        const shape = options.entries === 'list' ? ({ entries: 'list' } as const) : ({ entries: 'file', fileId: options.idFromPath?.(relativePath) ?? relativePath.replace(/\.ya?ml$/, '') } as const);
        for (const item of parseYamlEntries(text, filePath, shape)) {
          checkYamlEntry(item, options.schema, seen);
          const parsed = await parseData({ id: item.id, data: item.data as Record<string, unknown>, filePath });
          store.set({ id: item.id, data: parsed, filePath, digest: generateDigest(text) });
        }
      }
    },
  };
}
