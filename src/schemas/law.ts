import { z } from 'astro/zod';
import { calendarDate, slugId } from './common.ts';

/** A law the IP lessons and quiz cite (content/ip/laws.yaml), in the version in force. */
export const LawSchema = z.object({
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
  url: z.url().optional(),
});

/** One place in a law: which law (by id) and which article(s), e.g. 第四十二条. */
export const LawCitationSchema = z
  .object({
    law: slugId,
    article: z.string().regex(/^第[一二三四五六七八九十百千零]+条(第[一二三四五六七八九十]+款)?$/, { error: (issue) => `条文应形如“第四十二条”或“第四十二条第二款”：${JSON.stringify(issue.input)}` }).optional(),
  })
  .strict();

export type Law = z.output<typeof LawSchema>;
export type LawCitation = z.output<typeof LawCitationSchema>;
