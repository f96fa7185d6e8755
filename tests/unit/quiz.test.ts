import { describe, expect, it } from 'vitest';
import { drawQuestions, markRound, questionsForStage, scoreComment, type QuizItem } from '../../src/lib/quiz';
import { seededRandom } from '../../scripts/lib/synthetic-bases';

const item = (id: string, stages: string[] = ['小学']): QuizItem => ({ id, question: `问题${id}`, options: ['甲', '乙', '丙'], answer: '乙', explanation: '因为如此。', source: '《专利法》第二条', stages });
const bank = Array.from({ length: 36 }, (_, i) => item(`q${i}`, i % 3 === 0 ? ['小学', '初中'] : ['高中']));

describe('drawing a round', () => {
  it('draws ten different questions from the bank', () => {
    const round = drawQuestions(bank, 10, seededRandom(1));
    expect(round).toHaveLength(10);
    expect(new Set(round.map((q) => q.id)).size).toBe(10);
    for (const q of round) expect(bank).toContain(q);
  });

  it('draws different rounds from different random streams, and the same from the same', () => {
    const ids = (seed: number) => drawQuestions(bank, 10, seededRandom(seed)).map((q) => q.id);
    expect(ids(1)).toEqual(ids(1));
    expect(ids(1)).not.toEqual(ids(2));
  });

  it('reaches every question over many rounds (no part of the bank is left out)', () => {
    const random = seededRandom(7);
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) for (const q of drawQuestions(bank, 10, random)) seen.add(q.id);
    expect(seen.size).toBe(bank.length);
  });

  it('gives the whole bank, shuffled, when it is smaller than a round', () => {
    expect(drawQuestions(bank.slice(0, 4), 10, seededRandom(3))).toHaveLength(4);
  });

  it('draws only questions for the chosen stage', () => {
    const primary = questionsForStage(bank, '小学');
    expect(primary).toHaveLength(12);
    expect(primary.every((q) => q.stages.includes('小学'))).toBe(true);
    expect(questionsForStage(bank, '')).toHaveLength(36);
  });
});

describe('marking a round', () => {
  it('counts right answers and keeps wrong and missing ones for the review', () => {
    const round = bank.slice(0, 3);
    const marked = markRound(round, new Map([['q0', '乙'], ['q1', '甲']]));
    expect(marked.score).toBe(1);
    expect(marked.total).toBe(3);
    expect(marked.answers.map((a) => [a.chosen, a.correct])).toEqual([['乙', true], ['甲', false], [undefined, false]]);
  });

  it('says something kind at every score', () => {
    expect(scoreComment(10, 10)).toMatch(/全部答对/);
    expect(scoreComment(0, 10)).toMatch(/再来一轮/);
  });
});
