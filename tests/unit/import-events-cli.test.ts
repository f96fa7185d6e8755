import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { basesCsv } from '../../src/lib/bases/columns';
import { EVENT_HEADERS, eventsCsv, recordToRow, sortEventRecords } from '../../src/lib/events/columns';
import type { EventRecord } from '../../src/lib/events/event-file';
import { excelCsv } from '../../src/lib/spreadsheets/excel-csv';
import { readBaseRecords } from '../../scripts/lib/bases-files';
import { readDepartmentNames, readEventFiles } from '../../scripts/lib/event-files';

// The commands staff run, on copies of content/ (CONTENT_DIR), so the real content is never touched.
const NODE = 'node_modules/.bin/node';
const tmp = mkdtempSync(join(tmpdir(), 'import-events-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function contentCopy(name: string): string {
  const dir = join(tmp, name);
  cpSync('content', dir, { recursive: true });
  return dir;
}
const run = (script: string, contentDir: string, ...args: string[]) =>
  spawnSync(NODE, [script, ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir } });
const importEvents = (contentDir: string, ...args: string[]) => run('scripts/import-events.ts', contentDir, ...args);

/** Every file under a folder with its bytes, to compare a whole tree. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(path.slice(dir.length), readFileSync(path, 'base64'));
    }
  }
  return files;
}

const departments = readDepartmentNames('content');
const shipped = sortEventRecords(readEventFiles('content/events').records);
const csvOf = (records: readonly EventRecord[], edit?: (rows: string[][]) => void) => {
  const rows = records.map((r) => recordToRow(r, departments));
  edit?.(rows);
  return excelCsv(EVENT_HEADERS, rows);
};
const cell = (name: string) => EVENT_HEADERS.indexOf(name as never);

describe('export → import of unchanged data changes no byte', () => {
  it('bases: /data/bases.csv as the build makes it, imported into a copy of content/, leaves every file as it was', () => {
    const content = contentCopy('bases-round-trip');
    const before = snapshot(content);
    const file = join(tmp, 'bases.csv');
    writeFileSync(file, basesCsv(readBaseRecords(join(content, 'bases'))));
    const result = run('scripts/import-bases.ts', content, file);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/28 条，新增 0，修改 0，未变 28，删除 0/);
    expect(result.stdout).toMatch(/已是最新，没有改动/);
    expect(snapshot(content)).toEqual(before);
  });

  it('events: /data/events.csv as the build makes it, imported into a copy of content/, leaves every file as it was', () => {
    const content = contentCopy('events-round-trip');
    const before = snapshot(content);
    const file = join(tmp, 'events.csv');
    writeFileSync(file, eventsCsv(readEventFiles(join(content, 'events')).records, readDepartmentNames(content)));
    const result = importEvents(content, file);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/14 条，新增 0，修改 0，未变 14，删除 0/);
    expect(result.stdout).toMatch(/已是最新，没有改动/);
    expect(snapshot(content)).toEqual(before);
  });

  it('bases: a bases.yaml in another order is rewritten into the canonical order, and the import says only the layout changed', () => {
    const content = contentCopy('bases-reordered');
    const canonical = readFileSync(join(content, 'bases/bases.yaml'), 'utf8');
    const [head = '', ...entries] = canonical.split(/^(?=- id: )/m);
    writeFileSync(join(content, 'bases/bases.yaml'), head + entries.reverse().join(''));
    const file = join(tmp, 'bases-reordered.csv');
    writeFileSync(file, basesCsv(readBaseRecords(join(content, 'bases'))));
    const result = run('scripts/import-bases.ts', content, file);
    expect(result.stdout).toMatch(/未变 28，删除 0/);
    expect(result.stdout).toMatch(/内容没有变化，只是按编号顺序和统一格式重写/);
    expect(readFileSync(join(content, 'bases/bases.yaml'), 'utf8')).toBe(canonical);
  });
});

describe('npm run import:events', () => {
  it('writes only the files that change, new rows get a file of their own, and a second run changes nothing', () => {
    const content = contentCopy('good');
    const before = snapshot(content);
    const added: EventRecord = {
      ...(shipped[13] as EventRecord),
      id: '',
      title: '示例·开放日：植物园秋季夜游',
      start: '2027-10-16T19:00',
      end: '2027-10-16T21:00',
    };
    const file = join(tmp, 'good.csv');
    writeFileSync(
      file,
      csvOf([...shipped, added], (rows) => {
        (rows[0] as string[])[cell('摘要')] = '摘要改过了：科普角全天开放，志愿者讲解专利、商标和著作权。';
        (rows[0] as string[])[cell('更新日期')] = '2026-12-01';
        (rows[14] as string[])[cell('更新日期')] = '2026-12-01';
      }),
    );
    const first = importEvents(content, file);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/15 条，新增 1，修改 1，未变 13，删除 0/);
    const after = snapshot(content);
    const changedFiles = [...after.keys()].filter((path) => after.get(path) !== before.get(path));
    expect(changedFiles).toEqual([`/events/${shipped[0]?.id}.md`, expect.stringMatching(/^\/events\/2027-event-[0-9a-f]{8}\.md$/)]);
    const newFile = readFileSync(join(content, changedFiles[1] as string), 'utf8');
    expect(newFile).toMatch(/^---\ntitle: "示例·开放日：植物园秋季夜游"\nkind: 全国科普月\nstart: "2027-10-16T19:00"\n/);
    expect(newFile).toMatch(/\nsample: true\nupdated: 2026-12-01\n---\n\n/);
    const second = importEvents(content, file);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/15 条，新增 0，修改 0，未变 15，删除 0/);
    expect(second.stdout).toMatch(/已是最新，没有改动/);
    expect(snapshot(content)).toEqual(after);
  });

  it('refuses a file with one bad row whole: lists the problem and leaves every file byte for byte as it was', () => {
    const content = contentCopy('bad');
    const before = snapshot(content);
    const file = join(tmp, 'bad.csv');
    writeFileSync(
      file,
      csvOf(shipped, (rows) => ((rows[13] as string[])[cell('场所编号')] = 'sample-nowhere')),
    );
    const result = importEvents(content, file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad\.csv: 第 15 行，「场所编号」列：不是基地名录.*（值：“sample-nowhere”）/);
    expect(result.stderr).toMatch(/什么也没有写入/);
    expect(snapshot(content)).toEqual(before);
  });

  it('--dry-run reports without writing; removing more than half needs --allow-removals', () => {
    const content = contentCopy('removals');
    const before = snapshot(content);
    const dry = join(tmp, 'dry.csv');
    writeFileSync(dry, csvOf(shipped.slice(1)));
    const dryRun = importEvents(content, dry, '--dry-run');
    expect(dryRun.status).toBe(0);
    expect(dryRun.stdout).toMatch(new RegExp(`删除 1（${shipped[0]?.id}）`));
    expect(dryRun.stdout).toMatch(/试运行/);
    expect(snapshot(content)).toEqual(before);

    const few = join(tmp, 'few.csv');
    writeFileSync(few, csvOf(shipped.slice(0, 6)));
    const refused = importEvents(content, few);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `${few}: 导入会删除现有 14 个活动中的 8 个，超过一半（表格不全，还是选错了文件？）。确实要删除时，加上 --allow-removals 再导入。什么也没有写入。`,
    );
    expect(snapshot(content)).toEqual(before);
    const allowed = importEvents(content, few, '--allow-removals');
    expect(allowed.stderr).toBe('');
    expect(allowed.status).toBe(0);
    expect(readdirSync(join(content, 'events')).sort()).toEqual(
      shipped
        .slice(0, 6)
        .map((r) => `${r.id}.md`)
        .sort(),
    );
  });

  it('never overwrites or deletes an .mdx event', () => {
    const content = contentCopy('mdx');
    writeFileSync(join(content, 'events/2027-hand-made.mdx'), readFileSync(join(content, `events/${shipped[0]?.id}.md`)));
    const keep = join(tmp, 'keep.csv');
    writeFileSync(keep, csvOf(shipped));
    const kept = importEvents(content, keep);
    expect(kept.status).toBe(0);
    expect(kept.stdout).toMatch(/另有 1 个 \.mdx 活动不由表格管理，保持不变：2027-hand-made/);
    expect(existsSync(join(content, 'events/2027-hand-made.mdx'))).toBe(true);
    const overwrite = join(tmp, 'overwrite.csv');
    writeFileSync(
      overwrite,
      csvOf(shipped, (rows) => ((rows[0] as string[])[cell('编号')] = '2027-hand-made')),
    );
    const refused = importEvents(content, overwrite);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/第 2 行，「编号」列：content\/events\/2027-hand-made\.mdx 是 \.mdx 文件/);
  });

  it('refuses an option it does not know, and prints how to use it without a file', () => {
    const typo = importEvents(contentCopy('typo'), 'x.csv', '--allow-removal');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/不认识的选项：--allow-removal\n用法：npm run import:events/);
    const usage = importEvents(contentCopy('usage'));
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/用法：npm run import:events/);
  });
});
