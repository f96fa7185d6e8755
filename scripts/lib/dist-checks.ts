/**
 * Post-build checks over every HTML page in dist/ (and its CSV downloads). Each check returns the problems it found on one
 * page as plain sentences naming what is wrong; an empty list means the page passes that check.
 */
import { createHash } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { isSafeReference, SAFE_URL_SCHEMES, urlScheme } from '../../src/lib/content/safe-url.ts';
import { readAsFormula } from '../../src/lib/spreadsheets/cells.ts';
import { budgetFor } from './budgets.ts';
import { gzipSize, type DistPage, type DistSite } from './dist-site.ts';

export type PageCheck = (page: DistPage, site: DistSite) => string[];

const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:standard', 'html-validate:a11y'],
  rules: {
    // Astro writes boolean attributes and void elements its own way; both are valid HTML.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
  },
};
const validator = new HtmlValidate(htmlValidateConfig);

/** The attributes through which a page loads something (as opposed to linking to it). */
const LOADING_ATTRIBUTES: ReadonlyArray<[selector: string, attribute: string]> = [
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['video[poster]', 'poster'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['track[src]', 'src'],
  ['input[src]', 'src'],
  ['form[action]', 'action'],
  ['link[href]:not([rel~="canonical"]):not([rel~="alternate"])', 'href'],
  ['[srcset]', 'srcset'],
];

const SITE_ORIGIN = 'http://site.invalid';
/** The only page that runs WebAssembly (Pagefind's search engine) and so may allow compiling it. */
const WASM_PAGE = '/search/';
/** Directives the page's own CSP <meta> must set, besides default-src and script-src. */
const META_CSP_DIRECTIVES: ReadonlyArray<[name: string, value: string]> = [
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** An absolute URL is another origin; "/x", "x" and "#y" are this site. */
function isOtherOrigin(reference: string): boolean {
  return /^[a-z][a-z0-9+.-]*:|^\/\//i.test(reference.trim()) && !/^(data|blob|mailto|tel):/i.test(reference.trim());
}

export const validHtml: PageCheck = (page) => {
  const report = validator.validateStringSync(page.html, page.file);
  return report.results.flatMap((result) => result.messages.map((m) => `line ${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
};

export const oneH1: PageCheck = (page) => {
  const count = page.$('h1').length;
  return count === 1 ? [] : [`has ${count} <h1> elements; a page needs exactly one`];
};

export const titleAndDescription: PageCheck = (page) => {
  const problems: string[] = [];
  if (!page.$('head > title').text().trim()) problems.push('<title> is missing or empty');
  const description = page.$('head > meta[name="description"]').attr('content')?.trim();
  if (!description) problems.push('<meta name="description"> is missing or empty');
  return problems;
};

const anchorCache = new WeakMap<DistPage, Set<string>>();
/** Every id (and legacy a[name]) on a page: the fragments a link may point at. */
function anchorsOf(page: DistPage): Set<string> {
  let anchors = anchorCache.get(page);
  if (!anchors) {
    anchors = new Set(
      page
        .$('[id], a[name]')
        .toArray()
        .map((el) => page.$(el).attr('id') ?? page.$(el).attr('name') ?? ''),
    );
    anchorCache.set(page, anchors);
  }
  return anchors;
}

export const internalLinksResolve: PageCheck = (page, site) => {
  const problems: string[] = [];
  page.$('a[href], link[href], area[href]').each((_, element) => {
    const href = page.$(element).attr('href') ?? '';
    if (isOtherOrigin(href) || /^(mailto|tel|data):/i.test(href)) return;
    const url = new URL(href, `${SITE_ORIGIN}${page.urlPath}`);
    const target = url.pathname === page.urlPath ? page : site.pageAt(url.pathname);
    if (!target && !site.read(url.pathname)) {
      problems.push(`link to "${href}" does not resolve to a file in dist/`);
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    // A fragment of name=value pairs is a page's own state (the checker keeps its answers there), not an anchor.
    if (fragment.includes('=')) return;
    if (fragment && target && !anchorsOf(target).has(fragment)) {
      problems.push(`link to "${href}": no element with id "${fragment}" on ${target.urlPath}`);
    }
  });
  return problems;
};

export const noOtherOriginLoads: PageCheck = (page) => {
  const problems: string[] = [];
  for (const [selector, attribute] of LOADING_ATTRIBUTES) {
    page.$(selector).each((_, element) => {
      const value = page.$(element).attr(attribute) ?? '';
      const references = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
      for (const reference of references) {
        if (isOtherOrigin(reference))
          problems.push(`<${'tagName' in element ? element.tagName : '?'} ${attribute}="${reference}"> loads from another origin`);
      }
    });
  }
  page.$('style').each((_, element) => {
    for (const match of page
      .$(element)
      .text()
      .matchAll(/url\(\s*['"]?([^'")]+)/g)) {
      if (match[1] && isOtherOrigin(match[1])) problems.push(`inline style loads ${match[1]} from another origin`);
    }
  });
  return problems;
};

/** The page's Content-Security-Policy <meta> as directive → values, or undefined without one. */
function cspDirectives(page: DistPage): Map<string, string[]> | undefined {
  const csp = page.$('meta[http-equiv="content-security-policy"]').attr('content');
  if (!csp) return undefined;
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

export const strictCsp: PageCheck = (page) => {
  const directives = cspDirectives(page);
  if (!directives) return ['no Content-Security-Policy <meta>'];
  const problems: string[] = [];
  const scriptSrc = directives.get('script-src');
  if (!scriptSrc) problems.push('CSP has no script-src');
  else if (scriptSrc.includes("'unsafe-inline'") || scriptSrc.includes("'unsafe-eval'"))
    problems.push(`CSP script-src allows unsafe code: ${scriptSrc.join(' ')}`);
  if (scriptSrc?.includes("'wasm-unsafe-eval'") && page.urlPath !== WASM_PAGE)
    problems.push(`CSP script-src allows 'wasm-unsafe-eval' on a page other than ${WASM_PAGE}`);
  if (scriptSrc && !scriptSrc.includes("'wasm-unsafe-eval'") && page.urlPath === WASM_PAGE)
    problems.push("CSP script-src lacks 'wasm-unsafe-eval', which Pagefind's WebAssembly needs");
  if (directives.get('default-src')?.join(' ') !== "'self'") problems.push("CSP default-src is not 'self'");
  // What a <meta> can carry must be in it, so a server that adds no headers still gets these (docs/security.md).
  for (const [name, value] of META_CSP_DIRECTIVES) {
    if (directives.get(name)?.join(' ') !== value) problems.push(`CSP ${name} is not ${value}`);
  }
  if (page.$('meta[name="referrer"]').attr('content') !== 'strict-origin-when-cross-origin')
    problems.push('no <meta name="referrer" content="strict-origin-when-cross-origin">');
  // Elements in document order, from the parsed page: text such as "<script>" inside an attribute is not an element.
  const first = page.$('script, meta[http-equiv="content-security-policy"]').first();
  if (first.is('script')) problems.push('a <script> comes before the CSP <meta>, so the policy does not cover it');
  return problems;
};

/** Attributes whose value is a URL the browser follows, loads or submits to. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'cite',
  'background',
  'longdesc',
  'manifest',
  'ping',
  'xlink:href',
  'srcset',
  'imagesrcset',
]);
/** Elements that embed other documents or plug-ins; the site has none, and MDX must not add one. */
const EMBEDDING_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'base']);
/** Where the site's own scripts are: the bundles Astro writes to /_astro/. */
const OWN_SCRIPT_SRC = /^\/_astro\/[\w.-]+\.js$/;
/** Script types a browser never runs: JSON-LD and the checker's data blocks. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

const shorten = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** "/search/", "?q=" or "" (this page) post to this site; "//host/" and "https://host/" do not. */
const isSameOriginRelative = (reference: string) => urlScheme(reference) === undefined && !/^\s*[\\/]{2}/.test(reference);

/**
 * Only the site's own code, whatever an MDX file or a content field brings in: scripts from /_astro/,
 * JSON data blocks and inline scripts whose hash the CSP lists; no event-handler attributes, frames,
 * objects or <base>; forms that submit to this site; and links and sources with only the schemes content
 * may use (src/lib/content/safe-url.ts) or none. The Markdown sanitiser keeps these out of Markdown bodies;
 * this check covers everything else, MDX included, so there is no way round it.
 */
export const onlyOwnCode: PageCheck = (page) => {
  const problems: string[] = [];
  const listedHashes = new Set(
    (cspDirectives(page)?.get('script-src') ?? []).filter((v) => /^'sha256-/.test(v)).map((v) => v.slice(1, -1)),
  );
  for (const element of page.$('*').toArray()) {
    if (!('tagName' in element)) continue;
    const tag = element.tagName.toLowerCase();
    if (EMBEDDING_ELEMENTS.has(tag)) problems.push(`<${tag}> is not allowed on the site`);
    for (const [name, value] of Object.entries(element.attribs)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) problems.push(`<${tag} ${name}=${shorten(value)}>: event-handler attributes are not allowed`);
      if (!URL_ATTRIBUTES.has(attribute)) continue;
      const references = attribute.endsWith('srcset') ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
      for (const reference of references.filter((r) => !isSafeReference(r)))
        problems.push(
          `<${tag} ${name}=${shorten(reference)}>: the ${urlScheme(reference)}: scheme is not allowed (only ${SAFE_URL_SCHEMES.join(', ')} and paths on this site)`,
        );
      if ((attribute === 'action' || attribute === 'formaction') && isSafeReference(value) && !isSameOriginRelative(value))
        problems.push(`<${tag} ${name}=${shorten(value)}>: a form may only submit to this site`);
    }
    if (tag === 'script') {
      const src = element.attribs['src'];
      const type = (element.attribs['type'] ?? '').trim().toLowerCase();
      if (src !== undefined) {
        if (!OWN_SCRIPT_SRC.test(src)) problems.push(`<script src=${shorten(src)}>: only the site's own scripts from /_astro/ may load`);
      } else if (!DATA_SCRIPT_TYPES.has(type)) {
        const code = page.$(element).text();
        const hash = `sha256-${createHash('sha256').update(code).digest('base64')}`;
        if (!listedHashes.has(hash))
          problems.push(`inline <script> ${shorten(code.trim())}: its hash is not in the page's CSP, so it is not one of the site's own`);
      }
    }
  }
  return problems;
};

/** Module scripts plus the chunks they import statically (dynamic imports load on demand). */
function upFrontScripts(page: DistPage, site: DistSite): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const queue = page
    .$('script[src]')
    .toArray()
    .map((el) => new URL(page.$(el).attr('src') ?? '', `${SITE_ORIGIN}${page.urlPath}`).pathname);
  while (queue.length) {
    const path = queue.shift() as string;
    if (found.has(path)) continue;
    const content = site.read(path);
    if (!content) continue;
    found.set(path, content);
    for (const match of content.toString('utf8').matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      if (match[1]) queue.push(new URL(match[1], `${SITE_ORIGIN}${path}`).pathname);
    }
  }
  return found;
}

