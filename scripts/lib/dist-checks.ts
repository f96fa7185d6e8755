/**
 * Post-build checks over every HTML page in dist/. Each check returns the problems it found on one
 * page as plain sentences naming what is wrong; an empty list means the page passes that check.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
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
export const WASM_PAGE = '/search/';
/** Directives the page's own CSP <meta> must set, besides default-src and script-src. */
export const META_CSP_DIRECTIVES: ReadonlyArray<[name: string, value: string]> = [
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
  return report.results.flatMap((result) =>
    result.messages.map((m) => `line ${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
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
    anchors = new Set(page.$('[id], a[name]').toArray().map((el) => page.$(el).attr('id') ?? page.$(el).attr('name') ?? ''));
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
        if (isOtherOrigin(reference)) problems.push(`<${'tagName' in element ? element.tagName : '?'} ${attribute}="${reference}"> loads from another origin`);
      }
    });
  }
  page.$('style').each((_, element) => {
    for (const match of page.$(element).text().matchAll(/url\(\s*['"]?([^'")]+)/g)) {
      if (match[1] && isOtherOrigin(match[1])) problems.push(`inline style loads ${match[1]} from another origin`);
    }
  });
  return problems;
};

export const strictCsp: PageCheck = (page) => {
  const csp = page.$('meta[http-equiv="content-security-policy"]').attr('content');
  if (!csp) return ['no Content-Security-Policy <meta>'];
  const problems: string[] = [];
  const directives = new Map(
    csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]),
  );
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
  if (page.$('meta[name="referrer"]').attr('content') !== 'strict-origin-when-cross-origin') problems.push('no <meta name="referrer" content="strict-origin-when-cross-origin">');
  const firstScript = page.html.indexOf('<script');
  if (firstScript >= 0 && firstScript < page.html.indexOf('http-equiv="content-security-policy"'))
    problems.push('a <script> comes before the CSP <meta>, so the policy does not cover it');
  return problems;
};

/** Module scripts plus the chunks they import statically (dynamic imports load on demand). */
function upFrontScripts(page: DistPage, site: DistSite): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const queue = page.$('script[src]').toArray().map((el) => new URL(page.$(el).attr('src') ?? '', `${SITE_ORIGIN}${page.urlPath}`).pathname);
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
  let js = page.$('script:not([src])').filter((_, el) => /^(|text\/javascript|module)$/i.test(page.$(el).attr('type') ?? '')).toArray().reduce((sum, el) => sum + gzipSize(page.$(el).text()), 0);
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
  if (html + css + js > budget.total) problems.push(`page weight ${html + css + js} B gzip is over the ${budget.total} B budget (${sizes})`);
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
  'weight budget': weightBudget,
};
