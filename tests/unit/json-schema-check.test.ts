import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../scripts/lib/load-ruleset';
import { assertSupported, checkObject, type JsonSchema } from '../../src/lib/eligibility/json-schema-check';
import { answersJsonSchema, answersSchema } from '../../src/schemas/answers';

/**
 * The browser checks answers against the JSON Schema generated from the zod answers schema
 * (/data/answers.schema.json). Here: its messages, and the cases where a small checker most easily
 * differs from zod. tests/unit/eligibility-properties.test.ts holds it to zod on generated answers.
 */

const ruleset = loadRuleset();
const schema = answersJsonSchema(ruleset) as JsonSchema;
const platform = { type: 'key-lab', municipal: 'yes', municipalYear: 2019, provincial: 'no', national: 'no' };
const zodAccepts = (input: unknown) => answersSchema(ruleset).safeParse(input).success;

describe('the browser answers check', () => {
  it('understands every keyword of the generated schema, and refuses one it does not', () => {
    expect(() => assertSupported(schema)).not.toThrow();
    expect(() =>
      assertSupported({ ...schema, properties: { ...schema.properties, x: { type: 'string', pattern: 'x' } as JsonSchema } }),
    ).toThrow('#/properties/x: JSON Schema keyword "pattern" is not supported by the browser check');
  });

  it('names the field and value of each problem', () => {
    expect(checkObject(schema, { applicant: 'robot', inWuhua: 'yes', topics: ['hte'], hteYear: 1900 })).toEqual([
      { field: 'applicant', value: 'robot', message: 'must be one of "enterprise", "institution", "person"' },
      { field: 'hteYear', value: 1900, message: 'must be at least 1990' },
    ]);
  });

  it('checks inside the entries of a group', () => {
    expect(checkObject(schema, { platforms: [platform, { ...platform, type: 'lab', colour: 'red' }, 'key-lab'] })).toEqual([
      {
        field: 'platforms.1.type',
        value: 'lab',
        message: 'must be one of "key-lab", "engineering-center", "academician-workstation", "other"',
      },
      { field: 'platforms.1.colour', value: 'red', message: 'is not a known answer field' },
      { field: 'platforms.2', value: 'key-lab', message: 'must be an object' },
    ]);
  });

  it('refuses more entries than the group allows', () => {
    expect(checkObject(schema, { platforms: Array.from({ length: 21 }, () => platform) })).toEqual([
      { field: 'platforms', value: expect.any(Array), message: 'has more than 20 entries' },
    ]);
  });

  it('refuses field names that are names of every object, as zod does', () => {
    // JSON.parse makes "__proto__" an own field, as it arrives from a tampered request.
    for (const text of [
      '{"__proto__": {"applicant": "person"}}',
      '{"constructor": "x"}',
      '{"toString": 1}',
      '{"platforms": [{"hasOwnProperty": 1}]}',
    ]) {
      const input: unknown = JSON.parse(text);
      expect(zodAccepts(input), text).toBe(false);
      expect(
        checkObject(schema, input).map((e) => e.message),
        text,
      ).toEqual(['is not a known answer field']);
    }
  });

  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['null', null],
    ['a list', [platform]],
    ['a year as text', { hteYear: '2019' }],
    ['a year with a fraction', { hteYear: 2019.5 }],
    ['a year that is not a number', { hteYear: Number.NaN }],
    ['the last year allowed', { hteYear: 2100 }],
    ['an empty list', { topics: [] }],
    ['a list with an unknown value', { topics: ['hte', 'lottery'] }],
    ['a list where one value is expected', { inWuhua: ['yes'] }],
    ['one value where a list is expected', { topics: 'hte' }],
    ['an entry nested in an entry', { platforms: [{ ...platform, platforms: [platform] }] }],
    ['a group of no entries', { platforms: [] }],
    ['exactly the most entries', { platforms: Array.from({ length: 20 }, () => ({ type: 'other' })) }],
  ])('agrees with zod on %s', (_, input) => {
    expect(checkObject(schema, input).length === 0).toBe(zodAccepts(input));
  });
});
