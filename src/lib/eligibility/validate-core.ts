/**
 * Answer checks that need no schema library: errors, which topics each applicant may ask about, and
 * which answers each chosen topic needs. Shared by the zod validator (CLI, build) and the browser.
 */
import type { Answers, TopicId } from '../../schemas/answers.ts';
import { LADDER_LEVELS, LADDERS, obtained } from './ladders.ts';

export interface AnswerError {
  field: string;
  value: unknown;
  message: string;
}

/** Bad answers: the engine refuses them rather than guess. */
export class AnswersError extends Error {
  readonly errors: AnswerError[];

  constructor(errors: AnswerError[]) {
    super(errors.map((e) => `${e.field}: ${e.message} (value: ${JSON.stringify(e.value) ?? '(missing)'})`).join('\n'));
    this.name = 'AnswersError';
    this.errors = errors;
  }
}

/** Which topics each kind of applicant can ask about. */
export const TOPICS_FOR: Record<Answers['applicant'], readonly TopicId[]> = {
  enterprise: ['rd-ranking', 'hte', 'platform', 'incubator', 'science-base', 'talent', 'team'],
  institution: ['platform', 'incubator', 'science-base', 'talent'],
  person: ['talent'],
};

/** Answers a chosen topic cannot be evaluated without. */
export function missingFor(answers: Answers): AnswerError[] {
  const errors: AnswerError[] = [];
  const need = (field: keyof Answers, why: string) => {
    if (answers[field] === undefined) errors.push({ field, value: undefined, message: `is required ${why}` });
  };
  const topics = new Set(answers.topics);
  for (const topic of topics) {
    if (!TOPICS_FOR[answers.applicant].includes(topic)) {
      errors.push({ field: 'topics', value: topic, message: `"${topic}" does not apply to applicant "${answers.applicant}"` });
    }
  }
  if (answers.applicant === 'enterprise') {
    for (const field of ['rdSpending', 'patents', 'patentCommercialisation'] as const) need(field, 'for an enterprise (五（二）2)');
  }
  if (topics.has('rd-ranking')) for (const f of ['year', 'statsCategory', 'rdGrowth'] as const) need(f, 'for topic rd-ranking');
  if (topics.has('hte')) for (const f of ['year', 'hteRecertified', 'revenueGrowth'] as const) need(f, 'for topic hte');
  for (const { topic, prefix } of LADDERS) {
    if (!topics.has(topic)) continue;
    for (const level of LADDER_LEVELS) {
      const field = `${prefix}${level}` as const;
      need(field, `for topic ${topic}`);
      const value = answers[field];
      if (obtained(value)) need(`${field}Year`, `when ${field} is "${value}"`);
    }
  }
  if (topics.has('talent')) {
    for (const f of ['year', 'academicLeader', 'yunnanInnovation', 'leadingTitles'] as const) need(f, 'for topic talent');
    if (answers.applicant !== 'enterprise') need('employer', 'for topic talent unless the applicant is an enterprise');
    if (answers.academicLeader === 'leader' || answers.academicLeader === 'reserve') need('academicRating', 'when academicLeader is set');
  }
  if (topics.has('team')) for (const f of ['year', 'teamKunming', 'teamYunnan'] as const) need(f, 'for topic team');
  return errors;
}

