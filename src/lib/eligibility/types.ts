/** Shapes the eligibility engine reads (a ruleset) and writes (a result). Plain data, JSON-safe. */
import type { Answers } from '../../schemas/answers.ts';
import type { AmountData } from '../rule-amounts.ts';

/** 本站理解: what the site reads into the text, and why (from the policy's readings.yaml). */
export interface ReadingNote {
  id: string;
  text: string;
  reason: string;
}

/** One support item as the engine needs it: the rule's parameters, with the term as years. */
export interface RulesetItem {
  id: string;
  title: string;
  heading: string;
  /** Anchor on the 原文 page ("s4-3"). */
  clause: string;
  /** The citation label ("四（三）"). */
  clauseLabel: string;
  amount: AmountData;
  termStartYear: number;
  termEndYear: number;
  office: string;
  /** 本站建议准备的材料 (the plan lists none). */
  prepare: string[];
  /** 解读说明: what the text itself says, in plain words. */
  notes: string[];
  readings: ReadingNote[];
  combination?: string | undefined;
}

export interface Ruleset {
  policy: { id: string; title: string; docNumber: string; termStart: string; termEnd: string; termAsPrinted: string; termReading: ReadingNote; readings: ReadingNote[]; url: string };
  /** Label of each clause the engine may cite, by anchor ("s5-2-2" → "五（二）2"). */
  clauseLabels: Record<string, string>;
  items: RulesetItem[];
}

export type ItemStatus = 'eligible' | 'depends' | 'unknown' | 'ineligible';

export interface Reason {
  text: string;
  /** Clause anchor the reason rests on. */
  clause?: string | undefined;
}

export interface Confirmation {
  field: keyof Answers;
  question: string;
  /** Whom to ask. */
  with: string;
}

export interface Range {
  min: number;
  max: number;
}

export interface ItemResult {
  id: string;
  title: string;
  clause: string;
  clauseLabel: string;
  status: ItemStatus;
  /** Yuan, whole numbers. Ineligible: 0–0; eligible: exact; depends/unknown: the possible range. */
  amount: Range;
  reasons: Reason[];
  /** For `unknown`: the answers to confirm and with whom. */
  confirm: Confirmation[];
  /** For `depends`: what decides the sum. */
  decidedBy?: string | undefined;
  /** What more the plan would have paid for the next level up. */
  nextStep?: string | undefined;
  /** How "not paid twice" applies to this item. */
  notPaidTwice?: string | undefined;
  prepare: string[];
  office: string;
  notes: string[];
  readings: ReadingNote[];
}

export interface EligibilityResult {
  ruleset: Ruleset['policy'];
  items: ItemResult[];
  total: Range;
}
