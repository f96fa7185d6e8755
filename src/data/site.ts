import { getEntry } from 'astro:content';
import type { SiteConfig } from '../schemas/site';

/** The one site configuration (content/site.yaml). Fails the build when it is missing. */
export async function getSiteConfig(): Promise<SiteConfig> {
  const entry = await getEntry('site', 'main');
  if (!entry) throw new Error('content/site.yaml: the entry "main" is missing; the footer needs it.');
  return entry.data;
}
