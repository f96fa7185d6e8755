import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_HEADERS, recordToRow } from '../../src/lib/bases/columns';
import { readBaseRecords } from '../../scripts/lib/bases-files';

// The command staff run, on a copy of content/, so the real list is never touched.
const NODE = 'node_modules/.bin/node';
const tmp = mkdtempSync(join(tmpdir(), 'import-bases-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function contentCopy(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'bases'), { recursive: true });
  cpSync('content/bases/bases.yaml', join(dir, 'bases/bases.yaml'));
  return dir;
}
const run = (contentDir: string, ...args: string[]) =>
  spawnSync(NODE, ['scripts/import-bases.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir } });

const shipped = readBaseRecords('content/bases');
const csvOf = (rows: string[][]) => `\uFEFF${stringify([[...BASE_HEADERS], ...rows])}`;

describe('npm run import:bases', () => {
  it('writes the list, and a second run of the same file changes nothing', () => {
    const content = contentCopy('good');
    const rows = shipped.map(recordToRow);
    (rows[0] as string[])[BASE_HEADERS.indexOf('名称')] = '示例·华山星空科普馆（新馆）';
    const file = join(tmp, 'good.csv');
    writeFileSync(file, csvOf(rows));
    const first = run(content, file);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/28 条，新增 0，修改 1，未变 27，删除 0/);
    const written = readFileSync(join(content, 'bases/bases.yaml'), 'utf8');
    expect(readBaseRecords(join(content, 'bases'))[0]?.name).toBe('示例·华山星空科普馆（新馆）');
    const second = run(content, file);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/已是最新，没有改动/);
    expect(readFileSync(join(content, 'bases/bases.yaml'), 'utf8')).toBe(written);
  });

  it('refuses a file with one bad row whole: lists the problem and leaves the list byte for byte as it was', () => {
    const content = contentCopy('bad');
    const before = readFileSync(join(content, 'bases/bases.yaml'), 'utf8');
    const rows = shipped.map(recordToRow);
    (rows[27] as string[])[BASE_HEADERS.indexOf('街道')] = '翠湖';
    const file = join(tmp, 'bad.csv');
    writeFileSync(file, csvOf(rows));
    const result = run(content, file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad\.csv: 第 29 行，「街道」列：街道不在可选范围内.*（值：“翠湖”）/);
    expect(result.stderr).toMatch(/什么也没有写入/);
    expect(readFileSync(join(content, 'bases/bases.yaml'), 'utf8')).toBe(before);
  });

  it('refuses a CSV whose quote is never closed, naming the row, and leaves the list as it was', () => {
    const content = contentCopy('unclosed-quote');
    const before = readFileSync(join(content, 'bases/bases.yaml'), 'utf8');
    const rows = shipped.map(recordToRow);
    const file = join(tmp, 'unclosed-quote.csv');
    // Row 3 (the header is row 1) opens a quote and never closes it: every later row would land in one cell.
    const [header, first, second, ...rest] = csvOf(rows).split('\n');
    writeFileSync(file, [header, first, `"${second}`, ...rest].join('\n'));
    const result = run(content, file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('第 3 行：不是可读取的 CSV 文件：有一个引号（"）没有配对');
    expect(readFileSync(join(content, 'bases/bases.yaml'), 'utf8')).toBe(before);
  });

  it('--dry-run reports without writing', () => {
    const content = contentCopy('dry');
    const before = readFileSync(join(content, 'bases/bases.yaml'), 'utf8');
    const file = join(tmp, 'dry.csv');
    writeFileSync(file, csvOf(shipped.slice(1).map(recordToRow)));
    const result = run(content, file, '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`删除 1（${shipped[0]?.id}）`));
    expect(result.stdout).toMatch(/试运行/);
    expect(readFileSync(join(content, 'bases/bases.yaml'), 'utf8')).toBe(before);
  });

  it('refuses a sheet that would delete more than half of the list unless --allow-removals is given', () => {
    const content = contentCopy('removals');
    const before = readFileSync(join(content, 'bases/bases.yaml'), 'utf8');
    const kept = shipped.slice(0, 13);
    const file = join(tmp, 'few.csv');
    writeFileSync(file, csvOf(kept.map(recordToRow)));
    for (const args of [[file], [file, '--dry-run']]) {
      const refused = run(content, ...args);
      expect(refused.status).toBe(1);
      expect(refused.stdout).toMatch(/13 条，新增 0，修改 0，未变 13，删除 15/);
      expect(refused.stderr.trim()).toBe(
        `${file}: 导入会删除现有 28 个场所中的 15 个，超过一半（表格不全，还是选错了文件？）。确实要删除时，加上 --allow-removals 再导入。什么也没有写入。`,
      );
      expect(readFileSync(join(content, 'bases/bases.yaml'), 'utf8')).toBe(before);
    }
    const allowed = run(content, file, '--allow-removals');
    expect(allowed.stderr).toBe('');
    expect(allowed.status).toBe(0);
    expect(readBaseRecords(join(content, 'bases'))).toEqual(kept);
  });

  it('refuses an option it does not know rather than ignore it', () => {
    const result = run(contentCopy('typo'), 'x.csv', '--allow-removal');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/不认识的选项：--allow-removal\n用法：npm run import:bases/);
  });

  it('without a file, prints how to use it', () => {
    const result = run(contentCopy('usage'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/用法：npm run import:bases/);
  });
});
