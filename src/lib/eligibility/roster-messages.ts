/**
 * Roster problems in plain Chinese, for the batch page (/checker/batch/). The engine, the flat parser
 * and the CLI speak English (describeProblem in roster.ts); this is the one place that says the same in
 * Chinese, by the shape of each English message, so the two never disagree on what is wrong.
 * tests/unit/roster-messages.test.ts makes every message the roster code can give pass through here.
 */
import { clipForMessage } from '../spreadsheets/cells.ts';
import type { RosterProblem } from './roster.ts';

const listOf = (quoted: string) => [...quoted.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join('、');

const MESSAGES: ReadonlyArray<[RegExp, (...parts: string[]) => string]> = [
  [/^is required$/, () => '必须填写'],
  [/^needs at least one choice$/, () => '至少要填一项'],
  [/^must be one of (.*)$/, (values) => `只能填以下之一：${listOf(values ?? '')}`],
  [/^must be a whole number$/, () => '应填整数（只写数字）'],
  [/^must be at least (\S+)$/, (n) => `不能小于${n}`],
  [/^must be at most (\S+)$/, (n) => `不能大于${n}`],
  [/^has more than (\d+) entries$/, (n) => `最多${n}个`],
  [/^must be a list$/, () => '应是用逗号分隔的几项'],
  [/^is not a known answer field$/, () => '不是认得的列名（列名见本页“表格怎么填”和模板）'],
  [/^is given more than once \(the first is used\)$/, () => '重复出现（只用第一个）'],
  [/^entry number must be from 1 to (\d+) \(at most \d+ (.+)\)$/, (n, noun) => `序号只能是1到${n}（最多${n}个${noun}）`],
  [/^"(.*)" does not apply to applicant "(.*)"$/, (topic, applicant) => `“${topic}”不适用于申请人类型“${applicant}”`],
  [
    /^has (\d+) cells; the header has (\d+) columns$/,
    (cells, columns) => `这一行有${cells}格，表头有${columns}列，请检查是否多了或少了逗号`,
  ],
  [/^appears more than once in the header$/, () => '在表头里出现了不止一次'],
  [/^names the same answer as column (.+)$/, (other) => `与“${other}”列是同一个回答`],
  [/^is an old column name; rename it (.+)$/, (to) => `是旧版的列名，请改为 ${to}`],
  [
    /^is an old column name that stood for (.+); give each of these its own column$/,
    (to) => `是旧版的列名，代表 ${to}，请为其中每一项各设一列`,
  ],
  [/^is not valid$/, () => '填写的内容不符合要求'],
];

/** One English problem message in Chinese; a message not listed stays as it is rather than be lost. */
export function problemMessageZh(message: string): string {
  for (const [pattern, say] of MESSAGES) {
    const match = pattern.exec(message);
    if (match) return say(...match.slice(1).map((part) => part ?? ''));
  }
  return message;
}

/** The cell as the message quotes it: cut when long; said plainly when empty or absent. */
function cellForMessage(value: string | undefined): string {
  if (value === undefined) return '未填';
  if (value.trim() === '') return '空';
  return `“${clipForMessage(value)}”`;
}

/** “platform2Type”列：必须填写（值：未填）, or the message alone when the whole row is at fault. */
export function describeProblemZh(problem: RosterProblem): string {
  const message = problemMessageZh(problem.message);
  if (problem.column === undefined) return message;
  return `“${clipForMessage(problem.column)}”列：${message}（值：${cellForMessage(problem.value)}）`;
}