/** What a first visit fetches for this page, in gzip bytes. */
export function pageWeight(page: DistPage, site: DistSite): { html: number; css: number; js: number } {
  const html = gzipSize(page.html);
  let css = 0;
  page.$('link[rel~="stylesheet"][href]').each((_, el) => {
    const content = site.read(new URL(page.$(el).attr('href') ?? '', `${SITE_ORIGIN}${page.urlPath}`).pathname);
    if (content) css += gzipSize(content);
  });
  // Inline classic and module scripts count; JSON-LD and other data blocks are not code.
  let js = page
    .$('script:not([src])')
    .filter((_, el) => /^(|text\/javascript|module)$/i.test(page.$(el).attr('type') ?? ''))
    .toArray()
    .reduce((sum, el) => sum + gzipSize(page.$(el).text()), 0);
  for (const content of upFrontScripts(page, site).values()) js += gzipSize(content);
  return { html, css, js };
}

export const weightBudget: PageCheck = (page, site) => {
  const budget = budgetFor(page.urlPath);
  const { html, css, js } = pageWeight(page, site);
  const problems: string[] = [];
  const sizes = `HTML ${html} B + CSS ${css} B + JS ${js} B (gzip)`;
  if (budget.htmlCss !== undefined && html + css > budget.htmlCss)
    problems.push(`HTML + CSS is ${html + css} B gzip, over the ${budget.htmlCss} B budget (${sizes})`);
  if (html + css + js > budget.total)
    problems.push(`page weight ${html + css + js} B gzip is over the ${budget.total} B budget (${sizes})`);
  if (js > budget.js) problems.push(`JavaScript ${js} B gzip is over the ${budget.js} B budget`);
  return problems;
};

