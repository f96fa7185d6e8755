import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../scripts/lib/load-ruleset';
import { evaluateAnswers } from '../../src/lib/eligibility/assess';
import { evaluateEligibility } from '../../src/lib/eligibility/evaluate';
import { answerFields, flatColumns, parseFlat, toFlat } from '../../src/lib/eligibility/flat';
import {
  applicableSteps,
  isShown,
  missingAnswers,
  nextIncompleteStep,
  pruneAnswers,
  type Draft,
  type FlowStep,
} from '../../src/lib/eligibility/flow';
import { checkObject, type JsonSchema } from '../../src/lib/eligibility/json-schema-check';
import { readRosterRecord } from '../../src/lib/eligibility/roster';
import type { EligibilityResult, Entry, Group, Question } from '../../src/lib/eligibility/types';
import { validateAnswers } from '../../src/lib/eligibility/validate';
import { evaluateVerdicts } from '../../src/lib/eligibility/verdicts';
import { answersJsonSchema, answersSchema } from '../../src/schemas/answers';

/**
 * Properties of the checker over answers generated from the ruleset's own questions (fast-check):
 * the flow always ends in a result, sums and totals are consistent, answers survive the URL, higher
 * recognition never lowers a maximum, and the browser's JSON Schema check agrees with zod.
 */

const ruleset = loadRuleset();
const { top, groups } = answerFields(ruleset);
const RUNS = { numRuns: 150 };
/** More steps than any walk can need: every top-level step, and every entry page of up to MAX_ENTRIES per group. */
const MAX_ENTRIES = 3;
const STEP_LIMIT =
  10 + ruleset.steps.length + ruleset.policies.reduce((n, p) => n + p.steps.length + p.topics.length * (MAX_ENTRIES + 1), 0);

const TERM = {
  start: Math.min(...ruleset.policies.flatMap((p) => p.items.map((i) => i.termStartYear))),
  end: Math.max(...ruleset.policies.flatMap((p) => p.items.map((i) => i.termEndYear))),
};

/**
 * A valid answer to a question. Content lists the option that qualifies first, so the first option comes
 * up more often, and years fall mostly in the term: paths then reach eligible results, not only refusals.
 */
function validValue(question: Question): fc.Arbitrary<unknown> {
  const values = question.options?.map((o) => o.value) ?? [];
  switch (question.kind) {
    case 'choice':
      return fc.oneof(fc.constant(values[0]), fc.constantFrom(...values));
    case 'choices':
      return fc.subarray(values, { minLength: question.optional ? 0 : 1 });
    case 'year':
      return fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: TERM.start, max: TERM.end }) },
        { weight: 2, arbitrary: fc.integer({ min: TERM.start - 3, max: TERM.end + 3 }) },
        { weight: 1, arbitrary: fc.integer({ min: 1990, max: 2100 }) },
      );
    case 'number':
      return fc.integer({ min: 1, max: 8 });
    case 'amount':
      return fc.integer({ min: 0, max: 10_000_000 });
  }
}

/** The values an entry page writes to (creating the entry), or the top level. */
function target(step: FlowStep, draft: Draft): Record<string, unknown> {
  const group = step.topic?.group;
  if (!group || !step.entry) return draft;
  const list = ((draft[group.id] as Entry[] | undefined) ??= []);
  while (list.length < step.entry) list.push({});
  return list[step.entry - 1] as Entry;
}

/**
 * Answers the checker the way a user does: the next incomplete step, each of its shown questions not yet
 * answered, then now and then "add another" on a group page. Fails if a step comes back (a loop) or the
 * walk runs past STEP_LIMIT.
 */
function walk(g: fc.GeneratorValue, start: Draft = {}): Draft {
  const draft: Draft = structuredClone(start);
  const seen = new Set<string>();
  for (let round = 0; round < STEP_LIMIT; round += 1) {
    const step = nextIncompleteStep(ruleset, draft);
    if (!step) {
      const more = applicableSteps(ruleset, draft).filter(
        (s) => s.kind === 'more' && ((draft[s.topic?.group?.id ?? ''] as Entry[] | undefined)?.length ?? 0) < MAX_ENTRIES,
      );
      if (!more.length || !g(fc.boolean)) return draft;
      const group = g(fc.constantFrom, ...more).topic?.group as Group;
      (draft[group.id] as Entry[]).push({});
      continue;
    }
    // Until the flow is done, the validation must refuse the answers too.
    expect(validateAnswers(ruleset, draft).ok, `incomplete at ${step.id}, yet valid: ${JSON.stringify(draft)}`).toBe(false);
    const key = `${step.id}:${JSON.stringify(draft)}`;
    expect(seen.has(key), `step ${step.id} asked twice with the same answers`).toBe(false);
    seen.add(key);
    const values = target(step, draft);
    for (const q of step.questions) {
      if (values[q.id] !== undefined || !isShown(q, values, draft)) continue;
      if (q.optional && g(fc.boolean)) continue;
      values[q.id] = g(validValue, q);
    }
  }
  throw new Error(`the flow did not end within ${STEP_LIMIT} steps: ${JSON.stringify(draft)}`);
}

