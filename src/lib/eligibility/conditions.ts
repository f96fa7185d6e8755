/** The building blocks of an item's rules: each condition passes, fails, or needs confirming. */
import type { TriAnswer } from '../../schemas/answers.ts';
import type { Confirmation, Reason } from './types.ts';

export type Outcome =
  | { kind: 'pass'; reason: Reason }
  | { kind: 'fail'; reason: Reason }
  | { kind: 'unknown'; confirm: Confirmation };

export const pass = (text: string, clause?: string): Outcome => ({ kind: 'pass', reason: { text, clause } });
export const fail = (text: string, clause?: string): Outcome => ({ kind: 'fail', reason: { text, clause } });
export const unknown = (confirm: Confirmation): Outcome => ({ kind: 'unknown', confirm });

/** A yes/no/不确定 answer turned into an outcome. */
export function tri(answer: TriAnswer | undefined, texts: { yes: string; no: string; confirm: Omit<Confirmation, 'with'> }, office: string, clause?: string): Outcome {
  if (answer === 'yes') return pass(texts.yes, clause);
  if (answer === 'no') return fail(texts.no, clause);
  return unknown({ ...texts.confirm, with: office });
}

/** The plan covers results obtained within its term; say plainly when a year falls outside it. */
export function withinTerm(year: number, start: number, end: number, what: string, clause?: string): Outcome {
  if (year < start) return fail(`${what}：${year}年，早于计划期限（${start}—${end}年），不在本计划范围内。`, clause);
  if (year > end) return fail(`${what}：${year}年，晚于计划期限（${start}—${end}年），本计划不再适用。`, clause);
  return pass(`${what}：${year}年，在计划期限（${start}—${end}年）内。`, clause);
}
