/**
 * npm run bench:bases [-- <count>] — the listing at scale (a benchmark, never a test): builds the site
 * with <count> synthetic bases (default 5,000) into .cache/bench-bases and reports the build time and
 * the bytes a visitor fetches. Goal from the issue: /bases/ first load ≤ 60 KB gzip at any size.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pageWeight, weightBudget } from './lib/dist-checks.ts';
import { gzipSize, loadDistSite } from './lib/dist-site.ts';
import { buildWithContent } from './lib/scratch-build.ts';
import { addSyntheticBases } from './lib/synthetic-bases.ts';

const count = Number(process.argv[2] ?? 5000);
const work = '.cache/bench-bases';
const start = performance.now();
const build = buildWithContent(work, (content) => addSyntheticBases(content, count, 2026));
const seconds = (performance.now() - start) / 1000;
if (build.status !== 0) {
  console.error(build.output.slice(-6000));
  process.exit(1);
}

const site = loadDistSite(build.dist);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
function firstLoad(path: string): string {
  const page = site.pageAt(path);
  if (!page) return '(missing)';
  const { html, css, js } = pageWeight(page, site);
  const over = weightBudget(page, site);
  return `${kb(html + css + js)} gzip (HTML ${kb(html)}, CSS ${kb(css)}, JS ${kb(js)})${over.length ? ` — OVER BUDGET: ${over.join('; ')}` : ', within budget'}`;
}
const listPages = site.pages.filter((p) => p.urlPath.startsWith('/bases/page/'));
const maxList = Math.max(0, ...listPages.map((p) => gzipSize(p.html)));
const file = (path: string) => gzipSize(readFileSync(join(build.dist, path)));

console.log(
  `bases: ${count}; pages built: ${site.pages.length}; build: ${seconds.toFixed(1)} s (${((seconds * 1000) / site.pages.length).toFixed(1)} ms per page)`,
);
console.log(`/bases/ first load: ${firstLoad('/bases/')}`);
console.log(`no-JS list pages: ${listPages.length + 1}, largest ${kb(maxList)} gzip HTML`);
console.log(`base page: ${firstLoad('/bases/synthetic-00001/')}`);
console.log(
  `on demand: /data/bases-index.json ${kb(file('data/bases-index.json'))} gzip; open data: bases.json ${kb(file('data/bases.json'))}, bases.csv ${kb(file('data/bases.csv'))} gzip`,
);
rmSync(work, { recursive: true, force: true });
