/**
 * What a results sheet shows of an evaluation: each result's status and sum, and the totals, judged by
 * the engine's one judge (assess.ts) without the reasons, confirmations and entry labels that the sheet
 * never shows. For a roster of thousands of rows, answers already validated.
 *
 * A roster repeats itself: the same platform type with the same recognitions, the same answers about
 * the applicant, row after row. The judge is a function of the answers it reads (through scope.get, in an
 * order that only the answers read before decide), of the applicant type and of the ruleset, so each
 * item remembers its verdicts in a tree of those reads: a row that reads the same values as an earlier
 * one gets its verdict without being judged again.
 */
import { itemScope, itemsFor, judge, totalOf } from './assess.ts';
import { entriesOf } from './scope.ts';
import type { Answers, Entry, ItemStatus, ItemVerdict, Range, RulesetItem, RulesetPolicy, Topic, Totals } from './types.ts';

/** A point in an item's tree: the verdict, once every read on the way has been made; else the field read next. */
interface Memo {
  verdict?: { status: ItemStatus; amount: Range } | undefined;
  field?: string | undefined;
  /** The next point by the value read: numbers and text as they are, lists by their JSON. */
  byValue?: Map<unknown, Memo> | undefined;
  byJson?: Map<string, Memo> | undefined;
}

/** Points kept per item and applicant type (a few hundred KB at most): plenty for a real roster; beyond it, rows are judged afresh. */
const MEMO_LIMIT = 4000;

const roots = new WeakMap<RulesetItem, Map<unknown, { memo: Memo; size: number }>>();
function rootOf(item: RulesetItem, applicant: unknown) {
  let byApplicant = roots.get(item);
  if (!byApplicant) roots.set(item, (byApplicant = new Map()));
  let root = byApplicant.get(applicant);
  if (!root) byApplicant.set(applicant, (root = { memo: {}, size: 1 }));
  return root;
}

const isPlain = (value: unknown) => value === null || (typeof value !== 'object' && typeof value !== 'function');

function next(memo: Memo, value: unknown): Memo | undefined {
  return isPlain(value) ? memo.byValue?.get(value) : memo.byJson?.get(JSON.stringify(value));
}

/** Writes down a verdict under the reads (field, value, field, value …) it rested on. */
function remember(root: { memo: Memo; size: number }, reads: readonly unknown[], verdict: Memo['verdict']): void {
  if (root.size >= MEMO_LIMIT) return;
  let memo = root.memo;
  for (let i = 0; i < reads.length; i += 2) {
    const [field, value] = [reads[i] as string, reads[i + 1]];
    memo.field ??= field;
    // The same reads so far, so the same next read: anything else means the judge read something else too.
    if (memo.field !== field) throw new Error(`verdicts: ${field} read where ${memo.field} was read before`);
    let found = next(memo, value);
    if (!found) {
      found = {};
      if (isPlain(value)) (memo.byValue ??= new Map()).set(value, found);
      else (memo.byJson ??= new Map()).set(JSON.stringify(value), found);
      root.size += 1;
    }
    memo = found;
  }
  memo.verdict = verdict;
}

function verdictOf(
  policy: RulesetPolicy,
  topic: Topic,
  item: RulesetItem,
  answers: Answers,
  entry: { index: number; values: Entry } | undefined,
): { status: ItemStatus; amount: Range } {
  const scope = itemScope(policy, topic, item, answers, entry, true);
  const root = rootOf(item, answers.applicant);
  let memo: Memo | undefined = root.memo;
  while (memo?.field !== undefined) memo = next(memo, scope.get(memo.field));
  if (memo?.verdict) return { status: memo.verdict.status, amount: { min: memo.verdict.amount.min, max: memo.verdict.amount.max } };
  scope.reads = [];
  const { status, amount } = judge(policy, topic, item, scope);
  remember(root, scope.reads, { status, amount: { min: amount.min, max: amount.max } });
  return { status, amount };
}

/** Every result's status and sum, in evaluateAnswers's order, and the totals (the same as evaluateAnswers gives). */
export function evaluateVerdicts(ruleset: { policies: RulesetPolicy[] }, answers: Answers): { items: ItemVerdict[]; total: Totals } {
  const chosen = answers.topics;
  const items: ItemVerdict[] = [];
  for (const policy of ruleset.policies) {
    for (const topic of policy.topics) {
      if (!chosen.includes(topic.id)) continue;
      const own = itemsFor(policy, topic, answers.applicant);
      const { group } = topic;
      if (!group) {
        for (const item of own) {
          const { status, amount } = verdictOf(policy, topic, item, answers, undefined);
          items.push({ policy: policy.id, id: item.id, status, amount });
        }
        continue;
      }
      entriesOf(answers, group).forEach((values, i) => {
        const entry = { index: i + 1, values };
        for (const item of own) {
          const { status, amount } = verdictOf(policy, topic, item, answers, entry);
          items.push({ policy: policy.id, id: item.id, entry: { group: group.id, index: entry.index }, status, amount });
        }
      });
    }
  }
  return { items, total: totalOf(items) };
}
