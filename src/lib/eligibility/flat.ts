/**
 * Answers as flat text fields, the one form shared by the checker's URL, its HTML forms and the roster
 * CSV: top-level fields by name ("inWuhua=yes"), lists joined by commas ("topics=hte,platform"),
 * repeatable groups numbered ("platform2MunicipalYear=2019"). One parser reads them all, field by
 * field, so a bad value costs only itself and is named in the problems.
 */
import { flatName } from './scope.ts';
import type { Answers, Entry, Group, Question, Ruleset } from './types.ts';
import { topicsQuestion, type AnswerError, type Draft } from './flow.ts';

/** Bounds of the number kinds. */
export const NUMBER_RANGE = { year: [1990, 2100], number: [1, 100000], amount: [0, 1e12] } as const;

export interface FieldSpec {
  question: Question;
  group?: Group | undefined;
}

type Fields = { top: Map<string, FieldSpec>; groups: Map<string, { group: Group; fields: Map<string, Question> }> };

/** Fields, old names and the numbered-field pattern, built once per ruleset: a roster parses thousands of rows against one. */
const indexes = new WeakMap<
  Ruleset,
  Fields & { legacy: Map<string, string[]>; pattern: RegExp | undefined; resolve: (key: string) => Resolved }
>();

function fieldIndex(ruleset: Ruleset) {
  const found = indexes.get(ruleset);
  if (found) return found;
  const top = new Map<string, FieldSpec>();
  const groups = new Map<string, { group: Group; fields: Map<string, Question> }>();
  // Every topic of every policy is a valid value here; which ones an applicant may choose is the flow's check.
  const topics = {
    ...topicsQuestion(ruleset, undefined),
    options: ruleset.policies.flatMap((p) => p.topics.map((t) => ({ value: t.id, label: t.label }))),
  };
  for (const step of ruleset.steps) for (const q of step.questions) top.set(q.id, { question: q });
  top.set('topics', { question: topics });
  for (const policy of ruleset.policies) {
    for (const step of policy.steps) for (const q of step.questions) top.set(q.id, { question: q });
    for (const topic of policy.topics) {
      if (topic.group) groups.set(topic.group.prefix, { group: topic.group, fields: new Map(topic.questions.map((q) => [q.id, q])) });
      else for (const q of topic.questions) top.set(q.id, { question: q });
    }
  }
  const legacy = new Map(ruleset.policies.flatMap((p) => Object.entries(p.legacy)));
  const pattern = groups.size ? new RegExp(`^(${[...groups.keys()].join('|')})(\\d{1,3})([A-Z][A-Za-z0-9]*)$`) : undefined;
  // What a key names, worked out once per key: the same columns come back on every row and every URL.
  const keys = new Map<string, Resolved>();
  const resolve = (key: string): Resolved => {
    let found = keys.get(key);
    if (found) return found;
    const match = pattern?.exec(key);
    const group = match ? groups.get(match[1] as string) : undefined;
    if (group && match) {
      const field = `${(match[3] as string).charAt(0).toLowerCase()}${(match[3] as string).slice(1)}`;
      found = { question: group.fields.get(field), group, index: Number(match[2]) };
    } else found = { question: top.get(key)?.question, legacy: top.has(key) ? undefined : legacy.get(key) };
    // Keys from URLs can be anything: remember only a bounded number of them.
    if (keys.size < 5000) keys.set(key, found);
    return found;
  };
  const index = { top, groups, legacy, pattern, resolve };
  indexes.set(ruleset, index);
  return index;
}

interface Resolved {
  question: Question | undefined;
  group?: { group: Group; fields: Map<string, Question> } | undefined;
  /** 1-based entry number. */
  index?: number | undefined;
  /** Today's names for an old field. */
  legacy?: string[] | undefined;
}

/** Every top-level answer field and every group, as the ruleset defines them (shared, not to be changed). */
export function answerFields(ruleset: Ruleset): Fields {
  const { top, groups } = fieldIndex(ruleset);
  return { top, groups };
}

/** What a cell of a question may hold, worked out once per question: a roster checks thousands of cells against the same few. */
interface CellRule {
  options: Set<string> | undefined;
  /** The message for a value that is not one of the options. */
  notAnOption: string;
}
const cellRules = new WeakMap<Question, CellRule>();
function cellRule(question: Question): CellRule {
  let rule = cellRules.get(question);
  if (!rule) {
    const values = question.options?.map((o) => o.value);
    rule = { options: values && new Set(values), notAnOption: `must be one of ${values?.map((v) => JSON.stringify(v)).join(', ')}` };
    cellRules.set(question, rule);
  }
  return rule;
}

