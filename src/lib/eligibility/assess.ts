/**
 * The eligibility engine: answers in, one result per support item (and per entry, for repeatable
 * groups) out, each with its status, sum, reasons citing their clauses, and what to confirm or
 * prepare. It reads the rules vocabulary only; nothing here knows a particular policy. Pure: no DOM, no I/O, no clock.
 */
import { formatYuan } from '../money.ts';
import { assessAmount } from './amounts.ts';
import { evaluateCheck, type Outcome, type Scope } from './conditions.ts';
import { entriesOf, entryLabel, flatName, topLevelQuestions } from './scope.ts';
import type { Answers, EligibilityResult, Entry, ItemResult, Question, RulesetItem, RulesetPolicy, Topic, Totals } from './types.ts';

const questionIndex = new WeakMap<object, Map<string, Question>>();
/** Questions by field, for a policy's top level or a topic's entries (built once per ruleset object). */
function questionsOf(key: RulesetPolicy | Topic, list: () => Question[]): Map<string, Question> {
  let found = questionIndex.get(key);
  if (!found) questionIndex.set(key, (found = new Map(list().map((q) => [q.id, q]))));
  return found;
}

function assess(policy: RulesetPolicy, topic: Topic, item: RulesetItem, answers: Answers, entry?: { index: number; values: Entry }): ItemResult {
  const top = questionsOf(policy, () => topLevelQuestions(policy));
  const own = topic.group ? questionsOf(topic, () => topic.questions) : undefined;
  const inEntry = (field: string) => entry !== undefined && own?.has(field) === true;
  const scope: Scope = {
    applicant: answers.applicant,
    get: (field) => (inEntry(field) ? entry?.values[field] : answers[field]),
    name: (field) => (inEntry(field) && topic.group && entry ? flatName(topic.group, entry.index, field) : field),
    question: (field) => (inEntry(field) ? own?.get(field) : top.get(field)),
    office: item.office,
    clause: item.clause,
    termStartYear: item.termStartYear,
    termEndYear: item.termEndYear,
  };
  const sum = assessAmount(item.amount, scope, topic.group?.noun ?? '');
  const outcomes: Outcome[] = [
    ...[...policy.checks, ...item.checks].flatMap((check) => evaluateCheck(check, scope) ?? []),
    ...sum.outcomes,
  ];
  const failed = outcomes.find((o) => o.kind === 'fail');
  const confirm = [...outcomes.flatMap((o) => (o.kind === 'unknown' ? [o.confirm] : [])), ...sum.pending];
  const depends = outcomes.find((o) => o.kind === 'depends');
  const base = {
    id: item.id,
    policy: policy.id,
    title: item.title,
    clause: item.clause,
    clauseLabel: item.clauseLabel,
    ...(entry && topic.group ? { entry: { group: topic.group.id, index: entry.index, label: entryLabel(topic, entry.index, entry.values) } } : {}),
    prepare: item.prepare,
    office: item.office,
    notes: item.notes,
    readings: item.readings,
    ...(item.notPaidTwice ? { notPaidTwice: item.notPaidTwice } : {}),
  };
  if (failed?.kind === 'fail') return { ...base, status: 'ineligible', amount: { min: 0, max: 0 }, reasons: [failed.reason, ...sum.notes], confirm: [] };
  const reasons = [...outcomes.flatMap((o) => (o.kind === 'pass' ? [o.reason] : [])), ...sum.notes];
  // A condition whose result is still to come leaves the whole sum open: from nothing up to what the sum would be.
  const amount = depends ? { min: 0, max: sum.amount.max } : sum.amount;
  const decidedBy = depends?.kind === 'depends' ? `${depends.text}（符合的${amount.max === 0 ? '没有扶持' : `最多可得${formatYuan(amount.max)}`}，其他结果没有）。` : sum.decidedBy;
  // Open questions first; then a range that only an outside result (a rank, an evaluation) decides.
  const status = confirm.length ? 'unknown' : amount.min !== amount.max ? 'depends' : 'eligible';
  return {
    ...base,
    ...(sum.nextStep ? { nextStep: sum.nextStep } : {}),
    status,
    amount,
    reasons,
    confirm,
    ...(status === 'depends' && decidedBy ? { decidedBy } : {}),
  };
}

/** 确定可得 counts eligible items only; 最多可能 every item not ruled out, at its maximum. */
export function totalOf(items: readonly ItemResult[]): Totals {
  return items.reduce(
    (sum, item) => ({ certain: sum.certain + (item.status === 'eligible' ? item.amount.min : 0), possible: sum.possible + (item.status === 'ineligible' ? 0 : item.amount.max) }),
    { certain: 0, possible: 0 },
  );
}

/**
 * Evaluates answers that have already been validated (by the zod schema, or in the browser by the
 * JSON Schema generated from it). Use evaluateEligibility for anything not yet validated.
 */
export function evaluateAnswers(ruleset: { policies: RulesetPolicy[] }, answers: Answers): EligibilityResult {
  const chosen = new Set(answers.topics);
  const items: ItemResult[] = [];
  const policies: EligibilityResult['policies'] = [];
  for (const policy of ruleset.policies) {
    const start = items.length;
    for (const topic of policy.topics) {
      if (!chosen.has(topic.id)) continue;
      const own = policy.items.filter((item) => item.topic === topic.id && item.for.includes(answers.applicant));
      if (!topic.group) for (const item of own) items.push(assess(policy, topic, item, answers));
      // Entry by entry: a talent's three results together, then the next talent's.
      else entriesOf(answers, topic.group).forEach((values, i) => own.forEach((item) => items.push(assess(policy, topic, item, answers, { index: i + 1, values }))));
    }
    if (items.length === start) continue;
    const { steps: _s, checks: _c, topics: _t, items: _i, legacy: _l, clauseLabels: _cl, ...meta } = policy;
    policies.push({ ...meta, total: totalOf(items.slice(start)) });
  }
  return { policies, items, total: totalOf(items) };
}
