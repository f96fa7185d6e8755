/** The primary navigation, in the order the header shows it. */
export interface NavItem {
  label: string;
  href: string;
}

export const PRIMARY_NAV: readonly NavItem[] = [
  { label: '首页', href: '/' },
  { label: '政策解读', href: '/policy/' },
  { label: '资格自测', href: '/checker/' },
  { label: '基地与实验室', href: '/bases/' },
  { label: '活动', href: '/events/' },
  { label: '搜索', href: '/search/' },
];

/** The nav item a path belongs to: the longest prefix match, with 首页 only for "/" itself. */
export function currentNavItem(pathname: string): NavItem | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return PRIMARY_NAV.filter((item) => (item.href === '/' ? path === '/' : path.startsWith(item.href))).sort(
    (a, b) => b.href.length - a.href.length,
  )[0];
}
