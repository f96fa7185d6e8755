import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ContentError, formatIssues } from '../lib/validation';

interface Options {
  /** Folder, relative to the project root. */
  base: string;
  /** Which files, by path relative to base ("rules/x.yaml"). */
  include: (relativePath: string) => boolean;
  /** One entry per file (id from the path) or one per item of a top-level list (id from `id`). */
  entries: 'file' | 'list';
  /** For entries: 'file', the id from the relative path. Default: the file name without .yaml. */
  idFromPath?: (relativePath: string) => string;
  /** Validated here first so errors name the file, field and value. */
  schema: z.ZodType;
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
export function yamlFiles(options: Options): Loader {
  return {
    name: 'yaml-files',
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
        let data: unknown;
        try {
          data = parseYaml(text, { schema: 'core', uniqueKeys: true, prettyErrors: true });
        } catch (error) {
          const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : '';
          throw new ContentError(`${filePath}: YAML syntax error${where}: ${(error as Error).message}`);
        }
        const items: Array<{ id: string; data: unknown; where: string }> = [];
        if (options.entries === 'list') {
          if (!Array.isArray(data)) throw new ContentError(`${filePath}: expected a list of entries at the top level`);
          data.forEach((item, index) => {
            const id = (item as { id?: unknown } | null)?.id;
            if (typeof id !== 'string' || !id) throw new ContentError(`${filePath}: entry ${index + 1}: field id: missing (value: ${JSON.stringify(id)})`);
            items.push({ id, data: item, where: `${filePath} (entry ${index + 1}, id ${id})` });
          });
        } else {
          const id = options.idFromPath?.(relativePath) ?? relativePath.replace(/\.ya?ml$/, '');
          items.push({ id, data, where: filePath });
        }
        for (const item of items) {
          const previous = seen.get(item.id);
          if (previous) throw new ContentError(`${item.where}: field id: duplicate id, already used in ${previous} (value: "${item.id}")`);
          seen.set(item.id, item.where);
          const result = options.schema.safeParse(item.data);
          if (!result.success) throw new ContentError(formatIssues(item.where, result.error.issues, item.data));
          const parsed = await parseData({ id: item.id, data: item.data as Record<string, unknown>, filePath });
          store.set({ id: item.id, data: parsed, filePath, digest: generateDigest(text) });
        }
      }
    },
  };
}
