/**
 * The answers the eligibility checker works on, as a zod schema generated from the ruleset's questions:
 * top-level fields, and a list of entries for each repeatable group. Used by the CLI, the build and the
 * batch page's workers (through validate.ts and roster.ts), so zod ships to the browser there. The
 * checker page does not load it: it checks the JSON Schema generated from it (/data/answers.schema.json),
 * embedded in the page, with the small json-schema-check.ts.
 */
import * as z from 'zod/mini';
import { answerFields, NUMBER_RANGE } from '../lib/eligibility/flat.ts';
import type { Question, Ruleset } from '../lib/eligibility/types.ts';

function valueSchema(question: Question) {
  const values = (question.options ?? []).map((o) => o.value) as [string, ...string[]];
  switch (question.kind) {
    case 'choice':
      return z.enum(values);
    case 'choices':
      return z.array(z.enum(values));
    default: {
      const [min, max] = NUMBER_RANGE[question.kind];
      return z.int().check(z.gte(min), z.lte(max));
    }
  }
}

const cache = new WeakMap<Ruleset, z.ZodMiniObject>();

/** The answers schema of a ruleset: every field optional here; which are required follows from the questions shown (flow.ts). */
export function answersSchema(ruleset: Ruleset): z.ZodMiniObject {
  const found = cache.get(ruleset);
  if (found) return found;
  const { top, groups } = answerFields(ruleset);
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [field, { question }] of top) shape[field] = z.optional(valueSchema(question));
  for (const { group, fields } of groups.values()) {
    const entry = z.strictObject(Object.fromEntries([...fields].map(([field, question]) => [field, z.optional(valueSchema(question))])));
    shape[group.id] = z.optional(z.array(entry).check(z.maxLength(group.max)));
  }
  const schema = z.strictObject(shape);
  cache.set(ruleset, schema);
  return schema;
}

/** The answers schema as JSON Schema: published at /data/answers.schema.json and used by the browser check. */
export function answersJsonSchema(ruleset: Ruleset): Record<string, unknown> {
  return {
    ...z.toJSONSchema(answersSchema(ruleset)),
    title: '资格自测：回答',
    description:
      'Answers to the eligibility checker; the same object the CLI reads (npm run eligibility -- answers.json). Repeatable groups are lists of entries.',
  };
}
