import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content/validation';
import { pageTitle } from './route-data';
import { citationProblem, lawRefsIn, type Citation } from '../lib/ip/law-citations';
import type { Law, LawCitation } from '../schemas/law';
import { SCHOOL_STAGES } from '../schemas/lesson';
import type { ProtectionTerm } from '../schemas/protection-term';
import type { QuizQuestion } from '../schemas/quiz';
import type { QuizItem } from '../lib/ip/quiz';

export const IP_URL = '/ip/';
export const lessonUrl = (id: string) => `${IP_URL}lessons/${id}/`;
export const lessonPlanUrl = (id: string) => `${IP_URL}plans/${id}/`;
export const QUIZ_URL = `${IP_URL}quiz/`;
export const QUIZ_ANSWERS_URL = `${IP_URL}quiz/answers/`;
export const QUIZ_NAME = pageTitle(QUIZ_URL);
/** The one quiz both quiz pages describe in their structured data. */
export const QUIZ_JSON_LD_ID = `${QUIZ_URL}#quiz`;

export interface IpLibrary {
  laws: Map<string, Law>;
  terms: Map<string, ProtectionTerm>;
  lessons: CollectionEntry<'lessons'>[];
  plans: CollectionEntry<'lessonPlans'>[];
  quiz: QuizQuestion[];
}

let cache: Promise<IpLibrary> | undefined;

/**
 * The IP education content, cross-checked: every citation (sources, <LawRef> in a body, quiz source,
 * protection term) names an article listed in laws.yaml, every term a quiz question names exists, every
 * plan's lesson exists. A miss stops the build naming file, field and value.
 */
export function getIpLibrary(): Promise<IpLibrary> {
  cache ??= loadLibrary();
  return cache;
}

const stageOrder = (stage: string) => SCHOOL_STAGES.indexOf(stage as (typeof SCHOOL_STAGES)[number]);

async function loadLibrary(): Promise<IpLibrary> {
  const [lawEntries, termEntries, lessons, plans, quizEntries] = await Promise.all([
    getCollection('laws'),
    getCollection('protectionTerms'),
    getCollection('lessons'),
    getCollection('lessonPlans'),
    getCollection('quiz'),
  ]);
  const laws = new Map(lawEntries.map((e) => [e.id, e.data]));
  // Every citation must name an article listed in laws.yaml (src/lib/ip/law-citations.ts has the rule).
  const checkCitation = (citation: Citation, where: string, field: string, articleRequired: boolean) => {
    const problem = citationProblem(citation, laws, { articleRequired });
    if (problem) throw new ContentError(`${where}: field ${field}: ${problem}`);
  };
  const termFile = termEntries[0]?.filePath ?? 'content/ip/protection-terms.yaml';
  const termList = termEntries[0]?.data ?? [];
  termList.forEach((term, i) => {
    const where = `${termFile} (entry ${i}, id ${term.id})`;
    checkCitation(term.source, where, 'source', true);
    if (term.renewalSource) checkCitation(term.renewalSource, where, 'renewalSource', true);
    term.extensions.forEach((extension, j) => checkCitation(extension.source, where, `extensions.${j}.source`, true));
  });
  for (const e of [...lessons, ...plans]) {
    const file = e.filePath ?? e.id;
    e.data.sources.forEach((s, i) => checkCitation(s, file, `sources.${i}`, false));
    for (const ref of lawRefsIn(e.body ?? '')) checkCitation(ref, file, `body ${ref.tag}`, true);
  }
  const lessonIds = new Set(lessons.map((l) => l.id));
  for (const plan of plans) {
    if (!lessonIds.has(plan.data.lesson))
      throw new ContentError(`${plan.filePath}: field lesson: no such lesson in content/ip/lessons (value: "${plan.data.lesson}")`);
  }
  const terms = new Map(termList.map((term) => [term.id, term]));
  for (const e of quizEntries) {
    const where = `${e.filePath} (id ${e.id})`;
    checkCitation(e.data.source, where, 'source', true);
    if (e.data.term && !terms.has(e.data.term))
      throw new ContentError(`${where}: field term: no such term in content/ip/protection-terms.yaml (value: "${e.data.term}")`);
  }
  const byStage = <T extends { data: { stage: string; title: string } }>(a: T, b: T) =>
    stageOrder(a.data.stage) - stageOrder(b.data.stage) || a.data.title.localeCompare(b.data.title, 'zh-CN');
  return {
    laws,
    terms,
    lessons: lessons.sort((a, b) => stageOrder(a.data.stage) - stageOrder(b.data.stage) || a.data.order - b.data.order),
    plans: plans.sort(byStage),
    // By the first stage a question suits, then id: the printable answers read from easy to hard.
    quiz: quizEntries.map((e) => e.data).sort((a, b) => stageOrder(a.stages[0]!) - stageOrder(b.stages[0]!) || a.id.localeCompare(b.id)),
  };
}

/** "《专利法》第四十二条": a citation as running text says it. */
export function citationText(citation: LawCitation, laws: Map<string, Law>): string {
  const law = laws.get(citation.law);
  return `《${law?.shortName ?? citation.law}》${citation.article ?? ''}`;
}

/** The quiz bank as the browser gets it: each question with its source in words. Published at QUIZ_BANK_URL. */
export async function getQuizItems(): Promise<QuizItem[]> {
  const { quiz, laws } = await getIpLibrary();
  return quiz.map((q) => ({
    id: q.id,
    question: q.question,
    options: q.options,
    answer: q.answer,
    explanation: q.explanation,
    source: citationText(q.source, laws),
    stages: q.stages,
  }));
}

export const QUIZ_BANK_URL = '/data/quiz.json';
