/**
 * Proof that a new policy needs content only: the fictional 示例〔2026〕1号 (tests/fixtures/, never
 * published) is copied beside the real plan into a scratch copy of content/, and the loader, the engine,
 * the answers' schemas, the flat (URL/CSV) form and the CLI handle both without any change to the code.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRuleset } from '../../scripts/lib/load-ruleset';
import { prepareScratchTree, type ScratchTree } from '../../scripts/lib/scratch-build';
import { evaluateEligibility } from '../../src/lib/eligibility/evaluate';
import { flatColumns, parseFlat } from '../../src/lib/eligibility/flat';
import { checkObject, type JsonSchema } from '../../src/lib/eligibility/json-schema-check';
import type { EligibilityResult, Ruleset } from '../../src/lib/eligibility/types';
import { AnswersError } from '../../src/lib/eligibility/validate';
import { answersJsonSchema } from '../../src/schemas/answers';
import { addFixturePolicy, FIXTURE_BUILD_DATE, FIXTURE_DOC_NUMBER, FIXTURE_POLICY } from '../helpers/fixture-policy';

const WORK = '.cache/fixture-policy-unit';
const day = (iso: string) => new Date(`${iso}T12:00:00+08:00`);

let tree: ScratchTree;
let ruleset: Ruleset;

beforeAll(() => {
  tree = prepareScratchTree(join(WORK, 'both'), addFixturePolicy);
  ruleset = loadRuleset(tree.content, day(FIXTURE_BUILD_DATE));
});
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** An enterprise with results under both policies: two items of the real plan, all three of the fixture's. */
const BOTH = {
  applicant: 'enterprise',
  inWuhua: 'yes',
  topics: ['hte', 'platform', 'demo-rd-subsidy', 'demo-hte-first', 'demo-institute'],
  rdSpending: 'yes',
  patents: 'no',
  patentCommercialisation: 'no',
  hteRecertified: 'yes',
  hteYear: 2019,
  revenueGrowth: 'yes',
  platforms: [{ type: 'key-lab', municipal: 'yes', municipalYear: 2019, provincial: 'no', national: 'no' }],
  demoRdDeclared: 'yes',
  demoRdYear: 2026,
  demoRdAmount: 3_000_000,
  demoHteFirst: 'yes',
  demoHteFirstYear: 2027,
  demoInstitutes: [{ grade: 'b', gradeYear: 2027 }, { grade: 'pending' }],
};

/** Only the fixture's items, for an enterprise in Wuhua. */
const demoOnly = (extra: Record<string, unknown>) => ({ applicant: 'enterprise', inWuhua: 'yes', ...extra });

