/** Shapes the eligibility engine reads (a ruleset) and writes (a result). Plain data, JSON-safe. */
import type { RuleAmount } from '../../schemas/rule.ts';
import type { Case, Check } from '../../schemas/rule-logic.ts';

export type { Case, Check };

/** 本站理解: what the site reads into the text, and why (from the policy's readings.yaml). */
export interface ReadingNote {
  id: string;
  text: string;
  reason: string;
}

export interface Option {
  value: string;
  label: string;
  hint?: string | undefined;
}

/** One question, with its option list resolved and "{term}" filled in. */
export interface Question {
  id: string;
  label: string;
  hint?: string | undefined;
  short?: string | undefined;
  kind: 'choice' | 'choices' | 'year' | 'number' | 'amount';
  options?: Option[] | undefined;
  optional: boolean;
  showIf?: { field: string; in: string[] } | undefined;
  applicants?: string[] | undefined;
}

export interface Step {
  id: string;
  title: string;
  applicants?: string[] | undefined;
  questions: Question[];
}

export interface Group {
  id: string;
  prefix: string;
  noun: string;
  max: number;
  summary: string[];
}

export interface Topic {
  id: string;
  label: string;
  hint?: string | undefined;
  /** Applicant types that may choose it (those its items are for). */
  applicants: string[];
  group?: Group | undefined;
  questions: Question[];
}

/** One support item as the engine needs it: the rule's parameters, with the term as years. */
export interface RulesetItem {
  id: string;
  title: string;
  heading: string;
  topic: string;
  /** Applicant types the item is for. */
  for: string[];
  /** Anchor on the 原文 page ("s4-3"). */
  clause: string;
  /** The citation label ("四（三）"). */
  clauseLabel: string;
  checks: Check[];
  amount: RuleAmount;
  termStartYear: number;
  termEndYear: number;
  office: string;
  /** 本站建议准备的材料 (the plan lists none). */
  prepare: string[];
  /** 解读说明: what the text itself says, in plain words. */
  notes: string[];
  readings: ReadingNote[];
  notPaidTwice?: string | undefined;
  combination?: string | undefined;
}

export type PolicyState = 'not-yet' | 'in-force' | 'expired';

export interface RulesetPolicy {
  id: string;
  title: string;
  shortTitle: string;
  docNumber: string;
  /** 现行有效 / 已到期 / 尚未生效, as of the build. */
  state: PolicyState;
  termStart: string;
  termEnd: string;
  termAsPrinted: string;
  termReading: ReadingNote;
  readings: ReadingNote[];
  /** The 原文 page. */
  url: string;
  /** Label of each clause the engine may cite, by anchor ("s5-2-2" → "五（二）2"). */
  clauseLabels: Record<string, string>;
  /** Asked before the topics' own questions when a topic of this policy is chosen. */
  steps: Step[];
  /** Preconditions shared by every item. */
  checks: Check[];
  topics: Topic[];
  items: RulesetItem[];
  /** Old answer field → today's fields, for links made by an earlier checker. */
  legacy: Record<string, string[]>;
}

export interface Ruleset {
  /** Steps asked first, whatever the policy (applicant, location). */
  steps: Step[];
  topicsStep: { title: string; label: string; hint?: string | undefined };
  policies: RulesetPolicy[];
}

export type ItemStatus = 'eligible' | 'depends' | 'unknown' | 'ineligible';

export interface Reason {
  text: string;
  /** Clause anchor the reason rests on. */
  clause?: string | undefined;
}

export interface Confirmation {
  /** The answer to confirm (for an entry: its flat name, "platform2Provincial"). */
  field: string;
  question: string;
  /** Whom to ask. */
  with: string;
}

export interface Range {
  min: number;
  max: number;
}

/** The entry of a repeatable group a result is about. */
export interface EntryRef {
  group: string;
  /** 1-based. */
  index: number;
  /** "平台1：重点实验室". */
  label: string;
}

export interface ItemResult {
  id: string;
  policy: string;
  title: string;
  clause: string;
  clauseLabel: string;
  entry?: EntryRef | undefined;
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

/** What a results sheet shows of one result: which item (and entry), its status and its sum. */
export interface ItemVerdict {
  policy: string;
  id: string;
  entry?: { group: string; index: number } | undefined;
  status: ItemStatus;
  amount: Range;
}

/** 确定可得: the sum of eligible items; 最多可能: the sum of every item's maximum that is not ruled out. */
export interface Totals {
  certain: number;
  possible: number;
}

export interface EligibilityResult {
  policies: Array<Omit<RulesetPolicy, 'steps' | 'checks' | 'topics' | 'items' | 'legacy' | 'clauseLabels'> & { total: Totals }>;
  items: ItemResult[];
  total: Totals;
}

/** Answers: top-level fields, and for each repeatable group a list of entries. */
export type Answers = Record<string, unknown> & { applicant: string; topics: string[] };
export type Entry = Record<string, unknown>;
