import { describe, expect, it } from 'vitest';
import { assertSupported, checkObject, type JsonSchema } from '../../src/lib/eligibility/json-schema-check';
import { AnswersSchema, answersJsonSchema } from '../../src/schemas/answers';

const schema = answersJsonSchema() as JsonSchema;

/** Deterministic pseudo-random answers, mixing valid values with wrong types, unknown values and fields. */
function* samples(count: number): Generator<Record<string, unknown>> {
  let seed = 7;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 0x1000000;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const fields = Object.entries(schema.properties ?? {});
  for (let i = 0; i < count; i += 1) {
    // Start valid, then change a few fields: half of the changes are valid values, half are not.
    const answers: Record<string, unknown> = { applicant: 'person', inWuhua: 'yes', topics: ['talent'] };
    for (const [field, sub] of fields) {
      if (next() < 0.85) continue;
      const valid = sub.enum ?? sub.items?.enum;
      const good = valid ? (sub.type === 'array' ? [pick(valid)] : pick(valid)) : Math.floor(1980 + next() * 130);
      answers[field] = next() < 0.5 ? good : pick(['bogus', 2019.5, [], null, sub.type === 'array' ? ['bogus'] : 42, undefined]);
    }
    if (next() < 0.1) answers['extraField'] = 'x';
    yield answers;
  }
}

describe('the browser answers check', () => {
  it('understands every keyword of the generated schema', () => {
    expect(() => assertSupported(schema)).not.toThrow();
    expect(() => assertSupported({ ...schema, pattern: 'x' } as JsonSchema)).toThrow(/pattern/);
  });

  it('agrees with zod on 2,000 generated answer sets', () => {
    let accepted = 0;
    for (const answers of samples(2000)) {
      const zodOk = AnswersSchema.safeParse(answers).success;
      const errors = checkObject(schema, answers);
      expect(errors.length === 0, JSON.stringify(answers)).toBe(zodOk);
      if (zodOk) accepted += 1;
    }
    expect(accepted).toBeGreaterThan(0); // the sample exercises both verdicts
  });

  it('names the field and value of each problem', () => {
    expect(checkObject(schema, { applicant: 'robot', inWuhua: 'yes', topics: ['hte'], year: 1900 })).toEqual([
      { field: 'applicant', value: 'robot', message: 'must be one of "enterprise", "institution", "person"' },
      { field: 'year', value: 1900, message: 'must be at least 1990' },
    ]);
  });
});
