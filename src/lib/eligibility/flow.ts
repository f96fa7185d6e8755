/**
 * The question flow, derived from the ruleset's questions (GOV.UK pattern: one group per page, repeatable
 * groups as "add another"). The same functions say which answers are required for the engine, so the
 * flow and the validation can never disagree.
 */
import { POLICY_STATUS_LABEL } from '../policy/status.ts';
import { entriesOf, flatName } from './scope.ts';
import type { Answers, Entry, Question, Ruleset, RulesetPolicy, Topic } from './types.ts';

export type Draft = Partial<Answers> & Record<string, unknown>;

export interface FlowStep {
  id: string;
  title: string;
  /** 'questions': a page of questions; 'more': the add-another page of a repeatable group. */
  kind: 'questions' | 'more';
  questions: Question[];
  policy?: RulesetPolicy | undefined;
  topic?: Topic | undefined;
  /** For an entry's page: which entry (1-based). */
  entry?: number | undefined;
}

export interface AnswerError {
  /** The field as the user's answers carry it: "year", "platform2Type". */
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

const topicsCache = new WeakMap<Ruleset, Map<string, Question>>();

/** The generated question choosing topics, with the topics this applicant may ask about (built once per applicant type). */
export function topicsQuestion(ruleset: Ruleset, applicant: unknown): Question {
  let byApplicant = topicsCache.get(ruleset);
  if (!byApplicant) topicsCache.set(ruleset, (byApplicant = new Map()));
  const key = String(applicant);
  let question = byApplicant.get(key);
  if (!question) byApplicant.set(key, (question = buildTopicsQuestion(ruleset, key)));
  return question;
}

function buildTopicsQuestion(ruleset: Ruleset, applicant: string): Question {
  const several = ruleset.policies.length > 1;
  return {
    id: 'topics',
    label: ruleset.topicsStep.label,
    hint: ruleset.topicsStep.hint,
    kind: 'choices',
    optional: false,
    options: ruleset.policies.flatMap((policy) =>
      policy.topics
        .filter((t) => t.applicants.includes(String(applicant)))
        .map((t) => ({
          value: t.id,
          label: t.label,
          hint: several ? `${t.hint ? `${t.hint}。` : ''}依据：${policy.shortTitle}（${POLICY_STATUS_LABEL[policy.state]}）` : t.hint,
        })),
    ),
  };
}

const has = (draft: Draft, topic: Topic) => Array.isArray(draft.topics) && draft.topics.includes(topic.id);
const forApplicant = (applicants: string[] | undefined, draft: Draft) => !applicants || applicants.includes(String(draft.applicant));

/** Every step that applies to these answers, in order. */
export function applicableSteps(ruleset: Ruleset, draft: Draft): FlowStep[] {
  const steps: FlowStep[] = ruleset.steps
    .filter((s) => forApplicant(s.applicants, draft))
    .map((s) => ({ ...s, kind: 'questions' as const }));
  steps.push({ id: 'topics', title: ruleset.topicsStep.title, kind: 'questions', questions: [topicsQuestion(ruleset, draft.applicant)] });
  for (const policy of ruleset.policies) {
    const topics = policy.topics.filter((t) => has(draft, t));
    if (!topics.length) continue;
    for (const step of policy.steps) if (forApplicant(step.applicants, draft)) steps.push({ ...step, kind: 'questions', policy });
    for (const topic of topics) {
      if (!topic.group) {
        steps.push({ id: topic.id, title: topic.label, kind: 'questions', questions: topic.questions, policy, topic });
        continue;
      }
      const count = Math.max(1, entriesOf(draft as Answers, topic.group).length);
      for (let entry = 1; entry <= count; entry += 1) {
        steps.push({
          id: `${topic.id}-${entry}`,
          title: `${topic.label}：${topic.group.noun}${entry}`,
          kind: 'questions',
          questions: topic.questions,
          policy,
          topic,
          entry,
        });
      }
      steps.push({
        id: `${topic.id}-more`,
        title: `${topic.label}：已添加的${topic.group.noun}`,
        kind: 'more',
        questions: [],
        policy,
        topic,
      });
    }
  }
  return steps;
}

/** The values a step's questions read and write: an entry's, or the top level. */
export function stepValues(step: FlowStep, draft: Draft): Record<string, unknown> {
  if (!step.topic?.group || !step.entry) return draft;
  return entriesOf(draft as Answers, step.topic.group)[step.entry - 1] ?? {};
}

/** Whether a question is asked, given the other answers (an entry's showIf looks in the entry first). */
export function isShown(question: Question, values: Record<string, unknown>, draft: Draft): boolean {
  if (!forApplicant(question.applicants, draft)) return false;
  if (!question.showIf) return true;
  const { field, in: shownFor } = question.showIf;
  const value = field in values ? values[field] : draft[field];
  return Array.isArray(value) ? value.some((v) => shownFor.includes(String(v))) : shownFor.includes(String(value));
}

/** Whether `value` answers `question`: anything but nothing or empty text; for several choices, a list, empty only when the question is optional. */
export function isAnswered(question: Question, value: unknown): boolean {
  if (question.kind === 'choices') return Array.isArray(value) && (question.optional || value.length > 0);
  return value !== undefined && value !== '';
}

/** The name an answer has in URLs, rosters and error messages. */
export const fieldName = (step: FlowStep, question: Question) =>
  step.topic?.group && step.entry ? flatName(step.topic.group, step.entry, question.id) : question.id;

const missingError = (step: FlowStep, question: Question): AnswerError => ({
  field: fieldName(step, question),
  value: undefined,
  message: question.kind === 'choices' ? 'needs at least one choice' : 'is required',
});

/** Shown questions of a step still without a required answer. */
function missingIn(step: FlowStep, draft: Draft): AnswerError[] {
  const values = stepValues(step, draft);
  return step.questions
    .filter((q) => !q.optional && isShown(q, values, draft) && !isAnswered(q, values[q.id]))
    .map((q) => missingError(step, q));
}

/** The first step with unanswered questions, or undefined when all are done. */
export function nextIncompleteStep(ruleset: Ruleset, draft: Draft): FlowStep | undefined {
  return applicableSteps(ruleset, draft).find((step) => missingIn(step, draft).length > 0);
}

/**
 * applicableSteps, remembered: the steps hang only on the applicant type, which topics are chosen and how
 * many entries each group has, and a roster's rows share a few such shapes. For reading only (reviewAnswers).
 */
const stepsByShape = new WeakMap<Ruleset, Map<string, FlowStep[]>>();
function sharedSteps(ruleset: Ruleset, draft: Draft): FlowStep[] {
  let byShape = stepsByShape.get(ruleset);
  if (!byShape) stepsByShape.set(ruleset, (byShape = new Map()));
  // What applicableSteps reads of the draft, and nothing else; the applicant last, so no text in it can make two shapes one.
  let shape = '';
  for (const policy of ruleset.policies) {
    for (const topic of policy.topics)
      shape += !has(draft, topic) ? '-' : topic.group ? `${entriesOf(draft as Answers, topic.group).length},` : '+';
  }
  shape += `|${String(draft.applicant)}`;
  let steps = byShape.get(shape);
  if (!steps) {
    steps = applicableSteps(ruleset, draft);
    // Answers from a URL can be anything: remember only a bounded number of shapes.
    if (byShape.size < 1000) byShape.set(shape, steps);
  }
  return steps;
}

const allowedTopics = new WeakMap<Question, Set<string>>();

/**
 * The flow's reading of a draft, in one pass over the shown questions (a roster does this for every row):
 * `missing`, every answer the engine needs and does not have, and every topic this applicant cannot ask
 * about; `kept`, the answers with only what the flow asks: values of questions not shown (an earlier
 * choice changed) and groups of topics not chosen are dropped, so the engine never reads a stale answer.
 */
export function reviewAnswers<T extends Draft>(
  ruleset: Ruleset,
  draft: T,
  steps = sharedSteps(ruleset, draft),
): { missing: AnswerError[]; kept: T } {
  const missing: AnswerError[] = [];
  const kept: Record<string, unknown> = {};
  const groups = new Map<string, Entry[]>();
  for (const step of steps) {
    const values = stepValues(step, draft);
    const group = step.topic?.group && step.entry ? step.topic.group : undefined;
    const target: Record<string, unknown> = group ? {} : kept;
    let answered = false;
    for (const q of step.questions) {
      if (!isShown(q, values, draft)) continue;
      const value = values[q.id];
      if (!q.optional && !isAnswered(q, value)) missing.push(missingError(step, q));
      if (value !== undefined) {
        target[q.id] = value;
        answered = true;
      }
    }
    if (group && answered) {
      const entries = groups.get(group.id);
      if (entries) entries.push(target);
      else groups.set(group.id, [target]);
    }
  }
  for (const [id, entries] of groups) kept[id] = entries;
  const question = topicsQuestion(ruleset, draft.applicant);
  let allowed = allowedTopics.get(question);
  if (!allowed) allowedTopics.set(question, (allowed = new Set(question.options?.map((o) => o.value))));
  for (const topic of Array.isArray(draft.topics) ? draft.topics : []) {
    if (!allowed.has(topic))
      missing.push({ field: 'topics', value: topic, message: `"${topic}" does not apply to applicant "${String(draft.applicant)}"` });
  }
  return { missing, kept: kept as T };
}

/** Every answer the engine needs and does not have, and every topic this applicant cannot ask about. */
export const missingAnswers = (ruleset: Ruleset, draft: Draft, steps = sharedSteps(ruleset, draft)): AnswerError[] =>
  reviewAnswers(ruleset, draft, steps).missing;

/** The answers with only what the flow asks (see reviewAnswers). */
export const pruneAnswers = <T extends Draft>(ruleset: Ruleset, draft: T, steps = sharedSteps(ruleset, draft)): T =>
  reviewAnswers(ruleset, draft, steps).kept;
