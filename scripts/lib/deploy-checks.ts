/**
 * What the deployment test expects of each kind of response from the real web server. Pure: the
 * cases and the check are unit-tested without nginx.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';

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
  status: number;
  /** The Content-Type, as a pattern. */
  type: RegExp;
  cache: 'immutable' | 'revalidate';
  /** Whether the body must come gzip-compressed when asked for (files under nginx's gzip_min_length are exempt). */
  gzip: boolean;
  /** An HTML page: it must also carry its own CSP <meta>. */
  html?: boolean;
  /** Text the (uncompressed) body must contain. */
  contains?: string;
}

/** Headers every response must carry, and a check of each value. */
export const SECURITY_HEADERS: Record<string, (value: string) => boolean> = {
  'content-security-policy': (v) => v.includes("frame-ancestors 'none'") && v.includes("object-src 'none'") && v.includes("base-uri 'self'"),
  'x-content-type-options': (v) => v === 'nosniff',
  'referrer-policy': (v) => v === 'strict-origin-when-cross-origin',
  'x-frame-options': (v) => v === 'DENY',
  'permissions-policy': (v) => v.includes('camera=()'),
  'cross-origin-opener-policy': (v) => v === 'same-origin',
};

const HTML = /^text\/html; charset=utf-8$/i;
/** deploy/nginx.conf's gzip_min_length: smaller files are sent as they are. */
export const GZIP_MIN_LENGTH = 512;
const page = (name: string, path: string, contains?: string): DeployCase => ({ name, path, status: 200, type: HTML, cache: 'revalidate', gzip: true, html: true, ...(contains && { contains }) });

/** One request per page type and file type the site serves; asset paths come from the build at hand. */
export function DEPLOY_CASES(assets: { css: string; js: string; fragment: string }): DeployCase[] {
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
    page('a page without its trailing slash', '/policy'),
    { name: 'a missing page gets the Chinese 404 with status 404', path: '/no-such-page/', status: 404, type: HTML, cache: 'revalidate', gzip: true, html: true, contains: '找不到这个页面' },
    { name: 'a missing file gets the same 404', path: '/data/no-such-file.json', status: 404, type: HTML, cache: 'revalidate', gzip: true, html: true, contains: '找不到这个页面' },
    { name: 'hashed stylesheet', path: assets.css, status: 200, type: /^text\/css/, cache: 'immutable', gzip: true },
    { name: 'hashed script', path: assets.js, status: 200, type: /^(application|text)\/javascript/, cache: 'immutable', gzip: true },
    { name: 'Pagefind entry script (not hashed)', path: '/pagefind/pagefind.js', status: 200, type: /^(application|text)\/javascript/, cache: 'revalidate', gzip: true },
    { name: 'Pagefind fragment (hashed)', path: assets.fragment, status: 200, type: /^application\/octet-stream/, cache: 'immutable', gzip: false },
    { name: 'rules JSON', path: '/data/rules.json', status: 200, type: /^application\/json/, cache: 'revalidate', gzip: true },
    { name: 'places CSV', path: '/data/bases.csv', status: 200, type: /^text\/csv/, cache: 'revalidate', gzip: true },
    { name: 'events calendar', path: '/events.ics', status: 200, type: /^text\/calendar/, cache: 'revalidate', gzip: true, contains: 'BEGIN:VCALENDAR' },
    { name: 'events feed', path: '/events/rss.xml', status: 200, type: /^(application\/rss\+xml|text\/xml|application\/xml)/, cache: 'revalidate', gzip: true },
    { name: 'sitemap.xml', path: '/sitemap.xml', status: 200, type: /^(text|application)\/xml/, cache: 'revalidate', gzip: true },
    { name: 'robots.txt', path: '/robots.txt', status: 200, type: /^text\/plain/, cache: 'revalidate', gzip: false, contains: 'Sitemap:' },
    { name: 'share image', path: '/og/site.png', status: 200, type: /^image\/png$/, cache: 'revalidate', gzip: false },
    { name: 'QR code', path: '/events/2027-ip-day-patent-lecture/qr.svg', status: 200, type: /^image\/svg\+xml/, cache: 'revalidate', gzip: true },
  ];
}

/** Every way a response falls short of its case, in words; empty when it is right. */
export function checkResponse(testCase: DeployCase, response: HttpResponse): string[] {
  const problems: string[] = [];
  const header = (name: string) => {
    const value = response.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  if (response.status !== testCase.status) problems.push(`status ${response.status}, expected ${testCase.status}`);
  const type = header('content-type') ?? '';
  if (!testCase.type.test(type)) problems.push(`Content-Type "${type}", expected ${testCase.type}`);
  for (const [name, ok] of Object.entries(SECURITY_HEADERS)) {
    const value = header(name);
    if (value === undefined) problems.push(`no ${name} header`);
    else if (!ok(value)) problems.push(`${name}: "${value}"`);
  }
  const cache = header('cache-control') ?? '';
  if (testCase.cache === 'immutable' && !/max-age=31536000/.test(cache)) problems.push(`Cache-Control "${cache}", expected a year's caching`);
  if (testCase.cache === 'revalidate' && /max-age=[1-9]|immutable/.test(cache)) problems.push(`Cache-Control "${cache}" caches a file that is not hashed`);
  if (testCase.cache === 'revalidate' && !/no-cache/.test(cache)) problems.push(`Cache-Control "${cache}", expected no-cache`);
  const encoding = header('content-encoding');
  if (testCase.gzip && encoding !== 'gzip' && response.body.length >= GZIP_MIN_LENGTH) problems.push(`not gzip-compressed (Content-Encoding: ${encoding ?? 'none'}, ${response.body.length} bytes)`);
  if (encoding === 'gzip' && !/Accept-Encoding/i.test(header('vary') ?? '')) problems.push('gzip without Vary: Accept-Encoding');
  if (testCase.contains || testCase.html) {
    const body = encoding === 'gzip' ? gunzip(response.body) : response.body.toString('utf8');
    if (testCase.contains && !body.includes(testCase.contains)) problems.push(`body lacks "${testCase.contains}"`);
    if (testCase.html && !/<meta http-equiv="content-security-policy" content="[^"]*script-src/i.test(body)) problems.push('no CSP <meta> with script-src in the page');
  }
  return problems;
}

const gunzip = (body: Buffer) => gunzipSync(body).toString('utf8');