/** Complete answers, reached by walking the flow. */
const completeAnswers = fc.gen().map((g) => walk(g));

describe('the question flow', () => {
  it('ends in a result on every path: the answers are then valid and each chosen topic has results', () => {
    fc.assert(
      fc.property(completeAnswers, (draft) => {
        expect(missingAnswers(ruleset, draft)).toEqual([]);
        const valid = validateAnswers(ruleset, draft);
        expect(valid.ok).toBe(true);
        if (!valid.ok) return;
        const result = evaluateAnswers(ruleset, valid.answers);
        for (const topic of valid.answers.topics)
          expect(
            result.items.some((i) => ruleset.policies.some((p) => p.items.some((x) => x.id === i.id && x.topic === topic))),
            topic,
          ).toBe(true);
      }),
      RUNS,
    );
  });

  it('answers of questions not shown change nothing: pruning is idempotent and keeps what the flow asked', () => {
    fc.assert(
      fc.property(completeAnswers, (draft) => {
        const pruned = pruneAnswers(ruleset, draft);
        expect(pruneAnswers(ruleset, pruned)).toEqual(pruned);
        // The walk answers only questions shown, so nothing it wrote is dropped.
        expect(pruned).toEqual(draft);
      }),
      RUNS,
    );
  });
});

describe('sums and totals', () => {
  it('gives every item 0 ≤ min ≤ max, exact when eligible and 0 when ineligible', () => {
    fc.assert(
      fc.property(completeAnswers, (draft) => {
        for (const item of evaluateEligibility(ruleset, draft).items) {
          const where = `${item.id}${item.entry ? ` ${item.entry.label}` : ''}: ${item.status}`;
          expect(item.amount.min, where).toBeGreaterThanOrEqual(0);
          expect(item.amount.min, where).toBeLessThanOrEqual(item.amount.max);
          if (item.status === 'eligible') expect(item.amount.min, where).toBe(item.amount.max);
          if (item.status === 'ineligible') expect(item.amount, where).toEqual({ min: 0, max: 0 });
          if (item.status === 'unknown') expect(item.confirm.length, where).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('totals: 确定可得 is the sum of eligible sums, 最多可能 the sum of maxima not ruled out, per policy and overall', () => {
    fc.assert(
      fc.property(completeAnswers, (draft) => {
        const result = evaluateEligibility(ruleset, draft);
        const sum = (list: typeof result.items, pick: (i: (typeof result.items)[number]) => number) =>
          list.reduce((n, i) => n + pick(i), 0);
        const certain = sum(result.items, (i) => (i.status === 'eligible' ? i.amount.min : 0));
        const possible = sum(result.items, (i) => (i.status === 'ineligible' ? 0 : i.amount.max));
        expect(result.total).toEqual({ certain, possible });
        expect(certain).toBeLessThanOrEqual(possible);
        expect(result.policies.reduce((n, p) => n + p.total.certain, 0)).toBe(certain);
        expect(result.policies.reduce((n, p) => n + p.total.possible, 0)).toBe(possible);
      }),
      RUNS,
    );
  });
});

describe('answers in the URL', () => {
  it('round-trip through flat fields to the same answers', () => {
    fc.assert(
      fc.property(completeAnswers, (draft) => {
        const answers = pruneAnswers(ruleset, draft);
        const url = new URLSearchParams(toFlat(ruleset, answers)).toString();
        expect(parseFlat(ruleset, new URLSearchParams(url))).toEqual({ answers, problems: [], migrated: false });
      }),
      RUNS,
    );
  });
});

describe('recognition ladders', () => {
  const ladderTopics = ruleset.policies.flatMap((p) =>
    p.topics.filter((t) => t.group && t.questions.some((q) => q.id === 'provincial') && t.questions.some((q) => q.id === 'national')),
  );

  it('has ladder topics to test', () => {
    expect(ladderTopics.map((t) => t.id)).toEqual(['platform', 'incubator', 'science-base']);
  });

  it('a higher recognition, recommended and in the term, never lowers the maximum of its entry', () => {
    const scenario = fc.gen().map((g) => {
      const topic = g(fc.constantFrom, ...ladderTopics);
      const draft = walk(g, { applicant: g(fc.constantFrom, ...topic.applicants), topics: [topic.id] });
      const group = topic.group as Group;
      const index = g(fc.integer, { min: 0, max: (draft[group.id] as Entry[]).length - 1 });
      return {
        draft,
        group,
        index,
        level: g(fc.constantFrom, 'provincial', 'national'),
        year: g(fc.integer, { min: TERM.start, max: TERM.end }),
      };
    });
    fc.assert(
      fc.property(scenario, ({ draft, group, index, level, year }) => {
        const withEntry = (entry: Entry) => ({
          ...draft,
          [group.id]: (draft[group.id] as Entry[]).map((e, i) => (i === index ? entry : e)),
        });
        const { [`${level}Year`]: _, ...rest } = (draft[group.id] as Entry[])[index] as Entry;
        const maxOf = (answers: Draft) =>
          evaluateEligibility(ruleset, answers)
            .items.filter((i) => i.entry?.group === group.id && i.entry.index === index + 1)
            .map((i) => i.amount.max);
        const before = maxOf(withEntry({ ...rest, [level]: 'no' }));
        const after = maxOf(withEntry({ ...rest, [level]: 'recommended', [`${level}Year`]: year }));
        expect(before.length).toBeGreaterThan(0);
        after.forEach((max, i) => expect(max).toBeGreaterThanOrEqual(before[i] as number));
      }),
      RUNS,
    );
  });
});

describe('the browser JSON Schema check', () => {
  const schema = answersJsonSchema(ruleset) as JsonSchema;
  const zod = answersSchema(ruleset);
  const HOSTILE_KEYS = ['salary', 'year', 'platformType', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'Type', ''];

  /** Values that are wrong for some field or other: wrong types, fractions, NaN, empty and nested things. */
  const wrong: fc.Arbitrary<unknown> = fc.oneof(
    fc.constantFrom(
      null,
      true,
      '',
      'bogus',
      'yes',
      'key-lab',
      2019.5,
      -1,
      0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      [],
      {},
      ['bogus'],
      ['yes'],
    ),
    fc.integer({ min: 1980, max: 2110 }),
    fc.string({ maxLength: 4 }),
  );
  /** Mostly a valid value, else a near miss: a year just out of range, a wrong option, a list item wrong. */
  const nearValue = (question: Question): fc.Arbitrary<unknown> => {
    const values = question.options?.map((o) => o.value) ?? [];
    const near =
      question.kind === 'choices'
        ? fc.array(fc.oneof(fc.constantFrom(...values), wrong), { maxLength: 3 })
        : question.kind === 'choice'
          ? fc.oneof(fc.constantFrom(...values.map((v) => v.toUpperCase()), `${values[0]} `), wrong)
          : fc.oneof(fc.integer({ min: -10, max: 3000 }), fc.constantFrom(1989, 2101, 0, 100001, 1e12, 1e12 + 1), wrong);
    return fc.oneof({ weight: 4, arbitrary: validValue(question) }, { weight: 1, arbitrary: near });
  };
  /** An object of some of the fields, and maybe a few extra ones, each set as an own property ("__proto__" included). */
  const objectOf = (fields: Map<string, fc.Arbitrary<unknown>>, extraKeys: string[], extra: fc.Arbitrary<unknown>) =>
    fc
      .tuple(
        fc.subarray([...fields.keys()]),
        fc.oneof(
          { weight: 4, arbitrary: fc.constant([]) },
          { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom(...extraKeys), extra), { minLength: 1, maxLength: 2 }) },
        ),
      )
      .chain(([keys, extras]) =>
        fc
          .tuple(...keys.map((k) => (fields.get(k) as fc.Arbitrary<unknown>).map((v): [string, unknown] => [k, v])))
          .map((pairs) => Object.fromEntries([...pairs, ...extras])),
      );

  /** An entry; its extra fields may hold an entry list nested under the group's own name. */
  const entry = (fields: Map<string, Question>, group: Group) =>
    objectOf(
      new Map([...fields].map(([id, q]) => [id, nearValue(q)])),
      [...HOSTILE_KEYS, group.id],
      fc.oneof(wrong, fc.constant([{ type: 'other' }])),
    );
  const groupArbs = new Map(
    [...groups.values()].map(({ group, fields }) => [
      group.id,
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc.array(fc.oneof({ weight: 6, arbitrary: entry(fields, group) }, { weight: 1, arbitrary: wrong }), { maxLength: 3 }),
        },
        { weight: 1, arbitrary: fc.array(entry(fields, group), { minLength: group.max - 1, maxLength: group.max + 2 }) },
        { weight: 1, arbitrary: wrong },
      ),
    ]),
  );
  const answersLike: fc.Arbitrary<unknown> = fc.oneof(
    {
      weight: 12,
      arbitrary: objectOf(
        new Map([...[...top].map(([id, spec]): [string, fc.Arbitrary<unknown>] => [id, nearValue(spec.question)]), ...groupArbs]),
        HOSTILE_KEYS,
        wrong,
      ),
    },
    { weight: 1, arbitrary: wrong },
  );

  it('accepts exactly what zod accepts, on near-valid answers', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(answersLike, (input) => {
        const zodOk = zod.safeParse(input).success;
        expect(checkObject(schema, input).length === 0).toBe(zodOk);
        if (zodOk) accepted += 1;
        else refused += 1;
      }),
      { numRuns: 600 },
    );
    // The generated answers exercise both verdicts.
    expect(accepted).toBeGreaterThan(30);
    expect(refused).toBeGreaterThan(30);
  });
});

