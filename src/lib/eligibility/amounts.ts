/**
 * The rules vocabulary's sums: a fixed sum, a rank table, a recognition ladder, a grade table (one row,
 * or the highest of several), and a percentage of a declared amount with a cap. Each reads its answer
 * and says what the sum is, or between what it lies and what decides it.
 */
import type { RuleAmount } from '../../schemas/rule.ts';
import { formatYuan } from '../common/money.ts';
import { LEVEL_LABEL, maximumAmount } from '../policy/rule-amounts.ts';
import { caseOutcome, fail, findCase, pass, withinTerm, type Outcome, type Scope } from './conditions.ts';
import type { Confirmation, Range, Reason } from './types.ts';

export interface AmountAssessment {
  outcomes: Outcome[];
  amount: Range;
  decidedBy?: string | undefined;
  nextStep?: string | undefined;
  /** Parts of the sum that hang on answers still to confirm (counted in the maximum only). */
  pending: Confirmation[];
  /** Reasons that explain the sum, shown with the conditions. */
  notes: Reason[];
}

const fixed = (amount: number): Range => ({ min: amount, max: amount });
const simple = (amount: Range, outcomes: Outcome[] = [], decidedBy?: string): AmountAssessment => ({
  outcomes,
  amount,
  decidedBy,
  pending: [],
  notes: [],
});

/** Ladder answers that say the level was obtained (recommended or not: that is judged below). */
const OBTAINED = ['yes', 'recommended', 'other-recommended', 'not-recommended'];

type Of<K extends RuleAmount['kind']> = Extract<RuleAmount, { kind: K }>;

function rank(data: Of<'rank'>, scope: Scope): AmountAssessment {
  const { bands } = data;
  const value = data.answer ? scope.get(data.answer) : undefined;
  if (typeof value !== 'number') {
    // The bands in words only for a rank still to come: every ranked row would build them for nothing.
    const rule = () =>
      bands
        .map((b) => `${b.fromRank === b.toRank ? `第${b.fromRank}名` : `第${b.fromRank}至第${b.toRank}名`}各${formatYuan(b.amount)}`)
        .join('，');
    return simple(
      { min: 0, max: maximumAmount(data) },
      [],
      scope.verdictOnly ? '' : `${data.decidedBy ?? '由排名决定'}：${rule()}，其余没有。`,
    );
  }
  const band = bands.find((b) => value >= b.fromRank && value <= b.toRank);
  const last = bands.at(-1)?.toRank ?? 0;
  const { verdictOnly } = scope;
  return simple(fixed(band?.amount ?? 0), [
    band
      ? pass(verdictOnly ? '' : `${data.what ?? '排名'}第${value}名：${formatYuan(band.amount)}。`, scope.clause)
      : fail(verdictOnly ? '' : `排名第${value}名，只有前${last}名有扶持。`, scope.clause),
  ]);
}

/** 市级 then 省级、国家级 on top, each paid when obtained within the term (四（三）（四）（六）). */
function levels(data: Of<'levels'>, scope: Scope, what: string): AmountAssessment {
  const notes: Reason[] = [];
  const pending: Confirmation[] = [];
  let certain = 0;
  let possible = 0;
  let highest: string | undefined;
  const base = data.levels.find((l) => !l.topUp);
  const { verdictOnly } = scope;
  for (const level of data.levels) {
    const field = level.answer ?? level.level;
    const answer = scope.get(field);
    const year = scope.get(level.year ?? `${level.level}Year`);
    const label = LEVEL_LABEL[level.level];
    const ask = (question: () => string) =>
      pending.push({ field: scope.name(field), question: verdictOnly ? '' : question(), with: scope.office });
    if (OBTAINED.includes(String(answer)) && typeof year === 'number') {
      const term = withinTerm(year, scope.termStartYear, scope.termEndYear, `${label}认定`, scope.clause, verdictOnly);
      if (term.kind === 'fail') {
        notes.push(term.reason);
        continue;
      }
      if (level.needsRecommendation && answer === 'not-recommended') {
        notes.push({
          text: verdictOnly ? '' : `${label}认定没有经过科技部门推荐，不享受${label}的${formatYuan(level.amount)}。`,
          clause: scope.clause,
        });
        continue;
      }
      highest = level.level;
      possible += level.amount;
      const baseAnswer = base ? scope.get(base.answer ?? base.level) : 'yes';
      // The base level is itself to be confirmed (asked under its own answer): the top-up is possible, not certain.
      if (level.topUp && baseAnswer === 'unsure') continue;
      if (level.topUp && baseAnswer === 'no') {
        // 再分别给予 reads as on top of the base sum; with no base recognition the text does not say.
        ask(
          () =>
            `${what}没有${LEVEL_LABEL[base?.level ?? 'municipal']}认定、直接获得${label}认定的，能否享受${label}的${formatYuan(level.amount)}？`,
        );
        continue;
      }
      if (level.needsRecommendation && answer === 'other-recommended') {
        // The text says 经科技部门推荐 without a level: another level's recommendation is not refused, but confirmed.
        ask(() => `${what}的${label}认定是经其他科技部门推荐的，能否享受${label}的${formatYuan(level.amount)}？`);
        continue;
      }
      certain += level.amount;
      notes.push({
        text: verdictOnly
          ? ''
          : `${year}年获${label}认定${level.needsRecommendation ? '（经科技部门推荐）' : ''}：${level.topUp ? '再' : ''}${formatYuan(level.amount)}。`,
        clause: scope.clause,
      });
    } else if (answer === 'unsure') {
      possible += level.amount;
      ask(() =>
        level.needsRecommendation ? `${what}是否在计划期内、经科技部门推荐获得${label}认定？` : `${what}是否在计划期内获得${label}认定？`,
      );
    }
  }
  const outcomes: Outcome[] = [];
  if (certain === 0 && pending.length === 0) {
    outcomes.push(
      fail(
        verdictOnly
          ? ''
          : notes.length
            ? `${what}在计划期内没有可获扶持的认定。`
            : `${what}没有获得${LEVEL_LABEL[base?.level ?? 'municipal']}及以上认定。`,
        scope.clause,
      ),
    );
  }
  const next = highest && !verdictOnly ? data.levels[data.levels.findIndex((l) => l.level === highest) + 1] : undefined;
  return {
    outcomes,
    amount: { min: certain, max: possible },
    notes,
    pending,
    nextStep: next
      ? `若在计划期内（${scope.termStartYear}—${scope.termEndYear}年）经科技部门推荐获得${LEVEL_LABEL[next.level]}认定，可再获${formatYuan(next.amount)}。`
      : undefined,
  };
}

