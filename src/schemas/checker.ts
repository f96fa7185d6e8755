import { z } from 'astro/zod';
import { slugId } from './common.ts';
import { answerField, CheckSchema } from './rule-logic.ts';

/**
 * The checker's questions as content: content/checker.yaml holds what every policy shares (who is
 * asking, where, the option lists); content/policies/<id>/checker.yaml a policy's own questions,
 * grouped by topic, and the preconditions all its items share. Steps, the check page, validation,
 * the JSON Schema and the roster's columns are all derived from these files.
 */

const OptionSchema = z.strictObject({
  value: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  label: z.string().min(1),
  hint: z.string().min(2).optional(),
});

export const QuestionSchema = z.strictObject({
  /** The answer field this question fills (in a repeatable group: the entry's field, e.g. "municipalYear"). */
  id: answerField,
  /** The question as asked. "{term}" is replaced by the policy's term as printed ("2018-2020年"). */
  label: z.string().min(2),
  hint: z.string().min(2).optional(),
  /** Put before the answer where an entry is summarised ("昆明市团队" → "昆明市团队：入选，结果为优秀"). */
  short: z.string().min(2).optional(),
  /** choice: one option; choices: any number (none is an answer too); year: a year; number: a whole number ≥ 1; amount: yuan. */
  kind: z.enum(['choice', 'choices', 'year', 'number', 'amount']),
  /** For choice and choices: the options, or the name of a list in content/checker.yaml's optionSets. */
  options: z.union([z.string().min(1), z.array(OptionSchema).min(2)]).optional(),
  /** May be left blank. */
  optional: z.boolean().default(false),
  /** Asked only when another answer (in the same entry, or top-level) has one of these values. */
  showIf: z.strictObject({ field: answerField, in: z.array(z.string().min(1)).min(1) }).optional(),
  /** Asked only of these applicant types. */
  applicants: z
    .array(z.string().regex(/^[a-z]+$/))
    .min(1)
    .optional(),
});

const StepSchema = z.strictObject({
  id: slugId,
  title: z.string().min(2),
  /** Shown only to these applicant types. */
  applicants: z
    .array(z.string().regex(/^[a-z]+$/))
    .min(1)
    .optional(),
  questions: z.array(QuestionSchema).min(1),
});

/** A topic whose questions are asked once per entry (a platform, a talent, a team …), GOV.UK "add another". */
const GroupSchema = z.strictObject({
  /** The answers' list field: "platforms". */
  id: answerField,
  /** The flat field prefix in URLs and roster columns: "platform" → platform1Type, platform2MunicipalYear. */
  prefix: answerField,
  /** What one entry is called: "平台". */
  noun: z.string().min(1),
  /** At most this many entries. */
  max: z.number().int().min(1).max(20).default(20),
  /** The entry questions whose answers name an entry in summaries ("平台1：重点实验室"). */
  summary: z.array(answerField).min(1),
});

const TopicSchema = z.strictObject({
  id: slugId,
  /** The topic as offered on the topics step, and the title of its step. */
  label: z.string().min(2),
  hint: z.string().min(2).optional(),
  group: GroupSchema.optional(),
  questions: z.array(QuestionSchema).min(1),
});

/** content/policies/<id>/checker.yaml. */
export const PolicyCheckerSchema = z.strictObject({
  /** Questions asked before the topics' own, when a topic of this policy is chosen (e.g. an enterprise's R&D and patents). */
  steps: z.array(StepSchema).default([]),
  /** Preconditions every item of the policy shares, in the rules vocabulary. */
  checks: z.array(CheckSchema).default([]),
  topics: z.array(TopicSchema).min(1),
  /** Links made by an earlier checker: their field names, mapped to today's (one old field may fill several). */
  legacy: z.record(answerField, z.array(z.string().regex(/^[a-z][A-Za-z0-9]*$/)).min(1)).default({}),
});

/** content/checker.yaml. */
export const SiteCheckerSchema = z.strictObject({
  /** Named option lists questions refer to ("tri" for 是 / 否 / 不确定). */
  optionSets: z.record(z.string().regex(/^[a-z][a-zA-Z]*$/), z.array(OptionSchema).min(2)),
  /** Steps asked first, for every policy. One of them asks "applicant" (its options are the applicant types). */
  steps: z.array(StepSchema).min(1),
  /** The step choosing topics. */
  topicsStep: z.strictObject({ title: z.string().min(2), label: z.string().min(2), hint: z.string().min(2).optional() }),
});

export type Question = z.output<typeof QuestionSchema>;
export type PolicyChecker = z.output<typeof PolicyCheckerSchema>;
export type SiteChecker = z.output<typeof SiteCheckerSchema>;
