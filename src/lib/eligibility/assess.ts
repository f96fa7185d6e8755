/**
 * The eligibility engine: answers in, one result per support item out, each with its status, sum,
 * reasons citing their clauses, and what to confirm or prepare. Pure: no DOM, no I/O, no clock.
 */
import type { Answers } from '../../schemas/answers.ts';
import { pass, tri, unknown, type Outcome } from './conditions.ts';
import { FORMULAS, TOPIC_ITEMS } from './items.ts';
import type { EligibilityResult, ItemResult, Ruleset, RulesetItem } from './types.ts';

/** 五（二）2: an enterprise needs R&D spending, patents or patent commercialisation for any fiscal S&T support. */
const GATE_CLAUSE = 's5-2-2';

function enterpriseGate(answers: Answers, office: string): Outcome | undefined {
  if (answers.applicant !== 'enterprise') return undefined;
  const values = [answers.rdSpending, answers.patents, answers.patentCommercialisation];
  if (values.includes('yes')) return pass('企业有研发投入、专利技术或专利成果转化，满足财政科技扶持的前提。', GATE_CLAUSE);
  if (values.includes('unsure')) {
    return unknown({ field: 'rdSpending', question: '企业是否有研发经费投入、专利技术或专利成果转化（至少一项）？', with: office });
  }
  // The text says 等主要科技指标: other indicators may count, so none of the three is to be confirmed, not refused.
  return unknown({ field: 'rdSpending', question: '企业没有研发投入、专利技术和专利成果转化；原文写的是“等主要科技指标”，企业是否有其他主要科技指标，能否获得财政科技扶持？', with: office });
}

function assess(item: RulesetItem, answers: Answers): ItemResult {
  const formula = FORMULAS[item.id];
  if (!formula) throw new Error(`No formula for support item "${item.id}"`);
  const assessment = formula(item, answers);
  const gate = enterpriseGate(answers, item.office);
  const outcomes: Outcome[] = [
    tri(answers.inWuhua, { yes: answers.applicant === 'person' ? '在五华区工作。' : '在五华区。', no: '计划只扶持五华区的企业、单位和人才。', confirm: { field: 'inWuhua', question: '是否在五华区（注册或纳入五华区统计；个人：所在单位是否在五华区）？' } }, item.office, item.clause),
    ...(gate ? [gate] : []),
    ...assessment.conditions,
  ];
  const failed = outcomes.find((o): o is Extract<Outcome, { kind: 'fail' }> => o.kind === 'fail');
  const confirm = [...outcomes.flatMap((o) => (o.kind === 'unknown' ? [o.confirm] : [])), ...(assessment.pending ?? [])];
  const passed = outcomes.flatMap((o) => (o.kind === 'pass' ? [o.reason] : []));
  const base = {
    id: item.id,
    title: item.title,
    clause: item.clause,
    clauseLabel: item.clauseLabel,
    prepare: item.prepare,
    office: item.office,
    notes: item.notes,
    readings: item.readings,
    ...(assessment.notPaidTwice ? { notPaidTwice: assessment.notPaidTwice } : {}),
  };
  if (failed) {
    return { ...base, status: 'ineligible', amount: { min: 0, max: 0 }, reasons: [failed.reason, ...(assessment.notes ?? [])], confirm: [] };
  }
  const reasons = [...passed, ...(assessment.notes ?? [])];
  const extras = { ...(assessment.nextStep ? { nextStep: assessment.nextStep } : {}) };
  // Open questions first; then a range that only an outside result (a rank, an evaluation) decides.
  const status = confirm.length ? 'unknown' : assessment.amount.min !== assessment.amount.max ? 'depends' : 'eligible';
  const decidedBy = status === 'depends' ? { decidedBy: assessment.decidedBy } : {};
  return { ...base, ...extras, status, amount: assessment.amount, reasons, confirm, ...decidedBy };
}

/**
 * Evaluates answers that have already been validated (by the zod schema, or in the browser by the
 * JSON Schema generated from it). Use evaluateEligibility for anything not yet validated.
 */
export function evaluateAnswers(ruleset: Ruleset, answers: Answers): EligibilityResult {
  const wanted = new Set(answers.topics.flatMap((topic) => TOPIC_ITEMS[topic] ?? []));
  const items = ruleset.items.filter((item) => wanted.has(item.id)).map((item) => assess(item, answers));
  return {
    ruleset: ruleset.policy,
    items,
    total: items.reduce((sum, item) => ({ min: sum.min + item.amount.min, max: sum.max + item.amount.max }), { min: 0, max: 0 }),
  };
}
