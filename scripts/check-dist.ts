/**
 * Post-build checks: runs every check in scripts/lib/dist-checks.ts over every HTML page in dist/, and
 * the CSV check over every dist/data/*.csv.
 * Prints each failure with its page, then "dist checks: N passed, N failed"; exits 1 on any failure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvDownloadProblems, PAGE_CHECKS } from './lib/dist-checks.ts';
import { loadDistSite } from './lib/dist-site.ts';

const dist = process.argv[2] ?? 'dist';
const site = loadDistSite(dist);
let passed = 0;
let failed = 0;
for (const page of site.pages) {
  for (const [name, check] of Object.entries(PAGE_CHECKS)) {
    const problems = check(page, site);
    if (problems.length === 0) {
      passed += 1;
      continue;
    }
    failed += 1;
    console.error(`✗ dist/${page.file} (${page.urlPath}) — ${name}:`);
    for (const problem of problems) console.error(`    ${problem}`);
  }
}
// The spreadsheets staff download, edit and import again (/data/bases.csv, /data/events.csv).
const csvFiles = existsSync(join(dist, 'data')) ? readdirSync(join(dist, 'data')).filter((name) => name.endsWith('.csv')) : [];
for (const name of csvFiles) {
  const problems = csvDownloadProblems(readFileSync(join(dist, 'data', name)));
  if (problems.length === 0) {
    passed += 1;
    continue;
  }
  failed += 1;
  console.error(`✗ dist/data/${name} — CSV opens safely in Excel:`);
  for (const problem of problems) console.error(`    ${problem}`);
}
console.log(`${site.pages.length} pages × ${Object.keys(PAGE_CHECKS).length} checks, ${csvFiles.length} CSV files`);
console.log(`dist checks: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
