import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../scripts/lib/load-ruleset';
import { evaluateEligibility } from '../../src/lib/eligibility/evaluate';
import { parseFlat } from '../../src/lib/eligibility/flat';
import { applicableSteps, isShown, missingAnswers, nextIncompleteStep, pruneAnswers, type Draft } from '../../src/lib/eligibility/flow';
import { validateAnswers } from '../../src/lib/eligibility/validate';

/**
 * The checker's state: which steps the answers lead to (one page per question group, "add another"
 * for repeatable groups), which answers are still missing, and which answers are dropped because
 * their question is no longer asked. The validation uses the same functions, so a set of answers the
 * flow calls complete is one the engine accepts.
 */

const ruleset = loadRuleset();
const ids = (draft: Draft) => applicableSteps(ruleset, draft).map((s) => s.id);
const question = (topic: string, id: string) => {
  const found = ruleset.policies
    .flatMap((p) => p.topics)
    .find((t) => t.id === topic)
    ?.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${topic}.${id}`);
  return found;
};

const person: Draft = {
  applicant: 'person',
  inWuhua: 'yes',
  topics: ['talent'],
  talents: [{ employer: 'enterprise', academicLeader: 'none', yunnanInnovation: 'none', leadingTitles: [] }],
};
const keyLab = { type: 'key-lab', municipal: 'yes', municipalYear: 2019, provincial: 'no', national: 'no' };
const firm: Draft = {
  applicant: 'enterprise',
  inWuhua: 'yes',
  topics: ['hte', 'platform'],
  rdSpending: 'yes',
  patents: 'no',
  patentCommercialisation: 'no',
  hteRecertified: 'yes',
  hteYear: 2019,
  revenueGrowth: 'yes',
  platforms: [keyLab, { type: 'other', municipal: 'no', provincial: 'unsure', national: 'no' }],
};

describe('the steps the answers lead to', () => {
  it('asks an enterprise about its R&D and patents, and a person not', () => {
    expect(ids({ applicant: 'enterprise', topics: ['hte', 'platform'] })).toEqual([
      'applicant',
      'location',
      'topics',
      'precondition',
      'hte',
      'platform-1',
      'platform-more',
    ]);
    expect(ids({ applicant: 'person', topics: ['talent'] })).toEqual(['applicant', 'location', 'topics', 'talent-1', 'talent-more']);
    expect(ids({ applicant: 'institution', topics: ['platform'] })).toEqual([
      'applicant',
      'location',
      'topics',
      'platform-1',
      'platform-more',
    ]);
  });

  it('stops at the topics step until topics are chosen', () => {
    expect(ids({})).toEqual(['applicant', 'location', 'topics']);
  });

  it('gives each entry of a group its own page, then the add-another page', () => {
    const steps = applicableSteps(ruleset, firm);
    expect(steps.map((s) => s.id).slice(-3)).toEqual(['platform-1', 'platform-2', 'platform-more']);
    expect(steps.at(-2)).toMatchObject({ kind: 'questions', entry: 2, title: '重点实验室、工程技术研究中心、院士工作站：平台2' });
    expect(steps.at(-1)).toMatchObject({ kind: 'more', questions: [] });
  });

  it('asks the topics in the policy order, whatever order they were chosen in', () => {
    expect(ids({ applicant: 'enterprise', topics: ['team', 'hte'] }).slice(4)).toEqual(['hte', 'team-1', 'team-more']);
  });

  it('offers each applicant only the topics whose items are for it', () => {
    const offered = (applicant: string) =>
      applicableSteps(ruleset, { applicant })
        .find((s) => s.id === 'topics')
        ?.questions[0]?.options?.map((o) => o.value);
    expect(offered('person')).toEqual(['talent']);
    expect(offered('institution')).toEqual(['platform', 'incubator', 'science-base', 'talent']);
    expect(offered('enterprise')).toEqual(['rd-ranking', 'hte', 'platform', 'incubator', 'science-base', 'talent', 'team']);
  });
});

describe('which questions are shown', () => {
  it("asks a talent's employer only of institutions and persons", () => {
    const employer = question('talent', 'employer');
    expect(isShown(employer, {}, { applicant: 'enterprise' })).toBe(false);
    expect(isShown(employer, {}, { applicant: 'person' })).toBe(true);
  });

  it("asks a result's year only when the result was obtained, looking in the same entry", () => {
    const year = question('platform', 'municipalYear');
    expect(isShown(year, { municipal: 'yes' }, {})).toBe(true);
    expect(isShown(year, { municipal: 'unsure' }, {})).toBe(false);
    expect(isShown(question('platform', 'provincialYear'), { provincial: 'not-recommended' }, {})).toBe(true);
  });

  it('asks the leading-talent year when any real title is chosen from the list', () => {
    const year = question('talent', 'leadingYear');
    expect(isShown(year, { leadingTitles: ['unsure', 'yunnan-leading'] }, {})).toBe(true);
    expect(isShown(year, { leadingTitles: ['unsure'] }, {})).toBe(false);
    expect(isShown(year, { leadingTitles: [] }, {})).toBe(false);
  });
});

describe('what is still to answer', () => {
  it('goes to the first step still missing an answer, entry by entry', () => {
    expect(nextIncompleteStep(ruleset, {})?.id).toBe('applicant');
    expect(nextIncompleteStep(ruleset, { applicant: 'enterprise', inWuhua: 'yes' })?.id).toBe('topics');
    expect(nextIncompleteStep(ruleset, { applicant: 'enterprise', inWuhua: 'yes', topics: [] })?.id).toBe('topics');
    const { hteYear: _, ...noYear } = firm;
    expect(nextIncompleteStep(ruleset, noYear)?.id).toBe('hte');
    const secondIncomplete = { ...firm, platforms: [keyLab, { type: 'other' }] };
    expect(nextIncompleteStep(ruleset, secondIncomplete)?.id).toBe('platform-2');
    expect(missingAnswers(ruleset, secondIncomplete).map((e) => e.field)).toEqual([
      'platform2Municipal',
      'platform2Provincial',
      'platform2National',
    ]);
    expect(nextIncompleteStep(ruleset, firm)).toBeUndefined();
  });

  it('requires a type for every entry', () => {
    const untyped = { ...firm, platforms: [{ municipal: 'no', provincial: 'no', national: 'no' }] } as Draft;
    expect(missingAnswers(ruleset, untyped)).toEqual([{ field: 'platform1Type', value: undefined, message: 'is required' }]);
  });

  it('takes a link without the optional leading titles as complete, and the engine accepts it', () => {
    // The old checker's flow let this through and its validation refused it, sending the user back to step 1.
    const { answers, problems } = parseFlat(
      ruleset,
      new URLSearchParams(
        'applicant=person&inWuhua=yes&topics=talent&talent1Employer=enterprise&talent1AcademicLeader=none&talent1YunnanInnovation=none',
      ),
    );
    expect(problems).toEqual([]);
    expect(nextIncompleteStep(ruleset, answers)).toBeUndefined();
    expect(missingAnswers(ruleset, answers)).toEqual([]);
    expect(validateAnswers(ruleset, answers).ok).toBe(true);
    expect(evaluateEligibility(ruleset, answers).items.find((i) => i.id === 'talent-leading')).toMatchObject({
      status: 'ineligible',
      amount: { min: 0, max: 0 },
    });
  });

  it('reports exactly what the flow still asks for, and nothing once the flow is done', () => {
    const drafts: Draft[] = [
      {},
      { applicant: 'enterprise', inWuhua: 'no', topics: ['hte'] },
      { ...person, talents: [{ academicLeader: 'leader', academicRating: 'excellent', leadingTitles: ['kunming-leading'] }] },
      { ...firm, platforms: [{ type: 'key-lab', municipal: 'yes', provincial: 'recommended', national: 'no' }] },
      person,
      firm,
    ];
    for (const draft of drafts) {
      const missing = missingAnswers(ruleset, draft);
      const verdict = validateAnswers(ruleset, draft);
      expect(verdict.ok ? [] : verdict.errors, JSON.stringify(draft)).toEqual(missing);
      expect(nextIncompleteStep(ruleset, draft) === undefined, JSON.stringify(draft)).toBe(missing.length === 0);
    }
    expect(missingAnswers(ruleset, drafts[2] as Draft).map((e) => e.field)).toEqual([
      'talent1Employer',
      'talent1AcademicYear',
      'talent1YunnanInnovation',
      'talent1LeadingYear',
    ]);
  });

  it('refuses a topic the applicant cannot ask about', () => {
    expect(missingAnswers(ruleset, { ...person, topics: ['talent', 'hte'], hteRecertified: 'yes', revenueGrowth: 'yes' })).toContainEqual({
      field: 'topics',
      value: 'hte',
      message: '"hte" does not apply to applicant "person"',
    });
  });
});

describe('answers to questions no longer asked are dropped', () => {
  it('keeps a complete, consistent set of answers as it is', () => {
    expect(pruneAnswers(ruleset, firm)).toEqual(firm);
    expect(pruneAnswers(ruleset, person)).toEqual(person);
  });

  it("drops a result's year once the result is changed to not obtained", () => {
    const changed = { ...firm, hteRecertified: 'no', platforms: [{ ...keyLab, municipal: 'no' }] };
    const pruned: Draft = pruneAnswers(ruleset, changed);
    expect(pruned.hteYear).toBeUndefined();
    expect(pruned.platforms).toEqual([{ type: 'key-lab', municipal: 'no', provincial: 'no', national: 'no' }]);
  });

  it('drops the answers of topics not chosen, and of questions for another applicant type', () => {
    const pruned: Draft = pruneAnswers(ruleset, { ...firm, topics: ['hte'], talents: [{ employer: 'enterprise' }] });
    expect(pruned.platforms).toBeUndefined();
    expect(pruned.talents).toBeUndefined();
    const employer = pruneAnswers(ruleset, {
      ...firm,
      topics: ['talent'],
      talents: [{ employer: 'other-institution', academicLeader: 'none' }],
    });
    expect(employer.talents).toEqual([{ academicLeader: 'none' }]);
    const asPerson = pruneAnswers(ruleset, { ...person, rdSpending: 'yes', hteYear: 2019 });
    expect(asPerson).toEqual(person);
  });

  it('so a stale answer never changes a result', () => {
    // An employer answered as an institution, left over after switching to enterprise, would refuse the talent if the engine read it.
    const talent = {
      employer: 'other-institution',
      academicLeader: 'leader',
      academicRating: 'excellent',
      academicYear: 2019,
      yunnanInnovation: 'none',
      leadingTitles: [],
    };
    const stale = { ...firm, topics: ['talent'], talents: [talent] } as Draft;
    expect(evaluateEligibility(ruleset, stale).items.find((i) => i.id === 'talent-academic-leader')).toMatchObject({
      status: 'eligible',
      amount: { min: 30000, max: 30000 },
    });
  });
});
