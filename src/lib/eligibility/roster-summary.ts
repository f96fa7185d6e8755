/**
 * What the batch page says about a whole roster before its table: how many rows were evaluated and how
 * many had problems, the roster's 确定可得 and 最多可能 added up, and for each support item how many
 * results fell under each status (an item of a repeatable group counts each entry).
 */
import type { RosterRow } from './roster.ts';
import type { ItemStatus, Ruleset } from './types.ts';

export interface RosterSummary {
  rows: number;
  evaluated: number;
  withProblems: number;
  total: { certain: number; possible: number };
  items: Array<{ policy: string; id: string; title: string; counts: Record<ItemStatus, number> }>;
}

export function rosterSummary(ruleset: Ruleset, rows: readonly RosterRow[]): RosterSummary {
  const several = ruleset.policies.length > 1;
  const items = ruleset.policies.flatMap((p) =>
    p.items.map((i) => ({
      policy: p.id,
      id: i.id,
      title: several ? `${p.shortTitle}·${i.title}` : i.title,
      counts: { eligible: 0, depends: 0, unknown: 0, ineligible: 0 },
    })),
  );
  const byKey = new Map(items.map((i) => [`${i.policy}/${i.id}`, i]));
  const total = { certain: 0, possible: 0 };
  let evaluated = 0;
  for (const row of rows) {
    if (!row.result) continue;
    evaluated += 1;
    total.certain += row.result.total.certain;
    total.possible += row.result.total.possible;
    for (const item of row.result.items) {
      const counts = byKey.get(`${item.policy}/${item.id}`)?.counts;
      if (counts) counts[item.status] += 1;
    }
  }
  return { rows: rows.length, evaluated, withProblems: rows.length - evaluated, total, items };
}

/** Rows with problems first (to fix them), then the rest; each part in roster order. */
export const problemsFirst = (rows: readonly RosterRow[]): RosterRow[] => [
  ...rows.filter((r) => r.problems.length),
  ...rows.filter((r) => !r.problems.length),
];
