/**
 * Where an answer lives: top-level ("inWuhua") or in an entry of a repeatable group
 * ("platforms[1].municipal", written flat as "platform2Municipal"). One place for the naming that the
 * URL, the roster's columns, the form and the engine's confirmations all share.
 */
import type { Answers, Entry, Group, Option, Question, RulesetPolicy, Topic } from './types.ts';

const capitalise = (field: string) => `${field.charAt(0).toUpperCase()}${field.slice(1)}`;

/** "platform", 2, "municipalYear" → "platform2MunicipalYear". */
export const flatName = (group: Pick<Group, 'prefix'>, index: number, field: string) => `${group.prefix}${index}${capitalise(field)}`;

/** The entries of a group in the answers (none when the group was not answered). */
export const entriesOf = (answers: Answers, group: Group): Entry[] =>
  Array.isArray(answers[group.id]) ? (answers[group.id] as Entry[]) : [];

/** The label of an answer value ("key-lab" → "重点实验室"), or the value itself. */
export function optionLabel(question: Question | undefined, value: unknown): string {
  return question?.options?.find((o: Option) => o.value === value)?.label ?? String(value);
}

/** An answer in words: option labels (a list joined with 、), a year as 2019年; blank as 未填写, an empty list as 都没有. */
export function answerText(question: Question | undefined, value: unknown): string {
  if (value === undefined || (Array.isArray(value) && !value.length)) return question?.kind === 'choices' ? '都没有' : '未填写';
  if (Array.isArray(value)) return value.map((v) => optionLabel(question, v)).join('、');
  return question?.kind === 'year' ? `${String(value)}年` : optionLabel(question, value);
}

/** "平台1：重点实验室": an entry named by its number and its summary answers. */
export function entryLabel(topic: Topic, index: number, entry: Entry): string {
  const group = topic.group as Group;
  const parts = group.summary
    .map((field) => {
      const value = entry[field];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) return '';
      const question = topic.questions.find((q) => q.id === field);
      const text = answerText(question, value);
      return question?.short ? `${question.short}：${text}` : text;
    })
    .filter(Boolean);
  return `${group.noun}${index}${parts.length ? `（${parts.join('；')}）` : ''}`;
}

/** Every top-level question of a policy (its steps and its topics without a group), by field. */
export function topLevelQuestions(policy: RulesetPolicy): Question[] {
  return [...policy.steps.flatMap((s) => s.questions), ...policy.topics.filter((t) => !t.group).flatMap((t) => t.questions)];
}
