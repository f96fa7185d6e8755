/**
 * The answers the eligibility checker works on: one flat record, so it fits a URL query string and a
 * CSV row alike. Written with zod/mini because this schema ships to the browser (the checker's JS
 * budget is 15 KB gzip); the content schemas use astro/zod.
 */
import * as z from 'zod/mini';

/** Every yes/no question also takes 不确定. */
export const Tri = z.enum(['yes', 'no', 'unsure']);
/**
 * A provincial or national recognition, and who recommended it: the district's S&T department
 * (recommended), another level's S&T department (other-recommended: the text names no level, so it is
 * to be confirmed), or none.
 */
export const Recognition = z.enum(['no', 'recommended', 'other-recommended', 'not-recommended', 'unsure']);
const Year = z.int().check(z.gte(1990), z.lte(2100));

export const TOPICS = ['rd-ranking', 'hte', 'platform', 'incubator', 'science-base', 'talent', 'team'] as const;
export const Topic = z.enum(TOPICS);

const ladder = <P extends string>(prefix: P) => ({
  [`${prefix}Municipal`]: z.optional(Tri),
  [`${prefix}MunicipalYear`]: z.optional(Year),
  [`${prefix}Provincial`]: z.optional(Recognition),
  [`${prefix}ProvincialYear`]: z.optional(Year),
  [`${prefix}National`]: z.optional(Recognition),
  [`${prefix}NationalYear`]: z.optional(Year),
}) as Record<`${P}${'Municipal' | 'Provincial' | 'National'}`, z.ZodMiniOptional<typeof Tri | typeof Recognition>> &
  Record<`${P}${'Municipal' | 'Provincial' | 'National'}Year`, z.ZodMiniOptional<typeof Year>>;

export const AnswersSchema = z.strictObject({
  /** 企业 / 区级事业单位等机构 / 科技人才个人. */
  applicant: z.enum(['enterprise', 'institution', 'person']),
  /** Registered (or, for a person, employed) in Wuhua District. */
  inWuhua: Tri,
  /** What to check; only their questions are asked. */
  topics: z.array(Topic).check(z.minLength(1)),
  /** Year the ranking, re-certification, appraisal or team evaluation result was obtained. */
  year: z.optional(Year),

  /** 五（二）2: an enterprise needs at least one of these for any fiscal S&T support. */
  rdSpending: z.optional(Tri),
  patents: z.optional(Tri),
  patentCommercialisation: z.optional(Tri),

  /** 四（一）: 统计在库 category. */
  statsCategory: z.optional(z.enum(['industrial', 'large-medium-service', 'construction-special-first', 'other', 'not-registered', 'unsure'])),
  rdGrowth: z.optional(Tri),
  /** Rank in the department's R&D ranking; absent when not known yet. */
  rdRank: z.optional(z.int().check(z.gte(1), z.lte(100000))),

  /** 四（二）. */
  hteRecertified: z.optional(Tri),
  revenueGrowth: z.optional(Tri),

  /** 四（三）. */
  platformType: z.optional(z.enum(['key-lab', 'engineering-center', 'academician-workstation'])),
  ...ladder('platform'),
  /** 四（四）. */
  incubatorType: z.optional(z.enum(['incubator', 'maker-space'])),
  ...ladder('incubator'),
  /** 四（六）. */
  scienceBaseType: z.optional(z.enum(['science-base', 'youth-lab'])),
  ...ladder('scienceBase'),

  /** 四（五）1–3: where the talent works. */
  employer: z.optional(z.enum(['enterprise', 'district-institution', 'other-institution', 'unsure'])),
  academicLeader: z.optional(z.enum(['leader', 'reserve', 'none', 'unsure'])),
  academicRating: z.optional(z.enum(['excellent', 'other', 'pending', 'unsure'])),
  yunnanInnovation: z.optional(z.enum(['passed', 'other', 'pending', 'none', 'unsure'])),
  leadingTitles: z.optional(z.array(z.enum(['kunming-leading', 'yunnan-leading', 'yunling-high-level', 'unsure']))),
  /** 四（五）4–5: the enterprise's team and its evaluation. */
  teamKunming: z.optional(z.enum(['excellent', 'qualified', 'other', 'pending', 'none', 'unsure'])),
  teamYunnan: z.optional(z.enum(['excellent', 'qualified', 'other', 'pending', 'none', 'unsure'])),
});

export type Answers = z.output<typeof AnswersSchema>;
export type TriAnswer = z.output<typeof Tri>;
export type RecognitionAnswer = z.output<typeof Recognition>;
export type TopicId = z.output<typeof Topic>;
export type LadderPrefix = 'platform' | 'incubator' | 'scienceBase';

/** The answers schema as JSON Schema: published at /data/answers.schema.json and used by the browser check. */
export function answersJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(AnswersSchema),
    title: '五华区科技扶持资格自测：回答',
    description: 'Answers to the eligibility checker; the same object the CLI reads (npm run eligibility -- answers.json).',
  };
}
