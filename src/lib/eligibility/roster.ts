/**
 * The roster: one enterprise, institution or person per CSV row, its columns named as the flat answer
 * fields (applicant, topics, platform1Type, team2KunmingYear …). Every row goes through the parser the
 * checker's URL uses (parseFlat) and the same validation, and comes out as one row of the results sheet,
 * in the page's words (STATUS_LABEL, TOTAL_LABEL).
 */
import { clipForMessage, neutraliseFormula } from '../spreadsheets/cells.ts';
import { answerFields, flatReader, parseFlat } from './flat.ts';
import { evaluateVerdicts } from './verdicts.ts';
import type { AnswerError } from './flow.ts';
import { STATUS_LABEL, TOTAL_LABEL } from './labels.ts';
import type { Answers, ItemVerdict, Ruleset, Totals } from './types.ts';
import { completeAnswers, validateAnswers } from './validate.ts';

/** Columns that label a row and are not answers. */
const LABEL_COLUMNS = ['id', 'name', '名称', '编号'] as const;

/** What is wrong with a row or the header; `column` is left out when the whole row is at fault. */
export interface RosterProblem {
  column?: string | undefined;
  message: string;
  /** The cell as written; undefined when the row has no such column. */
  value?: string | undefined;
}

/** What the results sheet shows of one result (kept instead of the whole result: a roster has thousands of rows). */
export type RosterResult = ItemVerdict;

export interface RosterRow {
  /** As Excel numbers it: the header is row 1. */
  row: number;
  label: string;
  /** Only for a row without problems: a bad row never gets a sum. */
  result?: { items: RosterResult[]; total: Totals } | undefined;
  problems: RosterProblem[];
}

/** "column platform2Type: is required (value: (missing))". */
export function describeProblem(problem: RosterProblem): string {
  if (problem.column === undefined) return problem.message;
  const value =
    problem.value === undefined ? '(missing)' : problem.value.trim() === '' ? '(empty)' : JSON.stringify(clipForMessage(problem.value));
  return `column ${clipForMessage(problem.column)}: ${problem.message} (value: ${value})`;
}

/**
 * Problems that spoil every row: a column named twice, and old column names (the checker before groups
 * had one platform, one talent, one "year" for every result). Old names are refused, not migrated as in
 * an old link: a roster is edited once, and one year standing for several results can give a wrong sum.
 */
export function headerProblems(ruleset: Ruleset, header: readonly string[]): Array<{ column: string; message: string }> {
  const problems: Array<{ column: string; message: string }> = [];
  const seen = new Map<string, string>();
  const legacy = new Map(ruleset.policies.flatMap((p) => Object.entries(p.legacy)));
  // platform1Type and platform01Type name the same answer: one would silently win.
  const prefixes = [...answerFields(ruleset).groups.keys()];
  const numbered = prefixes.length ? new RegExp(`^(${prefixes.join('|')})0+(?=\\d)`) : undefined;
  for (const column of header) {
    const field = numbered ? column.replace(numbered, '$1') : column;
    const earlier = seen.get(field);
    // Unnamed empty columns are allowed (Excel keeps them); their cells are checked row by row.
    if (earlier === column && column !== '') problems.push({ column, message: 'appears more than once in the header' });
    else if (earlier !== undefined && column !== '') problems.push({ column, message: `names the same answer as column ${earlier}` });
    if (earlier === undefined) seen.set(field, column);
    // The one parser decides what counts as an old name, so the roster and an old link agree.
    const to = legacy.get(column);
    if (!to || !parseFlat(ruleset, [[column, '']]).migrated) continue;
    problems.push({
      column,
      message:
        to.length === 1
          ? `is an old column name; rename it ${to[0]}`
          : `is an old column name that stood for ${to.join(', ')}; give each of these its own column`,
    });
  }
  return problems;
}

/**
 * One row, once parsed by the flat parser: validated and evaluated, parse and validation problems
 * listed together. `cellOf` is the row's cell for a field, as written (undefined without such a column).
 */
