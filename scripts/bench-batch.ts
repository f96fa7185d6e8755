/**
 * npm run bench:batch [-- <dist folder>] — the batch page (/checker/batch/) on a 10,000-row roster in
 * Chromium (a benchmark, never a test): serves a built site (default dist/), chooses the roster, and
 * reports the time from 开始测算 to the first page of the table, the longest main-thread task
 * meanwhile (PerformanceObserver 'longtask'; goal: none over 200 ms, so the page never freezes) and
 * the JavaScript the page loads before any file is chosen. `npm run bench` runs it on its ×1 build.
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import sirv from 'sirv';
import writeXlsxFile from 'write-excel-file/node';
import { toFlat } from '../src/lib/eligibility/flat.ts';
import { csvText } from '../src/lib/eligibility/roster.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { loadRuleset } from './lib/load-ruleset.ts';

const ROWS = 10_000;
const dist = resolve(process.argv[2] ?? 'dist');

// An enterprise with every topic of the plan: two platforms, an incubator, a talent and a team per row.
const profile = {
  applicant: 'enterprise',
  inWuhua: 'yes',
  topics: ['rd-ranking', 'hte', 'platform', 'incubator', 'talent', 'team'],
  rdSpending: 'yes',
  patents: 'yes',
  patentCommercialisation: 'no',
  statsCategory: 'industrial',
  rdGrowth: 'yes',
  rdRankYear: 2019,
  hteRecertified: 'yes',
  hteYear: 2019,
  revenueGrowth: 'yes',
  platforms: [
    { type: 'key-lab', municipal: 'yes', municipalYear: 2018, provincial: 'recommended', provincialYear: 2019, national: 'no' },
    { type: 'engineering-center', municipal: 'yes', municipalYear: 2020, provincial: 'no', national: 'no' },
  ],
  incubators: [{ type: 'maker-space', municipal: 'yes', municipalYear: 2019, provincial: 'no', national: 'no' }],
  talents: [{ academicLeader: 'leader', academicRating: 'excellent', academicYear: 2019, yunnanInnovation: 'none', leadingTitles: [] }],
  teams: [{ kunming: 'pending', yunnan: 'none' }],
};
const ruleset = loadRuleset();
const flat = toFlat(ruleset, profile);
// Every 50th row has a bad cell, as a real roster might.
const rows = Array.from({ length: ROWS }, (_, i) => [
  `企业${i + 1}`,
  ...flat.map(([key, value]) => (key === 'rdRank' ? String((i % 9) + 1) : key === 'inWuhua' && i % 50 === 49 ? '也许' : value)),
]);
const folder = mkdtempSync(join(tmpdir(), 'bench-batch-'));
const sheet = [['名称', ...flat.map(([key]) => key)], ...rows];
const csvRoster = join(folder, 'roster.csv');
writeFileSync(csvRoster, `\uFEFF${csvText(sheet)}`);
const xlsxRoster = join(folder, 'roster.xlsx');
await writeXlsxFile(sheet.map((row) => row.map((value) => (value ? { type: String, value } : null))) as never).toFile(xlsxRoster);

const assets = sirv(dist, { dev: false, extensions: ['html'] });
const server = createServer((req, res) =>
  assets(req, res, () => {
    res.writeHead(404).end();
  }),
);
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address() as { port: number };
const executablePath = findChromium().path;
const browser = await chromium.launch({ ...(executablePath && { executablePath }), args: CHROMIUM_ARGS });
const gzipOf = (paths: string[]) => paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path))).length, 0);
try {
  console.log('| measure | value | goal | met |\n| --- | --- | --- | --- |');
  for (const [kind, roster] of [
    ['CSV', csvRoster],
    ['.xlsx', xlsxRoster],
  ] as const) {
    const page = await browser.newPage();
    const scripts: string[] = [];
    // The site's own files (a worker may also start from a blob: address, which weighs nothing more).
    page.on('request', (r) => r.resourceType() === 'script' && r.url().startsWith('http') && scripts.push(new URL(r.url()).pathname));
    // Registered before the page's own scripts, so every long task of the run is seen.
    await page.addInitScript(() => {
      const tasks: Array<{ start: number; duration: number }> = [];
      (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push({ start: e.startTime, duration: e.duration }))).observe(
        { type: 'longtask', buffered: true },
      );
    });
    await page.goto(`http://127.0.0.1:${port}/checker/batch/`, { waitUntil: 'networkidle' });
    const before = scripts.length;
    await page.locator('#batch-file').setInputFiles(roster);
    const t0 = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: '开始测算' }).click();
    await page.locator('.batch-table').waitFor({ timeout: 180_000 });
    const { t1, tasks } = await page.evaluate(() => ({
      t1: performance.now(),
      tasks: (window as unknown as { longTasks: Array<{ start: number; duration: number }> }).longTasks,
    }));
    const during = tasks.filter((t) => t.start + t.duration >= t0);
    const longest = Math.max(0, ...during.map((t) => t.duration));
    const status = await page.getByRole('status').textContent();
    if (!/^测算完成：共10000行，200行有问题。$/.test(status ?? '')) throw new Error(`${kind}: the page says ${status}`);
    console.log(
      `| batch page, ${ROWS.toLocaleString('en-US')}-row ${kind} roster (${flat.length + 1} columns): 开始测算 to the first page of the table | ${((t1 - t0) / 1000).toFixed(2)} s | (no goal) | |`,
    );
    console.log(
      `| ${kind}: longest main-thread task meanwhile (${during.length} over 50 ms) | ${longest.toFixed(0)} ms | ≤ 200 ms | ${longest <= 200 ? 'met' : 'NOT MET'} |`,
    );
    const loaded = gzipOf(scripts.slice(before));
    if (kind === 'CSV')
      console.log(
        `| JS loaded before a file is chosen, gzip | ${(gzipOf(scripts.slice(0, before)) / 1024).toFixed(1)} KB (then the CSV worker, ${(loaded / 1024).toFixed(1)} KB) | ≤ 50 KB | ${gzipOf(scripts.slice(0, before)) <= 50 * 1024 ? 'met' : 'NOT MET'} |`,
      );
    else
      console.log(`| JS loaded for an .xlsx, gzip (its worker, with the Excel reader) | ${(loaded / 1024).toFixed(1)} KB | (no goal) | |`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(folder, { recursive: true, force: true });
}