type CellRead = { value: unknown } | { error: string };
/** An empty cell: no answer (but for a list, where it is "none of these"). */
const NO_ANSWER: CellRead = { value: undefined };
/** Different texts remembered per question and reader: every option and year, not every amount. */
const CELL_MEMO_LIMIT = 1000;

/** A text cell as the question's kind of value, or the reason it is not one. */
function readCell(question: Question, raw: string): CellRead {
  const cell = raw.trim();
  if (question.kind === 'choices') {
    const { options, notAnOption } = cellRule(question);
    const values = cell
      ? cell
          .split(/[;|、,，]/)
          .map((v) => v.trim())
          .filter(Boolean)
      : [];
    const bad = values.find((v) => !options?.has(v));
    return bad === undefined ? { value: [...new Set(values)] } : { error: notAnOption };
  }
  if (question.kind === 'choice') {
    const { options, notAnOption } = cellRule(question);
    return options?.has(cell) ? { value: cell } : { error: notAnOption };
  }
  if (!/^\d+$/.test(cell)) return { error: 'must be a whole number' };
  const value = Number(cell);
  const [min, max] = NUMBER_RANGE[question.kind];
  if (value < min) return { error: `must be at least ${min}` };
  if (value > max) return { error: `must be at most ${max}` };
  return { value };
}

type FlatResult = { answers: Draft; problems: AnswerError[]; migrated: boolean };

/**
 * Reads flat fields into answers. Empty cells are no answer (an empty list cell is "none of these", for a
 * numbered entry only when the entry has other answers: empty cells alone make no entry).
 * Old field names from the policies' legacy maps are renamed first; `migrated` says it happened.
 * Unknown fields (built-in names such as `constructor` included) and repeated ones are problems.
 */
export function parseFlat(ruleset: Ruleset, fields: Iterable<[string, string]>, ignore: readonly string[] = []): FlatResult {
  const input = Array.isArray(fields) ? (fields as Array<[string, string]>) : [...fields];
  return flatReader(
    ruleset,
    input.map(([key]) => key),
    ignore,
  )(input.map(([, value]) => value));
}

/**
 * parseFlat for fields that always come with the same names in the same order (a roster's columns):
 * what depends on the names alone (repeats, old names, what each names, what to ignore) is worked out
 * once; the reader then takes each row's values, in the order of `keys`.
 */
