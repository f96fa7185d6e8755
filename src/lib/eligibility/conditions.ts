/**
 * The rules vocabulary's conditions (fact, choice, anyOf, year) read against the answers. Each passes,
 * fails, needs confirming, or leaves the sum to a later result ("depends").
 */
import { optionLabel } from './scope.ts';
import type { Case, Check, Confirmation, Question, Reason } from './types.ts';

export type Outcome =
  | { kind: 'pass'; reason: Reason }
  | { kind: 'fail'; reason: Reason }
  | { kind: 'unknown'; confirm: Confirmation }
  | { kind: 'depends'; text: string };

/** What the checks of one item see: the answers in scope (an entry's first, then the top level). */
export interface Scope {
  applicant: string;
  get(field: string): unknown;
  /** The field's name as the user's answers carry it ("platform2Provincial"); '' for a verdict only. */
  name(field: string): string;
  question(field: string): Question | undefined;
  office: string;
  clause: string;
  termStartYear: number;
  termEndYear: number;
  /**
   * Only the status and the sum are wanted (a results sheet shows nothing else): texts that take work to
   * build (filled in, with sums in words) are left empty. Whether an outcome passes, fails, needs
   * confirming or depends never hangs on its text.
   */
  verdictOnly?: boolean | undefined;
}

export const pass = (text: string, clause?: string): Outcome => ({ kind: 'pass', reason: { text, clause } });
export const fail = (text: string, clause?: string): Outcome => ({ kind: 'fail', reason: { text, clause } });

/** The plan covers results obtained within its term; say plainly when a year falls outside it. */
export function withinTerm(year: number, start: number, end: number, what: string, clause?: string, verdictOnly = false): Outcome {
  if (year < start) return fail(verdictOnly ? '' : `${what}：${year}年，早于计划期限（${start}—${end}年），不在本计划范围内。`, clause);
  if (year > end) return fail(verdictOnly ? '' : `${what}：${year}年，晚于计划期限（${start}—${end}年），本计划不再适用。`, clause);
  return pass(verdictOnly ? '' : `${what}：${year}年，在计划期限（${start}—${end}年）内。`, clause);
}

// Whether a rule text has a {label} slot, remembered per text: the same few dozen texts come back on every roster row.
const labelSlots = new Map<string, boolean>();
const hasLabelSlot = (text: string) => {
  let found = labelSlots.get(text);
  if (found === undefined) labelSlots.set(text, (found = text.includes('{label}')));
  return found;
};

/** "{label}" in a case's text is the chosen option's label (every one; a function, so "$" in a label stays as written). */
const fill = (text: string, scope: Scope, field: string, value: unknown) =>
  scope.verdictOnly ? '' : !hasLabelSlot(text) ? text : text.replaceAll('{label}', () => optionLabel(scope.question(field), value));

/** A case's outcome for one answer value. */
export function caseOutcome(item: Case, scope: Scope, field: string, value: unknown, clause: string): Outcome {
  if (item.pass !== undefined) return pass(fill(item.pass, scope, field, value), clause);
  if (item.fail !== undefined) return fail(fill(item.fail, scope, field, value), clause);
  if (item.confirm !== undefined)
    return {
      kind: 'unknown',
      confirm: { field: scope.name(field), question: fill(item.confirm, scope, field, value), with: scope.office },
    };
  return { kind: 'depends', text: fill(item.depends as string, scope, field, value) };
}

export const findCase = (cases: readonly Case[], value: unknown) => cases.find((c) => c.when.includes(String(value)));

/** One check of the vocabulary; undefined when it does not apply (another applicant type, a question not asked). */
export function evaluateCheck(check: Check, scope: Scope): Outcome | undefined {
  if (check.applicants && !check.applicants.includes(scope.applicant)) return undefined;
  const clause = check.clause ?? scope.clause;
  if ('fact' in check) {
    const value = scope.get(check.fact);
    if (value === 'yes') return pass(check.yes, clause);
    if (value === 'no') return fail(check.no, clause);
    if (value === 'unsure')
      return { kind: 'unknown', confirm: { field: scope.name(check.fact), question: check.unsure, with: scope.office } };
    return undefined;
  }
  if ('choice' in check) {
    const value = scope.get(check.choice);
    if (value === undefined) {
      if (check.missing?.pass !== undefined) return pass(check.missing.pass, clause);
      if (check.missing?.fail !== undefined) return fail(check.missing.fail, clause);
      return undefined;
    }
    const found = findCase(check.cases, value);
    return found ? caseOutcome(found, scope, check.choice, value, clause) : undefined;
  }
  if ('anyOf' in check) {
    const values = check.anyOf.map((field) => scope.get(field));
    if (values.includes('yes')) return pass(check.yes, clause);
    const first = scope.name(check.anyOf[0] as string);
    if (values.includes('unsure')) return { kind: 'unknown', confirm: { field: first, question: check.unsure, with: scope.office } };
    if (values.every((v) => v === undefined)) return undefined;
    if (check.none.fail !== undefined) return fail(check.none.fail, clause);
    return { kind: 'unknown', confirm: { field: first, question: check.none.confirm as string, with: scope.office } };
  }
  const year = scope.get(check.year);
  return typeof year === 'number'
    ? withinTerm(year, scope.termStartYear, scope.termEndYear, check.what, clause, scope.verdictOnly)
    : undefined;
}
