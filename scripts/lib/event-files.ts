/** Reading and writing the events in content/events/ (one Markdown file each) and what the events import checks them against (Node only). */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DepartmentName } from '../../src/lib/events/columns.ts';
import { parseEventFile, serializeEventFile, toEventRecord, type EventRecord } from '../../src/lib/events/event-file.ts';
import { EventSchema } from '../../src/schemas/event.ts';

export interface EventFiles {
  /** Every .md event, validated as the build validates it, by file name. */
  records: EventRecord[];
  /** The text of each .md file, by id: the import rewrites only files whose text would change. */
  texts: Map<string, string>;
  /** Events written as .mdx, which the import leaves alone. */
  mdxIds: Set<string>;
}

/** Every event now in content (a file the build would refuse stops the import too, naming file and field). */
export function readEventFiles(dir: string): EventFiles {
  const files: EventFiles = { records: [], texts: new Map(), mdxIds: new Set() };
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.mdx')) files.mdxIds.add(name.slice(0, -4));
    if (!name.endsWith('.md')) continue;
    const id = name.slice(0, -3);
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const { data, body } = parseEventFile(text, file);
    const parsed = EventSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}: 字段 ${issue?.path.join('.') || '(整个文件)'}：${issue?.message}。请先改好这个文件再导入`);
    }
    files.records.push(toEventRecord(id, parsed.data, body));
    files.texts.set(id, text);
  }
  return files;
}

/** The departments an organiser may name (content/departments.yaml). */
export function readDepartmentNames(contentDir: string): DepartmentName[] {
  const list = parse(readFileSync(join(contentDir, 'departments.yaml'), 'utf8'), { schema: 'core' }) as Array<{ id: string; name: string }>;
  return list.map(({ id, name }) => ({ id, name }));
}

/**
 * Writes every record whose file text changes and deletes the removed ones. All new texts are written to
 * temporary files first and then renamed, so a failure while writing leaves every event file as it was.
 * Returns the ids of the files written.
 */
export function writeEventFiles(
  dir: string,
  records: readonly EventRecord[],
  texts: ReadonlyMap<string, string>,
  removed: readonly string[],
): string[] {
  const changed = records.filter((record) => texts.get(record.id) !== serializeEventFile(record));
  const temporary: string[] = [];
  try {
    for (const record of changed) {
      const file = join(dir, `${record.id}.md`);
      temporary.push(file);
      writeFileSync(`${file}.tmp`, serializeEventFile(record));
    }
  } catch (error) {
    for (const file of temporary) rmSync(`${file}.tmp`, { force: true });
    throw error;
  }
  for (const file of temporary) renameSync(`${file}.tmp`, file);
  for (const id of removed) rmSync(join(dir, `${id}.md`));
  return changed.map((record) => record.id);
}
