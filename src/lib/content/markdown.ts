import { sanitize, type Schema } from 'hast-util-sanitize';
import { Marked } from 'marked';
import { defineHastPlugin, markdownToHtml, type HastNode } from 'satteri';
import { isSafeReference, SAFE_URL_SCHEMES } from './safe-url.ts';

/**
 * What editor Markdown may become on the site, and nothing else: what the content uses (headings under
 * the page's own h1, paragraphs, lists, links, emphasis, inline code for commands) plus tables and quotes. Raw HTML in a body is
 * read as HTML and then held to this same list, so `<script>`, `on*` handlers, iframes, forms, objects,
 * inline styles and javascript:/data: links never reach a page. MDX files are code, not content: they are
 * not sanitised here but checked after the build (scripts/lib/dist-checks.ts).
 */
export const MARKDOWN_ALLOWLIST: Schema = {
  tagNames: ['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'code', 'br', 'hr', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  attributes: { a: ['href'], ol: ['start'] },
  protocols: { href: [...SAFE_URL_SCHEMES] },
  // Removed with their content; any other element not listed is replaced by its content.
  strip: ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'button', 'select', 'textarea', 'template', 'noscript', 'svg', 'math'],
  ancestors: { li: ['ol', 'ul'], thead: ['table'], tbody: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
  required: {},
  // No editor-written ids: the heading ids Astro adds come after this step.
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};

/** Markdown features that go with the allowlist: raw HTML parsed into elements, so the allowlist sees it. */
export const MARKDOWN_FEATURES = { gfm: true, rawHtml: true } as const;

/**
 * The Sätteri hast plugin that holds every Markdown body to MARKDOWN_ALLOWLIST. It runs first, before
 * the site's own plugins add glossary links and heading ids.
 */
export const sanitizeMarkdown = defineHastPlugin({
  name: 'sanitize-markdown',
  before(root, ctx) {
    if (ctx.sourceFormat !== 'markdown') return;
    ctx.replaceNode(root, sanitize(root, MARKDOWN_ALLOWLIST) as HastNode);
  },
});

/** Renders the short Markdown held in YAML content (FAQ answers) as the Markdown bodies are rendered. */
export function renderMarkdown(source: string): string {
  return markdownToHtml(source, { features: { ...MARKDOWN_FEATURES, smartPunctuation: false }, hastPlugins: [sanitizeMarkdown] }).html;
}

const marked = new Marked({ gfm: true, breaks: false, async: false });

interface InlineToken {
  text?: string;
  tokens?: InlineToken[];
}
const inlineText = (tokens: InlineToken[]): string => tokens.map((t) => (t.tokens ? inlineText(t.tokens) : (t.text ?? ''))).join('');

/**
 * The same Markdown as plain text (link text without its address, list items on lines of their own),
 * for structured data that search engines show as it is.
 */
export function markdownToText(source: string): string {
  return marked
    .lexer(source)
    .flatMap((block) => {
      if (block.type === 'list') return [(block.items as InlineToken[]).map((item) => inlineText(item.tokens ?? [])).join('\n')];
      if (block.type === 'space') return [];
      return [inlineText((block as InlineToken).tokens ?? [{ text: (block as InlineToken).text ?? '' }])];
    })
    .join('\n\n')
    .trim();
}

const allowedTags = new Set(MARKDOWN_ALLOWLIST.tagNames);

/**
 * What the allowlist would remove from a Markdown body, in words for the person who wrote it, or undefined
 * when the body reaches the page as written. For imports, which refuse such a body rather than publish
 * something other than what was written: raw HTML outside the list, scripts, javascript:/data: links,
 * a level-one heading (the page's own title is the h1).
 */
export function markdownStrippedBySite(source: string): string | undefined {
  if (!source.trim()) return undefined;
  const raw = markdownToHtml(source, { features: { ...MARKDOWN_FEATURES, smartPunctuation: false } }).html;
  if (raw === renderMarkdown(source)) return undefined;
  if (/<h1[\s>]/.test(raw)) return '含有一级标题（# 开头），页面标题已经是一级标题；请改用 ## 开头';
  const tag = [...raw.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => (m[1] as string).toLowerCase()).find((name) => !allowedTags.has(name));
  if (tag) return `含有网站不显示的 HTML 标签 <${tag}>`;
  const href = [...raw.matchAll(/href="([^"]*)"/g)].map((m) => (m[1] as string).replace(/&amp;/g, '&')).find((h) => !isSafeReference(h));
  if (href !== undefined) return `含有网站不允许的链接网址“${href}”（只能用 ${SAFE_URL_SCHEMES.map((s) => `${s}:`).join('、')} 开头的完整网址）`;
  return '含有网站会删掉的内容（HTML 属性、注释或不安全的链接）';
}
