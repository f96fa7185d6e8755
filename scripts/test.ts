/**
 * `npm test`: every stage in order, stopping at the first failure, then one line
 * "N passed, N failed" over all test cases of all stages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { astroCheckWarnings, warningLines } from './lib/build-warnings.ts';

interface Counts {
  passed: number;
  failed: number;
}

const RESULTS = '.cache/test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

function run(command: string, args: string[]): { ok: boolean; output: string } {
  // Output is both shown and kept, so counts can be read from it.
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 28 });
  process.stdout.write(result.stdout ?? '');
  return { ok: result.status === 0, output: result.stdout ?? '' };
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

/** Runs one vitest project and reads its counts from the JSON report. */
function vitest(project: 'unit' | 'site'): { ok: boolean; counts: Counts } {
  const file = `${RESULTS}/vitest-${project}.json`;
  const { ok } = run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTotalTests: number }>(file);
  if (!report) return { ok: false, counts: whole(false) };
  // A skipped test counts as a failure: nothing may be left switched off.
  const failed = report.numFailedTests + report.numPendingTests;
  return { ok: ok && failed === 0 && report.numTotalTests > 0, counts: { passed: report.numPassedTests, failed } };
}

/** A stage that is one test case of its own passes or fails as a whole. */
const whole = (ok: boolean): Counts => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1 });

const stages: Array<{ name: string; run: () => { ok: boolean; counts: Counts } }> = [
  {
    // First, and cheap: an unformatted file fails here, before minutes of tests (fix with npm run format).
    name: 'formatting (prettier --check)',
    run: () => {
      const { ok } = run('npx', ['prettier', '--check', '--log-level', 'warn', '.']);
      return { ok, counts: whole(ok) };
    },
  },
  {
    name: 'type check (astro check)',
    run: () => {
      const { ok, output } = run('sh', ['-c', 'npx astro check 2>&1']);
      // It exits 0 on warnings; a check that warns fails here, as a build that warns does below.
      const clean = ok && astroCheckWarnings(output) === 0;
      return { ok: clean, counts: whole(clean) };
    },
  },
  {
    name: 'unit tests (vitest)',
    run: () => vitest('unit'),
  },
  {
    name: 'production build and search index',
    run: () => {
      // With stderr, where Astro and Vite write their warnings, in order with the rest.
      const { ok, output } = run('sh', ['-c', 'npm run build 2>&1']);
      // A build prints no warnings, so a new one is seen: the known upstream one is filtered in astro.config.mjs.
      const warnings = warningLines(output);
      if (warnings.length > 0)
        console.log(`\nThe build printed ${warnings.length} warning line(s); a clean build prints none:\n${warnings.join('\n')}`);
      return { ok: ok && warnings.length === 0, counts: whole(ok && warnings.length === 0) };
    },
  },
  {
    name: 'post-build checks over dist/',
    run: () => {
      const { ok, output } = run('npm', ['run', '--silent', 'test:dist']);
      const match = output.match(/dist checks: (\d+) passed, (\d+) failed/);
      if (!match) return { ok: false, counts: whole(false) };
      return { ok, counts: { passed: Number(match[1]), failed: Number(match[2]) } };
    },
  },
  {
    name: 'built-site tests (vitest over dist/)',
    run: () => vitest('site'),
  },
  {
    name: 'browser tests (Playwright + axe)',
    run: () => {
      const { ok } = run('npm', ['run', '--silent', 'test:browser']);
      const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(
        `${RESULTS}/playwright.json`,
      );
      if (!report) return { ok: false, counts: whole(false) };
      const { expected, unexpected, flaky, skipped } = report.stats;
      // A skipped browser test counts as a failure: nothing may be left switched off.
      return { ok: ok && skipped === 0 && expected > 0, counts: { passed: expected, failed: unexpected + flaky + skipped } };
    },
  },
];

const total: Counts = { passed: 0, failed: 0 };
let failedStage: string | undefined;
for (const stage of stages) {
  console.log(`\n━━ ${stage.name} ━━`);
  const { ok, counts } = stage.run();
  total.passed += counts.passed;
  total.failed += counts.failed;
  if (!ok) {
    failedStage = stage.name;
    if (counts.failed === 0) total.failed += 1;
    break;
  }
}

console.log('');
if (failedStage) console.log(`Stopped at: ${failedStage}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = failedStage ? 1 : 0;
