/**
 * The eligibility engine: answers in, one result per support item (and per entry, for repeatable
 * groups) out, each with its status, sum, reasons citing their clauses, and what to confirm or
 * prepare. It reads the rules vocabulary only; nothing here knows a particular policy. Pure: no DOM, no I/O, no clock.
 */
import { formatYuan } from '../common/money.ts';
import { assessAmount, type AmountAssessment } from './amounts.ts';
import { evaluateCheck, type Outcome, type Scope } from './conditions.ts';
import { entriesOf, entryLabel, flatName, topLevelQuestions } from './scope.ts';
import type {
  Answers,
  Confirmation,
  EligibilityResult,
  Entry,
  ItemResult,
  ItemStatus,
  Question,
  Range,
  Reason,
  RulesetItem,
  RulesetPolicy,
  Topic,
  Totals,
} from './types.ts';

// Questions by field, for a policy's top level or a topic's entries (built once per ruleset object).
const questionIndex = new WeakMap<object, Map<string, Question>>();
const byId = (questions: Question[]) => new Map(questions.map((q) => [q.id, q]));
function topQuestions(policy: RulesetPolicy): Map<string, Question> {
  let found = questionIndex.get(policy);
  if (!found) questionIndex.set(policy, (found = byId(topLevelQuestions(policy))));
  return found;
}
function entryQuestions(topic: Topic): Map<string, Question> {
  let found = questionIndex.get(topic);
  if (!found) questionIndex.set(topic, (found = byId(topic.questions)));
  return found;
}

/** The answers one item reads: an entry's own fields first, then the top level. A class, so 22 results a run share its methods. */
class ItemScope implements Scope {
  readonly office: string;
  readonly clause: string;
  readonly termStartYear: number;
  readonly termEndYear: number;
  readonly applicant: string;

  private readonly answers: Answers;
  private readonly top: Map<string, Question>;
  private readonly own: Map<string, Question> | undefined;
  private readonly entry: { index: number; values: Entry } | undefined;
  private readonly prefix: string;
  readonly verdictOnly: boolean;
  /** When set, every answer read is written down, field then value (what a remembered verdict rests on: verdicts.ts). */
  reads: unknown[] | undefined;

  constructor(
    answers: Answers,
    item: RulesetItem,
    top: Map<string, Question>,
    own: Map<string, Question> | undefined,
    entry: { index: number; values: Entry } | undefined,
    prefix: string,
    verdictOnly: boolean,
  ) {
    this.answers = answers;
    this.top = top;
    this.own = own;
    this.entry = entry;
    this.prefix = prefix;
    this.applicant = answers.applicant;
    this.office = item.office;
    this.clause = item.clause;
    this.termStartYear = item.termStartYear;
    this.termEndYear = item.termEndYear;
    this.verdictOnly = verdictOnly;
  }

  private inEntry(field: string): boolean {
    return this.entry !== undefined && this.own !== undefined && this.own.has(field);
  }

  get(field: string): unknown {
    const value = this.inEntry(field) ? this.entry?.values[field] : this.answers[field];
    this.reads?.push(field, value);
    return value;
  }

  name(field: string): string {
    if (this.verdictOnly) return '';
    return this.inEntry(field) ? flatName({ prefix: this.prefix }, this.entry?.index ?? 0, field) : field;
  }

  question(field: string): Question | undefined {
    return this.inEntry(field) ? this.own?.get(field) : this.top.get(field);
  }
}

/** An item's status and sum, with the reasons and confirmations they rest on (their texts empty for a verdict only). */
interface Judgement {
  status: ItemStatus;
  amount: Range;
  reasons: Reason[];
  confirm: Confirmation[];
  /** When the sum is left to a result still to come, what decides it. */
  depends: string | undefined;
  sum: AmountAssessment;
}

/** What one item (of one entry) reads the answers through. */
export function itemScope(
  policy: RulesetPolicy,
  topic: Topic,
  item: RulesetItem,
  answers: Answers,
  entry: { index: number; values: Entry } | undefined,
  verdictOnly: boolean,
): ItemScope {
  const top = topQuestions(policy);
  const own = topic.group ? entryQuestions(topic) : undefined;
  return new ItemScope(answers, item, top, own, entry, topic.group?.prefix ?? '', verdictOnly);
}

/**
 * Judges one item (of one entry): the one place that decides statuses and sums, for a full result and
 * for a verdict alike. What it reads of the answers it reads through `scope.get`, and nothing else but the
 * applicant type and the ruleset (verdicts.ts remembers verdicts by it).
 */
