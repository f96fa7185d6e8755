import { z } from 'astro/zod';
import { basePageSchema } from './page.ts';
import { calendarDateText } from './common.ts';
import { EVENT_KINDS } from './event.ts';
import { CAMPAIGN_DATE_RULES } from '../lib/campaigns.ts';


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
      ctx.addIssue({ code: 'custom', path: [entry.start ? 'end' : 'start'], message: '开始和结束日期要一起填写', input: entry.start ?? entry.end });
    else if (entry.start && entry.end && entry.end < entry.start) ctx.addIssue({ code: 'custom', path: ['end'], message: `结束日期（${entry.end}）早于开始日期（${entry.start}）`, input: entry.end });
    for (const field of ['start', 'end'] as const) {
      const value = entry[field];
      if (value && Number(value.slice(0, 4)) !== entry.year) ctx.addIssue({ code: 'custom', path: [field], message: `日期不在 ${entry.year} 年内`, input: value });
    }
  });

/** A yearly campaign page (content/campaigns/*.md): the body says what it is and why it exists. */
export const CampaignSchema = basePageSchema
  .extend({
    /** Short name for the home-page countdown and navigation, e.g. 全国科普日. */
    shortName: z.string().min(2),
    dateRule: z.enum(CAMPAIGN_DATE_RULES),
    /** For dates announced each year: the month they usually fall in, so a past year is known to be over. */
    usualMonth: z.number().int().min(1).max(12).optional(),
    /** Event kinds listed on the campaign page. */
    eventKinds: z.array(z.enum(EVENT_KINDS)).min(1),
    years: z.array(CampaignYearSchema).min(1),
    resources: z.array(z.object({ title: z.string().min(2), href: z.string().min(1), note: z.string().optional() }).strict()).default([]),
  })
  .superRefine((campaign, ctx) => {
    const seen = new Set<number>();
    campaign.years.forEach((entry, index) => {
      if (seen.has(entry.year)) ctx.addIssue({ code: 'custom', path: ['years', index, 'year'], message: '同一年份写了两次', input: entry.year });
      seen.add(entry.year);
    });
  });

export type CampaignYear = z.output<typeof CampaignYearSchema>;
export type Campaign = z.output<typeof CampaignSchema>;
