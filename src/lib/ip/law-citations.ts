/**
 * Every law citation on the site goes through content/ip/laws.yaml: a citation is accepted only when its
 * law is listed there and its article is listed under that law, written exactly the same way. The rule is
 * exact on purpose: citing 第四十二条第二款 needs 第四十二条第二款 in the list, and a listed 第四十二条 does
 * not cover its paragraphs (nor the other way round), so the one-line gist a reviewer reads is the gist of
 * exactly what the page cites. A citation without an article names the law as a whole; only a lesson's or
 * plan's `sources` may do that (for a law the text names without citing an article).
 */

export interface CitableLaw {
  shortName: string;
  articles: ReadonlyArray<{ article: string }>;
}

export interface Citation {
  law: string;
  article?: string | undefined;
}

/** Why a citation is refused, in words for the person fixing it; undefined when it is fine. */
export function citationProblem(
  citation: Citation,
  laws: ReadonlyMap<string, CitableLaw>,
  options: { articleRequired: boolean },
): string | undefined {
  const law = laws.get(citation.law);
  if (!law) return `no such law in content/ip/laws.yaml (value: "${citation.law}")`;
  if (citation.article === undefined)
    return options.articleRequired
      ? `names no article of ${law.shortName}; cite an article listed under "${citation.law}" in content/ip/laws.yaml (value: "${citation.law}")`
      : undefined;
  if (!law.articles.some((a) => a.article === citation.article))
    return `${law.shortName}${citation.article} is not listed under "${citation.law}" in content/ip/laws.yaml; list it there with its gist, or cite a listed article (value: "${citation.article}")`;
  return undefined;
}

/** The <LawRef law="…" article="…" /> tags in an MDX body, in order, with the tag as written. */
export function lawRefsIn(body: string): Array<Citation & { tag: string }> {
  return [...body.matchAll(/<LawRef\b([^>]*?)\/?>/g)].map(([tag, attributes]) => {
    const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes ?? '')?.[1];
    return { tag, law: attribute('law') ?? '', article: attribute('article') };
  });
}

/** Article numbers typed as text ("第四十三条") outside <LawRef>: they would bypass laws.yaml. */
export function freeTextArticles(text: string): string[] {
  return [...text.replace(/<LawRef\b[^>]*>/g, '').matchAll(/第[一二三四五六七八九十百千零]+条(第[一二三四五六七八九十]+款)?/g)].map(
    (m) => m[0],
  );
}
