import { describe, expect, it } from 'vitest';
import { assessAmount } from '../../src/lib/eligibility/amounts';
import { evaluateAnswers } from '../../src/lib/eligibility/assess';
import { evaluateCheck, type Scope } from '../../src/lib/eligibility/conditions';
import { buildRuleset, type RulesetSources } from '../../src/lib/eligibility/ruleset';
import type { Answers, Question } from '../../src/lib/eligibility/types';
import type { Reading } from '../../src/schemas/reading';
import { PolicyCheckerSchema, SiteCheckerSchema } from '../../src/schemas/checker';
import { RuleAmountSchema, RuleSchema } from '../../src/schemas/rule';
import { CheckSchema } from '../../src/schemas/rule-logic';

/**
 * The rules vocabulary construct by construct (README: 规则词汇), on small hand-made checks, sums and
 * rulesets, so each construct's meaning is pinned down apart from the 2018 plan's content.
 */

const TRI = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
  { value: 'unsure', label: '不确定' },
];
const LADDER = [
  { value: 'no', label: '没有获得' },
  { value: 'recommended', label: '经本区推荐获得' },
  { value: 'other-recommended', label: '经其他部门推荐获得' },
  { value: 'not-recommended', label: '没有经过推荐' },
  { value: 'unsure', label: '不确定' },
];
const question = (id: string, kind: Question['kind'], options?: Question['options']): Question => ({
  id,
  label: `${id}？`,
  kind,
  options,
  optional: false,
});
const QUESTIONS: Question[] = [
  question('kind', 'choice', [
    { value: 'lab', label: '重点实验室' },
    { value: 'centre', label: '研究中心' },
    { value: 'other', label: '其他类型' },
  ]),
  question('titles', 'choices', [
    { value: 'city', label: '市级称号' },
    { value: 'province', label: '省级称号' },
    { value: 'unsure', label: '不确定' },
  ]),
  question('result', 'choice', [
    { value: 'excellent', label: '优秀' },
    { value: 'qualified', label: '合格' },
    { value: 'failed', label: '不合格' },
    { value: 'pending', label: '还没有结果' },
    { value: 'unsure', label: '不确定' },
  ]),
];

/** An entry's scope: values by field, confirmations named as the entry's flat field ("lab2Kind"). */
function scopeOf(values: Record<string, unknown>, applicant = 'enterprise'): Scope {
  return {
    applicant,
    get: (field) => values[field],
    name: (field) => `lab2${field.charAt(0).toUpperCase()}${field.slice(1)}`,
    question: (field) => QUESTIONS.find((q) => q.id === field),
    office: '区科技局',
    clause: 's4-3',
    termStartYear: 2018,
    termEndYear: 2020,
  };
}
const check = (data: unknown) => CheckSchema.parse(data);
const amount = (data: unknown) => RuleAmountSchema.parse(data);

describe('fact: a yes / no / 不确定 answer', () => {
  const fact = check({ fact: 'inArea', yes: '在本区。', no: '不在本区。', unsure: '是否在本区？' });

  it('passes on yes, fails on no, citing the item clause, with the texts written in the rule', () => {
    expect(evaluateCheck(fact, scopeOf({ inArea: 'yes' }))).toEqual({ kind: 'pass', reason: { text: '在本区。', clause: 's4-3' } });
    expect(evaluateCheck(fact, scopeOf({ inArea: 'no' }))).toEqual({ kind: 'fail', reason: { text: '不在本区。', clause: 's4-3' } });
  });

  it('asks to confirm 不确定 under the field name the user knows, with the office to ask', () => {
    expect(evaluateCheck(fact, scopeOf({ inArea: 'unsure' }))).toEqual({
      kind: 'unknown',
      confirm: { field: 'lab2InArea', question: '是否在本区？', with: '区科技局' },
    });
  });

  it('is skipped when the question was not asked', () => {
    expect(evaluateCheck(fact, scopeOf({}))).toBeUndefined();
  });
});

