import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../scripts/lib/load-ruleset';
import { evaluateEligibility } from '../../src/lib/eligibility/evaluate';
import { AnswersError, validateAnswers } from '../../src/lib/eligibility/validate';

const ruleset = loadRuleset();
const person = { applicant: 'person', inWuhua: 'yes', topics: ['talent'], year: 2019, employer: 'enterprise', academicLeader: 'none', yunnanInnovation: 'none', leadingTitles: [] };

function errorsOf(input: unknown) {
  const result = validateAnswers(input);
  if (result.ok) throw new Error('expected the answers to be refused');
  return result.errors;
}

describe('answers are validated before anything is evaluated', () => {
  it('accepts a complete profile', () => {
    expect(validateAnswers(person).ok).toBe(true);
  });

  it('names an unknown value and what is allowed', () => {
    expect(errorsOf({ ...person, inWuhua: 'maybe' })).toEqual([{ field: 'inWuhua', value: 'maybe', message: 'must be one of "yes", "no", "unsure"' }]);
  });

  it('names an unknown field', () => {
    expect(errorsOf({ ...person, salary: 100 })).toEqual([{ field: 'salary', value: 100, message: 'is not a known answer field' }]);
  });

  it('refuses a year that is not a whole number, and a rank below 1', () => {
    expect(errorsOf({ ...person, year: 2019.5 }).map((e) => e.field)).toEqual(['year']);
    expect(errorsOf({ ...person, applicant: 'enterprise', topics: ['rd-ranking'], rdRank: 0 }).map((e) => e.field)).toContain('rdRank');
  });

  it('lists every answer a chosen topic needs', () => {
    expect(errorsOf({ applicant: 'enterprise', inWuhua: 'yes', topics: ['hte'] }).map((e) => e.field)).toEqual(['rdSpending', 'patents', 'patentCommercialisation', 'year', 'hteRecertified', 'revenueGrowth']);
  });

  it('needs the year of each recognition that was obtained', () => {
    const answers = { applicant: 'institution', inWuhua: 'yes', topics: ['platform'], platformMunicipal: 'yes', platformProvincial: 'recommended', platformNational: 'no' };
    expect(errorsOf(answers).map((e) => e.field)).toEqual(['platformMunicipalYear', 'platformProvincialYear']);
  });

  it('refuses a topic that does not apply to the applicant', () => {
    expect(errorsOf({ ...person, topics: ['talent', 'hte'], hteRecertified: 'yes', revenueGrowth: 'yes' })).toContainEqual({ field: 'topics', value: 'hte', message: '"hte" does not apply to applicant "person"' });
  });

  it.each([null, 'applicant=enterprise', [], 42, { applicant: '<script>' }])('never evaluates garbage: %j', (input) => {
    expect(() => evaluateEligibility(ruleset, input)).toThrow(AnswersError);
  });
});
