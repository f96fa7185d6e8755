/** Validates answers with the zod schema (CLI, tests, build), then the topic requirements. */
import { AnswersSchema, type Answers } from '../../schemas/answers.ts';
import { missingFor, type AnswerError } from './validate-core.ts';

export { AnswersError } from './validate-core.ts';

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = input;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function describeIssue(issue: { code: string; values?: readonly unknown[]; minimum?: unknown; maximum?: unknown; expected?: string }): string {
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of ${issue.values?.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_type':
      return issue.expected === 'int' || issue.expected === 'number' ? 'must be a whole number' : `must be ${issue.expected ?? 'a valid value'}`;
    default:
      return 'is not valid';
  }
}

/** Checks answers against the schema and the topics chosen; every problem is reported at once. */
export function validateAnswers(input: unknown): { ok: true; answers: Answers } | { ok: false; errors: AnswerError[] } {
  const parsed = AnswersSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({ field: key, value: valueAt(input, [key]), message: 'is not a known answer field' }))
          : [{ field: issue.path.length ? issue.path.map(String).join('.') : '(answers)', value: valueAt(input, issue.path), message: describeIssue(issue as never) }],
      ),
    };
  }
  const errors = missingFor(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, answers: parsed.data };
}
