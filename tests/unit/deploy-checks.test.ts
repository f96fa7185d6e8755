import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkResponse, checkRevalidation, DEPLOY_CASES, type DeployCase } from '../../scripts/lib/deploy-checks';
import { BROTLI_MODULE, SERVER_ERROR_TEST_PATH, httpsExampleConfig, testServerConfig } from '../../scripts/lib/nginx';

const secure = {
  'content-security-policy': "object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=()',
  'cross-origin-opener-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000',
};
const html =
  '<html><head><meta http-equiv="content-security-policy" content="script-src \'self\'"></head><body>' +
  '五华区'.repeat(300) +
  '</body></html>';
const CASES = DEPLOY_CASES({
  css: '/_astro/a.css',
  js: '/_astro/a.js',
  fragment: '/pagefind/fragment/x',
  index: '/pagefind/index/x',
  filter: '/pagefind/filter/x',
});
const caseNamed = (start: string) => CASES.find((c) => c.name.startsWith(start)) as DeployCase;
const pageCase = CASES.find((c) => c.path === '/') as DeployCase;

describe('what the deployment test expects of a response', () => {
  it('accepts a secure, gzipped, revalidating HTML page with its CSP meta', () => {
    const response = {
      status: 200,
      headers: {
        ...secure,
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'content-encoding': 'gzip',
        vary: 'Accept-Encoding',
      },
      body: gzipSync(html),
    };
    expect(checkResponse({ ...pageCase, contains: '五华区' }, response)).toEqual([]);
  });

  it('names each thing wrong: a missing header, the wrong type, long caching, no gzip, no CSP meta', () => {
    const { 'x-frame-options': _, ...lessSecure } = secure;
    const response = {
      status: 200,
      headers: { ...lessSecure, 'content-type': 'application/octet-stream', 'cache-control': 'max-age=3600' },
      body: Buffer.from('<p>no meta</p>'.repeat(100)),
    };
    const problems = checkResponse(pageCase, response).join('\n');
    expect(problems).toMatch(/no x-frame-options header/);
    expect(problems).toMatch(/Content-Type "application\/octet-stream"/);
    expect(problems).toMatch(/caches a file that is not hashed/);
    expect(problems).toMatch(/not gzip-compressed/);
    expect(problems).toMatch(/no CSP <meta>/);
  });

  it('wants a year of caching on hashed assets and lets small files go uncompressed', () => {
    const css = caseNamed('hashed stylesheet');
    const small = {
      status: 200,
      headers: { ...secure, 'content-type': 'text/css', 'cache-control': 'no-cache' },
      body: Buffer.from('a{}'),
    };
    expect(checkResponse(css, small)).toEqual([expect.stringMatching(/expected a year's caching/)]);
  });
});

describe('what it expects of the hardened server', () => {
  const headers = { ...secure, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', vary: 'Accept-Encoding' };

  it("wants the build's own brotli file, not one nginx made", () => {
    const brotliCase = caseNamed('the precompressed brotli page');
    const home = html.replace('</body>', '五华区科技创新与科普</body>');
    const built = brotliCompressSync(Buffer.from(home));
    expect(checkResponse(brotliCase, { status: 200, headers: { ...headers, 'content-encoding': 'br' }, body: built }, built)).toEqual([]);
    const gzipped = checkResponse(
      brotliCase,
      { status: 200, headers: { ...headers, 'content-encoding': 'gzip' }, body: gzipSync(home) },
      built,
    );
    expect(gzipped).toEqual([
      'Content-Encoding "gzip", expected br',
      'the body is not dist/index.html.br: nginx compressed the page itself',
    ]);
  });

  it('wants a served dotfile to be the Chinese 404, and HSTS on every response', () => {
    const dotfile = caseNamed('a dotfile');
    const served = checkResponse(dotfile, {
      status: 200,
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      body: Buffer.from('SECRET=1'),
    });
    expect(served).toContain('status 200, expected 404');
    const { 'strict-transport-security': _, ...noHsts } = headers;
    const notFound = gzipSync(html.replace('</body>', '找不到这个页面</body>'));
    expect(checkResponse(dotfile, { status: 404, headers: { ...noHsts, 'content-encoding': 'gzip' }, body: notFound })).toEqual([
      'no strict-transport-security header',
    ]);
  });

  it('wants /checker redirected to /checker/', () => {
    const redirect = caseNamed('a page without its trailing slash');
    expect(checkResponse(redirect, { status: 301, headers: { ...headers, location: '/checker/' }, body: Buffer.from('') })).toEqual([]);
    expect(checkResponse(redirect, { status: 200, headers, body: Buffer.from('') })).toEqual([
      'status 200, expected 301',
      'Location "", expected "/checker/"',
    ]);
  });

  it('wants an unchanged engine file answered with 304 and no body', () => {
    const first = { status: 200, headers: { etag: '"abc"' }, body: Buffer.from('engine') };
    expect(checkRevalidation(first, { status: 304, headers: {}, body: Buffer.alloc(0) })).toEqual([]);
    expect(checkRevalidation(first, { status: 200, headers: {}, body: Buffer.from('engine') })).toHaveLength(2);
    expect(checkRevalidation({ ...first, headers: {} }, first)).toEqual(['no ETag to revalidate with']);
  });
});

describe('the nginx configuration for the test', () => {
  it('keeps the production server block but listens on 127.0.0.1 only and serves the given dist/', () => {
    const deployDir = mkdtempSync(join(tmpdir(), 'deploy-'));
    writeFileSync(
      join(deployDir, 'nginx.conf'),
      'server {\n    listen 80;\n    listen [::]:80;\n    server_name _;\n    root /srv/x;\n    include /etc/nginx/conf.d/security-headers.conf;\n}\n',
    );
    const config = testServerConfig({ root: '/abs/dist', port: 4339, work: '/tmp/w', deployDir });
    expect(config).toContain('listen 127.0.0.1:4339;');
    expect(config).not.toMatch(/listen\s+80;|\[::\]/);
    expect(config).toContain('root /abs/dist;');
    expect(config).toContain(`include ${deployDir}/security-headers.conf;`);
    expect(config).toMatch(/daemon off;/);
    expect(config).toContain(`load_module ${BROTLI_MODULE};`);
    expect(config).toMatch(new RegExp(`location = ${SERVER_ERROR_TEST_PATH} \\{ return 503; \\}\\s*\\}\\s*\\}\\s*$`));
  });
});

describe('the HTTPS example for nginx -t', () => {
  it("puts the example's TLS lines in place of the port-80 ones and adds its redirecting server", () => {
    const deployDir = mkdtempSync(join(tmpdir(), 'deploy-'));
    writeFileSync(
      join(deployDir, 'nginx.conf'),
      [
        '# HTTPS:',
        '#',
        '#     listen 443 ssl http2;',
        '#     ssl_certificate     /etc/ssl/site/fullchain.pem;',
        '#     ssl_certificate_key /etc/ssl/site/privkey.pem;',
        '#',
        '#     server {',
        '#         listen 80;',
        '#         return 301 https://$host$request_uri;',
        '#     }',
        'server {',
        '    listen 80;',
        '    listen [::]:80;',
        '    root /srv/x;',
        '}',
        '',
      ].join('\n'),
    );
    const config = httpsExampleConfig({ deployDir, work: '/tmp/w', certificate: '/tmp/w/cert.pem', key: '/tmp/w/key.pem' });
    expect(config).toMatch(
      /server \{\n\s+listen 443 ssl http2;\n\s+ssl_certificate \/tmp\/w\/cert.pem;\n\s+ssl_certificate_key \/tmp\/w\/key.pem;\n\s+root \/srv\/x;/,
    );
    expect(config).toMatch(/server \{\n {4}listen 80;\n {4}return 301 https:\/\/\$host\$request_uri;\n\}/);
    expect(config).not.toContain('[::]:80');
  });
});