describe('choice: each option leads to one case', () => {
  const choice = check({
    choice: 'kind',
    cases: [
      { when: ['lab', 'centre'], pass: '平台是{label}，在所列范围内。' },
      { when: ['other'], fail: '{label}不在所列范围内。' },
    ],
  });

  it('fills {label} with the chosen option label', () => {
    expect(evaluateCheck(choice, scopeOf({ kind: 'centre' }))).toEqual({
      kind: 'pass',
      reason: { text: '平台是研究中心，在所列范围内。', clause: 's4-3' },
    });
    expect(evaluateCheck(choice, scopeOf({ kind: 'other' }))).toEqual({
      kind: 'fail',
      reason: { text: '其他类型不在所列范围内。', clause: 's4-3' },
    });
  });

  it('fills every {label} in a text', () => {
    const twice = check({ choice: 'kind', cases: [{ when: ['lab', 'centre', 'other'], confirm: '{label}算不算“{label}”？' }] });
    expect(evaluateCheck(twice, scopeOf({ kind: 'lab' }))).toMatchObject({ confirm: { question: '重点实验室算不算“重点实验室”？' } });
  });

  it('turns a confirm case into a question and a depends case into what decides the sum', () => {
    const open = check({
      choice: 'result',
      cases: [
        { when: ['excellent', 'qualified'], pass: '考核{label}。' },
        { when: ['failed'], fail: '考核不合格。' },
        { when: ['pending'], depends: '要看期满考核结果' },
        { when: ['unsure'], confirm: '考核结果是什么？' },
      ],
    });
    expect(evaluateCheck(open, scopeOf({ result: 'pending' }))).toEqual({ kind: 'depends', text: '要看期满考核结果' });
    expect(evaluateCheck(open, scopeOf({ result: 'unsure' }))).toEqual({
      kind: 'unknown',
      confirm: { field: 'lab2Result', question: '考核结果是什么？', with: '区科技局' },
    });
    expect(evaluateCheck(open, scopeOf({ result: 'qualified' }))).toMatchObject({ kind: 'pass', reason: { text: '考核合格。' } });
  });

  it('is skipped when not asked, unless `missing` says what a question not asked means', () => {
    expect(evaluateCheck(choice, scopeOf({}))).toBeUndefined();
    expect(evaluateCheck(check({ ...choice, missing: { pass: '没有问：按企业的人才算。' } }), scopeOf({}))).toEqual({
      kind: 'pass',
      reason: { text: '没有问：按企业的人才算。', clause: 's4-3' },
    });
    expect(evaluateCheck(check({ ...choice, missing: { fail: '没有回答类型。' } }), scopeOf({}))).toMatchObject({
      kind: 'fail',
      reason: { text: '没有回答类型。' },
    });
    // An answer that is given is judged by the cases, not by `missing`.
    expect(evaluateCheck(check({ ...choice, missing: { fail: '没有回答类型。' } }), scopeOf({ kind: 'lab' }))).toMatchObject({
      kind: 'pass',
    });
  });

  it('refuses a case with no outcome, or with two', () => {
    expect(() => check({ choice: 'kind', cases: [{ when: ['lab'] }] })).toThrow(/只能写/);
    expect(() => check({ choice: 'kind', cases: [{ when: ['lab'], pass: '符合条件。', fail: '不符合条件。' }] })).toThrow(/只能写/);
  });
});

