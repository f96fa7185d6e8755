import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { yamlFiles } from '../../src/loaders/yaml-files';
import { DepartmentSchema } from '../../src/schemas/department';
import { readContent } from '../helpers/content';

// The YAML loader in `npm run dev`: Astro hands it a file watcher, as it does its own file() and glob()
// loaders; the loader must reload its collection when its files change. The dev-server test
// (tests/site/live-preview.test.ts) covers the whole path to the page; this covers the loader's choices.

const departments = readContent('departments.yaml');
const folders: string[] = [];

afterEach(() => {
  vi.useRealTimers();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Loads departments*.yaml from a temporary folder with a fake watcher, store and logger. */
async function watchedLoad(files: Record<string, string>) {
  const base = mkdtempSync(join(tmpdir(), 'yaml-watch-'));
  folders.push(base);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(base, name), text);
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const entries = new Map<string, { data: { name: string } }>();
  const store = {
    clear: vi.fn(() => entries.clear()),
    set: (entry: { id: string; data: { name: string } }) => entries.set(entry.id, entry),
  };
  const logger = { info: vi.fn(), error: vi.fn() };
  const loader = yamlFiles({ base, include: (p) => p.startsWith('departments'), entries: 'list', schema: DepartmentSchema });
  await loader.load({
    store,
    watcher,
    logger,
    parseData: async ({ data }: { data: unknown }) => DepartmentSchema.parse(data),
    generateDigest: (text: string) => String(text.length),
  } as never);
  const names = () => new Map([...entries].map(([id, entry]) => [id, entry.data.name]));
  return { base, watcher, store, logger, names, file: (name: string) => join(base, name) };
}

describe('the YAML loader in npm run dev', () => {
  it('watches its folder', async () => {
    const { base, watcher } = await watchedLoad({ 'departments.yaml': departments });
    expect(watcher.add).toHaveBeenCalledWith(resolve(base));
  });

  it('reloads the collection when one of its files changes', async () => {
    const { watcher, names, file, logger } = await watchedLoad({ 'departments.yaml': departments });
    expect(names().get('science-association')).toBe('区科学技术协会');
    writeFileSync(file('departments.yaml'), departments.replace('name: 区科学技术协会', 'name: 五华区科学技术协会'));
    watcher.emit('change', file('departments.yaml'));
    await vi.waitFor(() => expect(names().get('science-association')).toBe('五华区科学技术协会'));
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('reads a save once its events settle, not the empty file of the first event', async () => {
    const { watcher, names, file, logger } = await watchedLoad({ 'departments.yaml': departments });
    vi.useFakeTimers();
    // An editor's save as the watcher may see it: the file truncated, then, a moment later, written.
    writeFileSync(file('departments.yaml'), '');
    watcher.emit('change', file('departments.yaml'));
    await vi.advanceTimersByTimeAsync(20);
    writeFileSync(file('departments.yaml'), departments.replace('name: 区科学技术协会', 'name: 五华区科学技术协会'));
    watcher.emit('change', file('departments.yaml'));
    await vi.waitFor(() => expect(names().get('science-association')).toBe('五华区科学技术协会'));
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('reports a bad edit naming file, entry, field and value, and keeps the last good data until it is fixed', async () => {
    const { watcher, names, file, logger } = await watchedLoad({ 'departments.yaml': departments });
    const before = names();
    writeFileSync(
      file('departments.yaml'),
      departments.replace('name: 区科学技术协会', 'name: 五华区科学技术协会').replace('kind: association', 'kind: club'),
    );
    watcher.emit('change', file('departments.yaml'));
    await vi.waitFor(() => expect(logger.error).toHaveBeenCalledTimes(1));
    expect(logger.error.mock.calls[0]?.[0]).toMatch(
      /departments\.yaml \(entry \d+, id science-association\): field kind: .*\(value: "club"\)/,
    );
    expect(names()).toEqual(before);
    writeFileSync(file('departments.yaml'), departments.replace('name: 区科学技术协会', 'name: 五华区科学技术协会'));
    watcher.emit('change', file('departments.yaml'));
    await vi.waitFor(() => expect(names().get('science-association')).toBe('五华区科学技术协会'));
  });

  it('takes in a new file of the collection and drops a deleted one', async () => {
    const { watcher, names, file } = await watchedLoad({ 'departments.yaml': departments });
    writeFileSync(file('departments-extra.yaml'), '- { id: extra-office, name: 示例办公室, kind: office, about: 只为测试而设。 }\n');
    watcher.emit('add', file('departments-extra.yaml'));
    await vi.waitFor(() => expect(names().get('extra-office')).toBe('示例办公室'));
    unlinkSync(file('departments-extra.yaml'));
    watcher.emit('unlink', file('departments-extra.yaml'));
    await vi.waitFor(() => expect(names().has('extra-office')).toBe(false));
    expect(names().get('science-association')).toBe('区科学技术协会');
  });

  it('ignores files that are not its own: another name in its folder, or outside it', async () => {
    const { watcher, file, base } = await watchedLoad({ 'departments.yaml': departments });
    vi.useFakeTimers();
    watcher.emit('change', file('glossary.yaml'));
    watcher.emit('change', file('departments.md'));
    watcher.emit('change', join(base, '..', 'departments.yaml'));
    expect(vi.getTimerCount()).toBe(0);
    watcher.emit('change', file('departments.yaml'));
    expect(vi.getTimerCount()).toBe(1);
  });
});
