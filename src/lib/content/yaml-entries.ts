/**
 * Strict reading of YAML content files, shared by the build's loader and the Node scripts that read
 * the same files: YAML's core schema (dates stay text, so impossible dates reach the schema instead of
 * rolling over), unique keys and ids, and errors that name the file, entry, field and value.
 */
import type { z } from 'astro/zod';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ContentError, formatIssues } from './validation.ts';

export interface YamlEntry {
  id: string;
  data: unknown;
  /** "content/x.yaml (entry 3, id foo)": where the entry is, for error messages. */
  where: string;
}

/** One file's entries: one per item of a top-level list (id from `id`), or the whole file under `fileId`. */
export function parseYamlEntries(text: string, filePath: string, shape: { entries: 'list' } | { entries: 'file'; fileId: string }): YamlEntry[] {
  let data: unknown;
  try {
    data = parseYaml(text, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : '';
    throw new ContentError(`${filePath}: YAML syntax error${where}: ${(error as Error).message}`);
  }
  if (shape.entries === 'file') return [{ id: shape.fileId, data, where: filePath }];
  if (!Array.isArray(data)) throw new ContentError(`${filePath}: expected a list of entries at the top level`);
  return data.map((item, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !id) throw new ContentError(`${filePath}: entry ${index + 1}: field id: missing (value: ${JSON.stringify(id)})`);
    return { id, data: item, where: `${filePath} (entry ${index + 1}, id ${id})` };
  });
}

/**
 * Checks one entry against the ids seen so far (across files) and the schema; returns the parsed data.
 * @param seen id → where it was first seen; updated here
 */
export function checkYamlEntry<S extends z.ZodType>(entry: YamlEntry, schema: S, seen: Map<string, string>): z.output<S> {
  const previous = seen.get(entry.id);
  if (previous) throw new ContentError(`${entry.where}: field id: duplicate id, already used in ${previous} (value: "${entry.id}")`);
  seen.set(entry.id, entry.where);
  const result = schema.safeParse(entry.data);
  if (!result.success) throw new ContentError(formatIssues(entry.where, result.error.issues, entry.data));
  return result.data;
}
