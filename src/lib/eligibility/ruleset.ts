/** Builds the engine's ruleset from content data (at build time, and in the CLI). */
import type { Reading } from '../../schemas/reading.ts';
import type { Rule } from '../../schemas/rule.ts';
import { toIsoDate } from '../dates.ts';
import type { Ruleset } from './types.ts';

export interface RulesetSources {
  policy: { id: string; title: string; docNumber: string; term: { start: Date; end: Date; asPrinted: string; reading: string }; supportReadings: string[] };
  rules: Rule[];
  /** Clause anchor → label ("s4-3" → "四（三）"). */
  clauseLabels: Map<string, string>;
  /** Department id → name. */
  departmentNames: Map<string, string>;
  /** The policy's 本站理解 (readings.yaml), by id. */
  readings: Map<string, Reading>;
  /** Where the 原文 page is ("/policy/<id>/original/"). */
  originalUrl: string;
}

const yearOf = (date: Date) => Number(toIsoDate(date).slice(0, 4));

export function buildRuleset(sources: RulesetSources): Ruleset {
  const { policy, rules, clauseLabels, departmentNames, readings } = sources;
  /** `where` names the file and field that refers to the reading, for the error. */
  const reading = (where: string, id: string) => {
    const found = readings.get(id);
    if (!found) throw new Error(`${where}: no reading with this id in content/policies/${policy.id}/readings.yaml (value: "${id}")`);
    return { id, text: found.text, reason: found.reason };
  };
  const label = (clause: string) => {
    const found = clauseLabels.get(clause);
    if (!found) throw new Error(`ruleset: no clause "${clause}" in ${policy.docNumber}`);
    return found;
  };
  return {
    policy: {
      id: policy.id,
      title: policy.title,
      docNumber: policy.docNumber,
      termStart: toIsoDate(policy.term.start),
      termEnd: toIsoDate(policy.term.end),
      termAsPrinted: policy.term.asPrinted,
      termReading: reading(`content/policies/${policy.id}/policy.yaml: field term.reading`, policy.term.reading),
      readings: policy.supportReadings.map((id) => reading(`content/policies/${policy.id}/policy.yaml: field supportReadings`, id)),
      url: sources.originalUrl,
    },
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
      notes: rule.notes,
      readings: rule.readings.map((id) => reading(`content/rules/${rule.id}.yaml: field readings`, id)),
      ...(rule.combination ? { combination: rule.combination } : {}),
    })),
  };
}
