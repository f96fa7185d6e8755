/**
 * Post-build checks: runs every check in scripts/lib/dist-checks.ts over every HTML page in dist/.
 * Prints each failure with its page, then "dist checks: N passed, N failed"; exits 1 on any failure.
 */
import { PAGE_CHECKS } from './lib/dist-checks.ts';
import { loadDistSite } from './lib/dist-site.ts';

const site = loadDistSite(process.argv[2] ?? 'dist');
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
console.log(`${site.pages.length} pages × ${Object.keys(PAGE_CHECKS).length} checks`);
console.log(`dist checks: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
