/** The IP quiz: drawing a round from the bank and marking it. Pure, so it runs in tests and the browser alike. */

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
export const questionsForStage = (bank: readonly QuizItem[], stage: string) => (stage ? bank.filter((q) => q.stages.includes(stage)) : [...bank]);

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