describe('anyOf: at least one of several facts is yes', () => {
  const anyOf = (none: object) =>
    check({ anyOf: ['spending', 'patents', 'transfer'], yes: '有科技指标。', unsure: '有没有科技指标？', none });
  const confirmNone = anyOf({ confirm: '三项都没有，有没有其他指标？' });

  it('passes when any one is yes, even beside no and 不确定', () => {
    expect(evaluateCheck(confirmNone, scopeOf({ spending: 'no', patents: 'unsure', transfer: 'yes' }))).toMatchObject({
      kind: 'pass',
      reason: { text: '有科技指标。' },
    });
  });

  it('asks to confirm when none is yes and one is 不确定, naming the first field', () => {
    expect(evaluateCheck(confirmNone, scopeOf({ spending: 'no', patents: 'unsure', transfer: 'no' }))).toEqual({
      kind: 'unknown',
      confirm: { field: 'lab2Spending', question: '有没有科技指标？', with: '区科技局' },
    });
  });

  it('when all are no: fails or asks, as `none` says', () => {
    const allNo = scopeOf({ spending: 'no', patents: 'no', transfer: 'no' });
    expect(evaluateCheck(anyOf({ fail: '三项都没有。' }), allNo)).toMatchObject({ kind: 'fail', reason: { text: '三项都没有。' } });
    expect(evaluateCheck(confirmNone, allNo)).toMatchObject({ kind: 'unknown', confirm: { question: '三项都没有，有没有其他指标？' } });
  });

  it('is skipped when none of the questions was asked', () => {
    expect(evaluateCheck(confirmNone, scopeOf({}))).toBeUndefined();
  });

  it('needs exactly one of fail and confirm in `none`', () => {
    expect(() => anyOf({})).toThrow(/none/);
    expect(() => anyOf({ fail: '三项都没有。', confirm: '有没有其他指标？' })).toThrow(/none/);
  });
});

describe('year: the result was obtained within the term', () => {
  const year = check({ year: 'resultYear', what: '期满考核' });

  it('passes on the first and last year of the term', () => {
    expect(evaluateCheck(year, scopeOf({ resultYear: 2018 }))).toMatchObject({ kind: 'pass' });
    expect(evaluateCheck(year, scopeOf({ resultYear: 2020 }))).toMatchObject({ kind: 'pass' });
  });

  it('fails before and after the term, saying which and naming the year and what it is', () => {
    const early = evaluateCheck(year, scopeOf({ resultYear: 2017 }));
    expect(early).toMatchObject({ kind: 'fail', reason: { clause: 's4-3' } });
    expect(early?.kind === 'fail' && early.reason.text).toMatch(/^期满考核：2017年，早于计划期限（2018—2020年）/);
    const late = evaluateCheck(year, scopeOf({ resultYear: 2021 }));
    expect(late?.kind === 'fail' && late.reason.text).toMatch(/^期满考核：2021年，晚于计划期限/);
  });

  it('is skipped while the year question is not asked', () => {
    expect(evaluateCheck(year, scopeOf({}))).toBeUndefined();
  });
});

describe('applicants and clause, on any check', () => {
  const base = { fact: 'spending', yes: '有研发投入。', no: '没有研发投入。', unsure: '有没有研发投入？' };

  it('applies a check only to the applicant types it names', () => {
    const forFirms = check({ ...base, applicants: ['enterprise'] });
    expect(evaluateCheck(forFirms, scopeOf({ spending: 'no' }, 'person'))).toBeUndefined();
    expect(evaluateCheck(forFirms, scopeOf({ spending: 'no' }, 'enterprise'))).toMatchObject({ kind: 'fail' });
  });

  it("cites the item's own clause by default, and the check's clause when it names one", () => {
    expect(evaluateCheck(check(base), scopeOf({ spending: 'yes' }))).toMatchObject({ reason: { clause: 's4-3' } });
    expect(evaluateCheck(check({ ...base, clause: 's5-2-2' }), scopeOf({ spending: 'yes' }))).toMatchObject({
      reason: { clause: 's5-2-2' },
    });
    expect(evaluateCheck(check({ ...base, clause: 's5-2-2' }), scopeOf({ spending: 'no' }))).toMatchObject({
      kind: 'fail',
      reason: { clause: 's5-2-2' },
    });
  });
});

describe('fixed', () => {
  it('pays its sum exactly', () => {
    expect(assessAmount(amount({ kind: 'fixed', amount: 40000 }), scopeOf({}), '平台').amount).toEqual({ min: 40000, max: 40000 });
  });
});