export function flatReader(
  ruleset: Ruleset,
  keys: readonly string[],
  ignore: readonly string[] = [],
): (values: readonly string[]) => FlatResult {
  const { resolve } = fieldIndex(ruleset);
  // A field given twice (a hand-edited URL) is ambiguous: the first counts, each repeat is reported.
  const repeats: Array<{ key: string; at: number }> = [];
  // Each field to read: its name (today's, for an old one), where its value is, what it names.
  const read: Array<{ key: string; at: number; resolved: Resolved }> = [];
  let migrated = false;
  let given: Set<string> | undefined;
  const seen = new Set<string>();
  for (let at = 0; at < keys.length; at += 1) {
    const key = keys[at] as string;
    if (seen.has(key)) {
      repeats.push({ key, at });
      continue;
    }
    seen.add(key);
    const resolved = resolve(key);
    if (!resolved.legacy) {
      read.push({ key, at, resolved });
      continue;
    }
    // An old name stands for today's names that are not given themselves.
    migrated = true;
    given ??= new Set(keys);
    for (const to of resolved.legacy) if (!given.has(to)) read.push({ key: to, at, resolved: resolve(to) });
  }
  // What each field is, worked out here rather than for every row: its question, and for an entry's
  // field its group and its place among the group's entries (in number order: a gap closes up).
  const cells = new Map<Question, Map<string, CellRead>>();
  const slots = new Map<string, number[]>();
  for (const { resolved } of read) {
    const { group, index = 0 } = resolved;
    if (!group || index < 1 || index > group.group.max) continue;
    const indexes = slots.get(group.group.id) ?? [];
    if (!indexes.includes(index)) indexes.push(index);
    slots.set(group.group.id, indexes);
  }
  for (const indexes of slots.values()) indexes.sort((a, b) => a - b);
  const fields = read
    .filter(({ key }) => !ignore.includes(key))
    .map(({ key, at, resolved: { question, group, index = 0 } }) => {
      if (!question) return { key, at, question };
      let cache = cells.get(question);
      if (!cache) cells.set(question, (cache = new Map()));
      if (!group) return { key, at, question, cache };
      const { id, max, noun } = group.group;
      if (index < 1 || index > max)
        return { key, at, question, cache, outOfRange: `entry number must be from 1 to ${max} (at most ${max} ${noun})` };
      return { key, at, question, cache, group: id, slot: (slots.get(id) as number[]).indexOf(index) };
    });
  return (values) => {
    const answers: Record<string, unknown> = {};
    const problems: AnswerError[] = repeats.map(({ key, at }) => ({
      field: key,
      value: values[at],
      message: 'is given more than once (the first is used)',
    }));
    // Each group's entries by their place, the groups in the order their first answer came.
    const entries = new Map<string, Array<Entry | undefined>>();
    // Empty list cells of numbered entries: "none of these" for an entry that has other answers, but no
    // entry by themselves (a roster with columns for two talents, on a row that has one).
    const emptyLists: Array<[group: string, slot: number, id: string]> = [];
    for (const { key, at, question, cache, outOfRange, group, slot } of fields) {
      const raw = values[at] as string;
      if (!question || !cache) {
        problems.push({ field: key, value: raw, message: 'is not a known answer field' });
        continue;
      }
      // The same cell text reads the same for the same question: a roster repeats a few texts thousands of times.
      let cell = cache.get(raw);
      if (!cell) {
        cell = question.kind !== 'choices' && raw.trim() === '' ? NO_ANSWER : readCell(question, raw);
        if (cache.size < CELL_MEMO_LIMIT) cache.set(raw, cell);
      }
      if (cell === NO_ANSWER) continue;
      if ('error' in cell) {
        problems.push({ field: key, value: raw, message: cell.error });
        continue;
      }
      if (outOfRange !== undefined) {
        problems.push({ field: key, value: raw, message: outOfRange });
        continue;
      }
      // A list is the row's own: remembered cells are shared.
      const value = Array.isArray(cell.value) ? [...cell.value] : cell.value;
      if (group === undefined || slot === undefined) {
        answers[key] = value;
        continue;
      }
      if (Array.isArray(value) && value.length === 0 && raw.trim() === '') {
        emptyLists.push([group, slot, question.id]);
        continue;
      }
      let list = entries.get(group);
      if (!list) entries.set(group, (list = []));
      // Filled in place, keyed by the question's own id string: copying the entry for each field, with a
      // freshly built key, was most of the parser's time on a roster.
      const entry = (list[slot] ??= {});
      entry[question.id] = value;
    }
    for (const [group, slot, id] of emptyLists) {
      const entry = entries.get(group)?.[slot];
      if (entry && !(id in entry)) entry[id] = [];
    }
    for (const [id, list] of entries) answers[id] = list.filter((entry) => entry !== undefined);
    return { answers: answers as Draft, problems, migrated };
  };
}

const cellOf = (value: unknown) => (Array.isArray(value) ? value.join(',') : String(value));

/** Answers as flat fields, in the ruleset's question order, so the same answers always give the same URL. */
export function toFlat(ruleset: Ruleset, answers: Draft): Array<[string, string]> {
  const { top, groups } = answerFields(ruleset);
  const out: Array<[string, string]> = [];
  for (const key of top.keys()) if (answers[key] !== undefined) out.push([key, cellOf(answers[key])]);
  for (const { group, fields } of groups.values()) {
    const list = (answers as Answers)[group.id];
    if (!Array.isArray(list)) continue;
    list.forEach((entry: Entry, i) => {
      for (const field of fields.keys()) if (entry[field] !== undefined) out.push([flatName(group, i + 1, field), cellOf(entry[field])]);
    });
  }
  return out;
}

/** The roster's answer columns: every top-level field, then each group's fields numbered up to `entries`. */
export function flatColumns(ruleset: Ruleset, entries = 3): string[] {
  const { top, groups } = answerFields(ruleset);
  return [
    ...top.keys(),
    ...[...groups.values()].flatMap(({ group, fields }) =>
      Array.from({ length: Math.min(entries, group.max) }, (_, i) => [...fields.keys()].map((f) => flatName(group, i + 1, f))).flat(),
    ),
  ];
}
