import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  csvDownloadProblems,
  internalLinksResolve,
  noOtherOriginLoads,
  oneH1,
  onlyOwnCode,
  strictCsp,
  titleAndDescription,
  validHtml,
  weightBudget,
} from '../../scripts/lib/dist-checks';
import { loadDistSite, type DistSite } from '../../scripts/lib/dist-site';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'sha256-abc'"><meta name="referrer" content="strict-origin-when-cross-origin">`;

function page({ head = '', body = '<h1>标题</h1>', csp = CSP } = {}): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${csp}<title>测试页</title>
<meta name="description" content="一个测试页面。">${head}</head><body><main>${body}</main></body></html>`;
}

/** Writes files into a fresh temporary dist/ and loads it as the checks see it. */
function siteOf(files: Record<string, string | Buffer>): DistSite {
  const root = mkdtempSync(join(tmpdir(), 'dist-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return loadDistSite(root);
}

function check(fn: typeof oneH1, files: Record<string, string | Buffer>, file = 'index.html'): string[] {
  const site = siteOf(files);
  const target = site.pages.find((p) => p.file === file);
  if (!target) throw new Error(`fixture has no ${file}`);
  return fn(target, site);
}

describe('post-build checks', () => {
  it('pass a well-formed page', () => {
    const files = {
      'index.html': page({ body: '<h1>标题</h1><a href="/a/#x">去A</a>' }),
      'a/index.html': page({ body: '<h1 id="x">A</h1>' }),
    };
    for (const fn of [
      validHtml,
      oneH1,
      titleAndDescription,
      internalLinksResolve,
      noOtherOriginLoads,
      strictCsp,
      onlyOwnCode,
      weightBudget,
    ]) {
      expect(check(fn, files)).toEqual([]);
    }
  });

  it('report invalid HTML with its line', () => {
    const problems = check(validHtml, { 'index.html': page({ body: '<h1>标题</h1><div><span></div>' }) });
    expect(problems.join('\n')).toMatch(/line \d+:\d+/);
  });

  it('count h1 elements', () => {
    expect(check(oneH1, { 'index.html': page({ body: '<p>没有标题</p>' }) })).toEqual(['has 0 <h1> elements; a page needs exactly one']);
    expect(check(oneH1, { 'index.html': page({ body: '<h1>一</h1><h1>二</h1>' }) })[0]).toMatch(/has 2/);
  });

  it('need a title and a description', () => {
    const html = page()
      .replace('<title>测试页</title>', '<title> </title>')
      .replace(/<meta name="description"[^>]*>/, '');
    expect(check(titleAndDescription, { 'index.html': html })).toHaveLength(2);
  });

  it('name a link to a missing page and a missing anchor', () => {
    const files = {
      'index.html': page({ body: '<h1>标题</h1><a href="/nowhere/">x</a><a href="/a/#s4-1">y</a><a href="#top">z</a>' }),
      'a/index.html': page(),
    };
    expect(check(internalLinksResolve, files)).toEqual([
      'link to "/nowhere/" does not resolve to a file in dist/',
      'link to "/a/#s4-1": no element with id "s4-1" on /a/',
      'link to "#top": no element with id "top" on /',
    ]);
  });

  it("read a fragment of name=value pairs as page state (the checker's answers), not as an anchor", () => {
    const files = {
      'index.html': page({
        body: '<h1>标题</h1><a href="#step=applicant">开始</a><a href="/a/#applicant=person&step=result">结果</a><a href="/a/#step">x</a>',
      }),
      'a/index.html': page(),
    };
    expect(check(internalLinksResolve, files)).toEqual(['link to "/a/#step": no element with id "step" on /a/']);
  });

  it('accept links to files and to pages written without the trailing slash', () => {
    const files = {
      'index.html': page({ body: '<h1>标题</h1><a href="/data/x.csv">csv</a><a href="/a">a</a>' }),
      'data/x.csv': 'a,b',
      'a/index.html': page(),
    };
    expect(check(internalLinksResolve, files)).toEqual([]);
  });

  it('flag resources from another origin but not outbound links', () => {
    const files = {
      'index.html': page({
        head: '<link rel="stylesheet" href="https://cdn.example.com/x.css"><link rel="canonical" href="https://site.example/">',
        body: '<h1>标题</h1><img src="//img.example.com/a.png" alt="a"><a href="https://www.gov.cn/">国务院</a><img src="/ok.png" alt="ok">',
      }),
    };
    expect(check(noOtherOriginLoads, files)).toEqual([
      '<img src="//img.example.com/a.png"> loads from another origin',
      '<link href="https://cdn.example.com/x.css"> loads from another origin',
    ]);
  });

  it('require a CSP without unsafe script sources, before any script', () => {
    expect(check(strictCsp, { 'index.html': page({ csp: '' }) })).toEqual(['no Content-Security-Policy <meta>']);
    const unsafe = CSP.replace("'sha256-abc'", "'unsafe-inline'");
    expect(check(strictCsp, { 'index.html': page({ csp: unsafe }) })[0]).toMatch(/unsafe/);
    const late = page().replace('<meta charset="utf-8">', '<meta charset="utf-8"><script>1</script>');
    expect(check(strictCsp, { 'index.html': late })[0]).toMatch(/before the CSP/);
  });

  it('read "<script>" inside an attribute before the CSP as text, not as a script', () => {
    const quoted = page().replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta name="keywords" content="<script>标签">');
    expect(check(strictCsp, { 'index.html': quoted })).toEqual([]);
  });

  it('require in the page what a <meta> can carry, for a server that adds no headers', () => {
    const bare = page({ csp: `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">` });
    expect(check(strictCsp, { 'index.html': bare })).toEqual([
      "CSP object-src is not 'none'",
      "CSP base-uri is not 'self'",
      "CSP form-action is not 'self'",
      'no <meta name="referrer" content="strict-origin-when-cross-origin">',
    ]);
  });

  it("allow 'wasm-unsafe-eval' on the search page alone, and require it there", () => {
    const wasm = page({ csp: CSP.replace("'sha256-abc'", "'sha256-abc' 'wasm-unsafe-eval'") });
    const files = { 'index.html': wasm, 'search/index.html': wasm };
    expect(check(strictCsp, files)).toEqual(["CSP script-src allows 'wasm-unsafe-eval' on a page other than /search/"]);
    expect(check(strictCsp, files, 'search/index.html')).toEqual([]);
    expect(check(strictCsp, { 'search/index.html': page() }, 'search/index.html')).toEqual([
      "CSP script-src lacks 'wasm-unsafe-eval', which Pagefind's WebAssembly needs",
    ]);
  });

  it('weigh a page with its stylesheet and the scripts it imports', () => {
    // Random bytes do not compress, so the gzip size stays near the raw size.
    const noise = (n: number) => {
      let state = 12345;
      return Buffer.from(Array.from({ length: n }, () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16) & 255));
    };
    const files = {
      'index.html': page({ head: '<link rel="stylesheet" href="/_astro/a.css">' }),
      '_astro/a.css': noise(16_000),
      'x/index.html': page({ head: '<script type="module" src="/_astro/entry.js"></script>' }),
      '_astro/entry.js': 'import"./chunk.js";',
      '_astro/chunk.js': noise(4_000),
    };
    expect(check(weightBudget, files)[0]).toMatch(/HTML \+ CSS is \d+ B gzip, over the 14950 B budget/);
    expect(check(weightBudget, files, 'x/index.html')).toEqual([expect.stringMatching(/JavaScript \d+ B gzip is over the 3072 B budget/)]);
  });

  describe("only the site's own scripts, forms and link schemes", () => {
    const boot = 'document.documentElement.dataset.size = "l";';
    const bootHash = `sha256-${createHash('sha256').update(boot).digest('base64')}`;
    const csp = CSP.replace("'sha256-abc'", `'${bootHash}'`);
    const problemsOf = (body: string, head = '') => check(onlyOwnCode, { 'index.html': page({ csp, head, body: `<h1>标题</h1>${body}` }) });

    it('accept what the site itself ships', () => {
      const head = `<script>${boot}</script><script type="module" src="/_astro/DisplayControls.BloNta1Y.js"></script><script type="application/ld+json">{"@type":"WebPage"}</script>`;
      const body = [
        '<form role="search" action="/search/" method="get"><input name="q" aria-label="搜索"></form>',
        '<form id="events-filter"><button formaction="?page=2">下一页</button></form>',
        '<script type="application/json" id="checker-ruleset">{"rules":[]}</script>',
        '<a href="/checker/#applicant=enterprise">自测</a><a href="https://www.gov.cn/">国务院</a><a href="tel:0871-00000000">电话</a><a href="mailto:a@example.test">邮件</a><a href="#top">顶部</a>',
      ].join('');
      expect(problemsOf(body, head)).toEqual([]);
    });

    it.each([
      [
        'an inline script the CSP does not list',
        '<script>alert(1)</script>',
        'inline <script> "alert(1)": its hash is not in the page\'s CSP, so it is not one of the site\'s own',
      ],
      [
        'a script from another origin',
        '<script src="https://evil.example/x.js"></script>',
        '<script src="https://evil.example/x.js">: only the site\'s own scripts from /_astro/ may load',
      ],
      [
        'a same-origin script outside /_astro/',
        '<script src="/uploads/x.js"></script>',
        '<script src="/uploads/x.js">: only the site\'s own scripts from /_astro/ may load',
      ],
      [
        'an onerror handler',
        '<img src="/x.png" alt="" onerror="alert(1)">',
        '<img onerror="alert(1)">: event-handler attributes are not allowed',
      ],
      ['an onclick handler', '<p onClick="alert(1)">文字</p>', '<p onclick="alert(1)">: event-handler attributes are not allowed'],
      [
        'a handler on a style element',
        '<style onload="alert(1)"></style>',
        '<style onload="alert(1)">: event-handler attributes are not allowed',
      ],
      [
        'a javascript: link',
        '<a href=" JavaScript:alert(1)">报名</a>',
        '<a href=" JavaScript:alert(1)">: the javascript: scheme is not allowed (only https, http, tel, mailto and paths on this site)',
      ],
      ['an iframe', '<iframe src="/x/" title="x"></iframe>', '<iframe> is not allowed on the site'],
      ['an object', '<object data="/x.swf"></object>', '<object> is not allowed on the site'],
      [
        'a form posting to another origin',
        '<form action="https://evil.example/steal" method="post"></form>',
        '<form action="https://evil.example/steal">: a form may only submit to this site',
      ],
      [
        'a form posting to a protocol-relative address',
        '<form action="//evil.example/steal"></form>',
        '<form action="//evil.example/steal">: a form may only submit to this site',
      ],
      [
        'a button that submits elsewhere',
        '<form action="/search/"><button formaction="https://evil.example/">提交</button></form>',
        '<button formaction="https://evil.example/">: a form may only submit to this site',
      ],
      [
        'a data: URL',
        '<a href="data:text/html,%3Cscript%3E">下载</a>',
        '<a href="data:text/html,%3Cscript%3E">: the data: scheme is not allowed (only https, http, tel, mailto and paths on this site)',
      ],
    ])('refuse %s, naming the element and attribute', (_, body, problem) => {
      expect(problemsOf(body)).toEqual([problem]);
    });
  });
});

describe('the CSV download check', () => {
  const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

  it("passes a UTF-8 file with BOM whose formula-like cells carry the leading '", () => {
    expect(csvDownloadProblems(bytes("\uFEFF编号,名称\r\nsample-a,'=HYPERLINK(1)\r\nsample-b,-3\r\n"))).toEqual([]);
  });

  it('refuses a file without the BOM, and names each cell Excel would run', () => {
    expect(csvDownloadProblems(bytes('编号,名称\r\n'))).toEqual([expect.stringMatching(/byte-order mark/)]);
    expect(csvDownloadProblems(bytes('\uFEFF编号,名称\r\nsample-a,=HYPERLINK(1)\r\n"@x",b\r\n'))).toEqual([
      'row 2, column 2 would run as a formula in Excel: "=HYPERLINK(1)"',
      'row 3, column 1 would run as a formula in Excel: "@x"',
    ]);
  });
});
