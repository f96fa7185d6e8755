import { describe, expect, it } from 'vitest';
import { jsonLd, page, site } from '../helpers/built-site';
import { readMarkdownFolder, readYaml } from '../helpers/content';
import { ProtectionTermSchema } from '../../src/schemas/protection-term';
import { QuizQuestionSchema } from '../../src/schemas/quiz';
import { answerPositionShares, type QuizItem } from '../../src/lib/ip/quiz';

const terms = ProtectionTermSchema.array().parse(readYaml('ip/protection-terms.yaml'));
const quiz = QuizQuestionSchema.array().parse(readYaml('ip/quiz.yaml'));
const lessons = readMarkdownFolder('ip/lessons');
const plans = readMarkdownFolder('ip/plans');
const ORIGIN = 'https://wuhua-kexie.example';
/** The page's one block of the given schema.org type. */
const blockOf = (path: string, type: string) => {
  const blocks = jsonLd(page(path)).filter((b) => b['@type'] === type);
  expect(blocks, `${path} ${type}`).toHaveLength(1);
  return blocks[0] as Record<string, any>;
};

describe('/ip/', () => {
  const index = page('/ip/');

  it('links every lesson, every plan and the quiz', () => {
    for (const l of lessons) expect(index.$(`a[href="/ip/lessons/${l.id}/"]`).length, l.id).toBe(1);
    for (const p of plans) expect(index.$(`a[href="/ip/plans/${p.id}/"]`).length, p.id).toBe(1);
    expect(index.$('a[href="/ip/quiz/"]').length).toBeGreaterThan(0);
  });

  it('shows every protection term in one table, with its source', () => {
    const rows = index
      .$('table tbody tr')
      .toArray()
      .map((tr) => index.$(tr).text());
    expect(rows).toHaveLength(terms.length);
    terms.forEach((term, i) => expect(rows[i]).toContain(term.short));
  });
});

describe('lessons', () => {
  it.each(lessons.map((l) => [l.id] as const))('%s shows the terms from the terms file and lists its laws', (id) => {
    const p = page(`/ip/lessons/${id}/`);
    const text = p.$('main').text();
    const invention = terms.find((t) => t.id === 'invention-patent')!;
    expect(text).toContain(invention.short);
    expect(p.$('#sources').parent().find('li').text()).toContain('《中华人民共和国专利法》（2020年修正');
    expect(p.$('main h1').length).toBe(1);
  });
});

describe('lesson plans', () => {
  it.each(plans.map((p) => [p.id] as const))('%s has goals, time, materials, activities and questions', (id) => {
    const p = page(`/ip/plans/${id}/`);
    const headings = p
      .$('main h2')
      .toArray()
      .map((h) => p.$(h).text());
    expect(headings).toEqual(expect.arrayContaining(['教学目标', '准备材料', '教学过程', '讨论题', '依据的法律']));
    expect(p.$('.facts').text()).toMatch(/课时\d+分钟/);
  });
});

describe('the quiz', () => {
  it('publishes the whole bank as JSON for the page to fetch, with each source in words and no answer outside its options', () => {
    const p = page('/ip/quiz/');
    expect(p.$('#quiz-setup').attr('data-bank')).toBe('/data/quiz.json');
    const bank = JSON.parse(site.read('/data/quiz.json')!.toString('utf8')) as QuizItem[];
    expect(bank.map((q) => q.id).sort()).toEqual(quiz.map((q) => q.id).sort());
    for (const q of bank) {
      expect(q.options).toContain(q.answer);
      expect(q.source).toMatch(/^《.+》/);
    }
  });

  it('keeps the bank out of the page itself, so the page does not grow with it', () => {
    expect(page('/ip/quiz/').html).not.toContain(quiz[0]!.explanation);
  });

  it('says it needs JavaScript and links the printable answers, for readers without it', () => {
    const p = page('/ip/quiz/');
    expect(p.$('.no-js-only a[href="/ip/quiz/answers/"]').length).toBe(1);
    // Shown from first paint when JavaScript runs (no layout shift), hidden by CSS when it does not.
    expect(p.$('#quiz-setup').hasClass('js-only')).toBe(true);
    const answers = page('/ip/quiz/answers/');
    expect(answers.$('main ol > li[id]').length).toBe(quiz.length);
  });
});

