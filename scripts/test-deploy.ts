/**
 * `npm run test:deploy`: serves dist/ with the production nginx config (deploy/nginx.conf) on
 * 127.0.0.1 and checks over HTTP what only a real server shows: security headers and CSP on every
 * page type, the build's precompressed brotli and gzip files, long caching only on hashed assets and
 * cheap revalidation of the rest, the trailing-slash redirect, dotfiles and backups refused, and the
 * Chinese error pages with their statuses. Then runs the browser smoke tests against nginx. nginx is
 * stopped at the end whatever happens.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { checkNginxConfig, httpsExampleConfig, startNginx, type RunningNginx } from './lib/nginx.ts';
import { DEPLOY_CASES, checkResponse, checkRevalidation, type BuiltAssets, type HttpResponse } from './lib/deploy-checks.ts';

const PORT = Number(process.env['DEPLOY_PORT'] ?? 4339);
const WORK = resolve('.cache/deploy-test');
const DIST = resolve('dist');
let nginx: RunningNginx | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (nginx?.stop(), process.exit(130)));

/**
 * Files that must never be served, put in dist/ only while the test runs, so a 404 proves nginx refuses
 * them rather than that they are absent. Their content is harmless should one ever be left behind.
 */
const PROBES = ['.env', '.git/config', 'index.html~', 'index.html.bak'];
const PROBE_TEXT = 'deployment-test probe: nginx must never serve this file\n';
function removeProbes() {
  for (const probe of PROBES) rmSync(`${DIST}/${probe}`, { force: true });
  rmSync(`${DIST}/.git`, { recursive: true, force: true });
}
function writeProbes() {
  mkdirSync(`${DIST}/.git`, { recursive: true });
  for (const probe of PROBES) writeFileSync(`${DIST}/${probe}`, PROBE_TEXT);
}
process.on('exit', removeProbes);

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<HttpResponse> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: PORT, path, headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Hashed assets and Pagefind chunks from this build, so the cache rules are checked on real files. */
function builtAssets(): BuiltAssets {
  const astro = readdirSync(`${DIST}/_astro`);
  const first = (folder: string, suffix: string) => readdirSync(`${DIST}/${folder}`).find((f) => f.endsWith(suffix));
  const css = astro.find((f) => f.endsWith('.css'));
  const js = astro.find((f) => f.endsWith('.js'));
  const [fragment, index, filter] = [
    first('pagefind/fragment', '.pf_fragment'),
    first('pagefind/index', '.pf_index'),
    first('pagefind/filter', '.pf_filter'),
  ];
  if (!css || !js || !fragment || !index || !filter) throw new Error('dist/ has no CSS, JS or Pagefind chunks: run `npm run build` first.');
  return {
    css: `/_astro/${css}`,
    js: `/_astro/${js}`,
    fragment: `/pagefind/fragment/${fragment}`,
    index: `/pagefind/index/${index}`,
    filter: `/pagefind/filter/${filter}`,
  };
}

const shortPath = (path: string) => (path.length > 80 ? `${path.slice(0, 40)}… (${path.length} characters)` : path);

/** The HTTPS set-up that deploy/nginx.conf's comment describes, checked by `nginx -t` with a throwaway certificate. */
function checkHttpsExample(): string[] {
  const work = `${WORK}-https`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=localhost',
        '-days',
        '1',
        '-keyout',
        `${work}/key.pem`,
        '-out',
        `${work}/cert.pem`,
      ],
      { stdio: 'ignore' },
    );
  } catch {
    return ["openssl could not make a test certificate; install Debian's openssl package"];
  }
  try {
    checkNginxConfig(
      httpsExampleConfig({ deployDir: resolve('deploy'), work, certificate: `${work}/cert.pem`, key: `${work}/key.pem` }),
      work,
    );
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

let passed = 0;
let failed = 0;
try {
  const https = checkHttpsExample();
  if (https.length) {
    failed += 1;
    console.log(`✗ the HTTPS example in deploy/nginx.conf passes nginx -t\n${https.map((p) => `    ${p}`).join('\n')}`);
  } else {
    passed += 1;
    console.log('✓ the HTTPS example in deploy/nginx.conf passes nginx -t');
  }

  if (!existsSync(`${DIST}/index.html`)) throw new Error('dist/ is empty: run `npm run build` (or `npm test`) first.');
  writeProbes();
  nginx = await startNginx(DIST, PORT, WORK);
  console.log(`nginx serves dist/ at ${nginx.url}/ with deploy/nginx.conf`);

  for (const testCase of DEPLOY_CASES(builtAssets())) {
    const requestHeaders = testCase.request ?? { 'Accept-Encoding': 'gzip' };
    const response = await get(testCase.path, requestHeaders, testCase.method);
    const precompressed =
      testCase.precompressed && existsSync(`${DIST}/${testCase.precompressed.file}`)
        ? readFileSync(`${DIST}/${testCase.precompressed.file}`)
        : undefined;
    const problems = checkResponse(testCase, response, precompressed);
    if (testCase.revalidates) {
      const repeat = await get(testCase.path, { ...requestHeaders, 'If-None-Match': String(response.headers.etag ?? '') });
      problems.push(...checkRevalidation(response, repeat));
    }
    if (problems.length) {
      failed += 1;
      console.log(`✗ ${testCase.name} (${shortPath(testCase.path)})\n${problems.map((p) => `    ${p}`).join('\n')}`);
    } else {
      passed += 1;
      console.log(`✓ ${testCase.name} (${shortPath(testCase.path)})`);
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
  removeProbes();
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
