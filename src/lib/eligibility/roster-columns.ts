/**
 * The roster's columns explained for staff (the batch page's "表格怎么填") and its template
 * (/data/roster-template.csv), both from the ruleset's questions, so a new question is explained and
 * put in the template without anyone writing it down.
 */
import { answerFields, flatColumns } from './flat.ts';
import { csvText } from './roster.ts';
import { flatName } from './scope.ts';
import type { Question, Ruleset } from './types.ts';

export interface ColumnGuide {
  /** The column name, with N standing for the entry number in a repeatable group ("platformNType"). */
  column: string;
  question: string;
  /** What a cell may hold, in words: the option values with their meaning, or the kind of number. */
  values: string;
}

const KIND_WORDS: Record<Question['kind'], string> = {
  choice: '',
  choices: '',
  year: '四位数的年份，如 2019',
  number: '整数，如 3；不知道可以空着',
  amount: '金额（元），只写数字',
};

function valuesOf(question: Question): string {
  if (!question.options) return KIND_WORDS[question.kind];
  const listed = question.options.map((o) => `${o.value}（${o.label}）`).join('、');
  return question.kind === 'choices' ? `可填几项，用逗号分隔：${listed}；空着表示都没有` : `填一项：${listed}`;
}

export function rosterColumnGuide(ruleset: Ruleset): ColumnGuide[] {
  const { top, groups } = answerFields(ruleset);
  return [
    { column: '名称', question: '这一行是哪家单位或哪个人（也可以用 name、id 或 编号 作列名）', values: '任意文字，只用来认出这一行' },
    ...[...top.values()].map(({ question }) => ({ column: question.id, question: question.label, values: valuesOf(question) })),
    ...[...groups.values()].flatMap(({ group, fields }) =>
      [...fields.values()].map((question) => ({
        column: flatName(group, 0, question.id).replace(group.prefix + '0', `${group.prefix}N`),
        question: `${group.noun}N：${question.label}`,
        values: valuesOf(question),
      })),
    ),
  ];
}

/** The template: the name column and every answer column, with room for `entries` entries of each group; UTF-8 with BOM so Excel opens it. */
export const rosterTemplate = (ruleset: Ruleset, entries = 2): string => `\uFEFF${csvText([['名称', ...flatColumns(ruleset, entries)]])}`;
