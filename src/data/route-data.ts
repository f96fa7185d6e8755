import { fillTemplate, matchRoute, withTrailingSlash, type RouteParams } from '../lib/site/route-pattern.ts';
import type { SearchType } from '../lib/search/filters.ts';
import { ROUTES, SECTIONS, type DateSource, type Route, type Section, type SectionId } from './sections.ts';

/** What a page is, from its path alone: the one answer BaseLayout, the header and the helpers read. */
export interface RouteData {
  section: Section;
  /** Its title, when the registry gives it (else the page takes it from content). */
  title?: string;
  /** Its breadcrumb label when shorter than the title. */
  navLabel?: string;
  searchType?: SearchType;
  audiences: readonly string[];
  /** Breadcrumb ancestors below 首页: the section's index page and the route's parents; none on the home page. */
  breadcrumbs?: Crumb[];
  keywords: readonly string[];
  shareImage: { slug: string; heading?: string };
  updated?: DateSource;
  /** Its kind of page, for the benchmarks' weight table and the content review. */
  pageType: string;
}

export interface Crumb {
  label: string;
  href?: string;
}

export const sectionById = (id: SectionId): Section => SECTIONS.find((s) => s.id === id) as Section;

/** The home page's section: the first crumb of every breadcrumb. */
export const HOME = sectionById('home');

/** The main navigation, in the order the header shows it. */
export const PRIMARY_NAV = SECTIONS.flatMap((s) => (s.navLabel ? [{ label: s.navLabel, href: s.path, section: s.id }] : []));

/** Every share image: one per section in the nav, and the site's own (home page, pages outside the nav). */
export const SHARE_IMAGES = [...new Map(SECTIONS.map((s) => [s.shareImage, shareImageOf(s)])).values()];

export const shareImageUrl = (slug: string) => `/og/${slug}.png`;

function shareImageOf(section: Section): RouteData['shareImage'] {
  return section.id === 'home' || !section.navLabel
    ? { slug: section.shareImage }
    : { slug: section.shareImage, heading: section.navLabel };
}

/** The section a path belongs to: the longest matching section path, 首页 only for "/" itself, else 关于本站. */
export function sectionOf(pathname: string): Section {
  const path = withTrailingSlash(pathname);
  const matches = SECTIONS.flatMap((s) =>
    [s.path, ...(s.also ?? [])].filter((p) => (p === '/' ? path === '/' : path.startsWith(p))).map((p) => ({ s, length: p.length })),
  );
  return matches.sort((a, b) => b.length - a.length)[0]?.s ?? sectionById('about');
}

function findRoute(path: string): { route: Route; params: RouteParams } | undefined {
  for (const route of ROUTES) {
    const params = matchRoute(route.path, path);
    if (params) return { route, params };
  }
  return undefined;
}

const resolve = (template: string | undefined, params: RouteParams) =>
  template === undefined ? undefined : fillTemplate(template, params);

/** The breadcrumb label of a registered path: a section's name for its index page, else the route's nav label or title. */
function crumbFor(path: string): Crumb {
  const section = SECTIONS.find((s) => s.path === path);
  const found = findRoute(path);
  const label = section?.title ?? (found && (resolve(found.route.navLabel, found.params) ?? resolve(found.route.title, found.params)));
  if (!label) throw new Error(`${path}: a breadcrumb parent in src/data/sections.ts must be a section or a route with a title`);
  return { label, href: path };
}

/** What the registry says about a path. */
export function routeData(pathname: string): RouteData {
  const path = withTrailingSlash(pathname);
  const section = sectionOf(path);
  const found = findRoute(path);
  const route = found?.route;
  const params = found?.params ?? {};
  const title = resolve(route?.title, params);
  const navLabel = resolve(route?.navLabel, params);
  const searchType = route?.searchType ?? section.searchType;
  // A section's index page sits right below 首页, and so do 关于本站's pages, which live outside its path.
  const inSection = path !== section.path && (path.startsWith(section.path) || (section.also ?? []).includes(path));
  const sectionCrumbs = inSection ? [crumbFor(section.path)] : [];
  const breadcrumbs = path === '/' ? undefined : [...sectionCrumbs, ...(route?.parents ?? []).map(crumbFor)];
  return {
    section,
    ...(title && { title }),
    ...(navLabel && { navLabel }),
    ...(searchType && { searchType }),
    audiences: section.audiences,
    ...(breadcrumbs && { breadcrumbs }),
    keywords: route?.keywords ?? [],
    shareImage: shareImageOf(section),
    ...(route?.updated && { updated: route.updated }),
    pageType: route?.pageType ?? section.pageType ?? section.title,
  };
}

/** A page's breadcrumb and navigation label: the registry's nav label, else its title; throws when it gives neither. */
export function navLabelOf(path: string): string {
  const { navLabel, title } = routeData(path);
  const label = navLabel ?? title;
  if (!label) throw new Error(`${path}: src/data/sections.ts gives this page no nav label or title`);
  return label;
}

/**
 * A page's title as the registry writes it, filled from its path and the `values` taken from its
 * content; throws when the registry gives it none or a value is missing.
 */
export function pageTitle(path: string, values: RouteParams = {}): string {
  const found = findRoute(withTrailingSlash(path));
  const title = found?.route.title && fillTemplate(found.route.title, { ...found.params, ...values });
  if (!title)
    throw new Error(
      `${path}: src/data/sections.ts gives this page no title${found?.route.title ? ` it can fill (template: "${found.route.title}")` : ''}`,
    );
  return title;
}
