import { getEntry, type CollectionEntry } from 'astro:content';
import { POLICY_STATUS_LABEL } from '../lib/policy/status';
import { wordsReader, type PageWordsReader, type WordValues } from '../lib/content/page-words';
import type { PolicyBundle } from './policies';

export { escapeHtml, markupOf, type Markup, type PageWordsReader, type WordValues } from '../lib/content/page-words';

/**
 * The words of every page: content/pages/<page>.md for pages named by their content, and
 * content/pages/words/<page>.md for pages whose title and date the route registry gives. A page reads
 * its prose through these, so the prose is edited there and not in the .astro file.
 */

/** The values a `policyNote` may use: {title}, {shortTitle}, {docNumber}, {term} and {status}. */
export function policyWordValues({ policy, status }: Pick<PolicyBundle, 'policy' | 'status'>): WordValues {
  return {
    title: policy.title,
    shortTitle: policy.shortTitle,
    docNumber: policy.docNumber,
    term: policy.term.asPrinted,
    status: POLICY_STATUS_LABEL[status],
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
export const pageWordsOf = (page: CollectionEntry<'pages'>): PageWordsReader =>
  wordsReader(`content/pages/${page.id}.md`, page.body, page.data);

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
  if (unknown.length)
    throw new Error(`${file}: "datasets" names ${unknown.join(', ')}, which the site does not publish (src/data/open-data.ts).`);
  return notes;
}
