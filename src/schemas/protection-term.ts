import { z } from 'astro/zod';
import { slugId } from './common.ts';
import { ArticleCitationSchema } from './law.ts';

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
    /** Renewal rules, in plain words. */
    renewal: z.string().min(4).optional(),
    /** The article the renewal rules come from, where there are any to cite (a plain "不能续展" needs none). */
    renewalSource: ArticleCitationSchema.optional(),
    /** Ways the term can be lengthened other than renewal (e.g. patent term compensation), each with its own article. */
    extensions: z.array(z.object({ text: z.string().min(6), source: ArticleCitationSchema }).strict()).default([]),
    /** The article that sets the term itself. */
    source: ArticleCitationSchema,
    /** The article's own words that set the term; the years are checked against it. */
    quote: z.string().min(10),
  })
  .strict()
  .superRefine((term, ctx) => {
    if (term.years !== undefined && !term.short.includes(String(term.years)))
      ctx.addIssue({ code: 'custom', path: ['short'], message: `要写出年数 ${term.years}`, input: term.short });
  });

/** The whole file, in reading order (a collection would sort entries by id). Ids must be unique. */
export const ProtectionTermsFileSchema = z.array(ProtectionTermSchema).superRefine((terms, ctx) => {
  const seen = new Set<string>();
  terms.forEach((term, index) => {
    if (seen.has(term.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'id 重复', input: term.id });
    seen.add(term.id);
  });
});

export type ProtectionTerm = z.output<typeof ProtectionTermSchema>;
