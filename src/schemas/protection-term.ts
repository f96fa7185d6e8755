import { z } from 'astro/zod';
import { slugId } from './common.ts';
import { LawCitationSchema } from './law.ts';

/**
 * How long one kind of IP right lasts (content/ip/protection-terms.yaml): the one place these figures
 * live, so lessons, the quiz and tests read the same numbers.
 */
export const ProtectionTermSchema = z
  .object({
    id: slugId,
    /** The right, e.g. 发明专利权. */
    right: z.string().min(2),
    /** Length in years; absent where the law sets no fixed term (e.g. trade secrets). */
    years: z.number().int().min(1).optional(),
    /** The term as running text says it, e.g. "20年" or "作者终生及其死亡后50年"; must contain the years. */
    short: z.string().min(2),
    /** In plain words: from when the term counts and how it ends, e.g. 自申请日起计算. */
    counted: z.string().min(4),
    /** Renewal or extension rules, in plain words. */
    renewal: z.string().min(4).optional(),
    source: LawCitationSchema,
  })
  .strict()
  .superRefine((term, ctx) => {
    if (term.years !== undefined && !term.short.includes(String(term.years)))
      ctx.addIssue({ code: 'custom', path: ['short'], message: `要写出年数 ${term.years}`, input: term.short });
  });

export type ProtectionTerm = z.output<typeof ProtectionTermSchema>;
