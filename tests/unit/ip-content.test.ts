import { describe, expect, it } from 'vitest';
import { LawSchema } from '../../src/schemas/law';
import { LessonPlanSchema, LessonSchema, SCHOOL_STAGES } from '../../src/schemas/lesson';
import { ProtectionTermSchema } from '../../src/schemas/protection-term';
import { QuizQuestionSchema } from '../../src/schemas/quiz';
import { readMarkdownFolder, readYaml } from '../helpers/content';

// The IP education content read as the build reads it, and checked for the facts the lessons rest on.
const laws = LawSchema.array().parse(readYaml('ip/laws.yaml'));
const terms = ProtectionTermSchema.array().parse(readYaml('ip/protection-terms.yaml'));
const quiz = QuizQuestionSchema.array().parse(readYaml('ip/quiz.yaml'));
const lawIds = new Set(laws.map((l) => l.id));

const lessons = readMarkdownFolder('ip/lessons').map((f) => ({ ...f, name: f.id, data: LessonSchema.parse(f.data) }));
const plans = readMarkdownFolder('ip/plans').map((f) => ({ ...f, name: f.id, data: LessonPlanSchema.parse(f.data) }));

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** "二十" → 20, "十五" → 15, "五十" → 50, "十" → 10: the Chinese numerals the laws use for years. */
function chineseNumber(text: string): number {
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (text.includes('十') ? (tens ? DIGITS[tens]! : 1) * 10 : 0) + (ones ? DIGITS[ones]! : 0);
}

describe('protection terms agree with the articles they quote', () => {
  it.each(terms.map((t) => [t.id, t] as const))('%s', (_, term) => {
    // The first "N年" after the right's name in the article (or from the start, when the article words it differently).
    const from = Math.max(0, term.quote.indexOf(term.right));
    const match = /(?<![一二三四五六七八九十第])([一二三四五六七八九十]+)年/.exec(term.quote.slice(from));
    expect(match, `no "N年" in the quote of ${term.id}`).not.toBeNull();
    expect(chineseNumber(match![1]!)).toBe(term.years);
    expect(term.short).toContain(String(term.years));
    expect(lawIds.has(term.source.law)).toBe(true);
  });

  it('include the three patent kinds, trademarks and copyright, as the lessons teach them', () => {
    expect(Object.fromEntries(terms.map((t) => [t.id, t.years]))).toMatchObject({
      'invention-patent': expect.any(Number),
      'utility-model-patent': expect.any(Number),
      'design-patent': expect.any(Number),
      'registered-trademark': expect.any(Number),
      'copyright-natural-person': expect.any(Number),
    });
  });
});

describe('the quiz bank', () => {
  it('has at least 30 questions, and at least 10 for each stage so a stage round is full', () => {
    expect(quiz.length).toBeGreaterThanOrEqual(30);
    for (const stage of SCHOOL_STAGES) expect(quiz.filter((q) => q.stages.includes(stage)).length, stage).toBeGreaterThanOrEqual(10);
  });

  it('has unique ids, and every question cites a law in laws.yaml', () => {
    expect(new Set(quiz.map((q) => q.id)).size).toBe(quiz.length);
    for (const q of quiz) expect(lawIds.has(q.source.law), `${q.id}: ${q.source.law}`).toBe(true);
  });

  it('states each protection term the same as protection-terms.yaml', () => {
    const byId = new Map(terms.map((t) => [t.id, t]));
    const termQuestions = quiz.filter((q) => q.term);
    expect(termQuestions.length).toBeGreaterThanOrEqual(5);
    for (const q of termQuestions) {
      const term = byId.get(q.term!);
      expect(term, `${q.id}: unknown term ${q.term}`).toBeDefined();
      const statesTerm = new RegExp(`(?<!\\d)${term!.years}年`);
      expect(q.answer, q.id).toMatch(statesTerm);
      // A wrong option stating the same term would make the question ambiguous.
      for (const option of q.options.filter((o) => o !== q.answer)) expect(option, q.id).not.toMatch(statesTerm);
    }
  });
});

describe('lessons and lesson plans', () => {
  it('one lesson for each of 小学, 初中 and 高中, and at least three plans', () => {
    expect(lessons.map((l) => l.data.stage).sort()).toEqual([...SCHOOL_STAGES].sort());
    expect(plans.length).toBeGreaterThanOrEqual(3);
    for (const plan of plans) expect(lessons.map((l) => l.name)).toContain(plan.data.lesson);
  });

  it.each(['专利', '商标', '著作权', '地理标志', '商业秘密', '申请'])('every lesson covers %s', (topic) => {
    for (const lesson of lessons) expect(lesson.body, lesson.name).toContain(topic);
  });

  it('every lesson shows the patent, trademark and copyright terms from the terms file, not typed by hand', () => {
    for (const lesson of lessons) {
      for (const id of ['invention-patent', 'utility-model-patent', 'design-patent', 'registered-trademark', 'copyright-natural-person'])
        expect(lesson.body, `${lesson.name}: ${id}`).toContain(`<ProtectionTerm id="${id}" />`);
    }
  });

  it('every <ProtectionTerm> and <LawRef> names a known term or law, and every law cited in a body is in its sources', () => {
    const termIds = new Set(terms.map((t) => t.id));
    for (const file of [...lessons, ...plans]) {
      for (const [, id] of file.body.matchAll(/<ProtectionTerm id="([^"]+)"/g)) expect(termIds.has(id!), `${file.name}: ${id}`).toBe(true);
      const sourceLaws = new Set(file.data.sources.map((s) => s.law));
      for (const [, law] of file.body.matchAll(/<LawRef law="([^"]+)"/g)) {
        expect(lawIds.has(law!), `${file.name}: ${law}`).toBe(true);
        expect(sourceLaws.has(law!), `${file.name}: ${law} is cited but not in sources`).toBe(true);
      }
    }
  });
});
