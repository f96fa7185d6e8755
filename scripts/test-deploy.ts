/**
 * `npm run test:deploy`: serves dist/ with the production nginx config (deploy/nginx.conf) on
 * 127.0.0.1 and checks over HTTP what only a real server shows: security headers and CSP on every
 * page type, gzip, long caching only on hashed assets, the Chinese 404 with status 404. Then runs the
 * browser smoke tests against nginx. nginx is stopped at the end whatever happens.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { startNginx, type RunningNginx } from './lib/nginx.ts';
import { DEPLOY_CASES, checkResponse, type HttpResponse } from './lib/deploy-checks.ts';

const PORT = Number(process.env['DEPLOY_PORT'] ?? 4339);
const WORK = resolve('.cache/deploy-test');
const DIST = resolve('dist');
let nginx: RunningNginx | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (nginx?.stop(), process.exit(130)));

function get(path: string, headers: Record<string, string> = {}): Promise<HttpResponse> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: PORT, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** A hashed asset and a Pagefind fragment from this build, so the cache rules are checked on real files. */
function builtAssets(): { css: string; js: string; fragment: string } {
  const astro = readdirSync(`${DIST}/_astro`);
  const fragment = readdirSync(`${DIST}/pagefind/fragment`)[0];
  const css = astro.find((f) => f.endsWith('.css'));
  const js = astro.find((f) => f.endsWith('.js'));
  if (!css || !js || !fragment) throw new Error('dist/ has no CSS, JS or Pagefind fragment: run `npm run build` first.');
  return { css: `/_astro/${css}`, js: `/_astro/${js}`, fragment: `/pagefind/fragment/${fragment}` };
}

let passed = 0;
let failed = 0;
try {
  if (!existsSync(`${DIST}/index.html`)) throw new Error('dist/ is empty: run `npm run build` (or `npm test`) first.');
  nginx = await startNginx(DIST, PORT, WORK);
  console.log(`nginx serves dist/ at ${nginx.url}/ with deploy/nginx.conf`);

  for (const testCase of DEPLOY_CASES(builtAssets())) {
    const response = await get(testCase.path, testCase.request ?? { 'Accept-Encoding': 'gzip' });
    const problems = checkResponse(testCase, response);
    if (problems.length) {
      failed += 1;
      console.log(`✗ ${testCase.name} (${testCase.path})\n${problems.map((p) => `    ${p}`).join('\n')}`);
    } else {
      passed += 1;
      console.log(`✓ ${testCase.name} (${testCase.path})`);
    }
  }

  console.log('\nBrowser smoke tests against nginx:');
  const smoke = spawnSync('npx', ['playwright', 'test', 'tests/e2e/smoke.spec.ts', '--reporter=list,json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, E2E_BASE_URL: `http://127.0.0.1:${PORT}`, PLAYWRIGHT_JSON_OUTPUT_NAME: `${WORK}/smoke.json` },
  });
  process.stdout.write(smoke.stdout ?? '');
  const counts = /(\d+) passed/.exec(smoke.stdout ?? '');
  const failures = /(\d+) failed/.exec(smoke.stdout ?? '');
  passed += Number(counts?.[1] ?? 0);
  failed += Number(failures?.[1] ?? 0) + (smoke.status !== 0 && !failures ? 1 : 0);
} catch (error) {
  failed += 1;
  console.error(`✗ ${(error as Error).message}`);
} finally {
  nginx?.stop();
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