export const PAGE_CHECKS: Readonly<Record<string, PageCheck>> = {
  'valid HTML': validHtml,
  'exactly one h1': oneH1,
  'title and description': titleAndDescription,
  'internal links resolve': internalLinksResolve,
  'nothing loads from another origin': noOtherOriginLoads,
  'strict CSP': strictCsp,
  "only the site's own scripts, forms and link schemes": onlyOwnCode,
  'weight budget': weightBudget,
};

/**
 * A CSV download (dist/data/*.csv): UTF-8 with a BOM, so Excel on Windows reads the Chinese, readable as
 * CSV, and no cell that Excel would run as a formula (src/lib/spreadsheets/cells.ts).
 */
export function csvDownloadProblems(bytes: Uint8Array): string[] {
  if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf))
    return ['does not start with the UTF-8 byte-order mark (Excel would read it as GBK)'];
  let rows: string[][];
  try {
    rows = parseCsv(Buffer.from(bytes).toString('utf8').slice(1)) as string[][];
  } catch (error) {
    return [`is not readable CSV: ${(error as Error).message}`];
  }
  return rows.flatMap((row, r) =>
    row.flatMap((cell, c) =>
      readAsFormula(cell) ? [`row ${r + 1}, column ${c + 1} would run as a formula in Excel: ${shorten(cell)}`] : [],
    ),
  );
}
