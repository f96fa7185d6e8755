import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRuleset } from '../../scripts/lib/load-ruleset';
import { evaluateEligibility } from '../../src/lib/eligibility/evaluate';

/**
 * Scenario tests as data (OpenFisca style): tests/rules/*.yaml hold cases named as sentences,
 * with answers and the expected status and sum of each support item.
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
interface ScenarioFile {
  defaults: Record<string, unknown>;
  cases: Array<{ name: string; answers: Record<string, unknown>; expect: Record<string, Expectation>; total?: number | [number, number] }>;
}

const ruleset = loadRuleset();
const dir = new URL('../rules/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const range = (value: number | [number, number]) => (Array.isArray(value) ? { min: value[0], max: value[1] } : { min: value, max: value });

it('has at least 40 scenarios', () => {
  const count = files.reduce((n, f) => n + (parse(readFileSync(new URL(f, dir), 'utf8')) as ScenarioFile).cases.length, 0);
  expect(count).toBeGreaterThanOrEqual(40);
});

it('covers every support item in the ruleset', () => {
  const covered = new Set(files.flatMap((f) => (parse(readFileSync(new URL(f, dir), 'utf8')) as ScenarioFile).cases.flatMap((c) => Object.keys(c.expect))));
  expect([...covered].sort()).toEqual(ruleset.items.map((i) => i.id).sort());
});

for (const file of files) {
  const scenarios = parse(readFileSync(new URL(file, dir), 'utf8')) as ScenarioFile;
  describe(file, () => {
    for (const scenario of scenarios.cases) {
      it(scenario.name, () => {
        const result = evaluateEligibility(ruleset, { ...scenarios.defaults, ...scenario.answers });
        for (const [id, want] of Object.entries(scenario.expect)) {
          const item = result.items.find((i) => i.id === id);
          expect(item, `item ${id} in the result`).toBeDefined();
          if (!item) continue;
          expect(item.status, `${id} status`).toBe(want.status);
          if (want.amount !== undefined) expect(item.amount, `${id} amount`).toEqual(range(want.amount));
          if (want.status === 'ineligible') expect(item.amount).toEqual({ min: 0, max: 0 });
          if (want.reason) expect(item.reasons.map((r) => r.text).join('\n')).toContain(want.reason);
          if (want.confirm) expect(item.confirm.map((c) => c.field)).toEqual(want.confirm);
          if (want.nextStep) expect(item.nextStep).toContain(want.nextStep);
          if (want.decidedBy) expect(item.decidedBy).toContain(want.decidedBy);
          if (want.notPaidTwice) expect(item.notPaidTwice).toContain(want.notPaidTwice);
          for (const reason of item.reasons) expect(reason.clause, `${id}: every reason cites a clause`).toMatch(/^s\d/);
        }
        if (scenario.total !== undefined) expect(result.total).toEqual(range(scenario.total));
      });
    }
  });
}