function judgeRow(
  ruleset: Ruleset,
  row: number,
  label: string,
  parsed: ReturnType<typeof parseFlat>,
  cellOf: (field: string) => string | undefined,
): RosterRow {
  const asProblem = (e: AnswerError): RosterProblem => ({ column: e.field, message: e.message, value: cellOf(e.field) });
  // An empty cell loses nothing, even in a column the parser does not know: the rows that fill it are the ones to fix.
  parsed.problems = parsed.problems.filter((p) => p.value !== undefined && String(p.value).trim() !== '');
  if (!parsed.problems.length) {
    // parseFlat has checked every value against its question (the same rules the zod schema is made from).
    const complete = completeAnswers(ruleset, parsed.answers as Answers);
    return complete.ok
      ? { row, label, result: evaluateVerdicts(ruleset, complete.answers), problems: [] }
      : { row, label, problems: complete.errors.map(asProblem) };
  }
  // A cell the parser refused is left out of the answers; its "is required" would only repeat the problem.
  const named = new Set(parsed.problems.map((p) => p.field));
  const validated = validateAnswers(ruleset, parsed.answers);
  const more = validated.ok ? [] : validated.errors.filter((e) => !named.has(e.field));
  return { row, label, problems: [...parsed.problems, ...more].map(asProblem) };
}

/** One row as named cells (its header's names, each with its cell), through the flat parser. */
function readRosterRow(ruleset: Ruleset, row: number, cells: ReadonlyArray<readonly [string, string]>): RosterRow {
  const label = LABEL_COLUMNS.map((c) => cells.find(([k]) => k === c)?.[1].trim()).find(Boolean) ?? '';
  const cellOf = (field: string) => cells.find(([k]) => k === field)?.[1];
  return judgeRow(ruleset, row, label, parseFlat(ruleset, cells as Array<[string, string]>, LABEL_COLUMNS), cellOf);
}

/**
 * What a header says about every row under it, worked out once per roster (not once per row): which
 * columns are named, where the label columns are, and the flat parser's reading of the names.
 */
interface HeaderPlan {
  ruleset: Ruleset;
  /** Positions of the named columns, and of the unnamed ones (Excel keeps empty columns; their cells are checked row by row). */
  named: number[];
  unnamed: number[];
  /** Where each label column is (its first column), in LABEL_COLUMNS order; -1 when absent. */
  labelAt: number[];
  /** The flat parser for the named columns' values, in their order. */
  read: (values: readonly string[]) => ReturnType<typeof parseFlat>;
}

const plans = new WeakMap<readonly string[], HeaderPlan>();
function headerPlan(ruleset: Ruleset, header: readonly string[]): HeaderPlan {
  const found = plans.get(header);
  if (found?.ruleset === ruleset) return found;
  const named = header.flatMap((column, at) => (column === '' ? [] : [at]));
  const unnamed = header.flatMap((column, at) => (column === '' ? [at] : []));
  const plan = {
    ruleset,
    named,
    unnamed,
    labelAt: LABEL_COLUMNS.map((c) => header.indexOf(c)),
    read: flatReader(
      ruleset,
      named.map((at) => header[at] as string),
      LABEL_COLUMNS,
    ),
  };
  plans.set(header, plan);
  return plan;
}

/**
 * One record of the CSV (row numbers as Excel counts them, the header being row 1): undefined for a blank
 * line; a row whose cell count differs from the header's fails alone, as the README promises.
 */
export function readRosterRecord(
  ruleset: Ruleset,
  header: readonly string[],
  cells: readonly string[],
  row: number,
): RosterRow | undefined {
  if (cells.every((c) => c.trim() === '')) return undefined;
  if (cells.length !== header.length)
    return { row, label: '', problems: [{ message: `has ${cells.length} cells; the header has ${header.length} columns` }] };
  const plan = headerPlan(ruleset, header);
  // Excel keeps empty columns without a name at the right; they say nothing. One that does say something
  // is read by name with the others (and reported), the way a row of named cells is.
  if (plan.unnamed.some((at) => (cells[at] as string).trim() !== '')) {
    const named: Array<[string, string]> = [];
    for (let i = 0; i < header.length; i += 1) {
      const [column, value] = [header[i] as string, cells[i] as string];
      if (column !== '' || value.trim() !== '') named.push([column, value]);
    }
    return readRosterRow(ruleset, row, named);
  }
  const label = plan.labelAt.map((at) => (at >= 0 ? (cells[at] as string).trim() : '')).find(Boolean) ?? '';
  const values = plan.unnamed.length ? plan.named.map((at) => cells[at] as string) : cells;
  // Only named columns are left, so the first column of a field's name is the parser's.
  const cellOf = (field: string) => (field === '' ? undefined : cells[header.indexOf(field)]);
  return judgeRow(ruleset, row, label, plan.read(values), cellOf);
}

const resultKey = (policy: string, item: string, entry?: number) => `${policy}/${item}${entry ? `#${entry}` : ''}`;

/** One column group of the results sheet: an item, or an item's entry (platform 2 of 四（三）). */
export interface ResultColumn {
  key: string;
  name: string;
}