export function judge(policy: RulesetPolicy, topic: Topic, item: RulesetItem, scope: ItemScope): Judgement {
  const sum = assessAmount(item.amount, scope, topic.group?.noun ?? '');
  // Plain loops and one object literal: this runs for every item of every entry of every roster row.
  const reasons: Reason[] = [];
  const confirm: Confirmation[] = [];
  let failed: Reason | undefined;
  let depends: string | undefined;
  const take = (outcome: Outcome | undefined) => {
    if (!outcome) return;
    if (outcome.kind === 'fail') failed ??= outcome.reason;
    else if (outcome.kind === 'unknown') confirm.push(outcome.confirm);
    else if (outcome.kind === 'depends') depends ??= outcome.text;
    else reasons.push(outcome.reason);
  };
  for (const check of policy.checks) take(evaluateCheck(check, scope));
  for (const check of item.checks) take(evaluateCheck(check, scope));
  for (const outcome of sum.outcomes) take(outcome);
  for (const pending of sum.pending) confirm.push(pending);
  if (failed) return { status: 'ineligible', amount: { min: 0, max: 0 }, reasons: [failed, ...sum.notes], confirm: [], depends, sum };
  for (const note of sum.notes) reasons.push(note);
  // A condition whose result is still to come leaves the whole sum open: from nothing up to what the sum would be.
  const amount = depends !== undefined ? { min: 0, max: sum.amount.max } : sum.amount;
  // Open questions first; then a range that only an outside result (a rank, an evaluation) decides.
  const status = confirm.length ? 'unknown' : amount.min !== amount.max ? 'depends' : 'eligible';
  return { status, amount, reasons, confirm, depends, sum };
}

function assess(
  policy: RulesetPolicy,
  topic: Topic,
  item: RulesetItem,
  answers: Answers,
  entry?: { index: number; values: Entry; label: string },
): ItemResult {
  const { status, amount, reasons, confirm, depends, sum } = judge(
    policy,
    topic,
    item,
    itemScope(policy, topic, item, answers, entry, false),
  );
  const result: ItemResult = {
    id: item.id,
    policy: policy.id,
    title: item.title,
    clause: item.clause,
    clauseLabel: item.clauseLabel,
    status,
    amount,
    reasons,
    confirm,
    prepare: item.prepare,
    office: item.office,
    notes: item.notes,
    readings: item.readings,
  };
  if (entry && topic.group) result.entry = { group: topic.group.id, index: entry.index, label: entry.label };
  if (item.notPaidTwice) result.notPaidTwice = item.notPaidTwice;
  if (status === 'ineligible') return result;
  if (sum.nextStep) result.nextStep = sum.nextStep;
  const decidedBy =
    depends !== undefined
      ? `${depends}（符合的${amount.max === 0 ? '没有扶持' : `最多可得${formatYuan(amount.max)}`}，其他结果没有）。`
      : sum.decidedBy;
  if (status === 'depends' && decidedBy) result.decidedBy = decidedBy;
  return result;
}

/** 确定可得 counts eligible items only; 最多可能 every item not ruled out, at its maximum. */
export function totalOf(items: ReadonlyArray<Pick<ItemResult, 'status' | 'amount'>>): Totals {
  return items.reduce(
    (sum, item) => ({
      certain: sum.certain + (item.status === 'eligible' ? item.amount.min : 0),
      possible: sum.possible + (item.status === 'ineligible' ? 0 : item.amount.max),
    }),
    { certain: 0, possible: 0 },
  );
}

// Worked out once per ruleset object, not once per roster row.
const ownItems = new WeakMap<Topic, Map<string, RulesetItem[]>>();
/** A topic's items for one kind of applicant, in the policy's order. */
export function itemsFor(policy: RulesetPolicy, topic: Topic, applicant: string): RulesetItem[] {
  let byApplicant = ownItems.get(topic);
  if (!byApplicant) ownItems.set(topic, (byApplicant = new Map()));
  let found = byApplicant.get(applicant);
  if (!found) byApplicant.set(applicant, (found = policy.items.filter((item) => item.topic === topic.id && item.for.includes(applicant))));
  return found;
}

const metas = new WeakMap<RulesetPolicy, Omit<EligibilityResult['policies'][number], 'total'>>();
/** What a result says about its policy: everything but the rules themselves. */
function policyMeta(policy: RulesetPolicy) {
  let found = metas.get(policy);
  if (!found) {
    const { steps: _s, checks: _c, topics: _t, items: _i, legacy: _l, clauseLabels: _cl, ...meta } = policy;
    metas.set(policy, (found = meta));
  }
  return found;
}

/**
 * Evaluates answers that have already been validated (by the zod schema, or in the browser by the
 * JSON Schema generated from it). Use evaluateEligibility for anything not yet validated.
 */
export function evaluateAnswers(ruleset: { policies: RulesetPolicy[] }, answers: Answers): EligibilityResult {
  const chosen = answers.topics;
  const items: ItemResult[] = [];
  const policies: EligibilityResult['policies'] = [];
  for (const policy of ruleset.policies) {
    const start = items.length;
    for (const topic of policy.topics) {
      if (!chosen.includes(topic.id)) continue;
      const own = itemsFor(policy, topic, answers.applicant);
      if (!topic.group) for (const item of own) items.push(assess(policy, topic, item, answers));
      // Entry by entry: a talent's three results together, then the next talent's.
      else {
        entriesOf(answers, topic.group).forEach((values, i) => {
          const entry = { index: i + 1, values, label: entryLabel(topic, i + 1, values) };
          for (const item of own) items.push(assess(policy, topic, item, answers, entry));
        });
      }
    }
    if (items.length === start) continue;
    policies.push({ ...policyMeta(policy), total: totalOf(items.slice(start)) });
  }
  return { policies, items, total: totalOf(items) };
}
