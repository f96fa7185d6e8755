import { describe, expect, it } from 'vitest';
import { LawSchema, type LawCitation } from '../../src/schemas/law';
import { citationProblem, freeTextArticles, lawRefsIn } from '../../src/lib/ip/law-citations';
import { LessonPlanSchema, LessonSchema, SCHOOL_STAGES } from '../../src/schemas/lesson';
import { ProtectionTermSchema } from '../../src/schemas/protection-term';
import { QuizQuestionSchema } from '../../src/schemas/quiz';
import { GlossaryTermSchema } from '../../src/schemas/glossary';
import { readMarkdownFolder, readYaml } from '../helpers/content';

// The IP education content read as the build reads it, and checked for the facts the lessons rest on.
const laws = LawSchema.array().parse(readYaml('ip/laws.yaml'));
const terms = ProtectionTermSchema.array().parse(readYaml('ip/protection-terms.yaml'));
const quiz = QuizQuestionSchema.array().parse(readYaml('ip/quiz.yaml'));
const lawIds = new Set(laws.map((l) => l.id));
const lawsById = new Map(laws.map((l) => [l.id, l]));
const glossary = GlossaryTermSchema.array().parse(readYaml('glossary.yaml'));

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

/** Every citation the IP content makes, with where it is and whether it must name an article. */
function allCitations(): Array<{ where: string; citation: LawCitation; articleRequired: boolean }> {
  return [
    ...terms.flatMap((t) => [
      { where: `protection-terms.yaml ${t.id} source`, citation: t.source, articleRequired: true },
      ...(t.renewalSource
        ? [{ where: `protection-terms.yaml ${t.id} renewalSource`, citation: t.renewalSource, articleRequired: true }]
        : []),
      ...t.extensions.map((e, i) => ({
        where: `protection-terms.yaml ${t.id} extensions.${i}`,
        citation: e.source,
        articleRequired: true,
      })),
    ]),
    ...quiz.map((q) => ({ where: `quiz.yaml ${q.id} source`, citation: q.source, articleRequired: true })),
    ...[...lessons, ...plans].flatMap((f) => [
      ...f.data.sources.map((c, i) => ({ where: `${f.name} sources.${i}`, citation: c, articleRequired: false })),
      ...lawRefsIn(f.body).map((r) => ({
        where: `${f.name} ${r.tag}`,
        citation: { law: r.law, article: r.article },
        articleRequired: true,
      })),
    ]),
    ...glossary.flatMap((g) => g.laws.map((c, i) => ({ where: `glossary.yaml ${g.id} laws.${i}`, citation: c, articleRequired: true }))),
  ];
}

