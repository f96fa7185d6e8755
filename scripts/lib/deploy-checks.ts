/**
 * What the deployment test expects of each kind of response from the real web server. Pure: the
 * cases and the check are unit-tested without nginx.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { SERVER_ERROR_TEST_PATH } from './nginx.ts';

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface DeployCase {
  name: string;
  path: string;
  /** Request headers; default asks for gzip. */
  request?: Record<string, string>;
  /** The request method; default GET. */
  method?: string;
  status: number;
  /** Where a redirect must send the browser (the Location header, exactly). */
  location?: string;
  /**
   * The body must be the build's precompressed copy byte for byte (`index.html.br` for `/`), sent with
   * its Content-Encoding: proof that nginx serves the file the build compressed, not its own quick gzip.
   */
  precompressed?: { encoding: 'br' | 'gzip'; file: string };
  /** Asked again with its ETag, it must answer 304 without a body, so an unchanged engine file costs no bytes. */
  revalidates?: boolean;
  /** The Content-Type, as a pattern. */
  type: RegExp;
  cache: 'immutable' | 'revalidate';
  /** Whether the body must come compressed (gzip, or brotli when asked for) (files under nginx's gzip_min_length are exempt). */
  gzip: boolean;
  /** An HTML page: it must also carry its own CSP <meta>. */
  html?: boolean;
  /** Text the (uncompressed) body must contain. */
  contains?: string;
}

/** Headers every response must carry, and a check of each value. */
const SECURITY_HEADERS: Record<string, (value: string) => boolean> = {
  'content-security-policy': (v) =>
    v.includes("frame-ancestors 'none'") && v.includes("object-src 'none'") && v.includes("base-uri 'self'"),
  'x-content-type-options': (v) => v === 'nosniff',
  'referrer-policy': (v) => v === 'strict-origin-when-cross-origin',
  'x-frame-options': (v) => v === 'DENY',
  'permissions-policy': (v) => v.includes('camera=()'),
  'cross-origin-opener-policy': (v) => v === 'same-origin',
  // Browsers heed it over HTTPS only; sent always, so a TLS proxy in front passes it on.
  'strict-transport-security': (v) => /max-age=\d{8,}/.test(v),
};

const HTML = /^text\/html; charset=utf-8$/i;
/** deploy/nginx.conf's gzip_min_length: smaller files are sent as they are. */
const GZIP_MIN_LENGTH = 512;
const page = (name: string, path: string, contains?: string): DeployCase => ({
  name,
  path,
  status: 200,
  type: HTML,
  cache: 'revalidate',
  gzip: true,
  html: true,
  ...(contains && { contains }),
});

/** One request per page type and file type the site serves; asset paths come from the build at hand. */
export interface BuiltAssets {
  css: string;
  js: string;
  fragment: string;
  /** A Pagefind index chunk and filter chunk (content-hashed names). */
  index: string;
  filter: string;
}

const errorPage = (name: string, path: string, status: number, contains: string, extra: Partial<DeployCase> = {}): DeployCase => ({
  name,
  path,
  status,
  type: HTML,
  cache: 'revalidate',
  gzip: true,
  html: true,
  contains,
  ...extra,
});
const NOT_FOUND = '找不到这个页面';

