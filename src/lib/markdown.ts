import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/**
 * Renders the short Markdown held in YAML content (FAQ answers). The text is the site's own content
 * from the repository, never user input; raw HTML in it is escaped all the same.
 */
export function renderMarkdown(source: string): string {
  return marked.parse(source.replace(/</g, '&lt;')) as string;
}
