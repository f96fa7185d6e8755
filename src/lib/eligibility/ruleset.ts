/** Builds the engine's ruleset from content data (at build time, and in the CLI). */
import type { Rule } from '../../schemas/rule.ts';
import { toIsoDate } from '../dates.ts';
import type { Ruleset } from './types.ts';

export interface RulesetSources {
  policy: { id: string; title: string; docNumber: string; term: { start: Date; end: Date } };
  rules: Rule[];
  /** Clause anchor → label ("s4-3" → "四（三）"). */
  clauseLabels: Map<string, string>;
  /** Department id → name. */
  departmentNames: Map<string, string>;
  /** Where the 原文 page is ("/policy/<id>/original/"). */
  originalUrl: string;
}

const yearOf = (date: Date) => Number(toIsoDate(date).slice(0, 4));

export function buildRuleset(sources: RulesetSources): Ruleset {
  const { policy, rules, clauseLabels, departmentNames } = sources;
  const label = (clause: string) => {
    const found = clauseLabels.get(clause);
    if (!found) throw new Error(`ruleset: no clause "${clause}" in ${policy.docNumber}`);
    return found;
  };
  return {
    policy: { id: policy.id, title: policy.title, docNumber: policy.docNumber, termStart: toIsoDate(policy.term.start), termEnd: toIsoDate(policy.term.end), url: sources.originalUrl },
    clauseLabels: Object.fromEntries([...clauseLabels].filter(([id]) => id.startsWith('s4') || id.startsWith('s5'))),
    items: rules.map((rule) => ({
      id: rule.id,
      title: rule.title,
      heading: rule.heading,
      clause: rule.clause,
      clauseLabel: label(rule.clause),
      amount: rule.amount,
      termStartYear: yearOf(rule.term.start),
      termEndYear: yearOf(rule.term.end),
      office: departmentNames.get(rule.office) ?? rule.office,
      prepare: rule.prepare,
      interpretation: rule.interpretation,
      ...(rule.combination ? { combination: rule.combination } : {}),
    })),
  };
}
