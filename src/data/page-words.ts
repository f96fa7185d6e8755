import { getEntry, type CollectionEntry } from 'astro:content';
import { renderMarkdown } from '../lib/markdown';
import { POLICY_STATUS_LABEL } from '../lib/policy-status';
import type { PageWordField } from '../schemas/page';
import type { PolicyBundle } from './policies';

/**
 * The words of pages whose title and date come from the route registry: content/pages/words/<page>.md.
 * A page reads its prose through these helpers, so the prose is edited there and not in the .astro file.
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

/** The values a `policyNote` may use: {title}, {shortTitle}, {docNumber}, {term} and {status}. */
export function policyWordValues({ policy, status }: Pick<PolicyBundle, 'policy' | 'status'>): WordValues {
  return { title: policy.title, shortTitle: policy.shortTitle, docNumber: policy.docNumber, term: policy.term.asPrinted, status: POLICY_STATUS_LABEL[status] };
}

/** Fills "{name}" with its value (`escape`d unless Markup); a name the page does not fill stops the build. */
function fill(text: string, values: WordValues, where: string, escape: (s: string) => string): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${where}: "{${name}}" is not a value this page fills in (it fills: ${Object.keys(values).join(', ') || 'none'})`);
    return typeof value === 'object' ? value.html : escape(String(value));
  });
}

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

/** The words of a page the route registry names (content/pages/words/<id>.md); missing words stop the build. */
export async function getPageWords(id: string): Promise<PageWordsReader> {
  const file = `content/pages/words/${id}.md`;
  const entry = await getEntry('pageWords', id);
  if (!entry) throw new Error(`${file} is missing.`);
  return wordsReader(file, entry.body, entry.data);
}

/** The words of a page with its own file in content/pages/ (its body and named blocks). */
export const pageWordsOf = (page: CollectionEntry<'pages'>): PageWordsReader => wordsReader(`content/pages/${page.id}.md`, page.body, page.data);

/**
 * /data/: what each published file holds, by its URL (content/pages/words/data.md `datasets`). A file
 * without its words, or words for a file the site does not publish, stops the build.
 */
export async function getDatasetNotes(urls: readonly string[]): Promise<Map<string, string>> {
  const file = 'content/pages/words/data.md';
  const notes = new Map(((await getEntry('pageWords', 'data'))?.data.datasets ?? []).map((d) => [d.url, d.about]));
  const missing = urls.filter((url) => !notes.has(url));
  if (missing.length) throw new Error(`${file}: "datasets" says nothing about ${missing.join(', ')}; add what each holds.`);
  const unknown = [...notes.keys()].filter((url) => !urls.includes(url));
  if (unknown.length) throw new Error(`${file}: "datasets" names ${unknown.join(', ')}, which the site does not publish (src/data/open-data.ts).`);
  return notes;
}
