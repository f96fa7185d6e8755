import { z } from 'astro/zod';
import { clauseId, slugId } from './common.ts';

/** How the original states a target: 达到 (reach), …以上 (at least), 超过 (more than). */
const Comparator = z.enum(['reach', 'at-least', 'more-than']);

const TargetSchema = z.object({
  id: slugId,
  /** What is counted, in plain words. */
  label: z.string().min(2),
  value: z.number().positive(),
  /** Unit exactly as the original writes it after the number (%, 件, 家, 万平米, 个, 亿元, 项, 人). */
  unit: z.string().min(1),
  comparator: Comparator,
  /** The year the target is for. */
  by: z.number().int().min(2000).max(2100),
  /** Per year rather than a total by the year. */
  perYear: z.boolean().default(false),
  /** The original aims for the figure (争取……) rather than setting it outright. */
  aim: z.boolean().default(false),
  /** The figure exactly as printed in the original ("7500件以上"): a test finds it in the clause. */
  source: z.string().min(2),
  /** The original says 翻一番 against this year; the site shows the implied baseline and says it is derived. */
  doublesFrom: z.number().int().optional(),
});

export const GoalSchema = z.object({
  clause: clauseId,
  /** The goal's heading as the original prints it. */
  heading: z.string().min(2),
  /** The goal in plain words. */
  plain: z.string().min(10),
  targets: z.array(TargetSchema).min(1),
});

/**
 * The words over the 翻一番 charts, for a policy with targets that double (doublesFrom): "{count}" is how
 * many, "{from}" the year they double from, "{by}" the year they are for.
 */
const DoublingWordsSchema = z.strictObject({ heading: z.string().min(2), intro: z.string().min(10) });

/** content/policies/<id>/goals.yaml: the 工作目标 of one policy. */
export const GoalsSchema = z.object({ goals: z.array(GoalSchema).min(1), doubling: DoublingWordsSchema.optional() });

export type DoublingWords = z.output<typeof DoublingWordsSchema>;

export type Goal = z.output<typeof GoalSchema>;
