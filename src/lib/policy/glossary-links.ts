/**
 * Finds glossary terms in running text so the first mention of each on a page can link to the glossary.
 * Longer wordings win over shorter ones they contain (科技企业孵化器 before 孵化器).
 */

/** The glossary page, and each term's anchor on it. Here rather than in src/data so that the Markdown plugin in astro.config can use them too. */
export const GLOSSARY_URL = '/policy/glossary/';
export const glossaryAnchor = (id: string) => `term-${id}`;
export const glossaryHref = (id: string) => `${GLOSSARY_URL}#${glossaryAnchor(id)}`;

export interface TermSource {
  id: string;
  term: string;
  aliases?: readonly string[];
}

export interface TermMatcher {
  pattern: RegExp;
  idByWording: Map<string, string>;
}

export type TextPiece = string | { id: string; text: string };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function buildTermMatcher(terms: readonly TermSource[]): TermMatcher {
  const idByWording = new Map<string, string>();
  for (const t of terms) for (const wording of [t.term, ...(t.aliases ?? [])]) idByWording.set(wording, t.id);
  const wordings = [...idByWording.keys()].sort((a, b) => b.length - a.length);
  return { pattern: new RegExp(wordings.map(escape).join('|'), 'g'), idByWording };
}

/**
 * Splits text into plain pieces and term mentions, marking only terms not yet in `linked`
 * (which it updates), so each term links once per page.
 */
export function linkFirstMentions(text: string, matcher: TermMatcher, linked: Set<string>): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const id = matcher.idByWording.get(match[0]) as string;
    if (linked.has(id)) continue;
    linked.add(id);
    if (match.index > last) pieces.push(text.slice(last, match.index));
    pieces.push({ id, text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}

/** Term ids mentioned in the running text of an MDX body (headings, tags and links left out, as on the page). */
export function mentionedTerms(body: string, matcher: TermMatcher): Set<string> {
  const prose = body
    .split('\n')
    .filter((line) => !/^\s*#/.test(line) && !/^\s*(import|export)\s/.test(line))
    .join('\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[[^\]]*\]\([^)]*\)/g, ' ');
  const found = new Set<string>();
  for (const match of prose.matchAll(matcher.pattern)) found.add(matcher.idByWording.get(match[0]) as string);
  return found;
}
