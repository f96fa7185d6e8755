/**
 * `npm run screenshots`: full-page PNGs of every page template at 375 px, 1280 px and 375 px with 特大 text
 * and high contrast, served from an existing dist/ as the browser tests serve it, into .cache/screenshots/
 * with an index.html contact sheet, so a person can review the layout at a glance. Builds nothing.
 * Usage: npm run screenshots [-- --only <template name or path> …] [--out <folder>]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { STORAGE_KEY } from '../src/lib/site/display-prefs.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { contactSheet, screenshotPlan, type Shot } from './lib/screenshots.ts';

const { values } = parseArgs({
  options: { only: { type: 'string', multiple: true, default: [] }, out: { type: 'string', default: '.cache/screenshots' } },
});
const out = values.out;

if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/: run `npm run build` first (this command builds nothing).');
  process.exit(1);
}
let shots: Shot[];
try {
  shots = screenshotPlan(values.only);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

/** A port nothing listens on, so this can run beside the browser tests. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

const port = await freePort();
const server = spawn(process.execPath, ['scripts/serve.ts', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
// Interrupted or not, the server goes with us.
process.on('exit', () => server.kill());
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
await new Promise<void>((resolve, reject) => {
  server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Serving') && resolve());
  server.on('exit', (code) => reject(new Error(`scripts/serve.ts exited with ${code}`)));
});

// The same choice and flags as playwright.config.ts.
const executablePath = findChromium().path;
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const { template, setting, file } of shots) {
    const context = await browser.newContext({
      viewport: setting.viewport,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      serviceWorkers: 'block',
    });
    // Stored before any page script runs, exactly as the display controls store it.
    if (setting.display)
      await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, setting.display] as const);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}${template.path}`);
    if (template.settled) await page.getByRole('status').filter({ hasText: template.settled }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    if (setting.display) {
      // A setting that silently failed to apply would make the review meaningless.
      const applied = await page.evaluate(() =>
        [document.documentElement.dataset['text'], document.documentElement.dataset['contrast']].join(' '),
      );
      if (applied !== 'xlarge high') throw new Error(`${template.path}: display setting not applied (html has "${applied}")`);
    }
    await page.screenshot({ path: `${out}/${file}`, fullPage: true });
    await context.close();
    console.log(`${file}  ${template.path}  ${setting.label}`);
  }
  writeFileSync(`${out}/index.html`, contactSheet(shots, new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC'));
  console.log(`${shots.length} screenshots and the contact sheet in ${out}/index.html`);
} finally {
  await browser.close();
  server.kill();
}
