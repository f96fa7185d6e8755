/** Validates answers with the zod schema generated from the questions (CLI, tests, build), then what the flow requires. */
import { answersSchema } from '../../schemas/answers.ts';
import { answerFields } from './flat.ts';
import { reviewAnswers, type AnswerError } from './flow.ts';
import { flatName } from './scope.ts';
import type { Answers, Ruleset } from './types.ts';

export { AnswersError } from './flow.ts';

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = input;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function describeIssue(issue: {
  code: string;
  values?: readonly unknown[];
  minimum?: unknown;
  maximum?: unknown;
  expected?: string;
  origin?: string;
}): string {
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of ${issue.values?.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `has more than ${String(issue.maximum)} entries` : `must be at most ${String(issue.maximum)}`;
    case 'invalid_type':
      // The browser check's words (json-schema-check.ts), so the CLI and the page say the same.
      if (issue.expected === 'int' || issue.expected === 'number') return 'must be a whole number';
      if (issue.expected === 'array') return 'must be a list';
      if (issue.expected === 'object') return 'must be an object';
      return `must be ${issue.expected ?? 'a valid value'}`;
    default:
      return 'is not valid';
  }
}

/** A zod path as the flat field name the user knows: ["platforms", 1, "type"] → "platform2Type". */
function pathName(ruleset: Ruleset, path: ReadonlyArray<PropertyKey>): string {
  if (!path.length) return '(answers)';
  const [head, index, field] = path;
  const group = [...answerFields(ruleset).groups.values()].find((g) => g.group.id === head)?.group;
  if (group && typeof index === 'number' && typeof field === 'string') return flatName(group, index + 1, field);
  if (group && typeof index === 'number') return `${group.prefix}${index + 1}`;
  return path.map(String).join('.');
}

/** Checks answers against the schema and the questions the flow asks; every problem is reported at once. */
export function validateAnswers(ruleset: Ruleset, input: unknown): { ok: true; answers: Answers } | { ok: false; errors: AnswerError[] } {
  const parsed = answersSchema(ruleset).safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({
              field: pathName(ruleset, [...issue.path, key]),
              value: valueAt(input, [...issue.path, key]),
              message: 'is not a known answer field',
            }))
          : [{ field: pathName(ruleset, issue.path), value: valueAt(input, issue.path), message: describeIssue(issue as never) }],
      ),
    };
  }
  return completeAnswers(ruleset, parsed.data as Answers);
}

/**
 * What the flow requires of answers whose values are already checked (by zod, or field by field by
 * parseFlat, which reads the same questions): every shown question answered; answers to hidden ones dropped.
 */
export function completeAnswers(ruleset: Ruleset, answers: Answers): { ok: true; answers: Answers } | { ok: false; errors: AnswerError[] } {
  const { missing, kept } = reviewAnswers(ruleset, answers);
  return missing.length ? { ok: false, errors: missing } : { ok: true, answers: kept };
}
