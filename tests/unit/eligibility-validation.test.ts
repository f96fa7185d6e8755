import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../scripts/lib/load-ruleset';
import { evaluateEligibility } from '../../src/lib/eligibility/evaluate';
import { AnswersError, validateAnswers } from '../../src/lib/eligibility/validate';

/**
 * Answers are validated before anything is evaluated (CLI, build, tests): every problem is named by
 * the flat field the user knows ("platform2Type") with its value, so a bad answer never becomes a sum.
 */

const ruleset = loadRuleset();
const person = {
  applicant: 'person',
  inWuhua: 'yes',
  topics: ['talent'],
  talents: [{ employer: 'enterprise', academicLeader: 'none', yunnanInnovation: 'none', leadingTitles: [] }],
};
const platform = { type: 'key-lab', municipal: 'yes', municipalYear: 2019, provincial: 'no', national: 'no' };
const institution = { applicant: 'institution', inWuhua: 'yes', topics: ['platform'], platforms: [platform] };

function errorsOf(input: unknown) {
  const result = validateAnswers(ruleset, input);
  if (result.ok) throw new Error('expected the answers to be refused');
  return result.errors;
}

describe('answers are validated before anything is evaluated', () => {
  it('accepts complete answers', () => {
    expect(validateAnswers(ruleset, person).ok).toBe(true);
    expect(validateAnswers(ruleset, institution).ok).toBe(true);
  });

  it('names an unknown value and what is allowed', () => {
    expect(errorsOf({ ...person, inWuhua: 'maybe' })).toEqual([
      { field: 'inWuhua', value: 'maybe', message: 'must be one of "yes", "no", "unsure"' },
    ]);
  });

  it('names an unknown field, at the top level and in an entry', () => {
    expect(errorsOf({ ...person, salary: 100 })).toEqual([{ field: 'salary', value: 100, message: 'is not a known answer field' }]);
    expect(errorsOf({ ...institution, platforms: [platform, { ...platform, colour: 'red' }] })).toEqual([
      { field: 'platform2Colour', value: 'red', message: 'is not a known answer field' },
    ]);
  });

  it("names an entry's bad value by its numbered field", () => {
    expect(errorsOf({ ...institution, platforms: [platform, { ...platform, type: 'data-centre' }] })).toEqual([
      {
        field: 'platform2Type',
        value: 'data-centre',
        message: 'must be one of "key-lab", "engineering-center", "academician-workstation", "other"',
      },
    ]);
  });

  it('needs the type of every entry', () => {
    const { type: _, ...untyped } = platform;
    expect(errorsOf({ ...institution, platforms: [platform, untyped] })).toEqual([
      { field: 'platform2Type', value: undefined, message: 'is required' },
    ]);
  });

  it('refuses more entries than a group allows', () => {
    expect(errorsOf({ ...institution, platforms: Array.from({ length: 21 }, () => platform) })).toEqual([
      { field: 'platforms', value: expect.any(Array), message: 'has more than 20 entries' },
    ]);
  });

  it("refuses an entry that is not an object, and a group or list that is not a list, in the browser check's words", () => {
    expect(errorsOf({ ...institution, platforms: [platform, 'key-lab'] })).toEqual([
      { field: 'platform2', value: 'key-lab', message: 'must be an object' },
    ]);
    expect(errorsOf({ ...institution, platforms: platform })).toEqual([{ field: 'platforms', value: platform, message: 'must be a list' }]);
    expect(errorsOf({ ...institution, topics: 'platform' })).toEqual([{ field: 'topics', value: 'platform', message: 'must be a list' }]);
    expect(errorsOf([institution])).toEqual([{ field: '(answers)', value: [institution], message: 'must be an object' }]);
  });

  it('refuses years and ranks that are not whole numbers in range', () => {
    expect(errorsOf({ ...institution, platforms: [{ ...platform, municipalYear: 2019.5 }] })).toEqual([
      { field: 'platform1MunicipalYear', value: 2019.5, message: 'must be a whole number' },
    ]);
    expect(errorsOf({ ...institution, platforms: [{ ...platform, municipalYear: 1989 }] })).toEqual([
      { field: 'platform1MunicipalYear', value: 1989, message: 'must be at least 1990' },
    ]);
    expect(errorsOf({ ...institution, platforms: [{ ...platform, municipalYear: '2019' }] }).map((e) => e.message)).toEqual([
      'must be a whole number',
    ]);
    expect(errorsOf({ applicant: 'enterprise', topics: ['rd-ranking'], rdRank: 0 })).toContainEqual({
      field: 'rdRank',
      value: 0,
      message: 'must be at least 1',
    });
  });

  it('lists every answer a chosen topic needs', () => {
    expect(errorsOf({ applicant: 'enterprise', inWuhua: 'yes', topics: ['hte'] }).map((e) => e.field)).toEqual([
      'rdSpending',
      'patents',
      'patentCommercialisation',
      'hteRecertified',
      'revenueGrowth',
    ]);
  });

  it('needs the year of each recognition that was obtained, and only those', () => {
    const entry = { type: 'engineering-center', municipal: 'yes', provincial: 'recommended', national: 'unsure' };
    expect(errorsOf({ ...institution, platforms: [entry] }).map((e) => e.field)).toEqual([
      'platform1MunicipalYear',
      'platform1ProvincialYear',
    ]);
  });

  it('refuses a topic that does not apply to the applicant', () => {
    expect(errorsOf({ ...person, topics: ['talent', 'hte'], hteRecertified: 'yes', revenueGrowth: 'yes' })).toContainEqual({
      field: 'topics',
      value: 'hte',
      message: '"hte" does not apply to applicant "person"',
    });
  });

  it('returns the answers without those to questions not asked', () => {
    const result = validateAnswers(ruleset, { ...institution, rdSpending: 'yes', talents: [{ academicLeader: 'none' }] });
    expect(result).toEqual({ ok: true, answers: institution });
  });

  it.each([null, 'applicant=enterprise', [], 42, { applicant: '<script>' }, { ...person, topics: 'talent' }])(
    'never evaluates garbage: %j',
    (input) => {
      expect(() => evaluateEligibility(ruleset, input)).toThrow(AnswersError);
    },
  );

  it('lists every problem in the error message, one a line', () => {
    expect(() => evaluateEligibility(ruleset, { ...person, inWuhua: 'maybe', salary: 1 })).toThrow(
      'inWuhua: must be one of "yes", "no", "unsure" (value: "maybe")\nsalary: is not a known answer field (value: 1)',
    );
  });
});