const item = (result: EligibilityResult, id: string, index?: number) => {
  const found = result.items.filter((i) => i.id === id && (index === undefined || i.entry?.index === index));
  expect(found, `${id}${index ? ` #${index}` : ''}`).toHaveLength(1);
  return found[0]!;
};

describe('a second policy added as content only', () => {
  it('loads beside the real plan, each with its items and its state on the given day', () => {
    expect(ruleset.policies.map((p) => [p.id, p.state])).toEqual([
      [FIXTURE_POLICY, 'in-force'],
      ['wuhua-2018-5', 'expired'],
    ]);
    const demo = ruleset.policies.find((p) => p.id === FIXTURE_POLICY)!;
    expect(demo.docNumber).toBe(FIXTURE_DOC_NUMBER);
    expect(demo.items.map((i) => [i.id, i.amount.kind, i.clauseLabel])).toEqual([
      ['demo-rd-subsidy', 'percent', '二（一）'],
      ['demo-hte-first', 'fixed', '二（二）'],
      ['demo-institute', 'table', '二（三）'],
    ]);
    expect(ruleset.policies.find((p) => p.id === 'wuhua-2018-5')!.items).toHaveLength(10);
  });

  it('takes its state from its own term: not yet before 2026, expired after 2028', () => {
    const state = (iso: string) => loadRuleset(tree.content, day(iso)).policies.find((p) => p.id === FIXTURE_POLICY)!.state;
    expect(state('2025-12-31')).toBe('not-yet');
    expect(state('2028-12-31')).toBe('in-force');
    expect(state('2029-01-01')).toBe('expired');
  });

  it('evaluates one enterprise under both policies in one run; every result names its policy', () => {
    const result = evaluateEligibility(ruleset, BOTH);
    expect(result.policies.map((p) => ({ id: p.id, docNumber: p.docNumber, state: p.state, total: p.total }))).toEqual([
      // 10% of 3,000,000 + 100,000 + grade B 200,000; the second institute's grade is still to come (0 to 300,000).
      { id: FIXTURE_POLICY, docNumber: FIXTURE_DOC_NUMBER, state: 'in-force', total: { certain: 600_000, possible: 900_000 } },
      // 四（二） 40,000 + 四（三） municipal 20,000.
      { id: 'wuhua-2018-5', docNumber: '五发〔2018〕5号', state: 'expired', total: { certain: 60_000, possible: 60_000 } },
    ]);
    expect(result.total).toEqual({ certain: 660_000, possible: 960_000 });
    expect(result.items.map((i) => [i.policy, i.id, i.entry?.index ?? null, i.status, i.amount.min, i.amount.max])).toEqual([
      [FIXTURE_POLICY, 'demo-rd-subsidy', null, 'eligible', 300_000, 300_000],
      [FIXTURE_POLICY, 'demo-hte-first', null, 'eligible', 100_000, 100_000],
      [FIXTURE_POLICY, 'demo-institute', 1, 'eligible', 200_000, 200_000],
      [FIXTURE_POLICY, 'demo-institute', 2, 'depends', 0, 300_000],
      ['wuhua-2018-5', 'hte', null, 'eligible', 40_000, 40_000],
      ['wuhua-2018-5', 'platform', 1, 'eligible', 20_000, 20_000],
    ]);
    // The fixture's reasons cite its own clauses and term, the plan's its own.
    expect(item(result, 'demo-hte-first').reasons.map((r) => r.text)).toContain('首次认定：2027年，在计划期限（2026—2028年）内。');
    expect(item(result, 'hte').reasons.map((r) => r.clause)).toContain('s5-2-2');
    expect(item(result, 'demo-institute', 1).entry?.label).toBe('研发机构1（绩效评价：B）');
  });

  it('pays a percentage of the declared amount, up to the cap', () => {
    const run = (demoRdAmount?: number) =>
      item(
        evaluateEligibility(
          ruleset,
          demoOnly({
            topics: ['demo-rd-subsidy'],
            demoRdDeclared: 'yes',
            demoRdYear: 2027,
            ...(demoRdAmount === undefined ? {} : { demoRdAmount }),
          }),
        ),
        'demo-rd-subsidy',
      );
    expect(run(4_000_000)).toMatchObject({ status: 'eligible', amount: { min: 400_000, max: 400_000 } });
    // 10% of 8,000,000 is 800,000: the cap of 500,000 applies.
    const capped = run(8_000_000);
    expect(capped).toMatchObject({ status: 'eligible', amount: { min: 500_000, max: 500_000 } });
    expect(capped.reasons.map((r) => r.text).join('')).toContain('上限');
    // Not known yet: anything up to the cap, and the page says what decides it.
    const open = run();
    expect(open).toMatchObject({ status: 'depends', amount: { min: 0, max: 500_000 } });
    expect(open.decidedBy).toContain('10%');
    expect(run(0)).toMatchObject({ status: 'ineligible', amount: { min: 0, max: 0 } });
    // Spending outside the term is not covered, however large.
    expect(
      item(
        evaluateEligibility(
          ruleset,
          demoOnly({ topics: ['demo-rd-subsidy'], demoRdDeclared: 'yes', demoRdYear: 2025, demoRdAmount: 4_000_000 }),
        ),
        'demo-rd-subsidy',
      ).status,
    ).toBe('ineligible');
  });

  it('pays the first-recognition reward once per enterprise, only for a first recognition within the term', () => {
    const run = (answers: Record<string, unknown>) =>
      evaluateEligibility(
        ruleset,
        demoOnly({
          topics: ['demo-hte-first', 'demo-institute'],
          demoInstitutes: [
            { grade: 'c', gradeYear: 2026 },
            { grade: 'a', gradeYear: 2028 },
          ],
          ...answers,
        }),
      );
    const once = run({ demoHteFirst: 'yes', demoHteFirstYear: 2028 });
    // Asked once, whatever the number of entries in the enterprise's groups.
    expect(once.items.filter((i) => i.id === 'demo-hte-first')).toHaveLength(1);
    expect(item(once, 'demo-hte-first')).toMatchObject({ status: 'eligible', amount: { min: 100_000, max: 100_000 } });
    expect(once.total).toEqual({ certain: 100_000 + 100_000 + 300_000, possible: 500_000 });
    const before = item(run({ demoHteFirst: 'yes', demoHteFirstYear: 2025 }), 'demo-hte-first');
    expect(before.status).toBe('ineligible');
    expect(before.reasons[0]?.text).toContain('2025年，早于');
    expect(item(run({ demoHteFirst: 'no' }), 'demo-hte-first')).toMatchObject({
      status: 'ineligible',
      reasons: [{ text: '这一项只奖励首次认定的企业，再次认定的不在此列。' }],
    });
    expect(item(run({ demoHteFirst: 'unsure' }), 'demo-hte-first')).toMatchObject({
      status: 'unknown',
      amount: { min: 100_000, max: 100_000 },
      confirm: [{ field: 'demoHteFirst' }],
    });
  });

  it("applies the fixture's own preconditions, and not the real plan's", () => {
    // Outside Wuhua: refused with the fixture's own words.
    const outside = evaluateEligibility(ruleset, {
      ...demoOnly({ topics: ['demo-hte-first'], demoHteFirst: 'yes', demoHteFirstYear: 2027 }),
      inWuhua: 'no',
    });
    expect(item(outside, 'demo-hte-first').reasons[0]?.text).toBe('示例办法只适用于在五华区注册或纳入五华区统计的企业、事业单位。');
    // The plan's R&D and patent questions (五（二）2) are neither asked nor applied for the fixture's items.
    const alone = evaluateEligibility(ruleset, demoOnly({ topics: ['demo-hte-first'], demoHteFirst: 'yes', demoHteFirstYear: 2027 }));
    expect(item(alone, 'demo-hte-first').reasons.map((r) => r.clause)).not.toContain('s5-2-2');
    expect(() =>
      evaluateEligibility(ruleset, demoOnly({ topics: ['hte'], hteRecertified: 'yes', hteYear: 2019, revenueGrowth: 'yes' })),
    ).toThrow(/rdSpending: is required/);
  });

  it('validates the fixture answers as strictly as the plan’s, naming the flat field', () => {
    const bad = () =>
      evaluateEligibility(
        ruleset,
        demoOnly({ topics: ['demo-institute'], demoInstitutes: [{ grade: 'b', gradeYear: 2027 }, { grade: 'd' }] }),
      );
    expect(bad).toThrow(AnswersError);
    try {
      bad();
    } catch (error) {
      expect((error as AnswersError).errors).toEqual([
        { field: 'demoInstitute2Grade', value: 'd', message: 'must be one of "a", "b", "c", "other", "pending", "unsure"' },
      ]);
    }
    // At most 5 研发机构, as the fixture's checker.yaml says.
    const six = Array.from({ length: 6 }, () => ({ grade: 'a', gradeYear: 2027 }));
    expect(() => evaluateEligibility(ruleset, demoOnly({ topics: ['demo-institute'], demoInstitutes: six }))).toThrow(
      /demoInstitutes: has more than 5 entries/,
    );
  });

  it('publishes the fixture fields in the answers JSON Schema, and the browser check agrees', () => {
    const schema = answersJsonSchema(ruleset) as JsonSchema;
    const props = schema.properties ?? {};
    for (const field of [
      'demoRdDeclared',
      'demoRdYear',
      'demoRdAmount',
      'demoHteFirst',
      'demoHteFirstYear',
      'demoInstitutes',
      'hteYear',
      'platforms',
    ])
      expect(Object.keys(props)).toContain(field);
    expect(props['demoRdAmount']).toMatchObject({ type: 'integer', minimum: 0 });
    expect(props['demoInstitutes']).toMatchObject({
      type: 'array',
      maxItems: 5,
      items: { properties: { grade: { enum: ['a', 'b', 'c', 'other', 'pending', 'unsure'] }, gradeYear: { type: 'integer' } } },
    });
    expect(props['topics']?.items?.enum).toEqual(
      expect.arrayContaining(['demo-rd-subsidy', 'demo-hte-first', 'demo-institute', 'hte', 'platform']),
    );
    expect(checkObject(schema, BOTH)).toEqual([]);
    expect(checkObject(schema, { ...BOTH, demoRdAmount: -1 })).not.toEqual([]);
    expect(checkObject(schema, { ...BOTH, demoInstitutes: [{ grade: 'd' }] })).not.toEqual([]);
  });

  it('reads and writes the fixture fields in the flat form the URL and the roster use', () => {
    const fragment =
      'applicant=enterprise&inWuhua=yes&topics=demo-institute,hte&demoInstitute1Grade=a&demoInstitute1GradeYear=2027&demoInstitute2Grade=pending&hteRecertified=yes&step=result';
    const { answers, problems } = parseFlat(ruleset, new URLSearchParams(fragment), ['step']);
    expect(problems).toEqual([]);
    expect(answers).toEqual({
      applicant: 'enterprise',
      inWuhua: 'yes',
      topics: ['demo-institute', 'hte'],
      hteRecertified: 'yes',
      demoInstitutes: [{ grade: 'a', gradeYear: 2027 }, { grade: 'pending' }],
    });
    const columns = flatColumns(ruleset, 2);
    expect(columns).toEqual(
      expect.arrayContaining([
        'demoRdAmount',
        'demoHteFirstYear',
        'demoInstitute1Grade',
        'demoInstitute2GradeYear',
        'platform1Type',
        'hteYear',
      ]),
    );
    expect(columns).not.toContain('demoInstitute3Grade');
  });

  it('refuses a fixture that reuses an answer field of the real plan, naming both files', () => {
    const clash = prepareScratchTree(join(WORK, 'clash'), (content) => {
      addFixturePolicy(content);
      const file = join(content, `policies/${FIXTURE_POLICY}/checker.yaml`);
      writeFileSync(file, readFileSync(file, 'utf8').replace('id: demoHteFirstYear', 'id: hteYear'));
      const rule = join(content, 'rules/demo-hte-first.yaml');
      writeFileSync(rule, readFileSync(rule, 'utf8').replace('year: demoHteFirstYear', 'year: hteYear'));
    });
    expect(() => loadRuleset(clash.content, day(FIXTURE_BUILD_DATE))).toThrow(
      'content/policies/wuhua-2018-5/checker.yaml: field topics.1.questions.1.id: answer field already defined in content/policies/demo-2026-1/checker.yaml (value: "hteYear")',
    );
  });
});

describe('npm run eligibility with the fixture policy', () => {
  it('evaluates an answers file under both policies, reading content from CONTENT_DIR', () => {
    const file = join(WORK, 'answers.json');
    writeFileSync(file, JSON.stringify(BOTH));
    const run = spawnSync('node_modules/.bin/node', ['scripts/eligibility.ts', file], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: tree.env['CONTENT_DIR'] },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as EligibilityResult;
    // The CLI reads today's date: the fixture's state is whatever its term says today, as loadRuleset says it.
    const today = loadRuleset(tree.content);
    expect(result.policies.map((p) => [p.id, p.state])).toEqual(today.policies.map((p) => [p.id, p.state]));
    expect(result.items.map((i) => [i.policy, i.id, i.amount.max])).toEqual([
      [FIXTURE_POLICY, 'demo-rd-subsidy', 300_000],
      [FIXTURE_POLICY, 'demo-hte-first', 100_000],
      [FIXTURE_POLICY, 'demo-institute', 200_000],
      [FIXTURE_POLICY, 'demo-institute', 300_000],
      ['wuhua-2018-5', 'hte', 40_000],
      ['wuhua-2018-5', 'platform', 20_000],
    ]);
    expect(result.total).toEqual({ certain: 660_000, possible: 960_000 });
  });

  it('without CONTENT_DIR, knows nothing of the fixture', () => {
    const file = join(WORK, 'demo.json');
    writeFileSync(file, JSON.stringify(demoOnly({ topics: ['demo-hte-first'], demoHteFirst: 'yes', demoHteFirstYear: 2027 })));
    const env = { ...process.env };
    delete env['CONTENT_DIR'];
    const run = spawnSync('node_modules/.bin/node', ['scripts/eligibility.ts', file], { encoding: 'utf8', env });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('field demoHteFirst: is not a known answer field');
  });
});