describe('rank: a sum by base in a ranking', () => {
  const rank = amount({
    kind: 'rank',
    answer: 'base',
    what: '研发投入排名',
    decidedBy: '名次由主管部门排出',
    bands: [
      { fromRank: 1, toRank: 2, amount: 80000 },
      { fromRank: 3, toRank: 5, amount: 40000 },
    ],
  });
  const at = (base: number | undefined) => assessAmount(rank, scopeOf({ base }), '');

  it.each([
    [1, 80000],
    [2, 80000],
    [3, 40000],
    [5, 40000],
  ])('base %i pays %i', (base, sum) => {
    expect(at(base).amount).toEqual({ min: sum, max: sum });
    expect(at(base).outcomes).toMatchObject([{ kind: 'pass' }]);
  });

  it('pays nothing below the last band, and says how many bases are paid', () => {
    expect(at(6).amount).toEqual({ min: 0, max: 0 });
    expect(at(6).outcomes).toMatchObject([{ kind: 'fail', reason: { text: expect.stringContaining('只有前5名') } }]);
  });

  it('without a base: from nothing to the top band, decided by whoever ranks', () => {
    expect(at(undefined).amount).toEqual({ min: 0, max: 80000 });
    expect(at(undefined).decidedBy).toMatch(/^名次由主管部门排出：第1至第2名各8万元，第3至第5名各4万元/);
  });

  it('refuses bands that leave a gap', () => {
    expect(() =>
      amount({
        kind: 'rank',
        bands: [
          { fromRank: 1, toRank: 2, amount: 1000 },
          { fromRank: 4, toRank: 5, amount: 500 },
        ],
      }),
    ).toThrow(/首尾相接/);
  });
});

describe('levels: a base sum, and top-ups for higher recognition', () => {
  // 市级 20,000; 省级 30,000 and 国家级 50,000 on top, each only when an S&T department recommended it.
  const ladder = amount({
    kind: 'levels',
    levels: [
      { level: 'municipal', answer: 'municipal', year: 'municipalYear', amount: 20000, topUp: false, needsRecommendation: false },
      { level: 'provincial', answer: 'provincial', year: 'provincialYear', amount: 30000, topUp: true, needsRecommendation: true },
      { level: 'national', answer: 'national', year: 'nationalYear', amount: 50000, topUp: true, needsRecommendation: true },
    ],
  });
  const at = (values: Record<string, unknown>) =>
    assessAmount(ladder, scopeOf({ municipal: 'no', provincial: 'no', national: 'no', ...values }), '平台');

  it('pays the base for the lowest level, and says what the next level would add', () => {
    const result = at({ municipal: 'yes', municipalYear: 2019 });
    expect(result.amount).toEqual({ min: 20000, max: 20000 });
    expect(result.notes.map((n) => n.text)).toEqual(['2019年获市级认定：2万元。']);
    expect(result.nextStep).toContain('省级认定，可再获3万元');
  });

  it('adds each recommended higher level on top (top-up)', () => {
    expect(at({ municipal: 'yes', municipalYear: 2018, provincial: 'recommended', provincialYear: 2019 }).amount).toEqual({
      min: 50000,
      max: 50000,
    });
    const all = at({
      municipal: 'yes',
      municipalYear: 2018,
      provincial: 'recommended',
      provincialYear: 2019,
      national: 'recommended',
      nationalYear: 2020,
    });
    expect(all.amount).toEqual({ min: 100000, max: 100000 });
    expect(all.nextStep).toBeUndefined();
  });

  it('pays no higher level that was not recommended (recommendation)', () => {
    const result = at({ municipal: 'yes', municipalYear: 2019, provincial: 'not-recommended', provincialYear: 2019 });
    expect(result.amount).toEqual({ min: 20000, max: 20000 });
    expect(result.notes.map((n) => n.text)).toContain('省级认定没有经过科技部门推荐，不享受省级的3万元。');
  });

  it('asks to confirm a level recommended by another department, counting it in the maximum only (other-recommended)', () => {
    const result = at({ municipal: 'yes', municipalYear: 2019, provincial: 'other-recommended', provincialYear: 2019 });
    expect(result.amount).toEqual({ min: 20000, max: 50000 });
    expect(result.pending).toMatchObject([{ field: 'lab2Provincial', with: '区科技局' }]);
  });

  it('asks to confirm a top-up without the base recognition (base missing)', () => {
    const result = at({ provincial: 'recommended', provincialYear: 2019 });
    expect(result.amount).toEqual({ min: 0, max: 30000 });
    expect(result.pending).toMatchObject([
      { field: 'lab2Provincial', question: expect.stringContaining('没有市级认定、直接获得省级认定') },
    ]);
    expect(result.outcomes).toEqual([]);
  });

  it('counts a level obtained outside the term for nothing, saying so', () => {
    const result = at({ municipal: 'yes', municipalYear: 2017 });
    expect(result.amount).toEqual({ min: 0, max: 0 });
    expect(result.notes.map((n) => n.text).join()).toContain('2017年，早于计划期限');
    expect(result.outcomes).toMatchObject([{ kind: 'fail', reason: { text: '平台在计划期内没有可获扶持的认定。' } }]);
  });

  it('fails with no recognition at all, and counts 不确定 in the maximum only', () => {
    expect(at({}).outcomes).toMatchObject([{ kind: 'fail', reason: { text: '平台没有获得市级及以上认定。' } }]);
    expect(at({}).amount).toEqual({ min: 0, max: 0 });
    const unsure = at({ municipal: 'unsure', national: 'unsure' });
    expect(unsure.amount).toEqual({ min: 0, max: 70000 });
    expect(unsure.pending.map((p) => p.field)).toEqual(['lab2Municipal', 'lab2National']);
  });
});

