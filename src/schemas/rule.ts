import { z } from 'astro/zod';
import { calendarDate, clauseId, slugId } from './common.ts';

/** Whole yuan. */
const yuan = z.number().int().positive();

/** Recognition levels for platforms, incubators and science bases. */
export const RecognitionLevel = z.enum(['municipal', 'provincial', 'national']);

/** A fixed sum per applicant. */
const FixedAmount = z.object({ kind: z.literal('fixed'), amount: yuan });

/** A sum set by rank in a ranking the department draws up (四（一）). */
const RankAmount = z.object({
  kind: z.literal('rank'),
  bands: z
    .array(z.object({ fromRank: z.number().int().min(1), toRank: z.number().int().min(1), amount: yuan }))
    .min(1)
    .refine((bands) => bands.every((b, i) => b.toRank >= b.fromRank && (i === 0 || b.fromRank === (bands[i - 1]?.toRank ?? 0) + 1)), {
      error: '名次段必须从小到大首尾相接',
    }),
});

/** A base sum for municipal recognition, then a further sum for each higher level (四（三）（四）（六）). */
const LevelAmount = z.object({
  kind: z.literal('levels'),
  levels: z
    .array(
      z.object({
        level: RecognitionLevel,
        amount: yuan,
        /** Paid on top of the lower levels' sums. */
        topUp: z.boolean(),
        /** Only when an S&T department recommended the application (经科技部门推荐; the text names no level). */
        needsRecommendation: z.boolean(),
      }),
    )
    .min(1),
});

/** Sums by the outcome of a programme: a row per case (四（五）). */
const TableAmount = z.object({
  kind: z.literal('table'),
  /** 'max': one person or team is paid once, the highest matching row (此项不重复补助). */
  combine: z.enum(['single', 'max']),
  rows: z
    .array(
      z.object({
        id: slugId,
        /** The case in plain words: "中青年学术技术带头人，培养期满考核优秀". */
        label: z.string().min(2),
        amount: yuan,
      }),
    )
    .min(1),
});

export const RuleAmountSchema = z.discriminatedUnion('kind', [FixedAmount, RankAmount, LevelAmount, TableAmount]);

/** One support item of a policy's 扶持政策, in content/rules/<id>.yaml. */
export const RuleSchema = z
  .object({
    id: slugId,
    policy: slugId,
    /** Anchor of the clause on the 原文 page. */
    clause: clauseId,
    /** The support's heading as the original prints it (or the item it belongs to). */
    heading: z.string().min(2),
    /** Short name in plain words. */
    title: z.string().min(2),
    /** Who may apply, in plain words. */
    who: z.string().min(4),
    applicants: z.array(z.enum(['enterprise', 'institution', 'talent', 'team'])).min(1),
    /** Every condition, in plain words, in the order a person would check them. */
    conditions: z.array(z.string().min(4)).min(1),
    amount: RuleAmountSchema,
    /** The results the plan covers: obtained within this period. */
    term: z.object({ start: calendarDate, end: calendarDate }),
    /** Department id (content/departments.yaml) to ask first (the plan names none: see the reading whom-to-ask). */
    office: slugId,
    /** 本站建议准备的材料: the plan lists none, so pages show these as the site's suggestion. */
    prepare: z.array(z.string().min(2)).min(1),
    /** 解读说明: plain explanations of what the text itself says. */
    notes: z.array(z.string().min(10)).default([]),
    /** 本站理解: ids from the policy's readings.yaml that this rule (its who, conditions, amounts) relies on. */
    readings: z.array(slugId).default([]),
    /** Other items paid together with this one, or not, in plain words. */
    combination: z.string().optional(),
  })
  .refine((rule) => rule.term.end >= rule.term.start, { path: ['term', 'end'], error: '结束日期早于开始日期' });

export type Rule = z.output<typeof RuleSchema>;
export type RuleAmount = z.output<typeof RuleAmountSchema>;
export type RecognitionLevel = z.output<typeof RecognitionLevel>;
