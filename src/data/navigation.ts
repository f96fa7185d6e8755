import { CAMPAIGN_PATHS } from '../lib/campaigns';

/** The primary navigation, in the order the header shows it. Search is the box beside it. */
export interface NavItem {
  label: string;
  href: string;
  /** Other top-level paths that belong to this section (the campaign pages belong to 活动). */
  also?: readonly string[];
}

export const PRIMARY_NAV: readonly NavItem[] = [
  { label: '首页', href: '/' },
  { label: '政策解读', href: '/policy/' },
  { label: '资格自测', href: '/checker/' },
  { label: '基地与实验室', href: '/bases/' },
  { label: '活动', href: '/events/', also: CAMPAIGN_PATHS },
  { label: '知识产权', href: '/ip/' },
];

/** The nav item a path belongs to: the longest prefix match, with 首页 only for "/" itself. */
export function currentNavItem(pathname: string): NavItem | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const matches = PRIMARY_NAV.flatMap((item) =>
    [item.href, ...(item.also ?? [])].filter((prefix) => (prefix === '/' ? path === '/' : path.startsWith(prefix))).map((prefix) => ({ item, length: prefix.length })),
  );
  return matches.sort((a, b) => b.length - a.length)[0]?.item;
}