describe('table: a row per result', () => {
  const single = amount({
    kind: 'table',
    combine: 'single',
    answer: 'result',
    what: '团队入选，',
    rows: [
      { id: 'excellent', label: '评价优秀', amount: 20000, when: ['excellent'] },
      { id: 'qualified', label: '评价合格', amount: 10000, when: ['qualified'] },
    ],
    cases: [
      { when: ['failed'], fail: '评价不合格，没有扶持。' },
      { when: ['pending'], depends: '要看期满评价结果' },
      { when: ['unsure'], confirm: '期满评价结果是什么？' },
    ],
  });
  const one = (result: unknown) => assessAmount(single, scopeOf({ result }), '团队');

  it('single: pays the row the answer picks', () => {
    expect(one('excellent').amount).toEqual({ min: 20000, max: 20000 });
    expect(one('excellent').outcomes).toEqual([{ kind: 'pass', reason: { text: '团队入选，评价优秀：2万元。', clause: 's4-3' } }]);
    expect(one('qualified').amount).toEqual({ min: 10000, max: 10000 });
  });

  it('single: other answers go to the cases', () => {
    expect(one('failed').amount).toEqual({ min: 0, max: 0 });
    expect(one('failed').outcomes).toMatchObject([{ kind: 'fail', reason: { text: '评价不合格，没有扶持。' } }]);
    expect(one('pending').amount).toEqual({ min: 0, max: 20000 });
    expect(one('pending').decidedBy).toBe('要看期满评价结果。评价优秀：2万元；评价合格：1万元；其他结果没有。');
    expect(one('unsure').amount).toEqual({ min: 0, max: 20000 });
    expect(one('unsure').outcomes).toMatchObject([{ kind: 'unknown', confirm: { field: 'lab2Result', question: '期满评价结果是什么？' } }]);
  });

  it('single: unanswered is from nothing to the top row', () => {
    expect(one(undefined).amount).toEqual({ min: 0, max: 20000 });
    expect(one(undefined).decidedBy).toMatch(/^由结果决定。/);
  });

  const max = amount({
    kind: 'table',
    combine: 'max',
    answer: 'titles',
    what: '获评',
    empty: '没有获评任何称号。',
    rows: [
      { id: 'city', label: '市级称号', amount: 50000, when: ['city'] },
      { id: 'province', label: '省级称号', amount: 100000, when: ['province'] },
    ],
    cases: [{ when: ['unsure'], confirm: '获评的是哪一级称号？' }],
  });
  const list = (titles: unknown) => assessAmount(max, scopeOf({ titles }), '人才');

  it('max: several rows are paid once, the highest (list answer)', () => {
    expect(list(['city']).amount).toEqual({ min: 50000, max: 50000 });
    const both = list(['city', 'province']);
    expect(both.amount).toEqual({ min: 100000, max: 100000 });
    expect(both.outcomes).toMatchObject([
      { kind: 'pass', reason: { text: '获评2项（市级称号、省级称号），按最高的“省级称号”补助一次：10万元。' } },
    ]);
  });

  it('max: an empty list, or a list question left blank, is "none of these" (empty)', () => {
    for (const titles of [[], undefined]) {
      expect(list(titles).amount).toEqual({ min: 0, max: 0 });
      expect(list(titles).outcomes).toMatchObject([{ kind: 'fail', reason: { text: '没有获评任何称号。' } }]);
    }
  });

  it('max: 不确定 keeps what is certain as the minimum and the top row as the maximum (unsure)', () => {
    expect(list(['unsure']).amount).toEqual({ min: 0, max: 100000 });
    const some = list(['city', 'unsure']);
    expect(some.amount).toEqual({ min: 50000, max: 100000 });
    expect(some.outcomes).toMatchObject([{ kind: 'unknown', confirm: { question: '获评的是哪一级称号？' } }]);
  });
});

