import { describe, expect, it } from 'vitest';
import { applicableSteps, nextIncompleteStep, STEPS, type Draft } from '../../src/lib/eligibility/questions';
import { draftToQuery, queryToDraft } from '../../src/lib/eligibility/url-state';
import { validateAnswers } from '../../src/lib/eligibility/validate';
import { answersJsonSchema } from '../../src/schemas/answers';
import type { JsonSchema } from '../../src/lib/eligibility/json-schema-check';

const schema = answersJsonSchema() as JsonSchema;

describe('answers in the URL', () => {
  it('round-trips a full profile', () => {
    const draft: Draft = { applicant: 'person', inWuhua: 'yes', topics: ['talent'], year: 2019, employer: 'enterprise', academicLeader: 'leader', academicRating: 'excellent', yunnanInnovation: 'none', leadingTitles: ['kunming-leading', 'yunling-high-level'] };
    const query = draftToQuery(schema, draft, 'result');
    expect(query.get('step')).toBe('result');
    expect(queryToDraft(schema, new URLSearchParams(query.toString()))).toEqual({ draft, ignored: [] });
  });

  it('keeps valid fields of a tampered query and reports the rest', () => {
    const params = new URLSearchParams('applicant=enterprise&inWuhua=<img src=x onerror=alert(1)>&year=20x9&topics=hte,evil&foo=bar&rdRank=3');
    expect(queryToDraft(schema, params)).toEqual({ draft: { applicant: 'enterprise', rdRank: 3 }, ignored: ['inWuhua', 'year', 'topics', 'foo'] });
  });

  it('reads an empty list as "none of these"', () => {
    expect(queryToDraft(schema, new URLSearchParams('leadingTitles=')).draft).toEqual({ leadingTitles: [] });
  });
});

describe('the question flow', () => {
  it('asks an enterprise about its R&D and patents, and a person not', () => {
    expect(applicableSteps({ applicant: 'enterprise', topics: ['hte'] }).map((s) => s.id)).toEqual(['applicant', 'location', 'topics', 'precondition', 'year', 'hte']);
    expect(applicableSteps({ applicant: 'person', topics: ['talent'] }).map((s) => s.id)).toEqual(['applicant', 'location', 'topics', 'year', 'talent']);
  });

  it('asks no year when only recognitions (which carry their own years) are checked', () => {
    expect(applicableSteps({ applicant: 'institution', topics: ['platform'] }).map((s) => s.id)).toEqual(['applicant', 'location', 'topics', 'platform']);
  });

  it('goes to the first step still missing an answer', () => {
    expect(nextIncompleteStep({})?.id).toBe('applicant');
    expect(nextIncompleteStep({ applicant: 'institution', inWuhua: 'yes', topics: ['platform'], platformType: 'key-lab', platformMunicipal: 'yes' })?.id).toBe('platform');
  });

  it('has nothing left to ask exactly when the engine accepts the answers', () => {
    const complete: Draft = { applicant: 'institution', inWuhua: 'yes', topics: ['platform', 'talent'], year: 2020, platformType: 'key-lab', platformMunicipal: 'yes', platformMunicipalYear: 2019, platformProvincial: 'no', platformNational: 'unsure', employer: 'district-institution', academicLeader: 'none', yunnanInnovation: 'none', leadingTitles: [] };
    expect(nextIncompleteStep(complete)).toBeUndefined();
    expect(validateAnswers(complete).ok).toBe(true);
    const { platformMunicipalYear: _, ...missingYear } = complete;
    expect(nextIncompleteStep(missingYear)?.id).toBe('platform');
    expect(validateAnswers(missingYear).ok).toBe(false);
  });

  it('gives every answer field exactly one question', () => {
    const fields = STEPS.flatMap((s) => s.questions.map((q) => q.field));
    expect(new Set(fields).size).toBe(fields.length);
  });
});
