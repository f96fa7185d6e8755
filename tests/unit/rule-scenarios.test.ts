import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRuleset } from '../../scripts/lib/load-ruleset';
import { evaluateEligibility } from '../../src/lib/eligibility/evaluate';
import type { EligibilityResult, ItemResult } from '../../src/lib/eligibility/types';

/**
 * Scenario tests as data (OpenFisca style): tests/rules/*.yaml hold cases named as sentences,
 * with answers and the expected status and sum of each support item. A case's answers replace the
 * file's defaults field by field (a list of entries replaces the defaults' list whole).
 *
 * An expectation's key addresses a result: `platform` is the item's only result,
 * `platform#2` the result for entry 2 of its group. `total` is {certain, possible}:
 * one number when both are equal, or [certain, possible].
 */
interface Expectation {
  status: string;
  amount?: number | [number, number];
  reason?: string;
  confirm?: string[];
  nextStep?: string;
  decidedBy?: string;
  notPaidTwice?: string;
}
interface Scenario {
  name: string;
  answers: Record<string, unknown>;
  expect: Record<string, Expectation>;
  total?: number | [number, number];
}
interface ScenarioFile {
  defaults: Record<string, unknown>;
  cases: Scenario[];
}

const EXPECTATION_KEYS = ['status', 'amount', 'reason', 'confirm', 'nextStep', 'decidedBy', 'notPaidTwice'];
const SCENARIO_KEYS = ['name', 'answers', 'expect', 'total'];

const ruleset = loadRuleset();
const dir = new URL('../rules/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const scenarioFiles = files.map((file) => ({ file, data: parse(readFileSync(new URL(file, dir), 'utf8')) as ScenarioFile }));
const allCases = scenarioFiles.flatMap(({ data }) => data.cases);

const range = (value: number | [number, number]) => (Array.isArray(value) ? { min: value[0], max: value[1] } : { min: value, max: value });
const totals = (value: number | [number, number]) =>
  Array.isArray(value) ? { certain: value[0], possible: value[1] } : { certain: value, possible: value };

/** "talent-leading#2" → the result for entry 2; "talent-leading" → the item's only result. */
function resultFor(result: EligibilityResult, key: string): ItemResult | undefined {
  const [id, index] = key.split('#');
  const matches = result.items.filter((i) => i.id === id);
  if (index === undefined) {
    expect(matches.length, `${key}: expected exactly one result (use ${key}#n for one of several entries)`).toBe(1);
    return matches[0];
  }
  return matches.find((i) => i.entry?.index === Number(index));
}

it('has at least 90 scenarios', () => {
  expect(allCases.length).toBeGreaterThanOrEqual(90);
});

it('gives every scenario a unique name', () => {
  const names = allCases.map((c) => c.name);
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
});

it('uses only known keys in scenarios and expectations, so a misspelt check cannot pass unnoticed', () => {
  const unknown = allCases.flatMap((c) => [
    ...Object.keys(c)
      .filter((k) => !SCENARIO_KEYS.includes(k))
      .map((k) => `${c.name}: ${k}`),
    ...Object.entries(c.expect).flatMap(([id, want]) =>
      Object.keys(want)
        .filter((k) => !EXPECTATION_KEYS.includes(k))
        .map((k) => `${c.name}: ${id}.${k}`),
    ),
  ]);
  expect(unknown).toEqual([]);
});

it('names a support item once: a topic with one item has its id, a topic with several prefixes them, and a scenario file named after a topic is that topic', () => {
  const drift = ruleset.policies.flatMap((policy) =>
    policy.topics.flatMap((topic) => {
      const items = policy.items.filter((item) => item.topic === topic.id);
      if (items.length === 1) return items[0]!.id === topic.id ? [] : [`topic ${topic.id} has one item, named ${items[0]!.id}`];
      return items
        .filter((item) => !item.id.startsWith(`${topic.id}-`))
        .map((item) => `item ${item.id} of topic ${topic.id} does not start with “${topic.id}-”`);
    }),
  );
  expect(drift).toEqual([]);
  const topicIds = new Set(ruleset.policies.flatMap((p) => p.topics.map((t) => t.id)));
  const itemIds = new Set(ruleset.policies.flatMap((p) => p.items.map((i) => i.id)));
  // A file named after an item or topic tests that one (rd-ranking.yaml); other names are themes (ladders.yaml).
  for (const { file, data } of scenarioFiles) {
    const name = file.replace(/\.yaml$/, '');
    if (!topicIds.has(name) && !itemIds.has(name)) continue;
    const keys = data.cases.flatMap((c) => Object.keys(c.expect).map((key) => key.split('#')[0] as string));
    expect(
      keys.filter((key) => key !== 'total' && key !== name && !key.startsWith(`${name}-`)),
      `${file} tests only ${name}`,
    ).toEqual([]);
  }
});

it('covers every support item in the ruleset', () => {
  const covered = new Set(allCases.flatMap((c) => Object.keys(c.expect).map((key) => key.split('#')[0])));
  expect([...covered].sort()).toEqual(ruleset.policies.flatMap((p) => p.items.map((i) => i.id)).sort());
});

for (const { file, data } of scenarioFiles) {
  describe(file, () => {
    for (const scenario of data.cases) {
      it(scenario.name, () => {
        const result = evaluateEligibility(ruleset, { ...data.defaults, ...scenario.answers });
        for (const [key, want] of Object.entries(scenario.expect)) {
          const item = resultFor(result, key);
          expect(item, `${key} in the result`).toBeDefined();
          if (!item) continue;
          expect(item.status, `${key} status`).toBe(want.status);
          if (want.amount !== undefined) expect(item.amount, `${key} amount`).toEqual(range(want.amount));
          if (want.status === 'ineligible') expect(item.amount, `${key}: ineligible pays nothing`).toEqual({ min: 0, max: 0 });
          if (want.reason) expect(item.reasons.map((r) => r.text).join('\n'), `${key} reasons`).toContain(want.reason);
          if (want.confirm)
            expect(
              item.confirm.map((c) => c.field),
              `${key} confirm`,
            ).toEqual(want.confirm);
          if (want.nextStep) expect(item.nextStep, `${key} nextStep`).toContain(want.nextStep);
          if (want.decidedBy) expect(item.decidedBy, `${key} decidedBy`).toContain(want.decidedBy);
          if (want.notPaidTwice) expect(item.notPaidTwice, `${key} notPaidTwice`).toContain(want.notPaidTwice);
          for (const reason of item.reasons) expect(reason.clause, `${key}: every reason cites a clause`).toMatch(/^s\d/);
        }
        if (scenario.total !== undefined) expect(result.total, 'total').toEqual(totals(scenario.total));
      });
    }
  });
}
