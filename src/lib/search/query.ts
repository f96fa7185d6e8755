/**
 * Query preparation for Pagefind on Chinese text. Pagefind splits the page text into words when it
 * builds the index, but splits the query in the browser with Intl.Segmenter; the two disagree on some
 * words (Pagefind issue #1237), and a query split differently from the index finds nothing. So the
 * search runs the query as typed and, when that finds little, its two-character pieces as well.
 */

const HAN = /\p{Script=Han}/u;

/**
 * The longest query searched, in characters: the search boxes' maxlength, and where a longer query from
 * the URL is cut. Pagefind's time grows with the query (a pasted 100 KB took 10 s); no real question
 * to this site needs more.
 */
export const MAX_QUERY_LENGTH = 100;

/** Cuts to MAX_QUERY_LENGTH characters, trims, folds full-width letters, digits and punctuation to half-width, and collapses spaces. */
export function normaliseQuery(query: string): string {
  // Cut by UTF-16 units first (a character is at most two), so a huge paste is never spread into an array.
  return Array.from(query.slice(0, MAX_QUERY_LENGTH * 2))
    .slice(0, MAX_QUERY_LENGTH)
    .join('')
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Fewer hits than this for the query as typed, and its pieces are searched too. */
export const FALLBACK_BELOW = 3;

/**
 * The query split into two-character pieces joined by spaces, for Chinese runs of three or more
 * characters; these match however the index split the word. Numbers with units ("4.68%", "20万平米")
 * and clause numbers are kept whole. Undefined when splitting changes nothing.
 */
export function fallbackQuery(query: string): string | undefined {
  const clean = normaliseQuery(query);
  const split = clean
    .split(' ')
    .flatMap((term) => {
      const chars = [...term];
      if (!HAN.test(term) || chars.length < 3 || /\d/.test(term)) return [term];
      const pairs: string[] = [];
      for (let i = 0; i + 1 < chars.length; i += 2) pairs.push(chars[i]! + chars[i + 1]!);
      if (chars.length % 2) pairs.push(chars.slice(-2).join(''));
      return pairs;
    })
    .join(' ');
  return split && split !== clean ? split : undefined;
}

/** The hits for the query as typed, in their order, then any further hits from the fallback. */
export function withFallback<T extends { id: string }>(typed: readonly T[], fallback: readonly T[]): T[] {
  const seen = new Set(typed.map((r) => r.id));
  return [...typed, ...fallback.filter((r) => !seen.has(r.id))];
}