export function DEPLOY_CASES(assets: BuiltAssets): DeployCase[] {
  return [
    page('home page', '/', '五华区科技创新与科普'),
    page('content page', '/about/'),
    page('policy original', '/policy/wuhua-2018-5/original/'),
    page('explainer', '/policy/wuhua-2018-5/support/'),
    page('FAQ', '/policy/wuhua-2018-5/faq/'),
    page('checker', '/checker/'),
    page('bases index', '/bases/'),
    page('place page', '/bases/sample-huguo-ip-center/'),
    page('events index', '/events/'),
    page('event page', '/events/2027-ip-day-patent-lecture/'),
    page('campaign page', '/science-day/'),
    page('IP lesson', '/ip/lessons/junior/'),
    page('quiz', '/ip/quiz/'),
    page('search', '/search/'),
    page('site map', '/sitemap/'),
    page('open data', '/data/'),
    {
      name: 'a page without its trailing slash is redirected to its one address',
      path: '/checker',
      status: 301,
      location: '/checker/',
      type: /^text\/html/,
      cache: 'revalidate',
      gzip: false,
    },
    {
      name: '… keeping its query',
      path: '/policy?from=qr',
      status: 301,
      location: '/policy/?from=qr',
      type: /^text\/html/,
      cache: 'revalidate',
      gzip: false,
    },
    {
      ...page('the precompressed brotli page, when the browser takes brotli', '/', '五华区科技创新与科普'),
      request: { 'Accept-Encoding': 'br, gzip' },
      precompressed: { encoding: 'br', file: 'index.html.br' },
    },
    {
      ...page('the precompressed gzip page, when it takes only gzip', '/checker/'),
      precompressed: { encoding: 'gzip', file: 'checker/index.html.gz' },
    },
    errorPage('a missing page gets the Chinese 404 with status 404', '/no-such-page/', 404, NOT_FOUND),
    errorPage('a missing file gets the same 404', '/data/no-such-file.json', 404, NOT_FOUND),
    // The deployment test puts these files in dist/ while it runs, so a 404 shows that nginx refuses them.
    errorPage('a dotfile (/.env) gets the 404', '/.env', 404, NOT_FOUND),
    errorPage('a file in a dot folder (/.git/config) gets the 404', '/.git/config', 404, NOT_FOUND),
    errorPage('an editor backup (index.html~) gets the 404', '/index.html~', 404, NOT_FOUND),
    errorPage('a backup copy (index.html.bak) gets the 404', '/index.html.bak', 404, NOT_FOUND),
    errorPage('an error page is not served at its own address', '/error/403/', 404, NOT_FOUND),
    errorPage('a folder without a page gets the Chinese 403', '/pagefind/', 403, '无法访问这个地址'),
    errorPage('a POST gets the Chinese 405', '/', 405, '不支持这种访问方式', { method: 'POST' }),
    // Refused before its headers are read, so nginx does not see that the browser takes gzip.
    errorPage('an overlong address gets the Chinese 414', `/${'x'.repeat(10_000)}`, 414, '网址太长', { gzip: false }),
    errorPage('a server error gets the Chinese 5xx page', SERVER_ERROR_TEST_PATH, 503, '网站暂时出了问题'),
    {
      name: 'security.txt',
      path: '/.well-known/security.txt',
      status: 200,
      type: /^text\/plain; charset=utf-8$/i,
      cache: 'revalidate',
      gzip: false,
      contains: 'Expires:',
    },
    { name: 'hashed stylesheet', path: assets.css, status: 200, type: /^text\/css/, cache: 'immutable', gzip: true },
    { name: 'hashed script', path: assets.js, status: 200, type: /^(application|text)\/javascript/, cache: 'immutable', gzip: true },
    {
      name: 'Pagefind entry script (not hashed)',
      path: '/pagefind/pagefind.js',
      status: 200,
      type: /^(application|text)\/javascript/,
      cache: 'revalidate',
      gzip: true,
      revalidates: true,
    },
    {
      name: 'Pagefind worker (not hashed)',
      path: '/pagefind/pagefind-worker.js',
      status: 200,
      type: /^(application|text)\/javascript/,
      cache: 'revalidate',
      gzip: true,
      revalidates: true,
    },
    {
      name: 'Pagefind entry list (not hashed)',
      path: '/pagefind/pagefind-entry.json',
      status: 200,
      type: /^application\/json/,
      cache: 'revalidate',
      gzip: false,
      revalidates: true,
    },
    {
      name: 'Pagefind WebAssembly (named by language, not hashed)',
      path: '/pagefind/wasm.unknown.pagefind',
      status: 200,
      type: /^application\/octet-stream/,
      cache: 'revalidate',
      gzip: false,
      revalidates: true,
    },
    {
      name: 'Pagefind fragment (hashed)',
      path: assets.fragment,
      status: 200,
      type: /^application\/octet-stream/,
      cache: 'immutable',
      gzip: false,
    },
    {
      name: 'Pagefind index chunk (hashed)',
      path: assets.index,
      status: 200,
      type: /^application\/octet-stream/,
      cache: 'immutable',
      gzip: false,
    },
    {
      name: 'Pagefind filter chunk (hashed)',
      path: assets.filter,
      status: 200,
      type: /^application\/octet-stream/,
      cache: 'immutable',
      gzip: false,
    },
    { name: 'rules JSON', path: '/data/rules.json', status: 200, type: /^application\/json/, cache: 'revalidate', gzip: true },
    { name: 'places CSV', path: '/data/bases.csv', status: 200, type: /^text\/csv/, cache: 'revalidate', gzip: true },
    { name: 'events CSV', path: '/data/events.csv', status: 200, type: /^text\/csv/, cache: 'revalidate', gzip: true },
    {
      name: 'events calendar',
      path: '/events.ics',
      status: 200,
      type: /^text\/calendar/,
      cache: 'revalidate',
      gzip: true,
      contains: 'BEGIN:VCALENDAR',
    },
    {
      name: 'events feed',
      path: '/events/rss.xml',
      status: 200,
      type: /^(application\/rss\+xml|text\/xml|application\/xml)/,
      cache: 'revalidate',
      gzip: true,
    },
    { name: 'sitemap.xml', path: '/sitemap.xml', status: 200, type: /^(text|application)\/xml/, cache: 'revalidate', gzip: true },
    { name: 'robots.txt', path: '/robots.txt', status: 200, type: /^text\/plain/, cache: 'revalidate', gzip: false, contains: 'Sitemap:' },
    { name: 'share image', path: '/og/site.png', status: 200, type: /^image\/png$/, cache: 'revalidate', gzip: false },
    {
      name: 'QR code',
      path: '/events/2027-ip-day-patent-lecture/qr.svg',
      status: 200,
      type: /^image\/svg\+xml/,
      cache: 'revalidate',
      gzip: true,
    },
  ];
}