describe('percent: a share of a declared amount, up to a cap', () => {
  const percent = amount({ kind: 'percent', answer: 'declared', rate: 10, cap: 200000, what: '申报的研发费用' });
  const at = (declared: unknown) => assessAmount(percent, scopeOf({ declared }), '');

  it('pays the share, rounded down to whole yuan', () => {
    expect(at(1_000_000).amount).toEqual({ min: 100000, max: 100000 });
    expect(at(123_459).amount).toEqual({ min: 12345, max: 12345 });
  });

  it('stops at the cap, and says so', () => {
    expect(at(5_000_000).amount).toEqual({ min: 200000, max: 200000 });
    expect(at(5_000_000).outcomes).toMatchObject([{ kind: 'pass', reason: { text: expect.stringContaining('超过上限，按上限20万元') } }]);
    // Exactly at the cap is not "over" it.
    expect(at(2_000_000).outcomes).toMatchObject([{ kind: 'pass', reason: { text: expect.not.stringContaining('超过上限') } }]);
  });

  it('fails when the share is below one yuan, and is open up to the cap when not declared', () => {
    expect(at(0).amount).toEqual({ min: 0, max: 0 });
    expect(at(9).outcomes).toMatchObject([{ kind: 'fail' }]);
    expect(at(undefined).amount).toEqual({ min: 0, max: 200000 });
    expect(at(undefined).decidedBy).toBe('按申报的研发费用的10%计算，最多20万元。');
  });
});

/* ------------------------------------------------------------------ */
/* A whole (tiny) ruleset: buildRuleset's cross-checks, and `depends`. */

const READING: Reading = { id: 'term-years', text: '按期内取得的结果计算。', reason: '原文写了计划期限。', clauses: ['s1'], markers: [] };
const siteData = () => ({
  optionSets: { tri: TRI, ladder: LADDER },
  steps: [
    {
      id: 'applicant',
      title: '您是谁',
      questions: [
        {
          id: 'applicant',
          label: '以什么身份测算？',
          kind: 'choice',
          options: [
            { value: 'enterprise', label: '企业' },
            { value: 'person', label: '个人' },
          ],
        },
      ],
    },
    { id: 'location', title: '在哪里', questions: [{ id: 'inArea', label: '是否在本区？', kind: 'choice', options: 'tri' }] },
  ],
  topicsStep: { title: '测算哪些扶持', label: '测算哪些扶持？' },
});
const checkerData = () => ({
  checks: [{ fact: 'inArea', yes: '在本区。', no: '不在本区。', unsure: '是否在本区？' }],
  topics: [
    {
      id: 'lab',
      label: '实验室扶持',
      group: { id: 'labs', prefix: 'lab', noun: '实验室', summary: ['kind'] },
      questions: [
        { id: 'kind', label: '是哪一类？', kind: 'choice', options: QUESTIONS[0]?.options },
        { id: 'result', label: '评估结果？', kind: 'choice', options: QUESTIONS[2]?.options },
      ],
    },
  ],
});
const ruleData = (): Record<string, unknown> => ({
  id: 'lab-support',
  policy: 'demo',
  clause: 's1',
  heading: '扶持实验室',
  title: '实验室扶持',
  who: '本区的实验室',
  applicants: ['enterprise'],
  topic: 'lab',
  for: ['enterprise'],
  checks: [
    {
      choice: 'kind',
      cases: [
        { when: ['lab', 'centre'], pass: '是{label}。' },
        { when: ['other'], fail: '其他类型不在此列。' },
      ],
    },
    {
      choice: 'result',
      cases: [
        { when: ['excellent', 'qualified'], pass: '评估通过。' },
        { when: ['failed'], fail: '评估没有通过。' },
        { when: ['pending'], depends: '要看评估结果' },
        { when: ['unsure'], confirm: '评估结果是什么？' },
      ],
    },
  ],
  conditions: ['实验室在本区'],
  amount: { kind: 'fixed', amount: 30000 },
  term: { start: '2018-01-01', end: '2020-12-31' },
  office: 'bureau',
  prepare: ['认定文件'],
});