describe('structured data for learning', () => {
  it.each(lessons.map((l) => [l.id] as const))('lesson %s is a LearningResource for students of its stage, citing its laws', (id) => {
    const lesson = lessons.find((l) => l.id === id)!.data as {
      title: string;
      stage: string;
      minutes: number;
      objectives: string[];
      sources: unknown[];
    };
    const block = blockOf(`/ip/lessons/${id}/`, 'LearningResource');
    expect(block).toMatchObject({
      name: lesson.title,
      url: `${ORIGIN}/ip/lessons/${id}/`,
      educationalLevel: lesson.stage,
      timeRequired: `PT${lesson.minutes}M`,
      teaches: lesson.objectives,
      inLanguage: 'zh-CN',
    });
    expect(block['audience']).toEqual({ '@type': 'EducationalAudience', educationalRole: 'student' });
    expect(block['citation']).toHaveLength(lesson.sources.length);
    const laws = block['citation'].map((c: Record<string, any>) => c['isPartOf'] ?? c);
    for (const law of laws)
      expect(law).toMatchObject({
        '@type': 'Legislation',
        name: expect.stringMatching(/^中华人民共和国/),
        version: expect.stringMatching(/\d{4}年/),
      });
  });

  it.each(plans.map((p) => [p.id] as const))('lesson plan %s is a LearningResource for teachers, based on its lesson', (id) => {
    const plan = plans.find((p) => p.id === id)!.data as { title: string; stage: string; minutes: number; lesson: string };
    const block = blockOf(`/ip/plans/${id}/`, 'LearningResource');
    expect(block).toMatchObject({
      name: plan.title,
      educationalLevel: plan.stage,
      timeRequired: `PT${plan.minutes}M`,
      isBasedOn: `${ORIGIN}/ip/lessons/${plan.lesson}/`,
    });
    expect(block['audience'].educationalRole).toBe('teacher');
  });

  it('the quiz page and the printable answers describe the same Quiz, for every stage', () => {
    const [quizPage, answersPage] = [blockOf('/ip/quiz/', 'Quiz'), blockOf('/ip/quiz/answers/', 'Quiz')];
    expect(quizPage['@id']).toBe(`${ORIGIN}/ip/quiz/#quiz`);
    expect(answersPage).toMatchObject({
      '@id': quizPage['@id'],
      name: quizPage['name'],
      url: `${ORIGIN}/ip/quiz/answers/`,
      educationalLevel: ['小学', '初中', '高中'],
    });
  });
});

describe('the printable answers page spreads the right answers over A, B, C, D', () => {
  const answers = page('/ip/quiz/answers/');
  const printed = answers
    .$('main > ol > li[id]')
    .toArray()
    .map((li) => {
      const item = answers.$(li);
      const options = item
        .find('ol > li')
        .toArray()
        .map((o) => answers.$(o).text().trim());
      const [, letter = '', answer = ''] = /^答案：([A-E])．(.+)$/.exec(item.find('strong').first().text().trim()) ?? [];
      return { id: item.attr('id')!, options, letter, answer };
    });

  it('prints every question with its answer among its options, and the letter of its place', () => {
    expect(printed.map((q) => q.id).sort()).toEqual(quiz.map((q) => q.id).sort());
    for (const q of printed) {
      const bankQuestion = quiz.find((b) => b.id === q.id)!;
      expect(q.answer, q.id).toBe(bankQuestion.answer);
      expect([...q.options].sort(), q.id).toEqual([...bankQuestion.options].sort());
      expect('ABCDE'[q.options.indexOf(q.answer)], q.id).toBe(q.letter);
    }
  });

  it('for each number of options n, the answer is in each place for 1/n of the questions, within ±10 points', () => {
    const shares = answerPositionShares(printed);
    expect(shares.size).toBeGreaterThan(0);
    for (const [n, { shares: byPosition }] of shares)
      for (const [k, share] of byPosition.entries())
        expect(Math.abs(share - 1 / n), `${n} options, place ${'ABCDE'[k]}: ${share.toFixed(2)}`).toBeLessThanOrEqual(0.1);
  });
});

describe('the law facts the review fixed, as the pages show them', () => {
  const rows = () => {
    const index = page('/ip/');
    return index
      .$('table tbody tr')
      .toArray()
      .map((tr) => index.$(tr).text().replace(/\s+/g, ''));
  };

  it("the terms table: legal persons' 发表权 from 创作完成, audiovisual works listed, invention compensation cited apart from the term", () => {
    const organisation = rows().find((r) => r.startsWith('法人或者非法人组织的作品'))!;
    expect(organisation).toContain('发表权截止于作品创作完成后第五十年的12月31日');
    expect(organisation).toContain('《著作权法》第二十三条第二款');
    const audiovisual = rows().find((r) => r.startsWith('视听作品'))!;
    expect(audiovisual).toContain('《著作权法》第二十三条第三款');
    const invention = rows().find((r) => r.startsWith('发明专利权'))!;
    expect(invention).toMatch(/不合理延迟.*（《专利法》第四十二条第二款）/);
    expect(invention).toMatch(/新药.*（《专利法》第四十二条第三款）/);
    expect(invention.endsWith('《专利法》第四十二条第一款')).toBe(true);
  });

  it('the senior lesson cites 第四十四条 for lapse on unpaid annual fees, and lists it under its laws', () => {
    const senior = page('/ip/lessons/senior/');
    const text = senior.$('main').text();
    expect(text).toMatch(/没有按照规定缴纳的，专利权在期限届满前终止（《专利法》第四十四条）/);
    expect(text).not.toMatch(/终止[^。]{0,10}第四十三条/);
    expect(senior.$('#sources').parent().find('li').text()).toContain('第四十四条');
  });

  it('the quiz bank offers no 商业秘密 where it asks which kind of patent fits', () => {
    const bank = JSON.parse(site.read('/data/quiz.json')!.toString('utf8')) as QuizItem[];
    const patentKind = bank.filter((q) => /哪(一)?种专利/.test(q.question));
    expect(patentKind.length).toBeGreaterThan(0);
    for (const q of patentKind) expect(q.options.join('、'), q.id).not.toContain('商业秘密');
  });
});
