import { z } from 'astro/zod';
import { slugId } from './common.ts';

/** A term in content/glossary.yaml. */
export const GlossaryTermSchema = z.object({
  id: slugId,
  term: z.string().min(2),
  /** Other wordings that link to the same entry on explainer pages. */
  aliases: z.array(z.string().min(2)).default([]),
  definition: z.string().min(10),
  /** Law, regulation or standard the definition rests on, where there is one. */
  source: z.string().optional(),
});

export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