type Raw = {
  site: ReturnType<typeof siteData>;
  checker: Record<string, unknown> & ReturnType<typeof checkerData>;
  rules: Array<Record<string, unknown>>;
};
/** Builds the tiny ruleset after `change` edits its raw content (parsed by the same schemas as content/). */
function build(change: (raw: Raw) => void = () => {}) {
  const raw: Raw = { site: siteData(), checker: checkerData(), rules: [ruleData()] };
  change(raw);
  const sources: RulesetSources = {
    site: SiteCheckerSchema.parse(raw.site),
    departmentNames: new Map([['bureau', '区科技局']]),
    policies: [
      {
        policy: {
          id: 'demo',
          title: '示例政策',
          shortTitle: '示例',
          docNumber: '示〔2018〕1号',
          term: { start: new Date('2018-01-01'), end: new Date('2020-12-31'), asPrinted: '2018-2020年', reading: 'term-years' },
          supportReadings: [],
        },
        state: 'expired',
        checker: PolicyCheckerSchema.parse(raw.checker),
        rules: raw.rules.map((r) => RuleSchema.parse(r)),
        clauseLabels: new Map([
          ['s1', '一'],
          ['s2', '二'],
        ]),
        readings: new Map([[READING.id, READING]]),
        originalUrl: '/policy/demo/original/',
      },
    ],
  };
  return buildRuleset(sources);
}
type Rule = ReturnType<typeof ruleData> & { checks: Array<Record<string, unknown>> };

