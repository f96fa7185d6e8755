import { currentNavItem, PRIMARY_NAV } from './navigation';

/** One share image per section of the main navigation; the home page and pages outside it use the site's. */
export interface ShareSection {
  slug: string;
  href: string;
  /** The section's name on the image; undefined for the site's own image, which shows the site's name. */
  heading?: string;
}

export const SHARE_SECTIONS: readonly ShareSection[] = PRIMARY_NAV.map((item) =>
  item.href === '/' ? { slug: 'site', href: '/' } : { slug: item.href.replaceAll('/', ''), href: item.href, heading: item.label },
);

export const shareImageUrl = (slug: string) => `/og/${slug}.png`;

/** The share section a page belongs to. */
export function shareSectionFor(pathname: string): ShareSection {
  const item = currentNavItem(pathname);
  return SHARE_SECTIONS.find((s) => item && s.href === item.href && s.heading) ?? (SHARE_SECTIONS[0] as ShareSection);
}
