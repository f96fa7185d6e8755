import { getCollection } from 'astro:content';
import type { GlossaryTerm } from '../schemas/glossary';

/** Glossary terms in the order of content/glossary.yaml. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).map((entry) => entry.data);
}