describe('every citation goes through laws.yaml', () => {
  it('lists a one-line gist for each article, once per law', () => {
    for (const law of laws) {
      expect(new Set(law.articles.map((a) => a.article)).size, law.id).toBe(law.articles.length);
      for (const a of law.articles) expect(a.gist.length, `${law.id} ${a.article}`).toBeGreaterThan(5);
    }
  });

  it('every current citation (terms, quiz sources, lesson and plan sources, <LawRef>, glossary) names a listed article', () => {
    const citations = allCitations();
    expect(citations.length).toBeGreaterThan(100);
    const problems = citations.flatMap(({ where, citation, articleRequired }) => {
      const problem = citationProblem(citation, lawsById, { articleRequired });
      return problem ? [`${where}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('refuses an unlisted article, a paragraph of an article listed whole, an article listed only by paragraph, a missing article and an unknown law', () => {
    const check = (citation: LawCitation, articleRequired = true) => citationProblem(citation, lawsById, { articleRequired });
    expect(check({ law: 'patent-law', article: '第九十九条' })).toMatch(
      /专利法第九十九条 is not listed under "patent-law" in content\/ip\/laws\.yaml.*\(value: "第九十九条"\)/,
    );
    expect(check({ law: 'patent-law', article: '第二条第二款' })).toMatch(/not listed/); // only 第二条 is listed
    expect(check({ law: 'patent-law', article: '第四十二条' })).toMatch(/not listed/); // only its paragraphs are listed
    expect(check({ law: 'patent-law' })).toMatch(/names no article of 专利法/);
    expect(check({ law: 'patent-law' }, false)).toBeUndefined();
    expect(check({ law: 'no-such-law', article: '第二条' })).toMatch(/no such law in content\/ip\/laws\.yaml \(value: "no-such-law"\)/);
    expect(check({ law: 'patent-law', article: '第四十二条第二款' })).toBeUndefined();
  });

  it('reads every <LawRef> tag in a body, whatever the order of its attributes', () => {
    expect(lawRefsIn('见<LawRef law="patent-law" article="第二条" />和<LawRef article="第九条" law="patent-law"/>。')).toEqual([
      { tag: '<LawRef law="patent-law" article="第二条" />', law: 'patent-law', article: '第二条' },
      { tag: '<LawRef article="第九条" law="patent-law"/>', law: 'patent-law', article: '第九条' },
    ]);
  });

  it('no lesson, plan, quiz question, term or glossary entry types an article number as text, outside <LawRef> or `laws`', () => {
    const texts: Array<[string, string]> = [
      ...[...lessons, ...plans].map((f) => [f.name, f.body + JSON.stringify({ ...f.data, sources: [] })] as [string, string]),
      ...quiz.map((q) => [q.id, [q.question, ...q.options, q.explanation].join('\n')] as [string, string]),
      // The quote is the law's own sentence and may name other articles; everything else is the site's words.
      ...terms.map(
        (t) => [t.id, [t.right, t.short, t.counted, t.renewal ?? '', ...t.extensions.map((e) => e.text)].join('\n')] as [string, string],
      ),
      // Glossary definitions and their non-law sources: articles of law go in `laws`, checked against laws.yaml.
      ...glossary.map((g) => [`glossary.yaml ${g.id}`, [g.definition, g.source ?? ''].join('\n')] as [string, string]),
    ];
    for (const [where, text] of texts) expect(freeTextArticles(text), where).toEqual([]);
    expect(freeTextArticles('见第四十三条，及<LawRef law="patent-law" article="第四十四条" />')).toEqual(['第四十三条']);
  });

  it("every article a body cites with <LawRef> is in that page's sources, so the list of laws under it is complete", () => {
    for (const f of [...lessons, ...plans]) {
      const sources = new Set(f.data.sources.map((s) => `${s.law} ${s.article ?? ''}`));
      for (const ref of lawRefsIn(f.body)) expect(sources.has(`${ref.law} ${ref.article}`), `${f.name}: ${ref.tag}`).toBe(true);
    }
  });
});

describe('the law facts the review fixed stay fixed', () => {
  const term = (id: string) => terms.find((t) => t.id === id)!;

  it('lapse for unpaid annual fees cites 专利法第四十四条, not 第四十三条 (the duty to pay)', () => {
    const patent = lawsById.get('patent-law')!;
    expect(patent.articles.find((a) => a.article === '第四十三条')!.gist).not.toMatch(/终止/);
    expect(patent.articles.find((a) => a.article === '第四十四条')!.gist).toMatch(/年费.*终止/);
    // In each sentence about annual fees, the citation right after "终止" is the article on lapse.
    let checked = 0;
    for (const f of [...lessons, ...plans]) {
      for (const sentence of f.body.split('。').filter((s) => /终止/.test(s) && /年费/.test(s))) {
        checked += 1;
        expect(lawRefsIn(sentence.slice(sentence.lastIndexOf('终止')))[0]?.article, `${f.name}: ${sentence}`).toBe('第四十四条');
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('the invention patent term cites 第四十二条第一款, and its compensation 第二款 (delay) and 第三款 (new drugs: at most 5 years, 14 years in all)', () => {
    const invention = term('invention-patent');
    expect(invention.source).toEqual({ law: 'patent-law', article: '第四十二条第一款' });
    expect(invention.extensions.map((e) => e.source.article)).toEqual(['第四十二条第二款', '第四十二条第三款']);
    expect(invention.extensions[0]!.text).toMatch(/不合理延迟/);
    expect(invention.extensions[1]!.text).toMatch(/新药.*5年.*14年/);
    expect(invention.renewal).not.toMatch(/补偿/);
    // Nothing cites 第四十二条 as a whole any more: the term and its compensation are in different paragraphs.
    expect(allCitations().filter(({ citation }) => citation.law === 'patent-law' && citation.article === '第四十二条')).toEqual([]);
  });

  it('works of legal persons: 发表权 runs from 创作完成, the economic rights from first publication (著作权法第二十三条第二款)', () => {
    const organisation = term('copyright-organisation');
    expect(organisation.source).toEqual({ law: 'copyright-law', article: '第二十三条第二款' });
    expect(organisation.quote).toContain('其发表权的保护期为五十年，截止于作品创作完成后第五十年的12月31日');
    expect(organisation.counted).toMatch(/发表权截止于作品创作完成后第五十年的12月31日/);
    expect(organisation.counted).toMatch(/财产权利截止于作品首次发表后第五十年的12月31日/);
    expect(organisation.counted).toMatch(/创作完成后五十年内没有发表的，不再保护/);
    expect(organisation.short).toMatch(/发表权从创作完成起算/);
  });

  it('audiovisual works have their own term (著作权法第二十三条第三款), and every paragraph of 第二十三条 has one', () => {
    const audiovisual = terms.find((t) => t.source.article === '第二十三条第三款');
    expect(audiovisual?.right).toMatch(/视听作品/);
    expect(audiovisual?.quote).toMatch(/^视听作品，其发表权的保护期为五十年，截止于作品创作完成后第五十年的12月31日/);
    expect(audiovisual?.counted).toMatch(/发表权截止于作品创作完成后/);
    expect(
      terms
        .filter((t) => t.source.law === 'copyright-law')
        .map((t) => t.source.article)
        .sort(),
    ).toEqual(['第二十三条第一款', '第二十三条第三款', '第二十三条第二款'].sort());
  });

  it('a question asking which kind of patent fits offers only kinds of patent', () => {
    const patentKind = quiz.filter((q) => /哪(一)?种专利/.test(q.question));
    expect(patentKind.length).toBeGreaterThan(0);
    for (const q of patentKind) for (const option of q.options) expect(option, q.id).toMatch(/专利$/);
  });

  it("an explanation talks about the article its question cites: a 第三条 (works) question does not explain 第五条's exclusions", () => {
    const exclusions = /历法|通用数表|通用表格|单纯事实消息|法律条文|官方文件/;
    for (const q of quiz.filter((q) => q.source.law === 'copyright-law' && q.source.article !== '第五条'))
      expect(q.explanation, q.id).not.toMatch(exclusions);
    expect(quiz.find((q) => q.id === 'copyright-works-list')!.source.article).toBe('第三条');
  });

  it('no option or explanation depends on where an option is placed (options are shuffled)', () => {
    for (const q of quiz)
      for (const text of [...q.options, q.explanation]) expect(text, q.id).not.toMatch(/选项|以上(都|均|皆)|[A-E]项|第[一二三四五]个/);
  });
});
