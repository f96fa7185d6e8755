/**
 * URL paths against route patterns such as "/policy/:policy/faq/": each ":name" segment matches one
 * non-empty path segment. Paths are compared with a trailing slash, as the site writes every page's URL.
 */

export type RouteParams = Readonly<Record<string, string>>;

/** The path with one trailing slash, so "/checker" and "/checker/" are the same page. */
export const withTrailingSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** The pattern's parameters when the path matches it, else undefined. */
export function matchRoute(pattern: string, path: string): RouteParams | undefined {
  const want = pattern.split('/');
  const have = withTrailingSlash(path).split('/');
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const actual = have[i] as string;
    if (segment.startsWith(':')) {
      if (!actual) return undefined;
      params[segment.slice(1)] = actual;
    } else if (segment !== actual) return undefined;
  }
  return params;
}

/**
 * A title template such as "{year}年的往期活动" filled from the route's parameters and any values the
 * page adds from its content; undefined while a placeholder has no value.
 */
export function fillTemplate(template: string, values: RouteParams): string | undefined {
  let complete = true;
  const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? ((complete = false), ''));
  return complete ? filled : undefined;
}
