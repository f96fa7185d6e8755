import { z } from 'astro/zod';
import { basePageSchema } from './page.ts';
import { calendarDate, clauseId, slugId } from './common.ts';

/** A policy document in content/policies/<id>/policy.yaml; its full text sits beside it. */
export const PolicySchema = z
  .object({
    title: z.string().min(4),
    /** Name used in running text and breadcrumbs. */
    shortTitle: z.string().min(2),
    /** 发文字号, e.g. 五发〔2018〕5号. */
    docNumber: z.string().regex(/〔\d{4}〕\d+号$/, { error: (issue) => `发文字号应形如“五发〔2018〕5号”：${JSON.stringify(issue.input)}` }),
    /** 发文机关, in the order the document names them. */
    issuers: z.array(z.string().min(2)).min(1),
    /** 成文日期. */
    dateWritten: calendarDate,
    /** 发布日期, where a source states it. */
    datePublished: calendarDate.optional(),
    /** 主题分类, in the gov.cn 政策文件库 style. */
    topic: z.string().min(2),
    /**
     * 有效期: the period the policy covers, as the site reads it (`reading`, an id in readings.yaml),
     * and as the document prints it (`asPrinted`, e.g. 2018-2020年).
     */
    term: z.object({ start: calendarDate, end: calendarDate, asPrinted: z.string().min(4), reading: slugId }),
    /** 本站理解 (ids in readings.yaml) that apply to every support item: shown once with the rules and the checker's result. */
    supportReadings: z.array(slugId).default([]),
    /** File name of the full official text, relative to the policy's folder. */
    originalFile: z.string().regex(/^[\w.-]+\.txt$/),
    /** SHA-256 of that file, so an accidental edit of the official text is caught. */
    originalSha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Where the text came from. */
    source: z.string().min(2),
    /** One or two plain sentences on what the policy is. */
    summary: z.string().min(10).max(160),
    /** A plain note shown at the top of the 原文 page (e.g. that the term is over). */
    banner: z.string().min(10).optional(),
    updated: calendarDate,
  })
  .refine((policy) => policy.term.end >= policy.term.start, {
    path: ['term', 'end'],
    error: '有效期结束日期早于开始日期',
  });

export type Policy = z.output<typeof PolicySchema>;

/** Explainer pages in content/policies/<id>/explainers/*.mdx. */
export const ExplainerSchema = basePageSchema.extend({
  updated: calendarDate,
  /** Position in the explainer list (一图读懂 first). */
  order: z.number().int().min(0),
  /** Short label for navigation between explainers. */
  navLabel: z.string().min(2),
  /** Clauses the page as a whole explains; sections cite theirs inline with <Clause id="…" />. */
  covers: z.array(clauseId).min(1),
});
