import { getCollection } from 'astro:content';
import { citationProblem } from '../lib/ip/law-citations';
import { ContentError } from '../lib/content/validation';
import type { GlossaryTerm } from '../schemas/glossary';
import { getIpLibrary } from './ip';

let cache: Promise<GlossaryTerm[]> | undefined;

/**
 * Glossary terms in the order of content/glossary.yaml. Every article of law a term cites must be listed in
 * content/ip/laws.yaml, as every citation on the site must; a miss stops the build naming the term.
 */
export function getGlossary(): Promise<GlossaryTerm[]> {
  cache ??= (async () => {
    const { laws } = await getIpLibrary();
    return (await getCollection('glossary')).map((entry) => {
      entry.data.laws.forEach((citation, i) => {
        const problem = citationProblem(citation, laws, { articleRequired: true });
        if (problem)
          throw new ContentError(`${entry.filePath ?? 'content/glossary.yaml'} (id ${entry.data.id}): field laws.${i}: ${problem}`);
      });
      return entry.data;
    });
  })();
  return cache;
}

/** "《专利法》（2020年修正）第三十五条、第三十八条": a term's law citations, grouped by law, as the page prints them. */
export async function glossaryLawText(term: GlossaryTerm): Promise<string> {
  const { laws } = await getIpLibrary();
  const byLaw = new Map<string, string[]>();
  for (const c of term.laws) byLaw.set(c.law, [...(byLaw.get(c.law) ?? []), c.article]);
  return [...byLaw].map(([id, articles]) => `《${laws.get(id)?.shortName}》（${laws.get(id)?.version}）${articles.join('、')}`).join('；');
}

/** The glossary entry whose term or alias is exactly this wording (a place's kind, say), if any. */
export async function findGlossaryTerm(wording: string): Promise<GlossaryTerm | undefined> {
  return (await getGlossary()).find((t) => t.term === wording || t.aliases.includes(wording));
}
