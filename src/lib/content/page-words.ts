import { renderMarkdown } from './markdown.ts';
import type { PageWordField } from '../../schemas/page.ts';

/**
 * Reading a page's words (content/pages/<page>.md, content/pages/words/<page>.md): Markdown rendered the
 * way Astro writes the page's own markup, and "{name}" filled with values the page takes from its data.
 * Every mistake stops the build naming the file and the field. Pure: src/data/page-words.ts hands it entries.
 */

/** Markup the page builds itself (a <time> element, links from data), put in as it is. */
export interface Markup {
  html: string;
}
export type WordValues = Readonly<Record<string, string | number | Markup>>;
/** The body (the page's introduction) or a named block of its front matter. */
export type WordsField = 'body' | 'description' | PageWordField;

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Links the page builds from data, as Markup to fill a "{name}" with. */
export const markupOf = (html: string): Markup => ({ html });

/** Fills "{name}" with its value (`escape`d unless Markup); a name the page does not fill stops the build. */
function fill(text: string, values: WordValues, where: string, escape: (s: string) => string): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${where}: "{${name}}" is not a value this page fills in (it fills: ${Object.keys(values).join(', ') || 'none'})`);
    return typeof value === 'object' ? value.html : escape(String(value));
  });
}

/** Plain text with "{name}" filled in, for words kept beside their data (a policy's goals.yaml); `where` names the file and field in errors. */
export const fillWords = (text: string, values: WordValues, where: string) => fill(text, values, where, (s) => s);

/**
 * Markdown as HTML on one line. Astro writes a page's own markup without line breaks between elements;
 * the words are written the same way, so moving prose into content changes no byte of the page.
 */
const oneLineHtml = (markdown: string) => renderMarkdown(markdown).trim().replace(/>\n+</g, '><');

export interface PageWordsReader {
  /** The field as HTML (Markdown rendered), "{name}" filled in. */
  html(field: WordsField, values?: WordValues): string;
  /** The inside of a field that is one paragraph or one list, for an element the page styles itself. */
  inner(field: WordsField, values?: WordValues): string;
  /** The inside of each paragraph, for a page that styles them one by one. */
  paragraphs(field: WordsField, values?: WordValues): string[];
  /** The field as plain text, "{name}" filled in, for the page to put in an element of its own. */
  text(field: WordsField, values?: WordValues): string;
}

/**
 * A reader over one file's words: `file` names it in errors, `body` is its introduction and `data` its
 * front matter.
 */
export function wordsReader(file: string, body: string | undefined, data: Partial<Record<Exclude<WordsField, 'body'>, string | undefined>>): PageWordsReader {
  const source = (field: WordsField): string => {
    const value = field === 'body' ? body?.trim() : data[field];
    if (!value) throw new Error(`${file}: the page needs ${field === 'body' ? 'an introduction (the text under the front matter)' : `"${field}" in the front matter`}.`);
    return value;
  };
  const where = (field: WordsField) => (field === 'body' ? file : `${file} ${field}`);
  const html = (field: WordsField, values: WordValues = {}) => fill(oneLineHtml(source(field)), values, where(field), escapeHtml);
  const innerOf = (rendered: string, field: WordsField) => {
    const match = /^<(p|ul|ol)>([\s\S]*)<\/\1>$/.exec(rendered);
    if (!match || new RegExp(`<${match[1]}>`).test(match[2]!)) throw new Error(`${where(field)}: should be one paragraph or one list, but reads ${rendered.slice(0, 80)}…`);
    return match[2]!;
  };
  return {
    html,
    inner: (field, values) => innerOf(html(field, values), field),
    paragraphs: (field, values = {}) =>
      source(field)
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p) => innerOf(fill(oneLineHtml(p), values, where(field), escapeHtml), field)),
    text: (field, values = {}) => fill(source(field), values, where(field), (s) => s),
  };
}