describe('the roster', () => {
  /** What the results sheet needs of a full evaluation: each result's item, entry, status and sum, and the totals. */
  const sheetView = (result: EligibilityResult) => ({
    items: result.items.map((i) => ({
      policy: i.policy,
      id: i.id,
      entry: i.entry && { group: i.entry.group, index: i.entry.index },
      status: i.status,
      amount: i.amount,
    })),
    total: result.total,
  });

  it('judges each result as the full evaluation does (statuses, sums, totals), the first time and from what it remembered', () => {
    let remembered = 0;
    fc.assert(
      fc.property(completeAnswers, (draft) => {
        const valid = validateAnswers(ruleset, draft);
        if (!valid.ok) throw new Error(`the walk gave invalid answers: ${JSON.stringify(draft)}`);
        const expected = sheetView(evaluateAnswers(ruleset, valid.answers));
        const first = evaluateVerdicts(ruleset, valid.answers);
        expect(first).toEqual(expected);
        // Every result now rests on what was read: the same answers are judged from memory alone.
        expect(evaluateVerdicts(ruleset, structuredClone(valid.answers))).toEqual(expected);
        remembered += first.items.length;
      }),
      { numRuns: 300 },
    );
    expect(remembered).toBeGreaterThan(300);
  });

  /** A roster row: complete answers as flat cells, now and then a cell spoilt (a wrong option, a fraction, spaces, a list with a stranger). */
  const columns = ['名称', ...flatColumns(ruleset, MAX_ENTRIES)];
  const SPOILT = ['bogus', ' yes ', '2019.5', '0', '1989', '2101', 'yes;no', 'key-lab,bogus', '100001', '007', '', ' ', 'unsure'];
  const rosterRow = fc.gen().map((g) => {
    const cells = new Map(toFlat(ruleset, walk(g)));
    return columns.map((column) => {
      if (column === '名称') return g(fc.constantFrom, '甲公司', '', '=HYPERLINK("x")');
      const cell = cells.get(column) ?? '';
      return g(fc.integer, { min: 0, max: 40 }) === 0 ? g(fc.constantFrom, ...SPOILT) : cell;
    });
  });

  it('reads a good row as the checker reads the same answers: no problems, and the full evaluation’s statuses and sums', () => {
    fc.assert(
      fc.property(completeAnswers, (draft) => {
        const answers = pruneAnswers(ruleset, draft);
        // The columns of these answers only: an empty list cell is an answer ("none of these"), so it would add an entry.
        const flat = toFlat(ruleset, answers);
        const row = readRosterRecord(ruleset, ['名称', ...flat.map(([key]) => key)], ['甲公司', ...flat.map(([, cell]) => cell)], 2);
        expect(row?.problems).toEqual([]);
        expect(row?.result).toEqual(sheetView(evaluateEligibility(ruleset, answers)));
      }),
      RUNS,
    );
  });

  it('reads rows under one header (its plan and remembered cells shared by the rows) as it reads each row alone', () => {
    fc.assert(
      fc.property(fc.array(rosterRow, { minLength: 1, maxLength: 6 }), (rows) => {
        const together = rows.map((cells, i) => readRosterRecord(ruleset, columns, cells, i + 2));
        const alone = rows.map((cells, i) => readRosterRecord(ruleset, [...columns], cells, i + 2));
        expect(together).toEqual(alone);
      }),
      { numRuns: 60 },
    );
  });
});