/** The key a result is filed under in the results sheet. */
const resultKeyOf = (r: RosterResult) => resultKey(r.policy, r.id, r.entry?.index);

/**
 * The results sheet's column groups, in the ruleset's order: an item of a repeatable group gets one
 * column group per entry, as many as the roster's largest entry count, at least one.
 */
export function resultColumns(ruleset: Ruleset, rows: readonly RosterRow[]): ResultColumn[] {
  const most = new Map<string, number>();
  for (const r of rows)
    for (const i of r.result?.items ?? []) if (i.entry) most.set(i.entry.group, Math.max(most.get(i.entry.group) ?? 0, i.entry.index));
  const several = ruleset.policies.length > 1;
  const columns: ResultColumn[] = [];
  for (const policy of ruleset.policies) {
    for (const item of policy.items) {
      const title = several ? `${policy.shortTitle}·${item.title}` : item.title;
      const group = policy.topics.find((t) => t.id === item.topic)?.group;
      if (!group) columns.push({ key: resultKey(policy.id, item.id), name: title });
      else
        for (let i = 1; i <= Math.max(1, most.get(group.id) ?? 0); i += 1)
          columns.push({ key: resultKey(policy.id, item.id, i), name: `${title}·${group.noun}${i}` });
    }
  }
  return columns;
}

/** The results sheet's header, and one row's cells (resultSheet, resultCsv). */
function sheetLayout(ruleset: Ruleset, rows: readonly RosterRow[], describe: (problem: RosterProblem) => string) {
  const columns = resultColumns(ruleset, rows);
  const header = [
    '行号',
    '名称',
    ...columns.flatMap((c) => [`${c.name}（状态）`, `${c.name}（最低金额）`, `${c.name}（最高金额）`]),
    TOTAL_LABEL.certain,
    TOTAL_LABEL.possible,
    '问题',
  ];
  // Where each column group starts; a row's cells are filled in place (a roster has thousands of rows).
  const startOf = new Map(columns.map(({ key }, i) => [key, 2 + 3 * i]));
  const width = header.length;
  const blank = header.map(() => '');
  const cellsOf = (r: RosterRow): string[] => {
    const cells = blank.slice();
    cells[0] = String(r.row);
    cells[1] = r.label;
    for (const item of r.result?.items ?? []) {
      const start = startOf.get(resultKeyOf(item));
      if (start === undefined) continue;
      cells[start] = STATUS_LABEL[item.status];
      cells[start + 1] = String(item.amount.min);
      cells[start + 2] = String(item.amount.max);
    }
    const total = r.result?.total;
    if (total) [cells[width - 3], cells[width - 2]] = [String(total.certain), String(total.possible)];
    cells[width - 1] = r.problems.map(describe).join('; ');
    return cells;
  };
  return { header, cellsOf };
}

/**
 * The results sheet: 行号, 名称, then status, least and most sum of every result column group
 * (resultColumns), then 确定可得, 最多可能 and 问题, each problem in `describe`'s words (the CLI's English
 * by default; the batch page's Chinese). Blank cells: a topic the row did not ask about, or a bad row.
 */
export function resultSheet(
  ruleset: Ruleset,
  rows: readonly RosterRow[],
  describe: (problem: RosterProblem) => string = describeProblem,
): string[][] {
  const { header, cellsOf } = sheetLayout(ruleset, rows, describe);
  return [header, ...rows.map(cellsOf)];
}

/** The results sheet as CSV text, csvText(resultSheet(…)) without holding every row's cells at once. */
export function resultCsv(
  ruleset: Ruleset,
  rows: readonly RosterRow[],
  describe: (problem: RosterProblem) => string = describeProblem,
): string {
  const { header, cellsOf } = sheetLayout(ruleset, rows, describe);
  return csvLine(header) + rows.map((r) => csvLine(cellsOf(r))).join('');
}

/** One cell as CSV: quoted only when it holds a comma, a quote or a line break (RFC 4180); a leading ' when Excel would read it as a formula (spreadsheets/cells.ts). */
function csvCell(raw: string): string {
  // The label comes from the roster as written: a name like =HYPERLINK(…) must stay text in Excel.
  const value = neutraliseFormula(raw);
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const csvLine = (row: readonly string[]) => `${row.map(csvCell).join(',')}\n`;

/** Rows as CSV text (csvCell for each cell). */
export function csvText(rows: readonly string[][]): string {
  // Written here rather than with csv-stringify: for a 10,000-row roster that was 0.9 s of a 2 s budget.
  return rows.map(csvLine).join('');
}