/** A row per result (one row, or the highest of several with combine: max); other answers go to the cases. */
function table(data: Of<'table'>, scope: Scope): AmountAssessment {
  const top = maximumAmount(data);
  // Only a sum still open says what decides it; the listing is written then, not for every result.
  const listing = () => `${data.rows.map((r) => `${r.label}：${formatYuan(r.amount)}`).join('；')}；其他结果没有。`;
  const list = data.answer !== undefined && scope.question(data.answer)?.kind === 'choices';
  // An optional list left blank is "none of these".
  const raw = data.answer ? (scope.get(data.answer) ?? (list ? [] : undefined)) : undefined;
  if (raw === undefined) return simple({ min: 0, max: top }, [], `由结果决定。${listing()}`);
  const values = (Array.isArray(raw) ? raw : [raw]).map(String);
  const rows = data.rows.filter((r) => r.when?.some((w) => values.includes(w)));
  const others = values.filter((v) => !data.rows.some((r) => r.when?.includes(v)));
  const outcomes = others.flatMap((v) => {
    const found = findCase(data.cases, v);
    return found ? [caseOutcome(found, scope, data.answer as string, v, scope.clause)] : [];
  });
  const best = rows.length ? Math.max(...rows.map((r) => r.amount)) : 0;
  const row = rows.find((r) => r.amount === best);
  if (Array.isArray(raw) && values.length === 0) return simple(fixed(0), [fail(data.empty ?? '没有符合的结果。', scope.clause)]);
  const open = outcomes.find((o) => o.kind === 'unknown' || o.kind === 'depends');
  if (open) {
    // Still to confirm, or decided by a result to come: from what is certain up to the most the table pays.
    const decided = open.kind === 'depends' && !scope.verdictOnly ? `${open.text}。${listing()}` : undefined;
    return simple(
      { min: open.kind === 'depends' ? 0 : best, max: top },
      outcomes.filter((o) => o.kind !== 'depends'),
      decided,
    );
  }
  if (!row) return simple(fixed(0), outcomes.length ? outcomes : [fail(data.empty ?? '没有符合的结果。', scope.clause)]);
  const text = scope.verdictOnly
    ? ''
    : rows.length > 1
      ? `${data.what ?? ''}${rows.length}项（${rows.map((r) => r.label).join('、')}），按最高的“${row.label}”补助一次：${formatYuan(best)}。`
      : `${data.what ?? ''}${row.label}：${formatYuan(best)}。`;
  return simple(fixed(best), [...outcomes, pass(text, scope.clause)]);
}

function percent(data: Of<'percent'>, scope: Scope): AmountAssessment {
  const value = scope.get(data.answer);
  const { verdictOnly } = scope;
  if (typeof value !== 'number')
    return simple({ min: 0, max: data.cap }, [], verdictOnly ? '' : `按${data.what}的${data.rate}%计算，最多${formatYuan(data.cap)}。`);
  const amount = Math.min(Math.floor((value * data.rate) / 100), data.cap);
  if (amount <= 0)
    return simple(fixed(0), [fail(verdictOnly ? '' : `${data.what}为${formatYuan(value)}，按${data.rate}%计算没有扶持。`, scope.clause)]);
  const capped = amount === data.cap && (value * data.rate) / 100 > data.cap;
  return simple(fixed(amount), [
    pass(
      verdictOnly
        ? ''
        : `${data.what}${formatYuan(value)}的${data.rate}%${capped ? `超过上限，按上限${formatYuan(data.cap)}` : `：${formatYuan(amount)}`}。`,
      scope.clause,
    ),
  ]);
}

/** The item's sum from its amount construct. `what` names the subject ("平台") in the ladder's reasons. */
export function assessAmount(data: RuleAmount, scope: Scope, what: string): AmountAssessment {
  switch (data.kind) {
    case 'fixed':
      return simple(fixed(data.amount));
    case 'rank':
      return rank(data, scope);
    case 'levels':
      return levels(data, scope, what);
    case 'table':
      return table(data, scope);
    case 'percent':
      return percent(data, scope);
  }
}
