import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkResponse, DEPLOY_CASES, type DeployCase } from '../../scripts/lib/deploy-checks';
import { testServerConfig } from '../../scripts/lib/nginx';

const secure = {
  'content-security-policy': "object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=()',
  'cross-origin-opener-policy': 'same-origin',
};
const html = '<html><head><meta http-equiv="content-security-policy" content="script-src \'self\'"></head><body>' + '五华区'.repeat(300) + '</body></html>';
const pageCase = DEPLOY_CASES({ css: '/_astro/a.css', js: '/_astro/a.js', fragment: '/pagefind/fragment/x' }).find((c) => c.path === '/') as DeployCase;

describe('what the deployment test expects of a response', () => {
  it('accepts a secure, gzipped, revalidating HTML page with its CSP meta', () => {
    const response = { status: 200, headers: { ...secure, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', 'content-encoding': 'gzip', vary: 'Accept-Encoding' }, body: gzipSync(html) };
    expect(checkResponse({ ...pageCase, contains: '五华区' }, response)).toEqual([]);
  });

  it('names each thing wrong: a missing header, the wrong type, long caching, no gzip, no CSP meta', () => {
    const { 'x-frame-options': _, ...lessSecure } = secure;
    const response = { status: 200, headers: { ...lessSecure, 'content-type': 'application/octet-stream', 'cache-control': 'max-age=3600' }, body: Buffer.from('<p>no meta</p>'.repeat(100)) };
    const problems = checkResponse(pageCase, response).join('\n');
    expect(problems).toMatch(/no x-frame-options header/);
    expect(problems).toMatch(/Content-Type "application\/octet-stream"/);
    expect(problems).toMatch(/caches a file that is not hashed/);
    expect(problems).toMatch(/not gzip-compressed/);
    expect(problems).toMatch(/no CSP <meta>/);
  });

  it('wants a year of caching on hashed assets and lets small files go uncompressed', () => {
    const css = DEPLOY_CASES({ css: '/_astro/a.css', js: '/_astro/a.js', fragment: '/x' }).find((c) => c.name === 'hashed stylesheet') as DeployCase;
    const small = { status: 200, headers: { ...secure, 'content-type': 'text/css', 'cache-control': 'no-cache' }, body: Buffer.from('a{}') };
    expect(checkResponse(css, small)).toEqual([expect.stringMatching(/expected a year's caching/)]);
  });
});

describe('the nginx configuration for the test', () => {
  it('keeps the production server block but listens on 127.0.0.1 only and serves the given dist/', () => {
    const deployDir = mkdtempSync(join(tmpdir(), 'deploy-'));
    writeFileSync(join(deployDir, 'nginx.conf'), 'server {\n    listen 80;\n    listen [::]:80;\n    server_name _;\n    root /srv/x;\n    include /etc/nginx/conf.d/security-headers.conf;\n}\n');
    const config = testServerConfig({ root: '/abs/dist', port: 4339, work: '/tmp/w', deployDir });
    expect(config).toContain('listen 127.0.0.1:4339;');
    expect(config).not.toMatch(/listen\s+80;|\[::\]/);
    expect(config).toContain('root /abs/dist;');
    expect(config).toContain(`include ${deployDir}/security-headers.conf;`);
    expect(config).toMatch(/daemon off;/);
  });
});
