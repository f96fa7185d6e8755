import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { yamlFiles } from './loaders/yaml-files';
import { BaseEntrySchema } from './schemas/base';
import { CampaignSchema } from './schemas/campaign';
import { EventSchema } from './schemas/event';
import { LawSchema } from './schemas/law';
import { LessonPlanSchema, LessonSchema } from './schemas/lesson';
import { ProtectionTermsFileSchema } from './schemas/protection-term';
import { QuizQuestionSchema } from './schemas/quiz';
import { DepartmentSchema } from './schemas/department';
import { FaqSchema } from './schemas/faq';
import { GlossaryTermSchema } from './schemas/glossary';
import { GoalsSchema } from './schemas/goals';
import { PageSchema, PageWordsSchema } from './schemas/page';
import { ExplainerSchema, PolicySchema } from './schemas/policy';
import { ReadingsFileSchema } from './schemas/reading';
import { RuleSchema } from './schemas/rule';
import { PolicyCheckerSchema, SiteCheckerSchema } from './schemas/checker';
import { SiteConfigSchema } from './schemas/site';
import { TasksSchema } from './schemas/tasks';
import { CONTENT_ROOT } from './data/content-root';

const policiesDir = `${CONTENT_ROOT}/policies`;
/** "wuhua-2018-5/goals.yaml" → "wuhua-2018-5": per-policy files take the policy's id. */
const policyFolder = (path: string) => path.split('/')[0] as string;
const perPolicy = (fileName: string) => (path: string) => path === `${policyFolder(path)}/${fileName}`;

/** A collection of one YAML file per policy folder (policy.yaml, goals.yaml …), each taking the policy's id. */
function perPolicyCollection<S extends z.ZodType>(fileName: string, schema: S) {
  return defineCollection({
    loader: yamlFiles({ base: policiesDir, include: perPolicy(fileName), entries: 'file', idFromPath: policyFolder, schema }),
  });
}

export const collections = {
  site: defineCollection({
    loader: yamlFiles({
      base: CONTENT_ROOT,
      include: (p) => p === 'site.yaml',
      entries: 'file',
      idFromPath: () => 'main',
      schema: SiteConfigSchema,
    }),
  }),
  /** The checker's shared questions and option lists (content/checker.yaml). */
  checkerSite: defineCollection({
    loader: yamlFiles({
      base: CONTENT_ROOT,
      include: (p) => p === 'checker.yaml',
      entries: 'file',
      idFromPath: () => 'main',
      schema: SiteCheckerSchema,
    }),
  }),
  /** Each policy's checker questions and shared preconditions (content/policies/<id>/checker.yaml). */
  checkers: perPolicyCollection('checker.yaml', PolicyCheckerSchema),
  pages: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: `${CONTENT_ROOT}/pages` }),
    schema: PageSchema,
  }),
  /** The words of pages whose title and date the route registry gives (content/pages/words/<page>.md). */
  pageWords: defineCollection({
    loader: glob({ pattern: '*.md', base: `${CONTENT_ROOT}/pages/words` }),
    schema: PageWordsSchema,
  }),
  policies: perPolicyCollection('policy.yaml', PolicySchema),
  goals: perPolicyCollection('goals.yaml', GoalsSchema),
  tasks: perPolicyCollection('tasks.yaml', TasksSchema),
  faq: perPolicyCollection('faq.yaml', FaqSchema),
  /** 本站理解: the site's readings of the policy text, referred to by id from rules, FAQ and explainers. */
  readings: perPolicyCollection('readings.yaml', ReadingsFileSchema),
  explainers: defineCollection({
    loader: glob({
      pattern: '*/explainers/*.{md,mdx}',
      base: policiesDir,
      generateId: ({ entry }) => entry.replace('/explainers/', '/').replace(/\.mdx?$/, ''),
    }),
    schema: ExplainerSchema,
  }),
  rules: defineCollection({
    loader: yamlFiles({ base: `${CONTENT_ROOT}/rules`, include: () => true, entries: 'file', schema: RuleSchema }),
  }),
  departments: defineCollection({
    loader: yamlFiles({ base: CONTENT_ROOT, include: (p) => p === 'departments.yaml', entries: 'list', schema: DepartmentSchema }),
  }),
  glossary: defineCollection({
    loader: yamlFiles({ base: CONTENT_ROOT, include: (p) => p === 'glossary.yaml', entries: 'list', schema: GlossaryTermSchema }),
  }),
  /** Places listed under 基地与实验室: any YAML list in content/bases/ (the import writes bases.yaml). */
  bases: defineCollection({
    loader: yamlFiles({ base: `${CONTENT_ROOT}/bases`, include: () => true, entries: 'list', schema: BaseEntrySchema }),
  }),
  /** Events, one Markdown file each; the file name is the id and the URL. */
  events: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: `${CONTENT_ROOT}/events` }),
    schema: EventSchema,
  }),
  /** The yearly campaigns (4.26, 科技活动周, 全国科普月), one file each with its date rules (eras) and years. */
  campaigns: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: `${CONTENT_ROOT}/campaigns` }),
    schema: CampaignSchema,
  }),
  lessons: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: `${CONTENT_ROOT}/ip/lessons` }),
    schema: LessonSchema,
  }),
  lessonPlans: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: `${CONTENT_ROOT}/ip/plans` }),
    schema: LessonPlanSchema,
  }),
  laws: defineCollection({
    loader: yamlFiles({ base: `${CONTENT_ROOT}/ip`, include: (p) => p === 'laws.yaml', entries: 'list', schema: LawSchema }),
  }),
  /** One entry holding the whole list, so the terms table keeps the file's order. */
  protectionTerms: defineCollection({
    loader: yamlFiles({
      base: `${CONTENT_ROOT}/ip`,
      include: (p) => p === 'protection-terms.yaml',
      entries: 'file',
      idFromPath: () => 'all',
      schema: ProtectionTermsFileSchema,
    }),
  }),
  quiz: defineCollection({
    loader: yamlFiles({ base: `${CONTENT_ROOT}/ip`, include: (p) => p === 'quiz.yaml', entries: 'list', schema: QuizQuestionSchema }),
  }),
};
