import { routeData } from '../../src/data/route-data.ts';

/** Page types for weight statistics and the content review: which kind of page a URL is, from the route registry. */
export const pageTypeOf = (path: string): string => routeData(path).pageType;

/** The value at a percentile (nearest rank) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}