/**
 * Every way a response falls short of its case, in words; empty when it is right. `precompressedFile`
 * is the content of the case's precompressed file in dist/, when it has one.
 */
export function checkResponse(testCase: DeployCase, response: HttpResponse, precompressedFile?: Buffer): string[] {
  const problems: string[] = [];
  const header = (name: string) => {
    const value = response.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  if (response.status !== testCase.status) problems.push(`status ${response.status}, expected ${testCase.status}`);
  if (testCase.location !== undefined && header('location') !== testCase.location)
    problems.push(`Location "${header('location') ?? ''}", expected "${testCase.location}"`);
  const type = header('content-type') ?? '';
  if (!testCase.type.test(type)) problems.push(`Content-Type "${type}", expected ${testCase.type}`);
  for (const [name, ok] of Object.entries(SECURITY_HEADERS)) {
    const value = header(name);
    if (value === undefined) problems.push(`no ${name} header`);
    else if (!ok(value)) problems.push(`${name}: "${value}"`);
  }
  const cache = header('cache-control') ?? '';
  if (testCase.cache === 'immutable' && !/max-age=31536000/.test(cache))
    problems.push(`Cache-Control "${cache}", expected a year's caching`);
  if (testCase.cache === 'revalidate' && /max-age=[1-9]|immutable/.test(cache))
    problems.push(`Cache-Control "${cache}" caches a file that is not hashed`);
  if (testCase.cache === 'revalidate' && !/no-cache/.test(cache)) problems.push(`Cache-Control "${cache}", expected no-cache`);
  const encoding = header('content-encoding');
  if (testCase.gzip && encoding !== 'gzip' && encoding !== 'br' && response.body.length >= GZIP_MIN_LENGTH)
    problems.push(`not gzip-compressed (Content-Encoding: ${encoding ?? 'none'}, ${response.body.length} bytes)`);
  if ((encoding === 'gzip' || encoding === 'br') && !/Accept-Encoding/i.test(header('vary') ?? ''))
    problems.push(`${encoding} without Vary: Accept-Encoding`);
  if (testCase.precompressed) {
    const { encoding: wanted, file } = testCase.precompressed;
    if (encoding !== wanted) problems.push(`Content-Encoding "${encoding ?? 'none'}", expected ${wanted}`);
    if (!precompressedFile) problems.push(`dist/${file} is missing`);
    else if (!precompressedFile.equals(response.body)) problems.push(`the body is not dist/${file}: nginx compressed the page itself`);
  }
  if (testCase.contains || testCase.html) {
    const body =
      encoding === 'gzip'
        ? gunzip(response.body)
        : encoding === 'br'
          ? brotliDecompressSync(response.body).toString('utf8')
          : response.body.toString('utf8');
    if (testCase.contains && !body.includes(testCase.contains)) problems.push(`body lacks "${testCase.contains}"`);
    if (testCase.html && !/<meta http-equiv="content-security-policy" content="[^"]*script-src/i.test(body))
      problems.push('no CSP <meta> with script-src in the page');
  }
  return problems;
}

const gunzip = (body: Buffer) => gunzipSync(body).toString('utf8');

/** What is wrong with the answer to a repeat request that sent the first answer's ETag. */
export function checkRevalidation(first: HttpResponse, repeat: HttpResponse): string[] {
  if (!first.headers.etag) return ['no ETag to revalidate with'];
  const problems: string[] = [];
  if (repeat.status !== 304) problems.push(`a repeat request with If-None-Match got ${repeat.status}, expected 304`);
  if (repeat.body.length) problems.push(`a repeat request with If-None-Match got ${repeat.body.length} bytes again`);
  return problems;
}
