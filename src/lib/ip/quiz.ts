/** The IP quiz: drawing a round from the bank and marking it. Pure, so it runs in tests and the browser alike. */
import { seededRandom } from '../common/random.ts';

/** One question as the browser gets it: the bank entry with its source already in words. */
export interface QuizItem {
  id: string;
  question: string;
  options: string[];
  answer: string;
  explanation: string;
  /** "《专利法》第四十二条" */
  source: string;
  stages: string[];
}

export const ROUND_SIZE = 10;

/** Questions for one stage ('' for all stages). */
export const questionsForStage = (bank: readonly QuizItem[], stage: string) =>
  stage ? bank.filter((q) => q.stages.includes(stage)) : [...bank];

/**
 * `count` different questions in random order (a partial Fisher–Yates shuffle); all of them when the
 * bank is smaller. `random` returns [0, 1), like Math.random, so tests can fix it.
 */
export function drawQuestions<T>(bank: readonly T[], count: number, random: () => number): T[] {
  const pool = [...bank];
  const take = Math.min(count, pool.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, take);
}

/** A question with its options in a new random order; the answer is the same text, so marking is unchanged. */
export function shuffleOptions<T extends { options: readonly string[] }>(question: T, random: () => number): T {
  return { ...question, options: drawQuestions(question.options, question.options.length, random) };
}

/**
 * One round: `count` questions drawn from the bank, each with its options shuffled, so the right answer
 * is as likely in any place as in another (the bank lists it first in most questions).
 */
export function drawRound<T extends { options: readonly string[] }>(bank: readonly T[], count: number, random: () => number): T[] {
  return drawQuestions(bank, count, random).map((question) => shuffleOptions(question, random));
}

/** The seed of the printable answer sheet: fixed, so the printed page is the same on every build. */
export const ANSWER_SHEET_SEED = 20261130;

/**
 * The questions with their options reordered for a printed sheet: among the questions with the same
 * number of options, the right answer takes each place equally often (as nearly as the count allows), in
 * an order drawn from `seed`; the wrong options are shuffled around it. A random order alone could bunch
 * the answers of a few dozen questions in one place.
 */
export function answerSheetOrder<T extends { options: readonly string[]; answer: string }>(questions: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const byOptionCount = new Map<number, number[]>();
  questions.forEach((q, i) => byOptionCount.set(q.options.length, [...(byOptionCount.get(q.options.length) ?? []), i]));
  const position = new Map<number, number>();
  for (const [optionCount, indices] of byOptionCount) {
    const positions = drawQuestions(
      indices.map((_, k) => k % optionCount),
      indices.length,
      random,
    );
    indices.forEach((index, k) => position.set(index, positions[k]!));
  }
  return questions.map((q, i) => {
    const wrong = drawQuestions(
      q.options.filter((o) => o !== q.answer),
      q.options.length - 1,
      random,
    );
    wrong.splice(position.get(i)!, 0, q.answer);
    return { ...q, options: wrong };
  });
}

/**
 * Where the right answers sit: for each number of options n, how many questions had n options and the
 * share of them whose answer was in place 1…n. With no bias every share is 1/n.
 */
export function answerPositionShares(
  questions: Iterable<{ options: readonly string[]; answer: string }>,
): Map<number, { questions: number; shares: number[] }> {
  const counts = new Map<number, number[]>();
  for (const q of questions) {
    const row = counts.get(q.options.length) ?? new Array<number>(q.options.length).fill(0);
    const position = q.options.indexOf(q.answer);
    if (position < 0) throw new Error(`answer "${q.answer}" is not one of the options (${q.options.join(' / ')})`);
    row[position]! += 1;
    counts.set(q.options.length, row);
  }
  const shares = new Map<number, { questions: number; shares: number[] }>();
  for (const [n, row] of counts) {
    const total = row.reduce((a, b) => a + b, 0);
    shares.set(n, { questions: total, shares: row.map((c) => c / total) });
  }
  return shares;
}

export interface MarkedAnswer {
  item: QuizItem;
  /** undefined when left unanswered. */
  chosen: string | undefined;
  correct: boolean;
}

export interface MarkedRound {
  score: number;
  total: number;
  answers: MarkedAnswer[];
}

/** Marks a round; `chosen` maps question id to the option picked. */
export function markRound(items: readonly QuizItem[], chosen: ReadonlyMap<string, string>): MarkedRound {
  const answers = items.map((item) => ({ item, chosen: chosen.get(item.id), correct: chosen.get(item.id) === item.answer }));
  return { score: answers.filter((a) => a.correct).length, total: items.length, answers };
}

/** A word of feedback on the score, kind at every level. */
export function scoreComment(score: number, total: number): string {
  const share = total ? score / total : 0;
  if (share === 1) return '全部答对，真厉害！';
  if (share >= 0.8) return '答得很好，看看下面答错的题是怎么回事。';
  if (share >= 0.6) return '不错，读一读下面的解析，再来一轮试试。';
  return '没关系，先读一读课程，再来一轮试试。';
}