describe('buildRuleset', () => {
  it('builds the tiny ruleset, and depends leaves the sum open from nothing to its maximum', () => {
    const ruleset = build();
    const answers = (result: string): Answers => ({
      applicant: 'enterprise',
      inArea: 'yes',
      topics: ['lab'],
      labs: [{ kind: 'lab', result }],
    });
    const passed = evaluateAnswers(ruleset, answers('qualified')).items;
    expect(passed).toMatchObject([
      {
        id: 'lab-support',
        status: 'eligible',
        amount: { min: 30000, max: 30000 },
        entry: { group: 'labs', index: 1, label: '实验室1（重点实验室）' },
      },
    ]);
    const pending = evaluateAnswers(ruleset, answers('pending')).items;
    expect(pending).toMatchObject([{ status: 'depends', amount: { min: 0, max: 30000 } }]);
    expect(pending[0]?.decidedBy).toBe('要看评估结果（符合的最多可得3万元，其他结果没有）。');
  });

  // Each bad edit must be refused with the file, the field and the value, never built into a wrong answer.
  it.each<[string, (raw: Raw) => void, string]>([
    [
      'an unknown option set',
      (raw) => ((raw.checker.topics[0]?.questions[1] as Record<string, unknown>).options = 'grades'),
      'content/policies/demo/checker.yaml: field topics.0.questions.1.options: no option list with this name in content/checker.yaml optionSets (value: "grades")',
    ],
    [
      'a case not covering an option',
      (raw) => ((raw.rules[0] as Rule).checks[0] = { choice: 'kind', cases: [{ when: ['lab', 'centre'], pass: '是{label}。' }] }),
      'content/rules/lab-support.yaml: field checks.0.cases: option "other" of kind must be covered by exactly one case (found 0) (value: "kind")',
    ],
    [
      'an option covered twice',
      (raw) =>
        ((raw.rules[0] as Rule).checks[0] = {
          choice: 'kind',
          cases: [
            { when: ['lab', 'centre', 'other'], pass: '是{label}。' },
            { when: ['other'], fail: '其他类型不在此列。' },
          ],
        }),
      'content/rules/lab-support.yaml: field checks.0.cases: option "other" of kind must be covered by exactly one case (found 2) (value: "kind")',
    ],
    [
      'a case naming a value the question does not offer',
      (raw) =>
        ((raw.rules[0] as Rule).checks[0] = {
          choice: 'kind',
          cases: [
            { when: ['lab', 'centre', 'lad'], pass: '是{label}。' },
            { when: ['other'], fail: '其他类型不在此列。' },
          ],
        }),
      'content/rules/lab-support.yaml: field checks.0.cases: "lad" is not an option of kind (value: "lad")',
    ],
    [
      'an unknown field in a check',
      (raw) => (raw.rules[0] as Rule).checks.push({ fact: 'inAera', yes: '在本区。', no: '不在本区。', unsure: '是否在本区？' }),
      'content/rules/lab-support.yaml: field checks.2.fact: no question with this answer field (value: "inAera")',
    ],
    [
      'a year check on a question that is not a year',
      (raw) => (raw.rules[0] as Rule).checks.push({ year: 'result', what: '评估' }),
      'content/rules/lab-support.yaml: field checks.2.year: no year question with this answer field (value: "result")',
    ],
    [
      'a rule whose topic the policy does not have',
      (raw) => raw.rules.push({ ...ruleData(), id: 'lab-extra', topic: 'labs' }),
      'content/rules/lab-extra.yaml: field topic: no topic with this id in content/policies/demo/checker.yaml (value: "labs")',
    ],
    [
      'a topic no rule is about',
      (raw) => ((raw.rules[0] as Rule).topic = 'labs'),
      'content/policies/demo/checker.yaml: field topics.0.id: no rule in content/rules/ has this topic (value: "lab")',
    ],
    [
      'an entry field shadowing a top-level one',
      (raw) => raw.checker.topics[0]?.questions.push({ id: 'inArea', label: '实验室是否在本区？', kind: 'choice', options: TRI }),
      'content/policies/demo/checker.yaml: field topics (lab): entry field shadows the top-level answer field from content/checker.yaml (value: "inArea")',
    ],
    [
      '`for` naming an unknown applicant type',
      (raw) => ((raw.rules[0] as Rule).for = ['enterprise', 'team']),
      'content/rules/lab-support.yaml: field for.1: not an applicant type (enterprise, person) (value: "team")',
    ],
    [
      'a check limited to an unknown applicant type',
      (raw) => (raw.checker.checks[0] = { ...raw.checker.checks[0], applicants: ['firm'] } as (typeof raw.checker.checks)[0]),
      'content/policies/demo/checker.yaml: field checks.0.applicants.0: not an applicant type (enterprise, person) (value: "firm")',
    ],
    [
      'a clause the policy does not have',
      (raw) => ((raw.rules[0] as Rule).checks[0] = { ...(raw.rules[0] as Rule).checks[0], clause: 's9' }),
      'content/rules/lab-support.yaml: field checks.0.clause: no clause with this anchor in 示〔2018〕1号 (value: "s9")',
    ],
    [
      'a reading the policy does not have',
      (raw) => ((raw.rules[0] as Rule).readings = ['top-up']),
      'content/rules/lab-support.yaml: field readings: no reading with this id in content/policies/demo/readings.yaml (value: "top-up")',
    ],
    [
      'a sum read from a question of the wrong kind',
      (raw) => ((raw.rules[0] as Rule).amount = { kind: 'percent', answer: 'result', rate: 10, cap: 1000, what: '申报金额' }),
      'content/rules/lab-support.yaml: field amount.answer: the question must be of kind amount, not choice (value: "result")',
    ],
  ])('refuses %s, naming file, field and value', (_, change, message) => {
    expect(() => build(change)).toThrow(message);
  });
});
