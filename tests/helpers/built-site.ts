/** The built site in dist/, for the site tests: pages by URL path and their JSON-LD. */
import { loadDistSite, type DistPage } from '../../scripts/lib/dist-site';

export const site = loadDistSite('dist');

/** The page at a URL path; throws naming the path when the build did not make it. */
export function page(path: string): DistPage {
  const found = site.pageAt(path);
  if (!found) throw new Error(`dist/ has no page at ${path}`);
  return found;
}

/** Every JSON-LD block of a page, parsed. */
export const jsonLd = (p: DistPage) =>
  p
    .$('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse(p.$(el).text()) as Record<string, unknown>);
