import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/**
 * Renders the short Markdown held in YAML content (FAQ answers). The text is the site's own content
 * from the repository, never user input; raw HTML in it is escaped all the same.
 */
export function renderMarkdown(source: string): string {
  return marked.parse(source.replace(/</g, '&lt;')) as string;
}

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
