import { z } from 'astro/zod';
import { clauseId } from './common.ts';

/**
 * The rules vocabulary: the small set of constructs a support item's conditions and sums are written
 * in (content/rules/*.yaml, and a policy's shared preconditions in checker.yaml). The engine
 * (src/lib/eligibility/) interprets them; a new policy is new data, not new code. README has the table.
 */

/** An answer field: a top-level answer ("inWuhua") or, in a repeatable group, the entry's own ("municipal"). */
export const answerField = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, { error: (issue) => `不是回答字段名（如 inWuhua）：${JSON.stringify(issue.input)}` });
const text = z.string().min(2);
const applicantType = z.string().regex(/^[a-z]+$/);

/** What one answer value leads to: passes (with the reason), fails, needs confirming (the question to ask), or depends on a later result. */
export const CaseSchema = z
  .strictObject({
    when: z.array(z.string().min(1)).min(1),
    pass: text.optional(),
    fail: text.optional(),
    confirm: text.optional(),
    depends: text.optional(),
  })
  .refine((c) => [c.pass, c.fail, c.confirm, c.depends].filter((x) => x !== undefined).length === 1, {
    error: '每个 case 只能写 pass、fail、confirm、depends 中的一个',
  });

const scope = {
  /** Only for these applicant types (the answer to "applicant"); others skip the check. */
  applicants: z.array(applicantType).min(1).optional(),
  /** The clause the reason cites; the item's own clause when left out. */
  clause: clauseId.optional(),
};

/** A yes / no / 不确定 answer. */
const FactCheck = z.strictObject({ fact: answerField, yes: text, no: text, unsure: text, ...scope });
/** A choice among options: each option value is covered by exactly one case (checked against the question). */
const ChoiceCheck = z.strictObject({
  choice: answerField,
  cases: z.array(CaseSchema).min(1),
  /** When the question was not asked (hidden by its showIf or applicants): passes or fails with this text. Skipped if left out. */
  missing: z.strictObject({ pass: text.optional(), fail: text.optional() }).optional(),
  ...scope,
});
/** At least one of several yes/no/不确定 answers is yes. */
const AnyOfCheck = z.strictObject({
  anyOf: z.array(answerField).min(2),
  yes: text,
  unsure: text,
  none: z
    .strictObject({ fail: text.optional(), confirm: text.optional() })
    .refine((n) => (n.fail === undefined) !== (n.confirm === undefined), { error: 'none 写 fail 或 confirm 之一' }),
  ...scope,
});
/** The year a result was obtained lies within the rule's term. Skipped while the year question is not asked. */
const YearCheck = z.strictObject({ year: answerField, what: text, ...scope });

export const CheckSchema = z.union([FactCheck, ChoiceCheck, AnyOfCheck, YearCheck]);
export type Check = z.output<typeof CheckSchema>;
export type Case = z.output<typeof CaseSchema>;
