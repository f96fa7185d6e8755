import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { ERROR_CODES, errorPageId } from './error-pages';

/** Pages with their own route files, not served by the generic content-page route. */
const ROUTED_ELSEWHERE = new Set(['index', '404', 'bases', 'events', 'ip', 'search', ...ERROR_CODES.map(errorPageId)]);

/**
 * Stand-alone content pages served at /<id>/ by src/pages/[...slug].astro.
 * @returns every page in content/pages/ except those with a route of their own
 */
export async function getStandalonePages(): Promise<CollectionEntry<'pages'>[]> {
  return (await getCollection('pages')).filter((page) => !ROUTED_ELSEWHERE.has(page.id));
}

/** One page entry; fails the build with the file name when it is missing. */
export async function getPage(id: string): Promise<CollectionEntry<'pages'>> {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`content/pages/${id}.md is missing.`);
  return page;
}
