/**
 * The three recognition ladders (四（三）（四）（六）): a platform, an incubator or a science base,
 * each recognised at 市级, then 省级 and 国家级. One place for what the questions, the validation,
 * the formulas and the roster all need to agree on.
 */
import type { LadderPrefix, TopicId } from '../../schemas/answers.ts';

export interface Ladder {
  topic: TopicId;
  /** The answer fields' prefix: platformMunicipal, platformMunicipalYear … */
  prefix: LadderPrefix;
  /** What the ladder is about, as the questions and reasons call it. */
  what: string;
}

export const LADDERS: readonly Ladder[] = [
  { topic: 'platform', prefix: 'platform', what: '平台' },
  { topic: 'incubator', prefix: 'incubator', what: '孵化器或众创空间' },
  { topic: 'science-base', prefix: 'scienceBase', what: '基地或实验室' },
];

export const ladderFor = (topic: TopicId) => LADDERS.find((l) => l.topic === topic) as Ladder;

/** Rule data's level → the answer fields' level part. */
export const LEVEL_FIELDS = { municipal: 'Municipal', provincial: 'Provincial', national: 'National' } as const;
export const LADDER_LEVELS = Object.values(LEVEL_FIELDS);

/** The year fields of every ladder: the number-valued answers besides year and rdRank. */
export const LADDER_YEAR_FIELDS = LADDERS.flatMap(({ prefix }) => LADDER_LEVELS.map((level) => `${prefix}${level}Year` as const));

/** Whether a ladder answer says the level was obtained (recommended or not: that is judged later). */
export const obtained = (value: unknown) => value === 'yes' || value === 'recommended' || value === 'other-recommended' || value === 'not-recommended';
