import { z } from 'astro/zod';
import { calendarDate, clauseId, slugId } from './common.ts';
import { answerField, CaseSchema, CheckSchema } from './rule-logic.ts';

/** Whole yuan. */
const yuan = z.number().int().positive();

/** Recognition levels for platforms, incubators and science bases. */
const RecognitionLevel = z.enum(['municipal', 'provincial', 'national']);

/** A fixed sum per applicant. */
const FixedAmount = z.strictObject({ kind: z.literal('fixed'), amount: yuan });

/** A sum set by rank in a ranking the department draws up (四（一）). */
const RankAmount = z.strictObject({
  kind: z.literal('rank'),
  /** The answer holding the rank; when it is not given the sum depends on the ranking. */
  answer: answerField.optional(),
  /** What is ranked, for the reasons: "研发经费投入排名". */
  what: z.string().min(2).optional(),
  /** Who draws up the ranking, for "由什么决定": "名次由主管部门统一排出". */
  decidedBy: z.string().min(2).optional(),
  bands: z
    .array(z.object({ fromRank: z.number().int().min(1), toRank: z.number().int().min(1), amount: yuan }))
    .min(1)
    .refine((bands) => bands.every((b, i) => b.toRank >= b.fromRank && (i === 0 || b.fromRank === (bands[i - 1]?.toRank ?? 0) + 1)), {
      error: '名次段必须从小到大首尾相接',
    }),
});

/** A base sum for municipal recognition, then a further sum for each higher level (四（三）（四）（六）). */
const LevelAmount = z.strictObject({
  kind: z.literal('levels'),
  levels: z
    .array(
      z.strictObject({
        level: RecognitionLevel,
        /** The answer saying whether (and how) this level was obtained: yes / recommended / other-recommended / not-recommended / no / unsure. */
        answer: answerField.optional(),
        /** The answer holding the year this level was obtained. */
        year: answerField.optional(),
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
const TableAmount = z.strictObject({
  kind: z.literal('table'),
  /** 'max': one person or team is paid once, the highest matching row (此项不重复补助). */
  combine: z.enum(['single', 'max']),
  /** The answer that picks the row (a choice, or a list of choices with combine: max). */
  answer: answerField.optional(),
  /** Words put before the row's label in the reason: "团队入选昆明市科技创新团队，". */
  what: z.string().min(2).optional(),
  rows: z
    .array(
      z.strictObject({
        id: slugId,
        /** The case in plain words: "中青年学术技术带头人，培养期满考核优秀". */
        label: z.string().min(2),
        amount: yuan,
        /** Answer values that pick this row. */
        when: z.array(z.string().min(1)).min(1).optional(),
      }),
    )
    .min(1),
  /** What the answer's other values lead to (none, unsure, pending …). */
  cases: z.array(CaseSchema).default([]),
  /** For a list answer: the reason when nothing was chosen. */
  empty: z.string().min(2).optional(),
});

/** A percentage of an amount the applicant declares, up to a cap. */
const PercentAmount = z.strictObject({
  kind: z.literal('percent'),
  /** The answer holding the declared amount, in yuan. */
  answer: answerField,
  /** Per cent of the declared amount. */
  rate: z.number().positive().max(100),
  cap: yuan,
  /** What the amount is, for the reasons: "申报的研发费用". */
  what: z.string().min(2),
});

export const RuleAmountSchema = z.discriminatedUnion('kind', [FixedAmount, RankAmount, LevelAmount, TableAmount, PercentAmount]);

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
    /** The checker's topic (in the policy's checker.yaml) this item is asked under. */
    topic: slugId,
    /** Which of the checker's applicant types (enterprise, institution, person …) the item is for. */
    for: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    /** The conditions as the engine checks them, in the rules vocabulary (README: 规则词汇). */
    checks: z.array(CheckSchema).default([]),
    /** How "not paid twice" applies, when the text says so. */
    notPaidTwice: z.string().min(4).optional(),
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
