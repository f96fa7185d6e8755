import { z } from 'astro/zod';
import { ReadingNoteSchema } from './reading.ts';
import { basePageSchema } from './page.ts';
import { calendarDateText, SafeHrefSchema, SafeUrlSchema } from './common.ts';
import { EVENT_KINDS } from './event.ts';
import { daysInMonth } from '../lib/events/campaigns.ts';

/** One year of a campaign: its dates (where the content sets them) and theme. */
export const CampaignYearSchema = z
  .object({
    year: z.number().int().min(2001).max(2100),
    start: calendarDateText.optional(),
    end: calendarDateText.optional(),
    /** The year's official theme, as announced. */
    theme: z.string().min(2).optional(),
    /** Who announced the dates or theme (e.g. 国家知识产权局). */
    announcedBy: z.string().min(2).optional(),
    /** Anything a visitor should know about this year, e.g. that the dates are not out yet. */
    note: z.string().min(4).optional(),
    /** Dates or theme invented to show the page working; marked 示例数据 on screen. */
    sample: z.boolean().default(false),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if ((entry.start === undefined) !== (entry.end === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [entry.start ? 'end' : 'start'],
        message: '开始和结束日期要一起填写',
        input: entry.start ?? entry.end,
      });
    else if (entry.start && entry.end && entry.end < entry.start)
      ctx.addIssue({ code: 'custom', path: ['end'], message: `结束日期（${entry.end}）早于开始日期（${entry.start}）`, input: entry.end });
    for (const field of ['start', 'end'] as const) {
      const value = entry[field];
      if (value && Number(value.slice(0, 4)) !== entry.year)
        ctx.addIssue({ code: 'custom', path: [field], message: `日期不在 ${entry.year} 年内`, input: value });
    }
  });

const month = z.number().int().min(1).max(12);
const campaignYear = z.number().int().min(2001).max(2100);

/** How the dates follow from the year (see CampaignDateRule in src/lib/events/campaigns.ts). */
const CampaignDateRuleSchema = z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('fixed-days'), month, startDay: z.number().int().min(1).max(31), endDay: z.number().int().min(1).max(31) })
    .strict()
    .superRefine((rule, ctx) => {
      // Checked against a common year, so 29 February cannot sneak in.
      for (const field of ['startDay', 'endDay'] as const)
        if (rule[field] > daysInMonth(2001, rule.month))
          ctx.addIssue({ code: 'custom', path: [field], message: `${rule.month}月没有${rule[field]}日`, input: rule[field] });
      if (rule.endDay < rule.startDay)
        ctx.addIssue({
          code: 'custom',
          path: ['endDay'],
          message: `结束日（${rule.endDay}日）早于开始日（${rule.startDay}日）`,
          input: rule.endDay,
        });
    }),
  z.object({ type: z.literal('nth-weekend'), month, nth: z.number().int().min(1).max(4) }).strict(),
  z.object({ type: z.literal('whole-month'), month }).strict(),
  z.object({ type: z.literal('announced'), usualMonth: month }).strict(),
]);

/**
 * One era of a campaign's history: the years it covers, what it was called then, its date rule and
 * where that rule comes from. A rule the source does not state literally carries the site's reading.
 */
export const CampaignEraSchema = z
  .object({
    from: campaignYear,
    /** The last year of the era; left out for the era that still holds. */
    to: campaignYear.optional(),
    /** The campaign's name in these years, e.g. 全国科普日 until 2024, 全国科普月 from 2025. */
    name: z.string().min(2),
    rule: CampaignDateRuleSchema,
    /** Where the rule comes from: a law with its version, an official notice. Shown on the page. */
    source: z.string().min(4),
    sourceUrl: SafeUrlSchema.optional(),
    /** When the rule is the site's reading rather than the source's words: what the site reads and why. Shown as 本站理解. */
    reading: ReadingNoteSchema.optional(),
  })
  .strict()
  .superRefine((era, ctx) => {
    if (era.to !== undefined && era.to < era.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `结束年份（${era.to}）早于开始年份（${era.from}）`, input: era.to });
  });

/** A yearly campaign page (content/campaigns/*.mdx): the body says what it is and why it exists. */
export const CampaignSchema = basePageSchema
  .extend({
    /** Short name for the home-page countdown, the event pages and navigation, e.g. 全国科普月. */
    shortName: z.string().min(2),
    /** The date rules through the campaign's history, oldest first; only the last may be open-ended. */
    eras: z.array(CampaignEraSchema).min(1),
    /** Event kinds listed on the campaign page. */
    eventKinds: z.array(z.enum(EVENT_KINDS)).min(1),
    years: z.array(CampaignYearSchema).min(1),
    resources: z.array(z.object({ title: z.string().min(2), href: SafeHrefSchema, note: z.string().optional() }).strict()).default([]),
  })
  .superRefine((campaign, ctx) => {
    const seen = new Set<number>();
    campaign.years.forEach((entry, index) => {
      if (seen.has(entry.year))
        ctx.addIssue({ code: 'custom', path: ['years', index, 'year'], message: '同一年份写了两次', input: entry.year });
      seen.add(entry.year);
    });
    campaign.eras.forEach((era, index) => {
      const next = campaign.eras[index + 1];
      if (!next) return;
      if (era.to === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['eras', index, 'to'],
          message: `只有最后一段可以不写结束年份（后面还有 ${next.from} 年起的一段）`,
          input: era.to,
        });
      else if (next.from <= era.to)
        ctx.addIssue({
          code: 'custom',
          path: ['eras', index + 1, 'from'],
          message: `${next.from}年起的一段与前一段（${era.from}–${era.to}年）重叠或顺序颠倒`,
          input: next.from,
        });
    });
  });
export type CampaignYear = z.output<typeof CampaignYearSchema>;
export type Campaign = z.output<typeof CampaignSchema>;
export type CampaignEraData = z.output<typeof CampaignEraSchema>;
