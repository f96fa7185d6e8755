import { getCollection } from 'astro:content';
import type { GlossaryTerm } from '../schemas/glossary';

/** Glossary terms in the order of content/glossary.yaml. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).map((entry) => entry.data);
}


/** The glossary entry whose term or alias is exactly this wording (a place's kind, say), if any. */
export async function findGlossaryTerm(wording: string): Promise<GlossaryTerm | undefined> {
  return (await getGlossary()).find((t) => t.term === wording || t.aliases.includes(wording));
}
