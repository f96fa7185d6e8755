/**
 * Proof that a new policy needs content only, on a real build: a scratch copy of content/ with the
 * fictional 示例〔2026〕1号 (tests/fixtures/, never published) beside the real plan. The test adds files
 * under content/ and nothing else; the checker page, the decision table, the ruleset and the answers'
 * JSON Schema must all carry both policies.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CHECKS } from '../../scripts/lib/dist-checks';
import { loadDistSite } from '../../scripts/lib/dist-site';
import { buildWithContent, type ScratchBuild } from '../../scripts/lib/scratch-build';
import { addFixturePolicy, FIXTURE_BUILD_DATE, FIXTURE_DOC_NUMBER, FIXTURE_POLICY } from '../helpers/fixture-policy';

const WORK = '.cache/fixture-policy-site';

const FIXTURE_ITEMS = ['研发费用补助（示例）', '首次认定高新技术企业奖励（示例）', '新型研发机构绩效奖励（示例）'];
const PLAN_ITEMS = [
  '研发投入排名扶持',
  '高新技术企业再认定扶持',
  '科技创新平台认定扶持',
  '孵化器和众创空间认定扶持',
  '科技领军人才',
  '云南省创新团队',
];

let build: ScratchBuild;
const file = (path: string) => readFileSync(join(build.dist, path), 'utf8');
const html = (path: string) => load(file(path));

interface Published {
  policies: Array<{ id: string; docNumber: string; state: string; items: Array<{ id: string; amount: { kind: string } }> }>;
}

beforeAll(() => {
  // The fixture is in force on this day and the real plan has expired, so the pages must show both states.
  const before = process.env['SITE_BUILD_DATE'];
  process.env['SITE_BUILD_DATE'] = FIXTURE_BUILD_DATE;
  try {
    build = buildWithContent(WORK, addFixturePolicy);
  } finally {
    if (before === undefined) delete process.env['SITE_BUILD_DATE'];
    else process.env['SITE_BUILD_DATE'] = before;
  }
}, 600_000);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('a build with a second policy added as content only', { timeout: 600_000 }, () => {
  it('succeeds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('publishes both policies in /data/rules.json, each with its state', () => {
    const rules = JSON.parse(file('data/rules.json')) as Published;
    expect(rules.policies.map((p) => [p.id, p.docNumber, p.state]).sort()).toEqual([
      [FIXTURE_POLICY, FIXTURE_DOC_NUMBER, 'in-force'],
      ['wuhua-2018-5', '五发〔2018〕5号', 'expired'],
    ]);
    const demo = rules.policies.find((p) => p.id === FIXTURE_POLICY)!;
    expect(demo.items.map((i) => [i.id, i.amount.kind])).toEqual([
      ['demo-rd-subsidy', 'percent'],
      ['demo-hte-first', 'fixed'],
      ['demo-institute', 'table'],
    ]);
    expect(rules.policies.find((p) => p.id === 'wuhua-2018-5')!.items).toHaveLength(10);
  });

  it("puts the fixture's fields in /data/answers.schema.json beside the plan's", () => {
    const schema = JSON.parse(file('data/answers.schema.json')) as {
      properties: Record<string, { items?: { enum?: string[]; properties?: Record<string, unknown> } }>;
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'demoRdDeclared',
        'demoRdYear',
        'demoRdAmount',
        'demoHteFirst',
        'demoHteFirstYear',
        'demoInstitutes',
        'hteYear',
        'platforms',
        'talents',
      ]),
    );
    expect(Object.keys(schema.properties['demoInstitutes']?.items?.properties ?? {})).toEqual(['grade', 'gradeYear']);
    expect(schema.properties['topics']?.items?.enum).toEqual(
      expect.arrayContaining(['demo-rd-subsidy', 'demo-hte-first', 'demo-institute', 'rd-ranking', 'team']),
    );
  });

  it('embeds both policies in the checker page', () => {
    const $ = html('checker/index.html');
    const embedded = $('script[type="application/json"]')
      .toArray()
      .map((el) => JSON.parse($(el).text()) as Partial<Published>)
      .find((data) => Array.isArray(data.policies));
    expect(embedded, 'no embedded ruleset with policies on /checker/').toBeDefined();
    expect(embedded!.policies!.map((p) => [p.id, p.state]).sort()).toEqual([
      [FIXTURE_POLICY, 'in-force'],
      ['wuhua-2018-5', 'expired'],
    ]);
  });

  it("lists both policies' items on /checker/rules/, each policy named with its 文号 and status", () => {
    const text = html('checker/rules/index.html')('main').text();
    for (const title of [...FIXTURE_ITEMS, ...PLAN_ITEMS]) expect(text).toContain(title);
    for (const words of [FIXTURE_DOC_NUMBER, '五发〔2018〕5号', '现行有效', '已到期']) expect(text).toContain(words);
  });

  it("publishes the fixture's 原文 with the anchors its results cite", () => {
    expect(existsSync(join(build.dist, `policy/${FIXTURE_POLICY}/original/index.html`))).toBe(true);
    const $ = html(`policy/${FIXTURE_POLICY}/original/index.html`);
    for (const anchor of ['s2-1', 's2-2', 's2-3']) expect($(`[id="${anchor}"]`).length, anchor).toBe(1);
  });

  it("passes the post-build checks on the fixture's own pages (links and anchors, HTML, titles)", () => {
    const site = loadDistSite(build.dist);
    const pages = site.pages.filter((p) => p.urlPath.startsWith(`/policy/${FIXTURE_POLICY}/`));
    expect(pages.map((p) => p.urlPath).sort()).toEqual([
      `/policy/${FIXTURE_POLICY}/`,
      `/policy/${FIXTURE_POLICY}/faq/`,
      `/policy/${FIXTURE_POLICY}/original/`,
    ]);
    const problems = pages.flatMap((p) =>
      Object.entries(PAGE_CHECKS).flatMap(([name, check]) => check(p, site).map((problem) => `${p.urlPath} ${name}: ${problem}`)),
    );
    expect(problems).toEqual([]);
  });
});
