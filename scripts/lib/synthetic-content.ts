/**
 * Synthetic content at a multiple of the shipped size, for benchmarks: bases, events, FAQ entries,
 * glossary terms and quiz questions, all valid, deterministic from a seed, written into a copy of
 * content/ (never into the repository's own).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { SCHOOL_STAGES } from '../../src/schemas/lesson.ts';
import { readBaseRecords } from './bases-files.ts';
import { addSyntheticBases } from './synthetic-bases.ts';
import { seededRandom } from '../../src/lib/common/random.ts';
import { addSyntheticEvents, eventYears } from './synthetic-events.ts';

/** How far back synthetic history goes: a site's archive, not a century of events. */
export const MAX_HISTORY_YEARS = 20;

export interface ContentCounts {
  bases: number;
  events: number;
  faq: number;
  glossary: number;
  quiz: number;
}

const readYamlFile = (path: string) => parse(readFileSync(path, 'utf8'), { schema: 'core' }) as unknown;
const writeYamlFile = (path: string, data: unknown) => writeFileSync(path, stringify(data, { aliasDuplicateObjects: false, lineWidth: 0 }));

/** How many of each the content tree holds now. */
export function countContent(contentDir: string): ContentCounts {
  const faq = readYamlFile(join(contentDir, 'policies/wuhua-2018-5/faq.yaml')) as { questions: unknown[] };
  return {
    bases: readBaseRecords(join(contentDir, 'bases')).length,
    events: readdirSync(join(contentDir, 'events')).filter((f) => /\.mdx?$/.test(f)).length,
    faq: faq.questions.length,
    glossary: (readYamlFile(join(contentDir, 'glossary.yaml')) as unknown[]).length,
    quiz: (readYamlFile(join(contentDir, 'ip/quiz.yaml')) as unknown[]).length,
  };
}

/**
 * The years `extra` events go into: those before the shipped ones (`count` events from `first` to
 * `last`), as many a year as the shipped ones, going back at most MAX_HISTORY_YEARS.
 */
export function historySpan(shipped: { first: number; last: number }, count: number, extra: number): { from: number; to: number } {
  const perYear = count / (shipped.last - shipped.first + 1);
  const years = Math.max(1, Math.min(MAX_HISTORY_YEARS, Math.ceil(extra / perYear)));
  return { from: shipped.first - years, to: shipped.first - 1 };
}

/**
 * Grows a copied content tree to `factor` times its size (factor 1 leaves it as it is). The shipped
 * entries stay, so every cross-reference still resolves; the new ones refer to shipped bases and
 * departments.
 */
export function scaleContent(contentDir: string, factor: number, seed = 1): ContentCounts {
  const base = countContent(contentDir);
  const extra = (n: number) => n * (factor - 1);
  if (factor <= 1) return base;
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

  addSyntheticBases(contentDir, extra(base.bases), seed);

  // More events means more history, the way a district's list grows: the extra ones fall in the years
  // before the shipped ones, as many a year as the shipped ones but over at most MAX_HISTORY_YEARS
  // (busier years beyond that), so what is upcoming stays a calendar's worth. See docs/benchmarks.md.
  const span = historySpan(eventYears(contentDir), base.events, extra(base.events));
  addSyntheticEvents(contentDir, extra(base.events), seed, span.from, span.to);

  const faqPath = join(contentDir, 'policies/wuhua-2018-5/faq.yaml');
  const faq = readYamlFile(faqPath) as { questions: unknown[] };
  for (let i = 1; i <= extra(base.faq); i++)
    faq.questions.push({
      id: `synthetic-${i}`,
      question: `合成问题${i}：扶持怎样申请？`,
      answer: `这是第 ${i} 条合成的问答，用来检验问答页在条目很多时的表现。`,
      audiences: ['citizen'],
      cites: ['s4'],
    });
  writeYamlFile(faqPath, faq);

  const glossaryPath = join(contentDir, 'glossary.yaml');
  const glossary = readYamlFile(glossaryPath) as unknown[];
  for (let i = 1; i <= extra(base.glossary); i++)
    glossary.push({
      id: `synthetic-${i}`,
      term: `合成术语${i}`,
      aliases: [],
      definition: `这是第 ${i} 条合成的名词解释，用来检验名词页在条目很多时的表现。`,
    });
  writeYamlFile(glossaryPath, glossary);

  const quizPath = join(contentDir, 'ip/quiz.yaml');
  const quiz = readYamlFile(quizPath) as unknown[];
  for (let i = 1; i <= extra(base.quiz); i++) {
    const options = [`选项甲${i}`, `选项乙${i}`, `选项丙${i}`];
    quiz.push({
      id: `synthetic-${i}`,
      question: `合成题目${i}：下面哪一项正确？`,
      options,
      answer: pick(options),
      explanation: `这是第 ${i} 道合成的题目，用来检验题库很大时的表现。`,
      source: { law: 'patent-law', article: '第二条' },
      stages: [pick(SCHOOL_STAGES)],
    });
  }
  writeYamlFile(quizPath, quiz);

  return countContent(contentDir);
}
