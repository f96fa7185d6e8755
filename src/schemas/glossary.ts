import { z } from 'astro/zod';
import { slugId } from './common.ts';
import { ArticleCitationSchema } from './law.ts';

/** A term in content/glossary.yaml. */
export const GlossaryTermSchema = z.object({
  id: slugId,
  term: z.string().min(2),
  /** Other wordings that link to the same entry on explainer pages. */
  aliases: z.array(z.string().min(2)).default([]),
  definition: z.string().min(10),
  /** Standard, regulation or notice the definition rests on, where there is one (not a law: see `laws`). */
  source: z.string().optional(),
  /** Articles of law it rests on; each must be listed in content/ip/laws.yaml, like every citation on the site. */
  laws: z.array(ArticleCitationSchema).default([]),
});

export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
