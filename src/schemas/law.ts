import { z } from 'astro/zod';
import { calendarDate, SafeUrlSchema, slugId } from './common.ts';

/** "第四十二条" or "第四十二条第二款": an article, optionally one of its paragraphs (款). */
const articleText = z.string().regex(/^第[一二三四五六七八九十百千零]+条(第[一二三四五六七八九十]+款)?$/, {
  error: (issue) => `条文应形如“第四十二条”或“第四十二条第二款”：${JSON.stringify(issue.input)}`,
});

/**
 * One article (or paragraph) the site cites, with its gist in one line of Chinese. Every citation on the
 * site must name an entry listed here, so reviewing this list reviews every citation.
 */
const LawArticleSchema = z.object({ article: articleText, gist: z.string().min(6) }).strict();

/** A law the IP lessons and quiz cite (content/ip/laws.yaml), in the version in force, with the articles cited. */
export const LawSchema = z
  .object({
    id: slugId,
    /** Full title, e.g. 中华人民共和国专利法. */
    name: z.string().min(4),
    /** Name used in running text, e.g. 专利法. */
    shortName: z.string().min(2),
    /** The amendment the site's facts follow, e.g. 2020年修正. */
    version: z.string().min(4),
    /** When that version took effect. */
    effective: calendarDate,
    /** The official text (国家法律法规数据库), where one is known. */
    url: SafeUrlSchema.optional(),
    /** The articles the site cites, each with its gist; a citation of anything else stops the build. */
    articles: z.array(LawArticleSchema).default([]),
  })
  .strict()
  .superRefine((law, ctx) => {
    const seen = new Set<string>();
    law.articles.forEach(({ article }, index) => {
      if (seen.has(article))
        ctx.addIssue({ code: 'custom', path: ['articles', index, 'article'], message: '条文重复列出', input: article });
      seen.add(article);
    });
  });

/** One place in a law: which law (by id) and which article, e.g. 第四十二条 or 第四十二条第一款. */
export const LawCitationSchema = z
  .object({
    law: slugId,
    /** Absent only where a lesson's or plan's sources name a law as a whole (see src/lib/ip/law-citations.ts). */
    article: articleText.optional(),
  })
  .strict();

/** A citation that must name an article: a quiz question's source, a protection term's source. */
export const ArticleCitationSchema = LawCitationSchema.required({ article: true });

export type Law = z.output<typeof LawSchema>;
export type LawCitation = z.output<typeof LawCitationSchema>;
