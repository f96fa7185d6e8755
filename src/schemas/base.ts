import { z } from 'astro/zod';
import { WEEKDAY_KEYS } from '../lib/bases/hours.ts';
import { firstInvisibleCharacter } from '../lib/content/invisible-characters.ts';
import { calendarDate, oneOf, SafeUrlSchema, slugId } from './common.ts';

/** Kinds of base listed under 基地与实验室; add to the list as the district certifies new kinds. */
export const BASE_KINDS = [
  '科技科普精品基地',
  '科普教育基地',
  '青少年科技创新实验室',
  '科技企业孵化器',
  '众创空间',
  '重点实验室',
  '工程技术研究中心',
  '院士工作站',
] as const;

/** The ten subdistricts (街道) of Wuhua District. */
export const SUBDISTRICTS = ['华山', '护国', '大观', '龙翔', '丰宁', '莲华', '红云', '黑林铺', '普吉', '西翥'] as const;

export const AUDIENCES = ['小学', '初中', '高中', '公众', '企业'] as const;

export type BaseKind = (typeof BASE_KINDS)[number];
export type Subdistrict = (typeof SUBDISTRICTS)[number];

/** URL-safe names for in-page links and filter values; typed so a new kind cannot be added without one. */
export const KIND_SLUGS: Record<BaseKind, string> = {
  科技科普精品基地: 'premium-base',
  科普教育基地: 'education-base',
  青少年科技创新实验室: 'youth-lab',
  科技企业孵化器: 'incubator',
  众创空间: 'maker-space',
  重点实验室: 'key-lab',
  工程技术研究中心: 'engineering-center',
  院士工作站: 'academician-station',
};
export const SUBDISTRICT_SLUGS: Record<Subdistrict, string> = {
  华山: 'huashan',
  护国: 'huguo',
  大观: 'daguan',
  龙翔: 'longxiang',
  丰宁: 'fengning',
  莲华: 'lianhua',
  红云: 'hongyun',
  黑林铺: 'heilinpu',
  普吉: 'puji',
  西翥: 'xizhu',
};
export const CERTIFICATION_LEVELS = ['市级', '省级', '国家级'] as const;

/** "09:30": a real time of day, 00:00–24:00 (24:00 only as a closing time). */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, {
  error: (issue) => `不是有效时间（应为 HH:MM，00:00–24:00）：${JSON.stringify(issue.input)}`,
});

/** Kunming's administrative area, generously: coordinates outside it are a typo (or swapped lat/lng). */
const KUNMING_BOUNDS = { minLat: 24.38, maxLat: 26.55, minLng: 102.17, maxLng: 103.67 } as const;

const OpeningHoursSchema = z
  .object({
    days: z
      .array(z.enum(WEEKDAY_KEYS))
      .min(1)
      .refine((days) => new Set(days).size === days.length, { error: '同一天写了两次' }),
    opens: clockTime,
    closes: clockTime,
  })
  .refine((h) => h.closes > h.opens, { path: ['closes'], error: '关门时间应晚于开门时间' });

/** A name as people see it: no bidi overrides or zero-width characters hidden inside (see invisible-characters.ts). */
const visibleName = z
  .string()
  .min(2)
  .refine((text) => !firstInvisibleCharacter(text), {
    error: (issue) => `含有看不见的控制字符 ${firstInvisibleCharacter(String(issue.input))}（从右到左覆盖或零宽字符），请删掉`,
  });

export const BaseEntrySchema = z.object({
  id: slugId,
  name: visibleName,
  kind: oneOf(BASE_KINDS, '类型'),
  /** Level and year are required together: a level without the year it was granted is not usable. */
  certification: z
    .object({
      level: oneOf(CERTIFICATION_LEVELS, '认定级别'),
      year: z.number({ error: '写了认定级别就要写认定年份' }).int().min(1990).max(2100),
      validUntil: calendarDate.optional(),
    })
    .optional(),
  host: visibleName,
  subdistrict: oneOf(SUBDISTRICTS, '街道'),
  address: z.string().min(4),
  /** WGS-84, as a phone's GPS gives it. */
  coordinates: z
    .object({ lat: z.number(), lng: z.number() })
    .refine(
      (c) =>
        c.lat >= KUNMING_BOUNDS.minLat &&
        c.lat <= KUNMING_BOUNDS.maxLat &&
        c.lng >= KUNMING_BOUNDS.minLng &&
        c.lng <= KUNMING_BOUNDS.maxLng,
      {
        error: `坐标不在昆明市范围内（纬度${KUNMING_BOUNDS.minLat}–${KUNMING_BOUNDS.maxLat}，经度${KUNMING_BOUNDS.minLng}–${KUNMING_BOUNDS.maxLng}；是否把经纬度写反了？）`,
      },
    )
    .optional(),
  themes: z.array(z.string().min(1)).default([]),
  audiences: z.array(oneOf(AUDIENCES, '适用对象')).min(1),
  openingHours: z.array(OpeningHoursSchema).default([]),
  hoursNote: z.string().optional(),
  booking: z
    .object({
      required: z.boolean({ error: '填写了预约信息时，要写明是否需预约（是/否）' }),
      phone: z.string().optional(),
      url: SafeUrlSchema.optional(),
      leadDays: z.number().int().min(0).optional(),
      groupSize: z
        .object({ min: z.number().int().min(1).optional(), max: z.number().int().min(1).optional() })
        .refine((g) => g.min === undefined || g.max === undefined || g.min <= g.max, { path: ['max'], error: '团体人数上限小于下限' })
        .optional(),
      schoolGroups: z.boolean().default(false),
    })
    .optional(),
  free: z.boolean(),
  accessibility: z.object({ stepFree: z.boolean(), seating: z.boolean(), largePrint: z.boolean(), notes: z.string().optional() }),
  description: z.string().min(10),
  /** Fictional demonstration entry: shown with a 示例数据 badge. */
  sample: z.boolean(),
  updated: calendarDate,
});

export type BaseEntry = z.output<typeof BaseEntrySchema>;
