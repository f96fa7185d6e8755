/**
 * Dates of the yearly campaigns the plan names (三（五）、（六）). The rules themselves (which month, which
 * days, since when, on whose authority) live in content/campaigns/*.mdx as a list of eras; this module
 * only knows how to turn one kind of rule into dates.
 */
import { formatEventWhen } from './format.ts';

/** The campaign pages, one per file in content/campaigns (a test keeps the two in step). */
export const CAMPAIGN_IDS = ['ip-week', 'science-week', 'science-day'] as const;

/** How a campaign's dates follow from the year, in one era of its history. */
export type CampaignDateRule =
  /** The same days every year, e.g. 4月20日至26日. */
  | { type: 'fixed-days'; month: number; startDay: number; endDay: number }
  /** The nth Saturday of a month and the Sunday after it, e.g. the third weekend of September. */
  | { type: 'nth-weekend'; month: number; nth: number }
  /** The whole of a month, e.g. 全国科普月 in September. */
  | { type: 'whole-month'; month: number }
  /** Dates announced each year; the month they usually fall in tells when a year is over. */
  | { type: 'announced'; usualMonth: number };

/** One era of a campaign: from which year to which (open-ended when `to` is missing), its name then and its rule. */
export interface CampaignEra {
  from: number;
  to?: number | undefined;
  name: string;
  rule: CampaignDateRule;
}

export interface DateSpan {
  /** "YYYY-MM-DD", inclusive. */
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Days in a month; February counts 29 in leap years. */
export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The nth Saturday of a month and the Sunday after it (which may fall in the next month). */
export function nthWeekend(year: number, month: number, nth: number): DateSpan {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const toSaturday = (6 - first.getUTCDay() + 7) % 7;
  const saturday = new Date(Date.UTC(year, month - 1, 1 + toSaturday + 7 * (nth - 1)));
  return { start: iso(saturday), end: iso(new Date(saturday.getTime() + 86_400_000)) };
}

/** The dates a rule gives in a year; undefined for dates that are announced each year. */
export function ruleDates(rule: CampaignDateRule, year: number): DateSpan | undefined {
  switch (rule.type) {
    case 'fixed-days':
      return { start: isoDay(year, rule.month, rule.startDay), end: isoDay(year, rule.month, rule.endDay) };
    case 'nth-weekend':
      return nthWeekend(year, rule.month, rule.nth);
    case 'whole-month':
      return { start: isoDay(year, rule.month, 1), end: isoDay(year, rule.month, daysInMonth(year, rule.month)) };
    case 'announced':
      return undefined;
  }
}

/** The month a rule's dates fall in (or usually fall in, for announced dates). */
export const ruleMonth = (rule: CampaignDateRule) => (rule.type === 'announced' ? rule.usualMonth : rule.month);

const CHINESE_ORDINALS = ['', '一', '二', '三', '四', '五'];

/** A rule in words, e.g. "每年9月第三个星期六和随后的星期日". */
export function describeRule(rule: CampaignDateRule): string {
  switch (rule.type) {
    case 'fixed-days':
      return rule.startDay === rule.endDay
        ? `每年${rule.month}月${rule.startDay}日`
        : `每年${rule.month}月${rule.startDay}日至${rule.endDay}日`;
    case 'nth-weekend':
      return `每年${rule.month}月第${CHINESE_ORDINALS[rule.nth] ?? rule.nth}个星期六和随后的星期日`;
    case 'whole-month':
      return `每年${rule.month}月整月`;
    case 'announced':
      return `日期每年公布，通常在${rule.usualMonth}月`;
  }
}

/** The era a year belongs to; undefined before the first era or after a closed last one. */
export function eraOf<E extends CampaignEra>(eras: readonly E[], year: number): E | undefined {
  return eras.find((era) => era.from <= year && (era.to === undefined || year <= era.to));
}

export interface CampaignDates extends DateSpan {
  /** True when content set the year's dates; false when they come from the era's rule. */
  fromContent: boolean;
}

/** What a campaign's content says about one year (a subset of CampaignYear). */
export interface CampaignYearDates {
  year: number;
  start?: string | undefined;
  end?: string | undefined;
}

/**
 * A campaign's dates in one year: the content's, when it sets them; else the rule of the year's era;
 * undefined when the dates are announced each year and are not in yet, or no era covers the year.
 */
export function campaignDates(eras: readonly CampaignEra[], year: number, entry?: CampaignYearDates): CampaignDates | undefined {
  if (entry?.start && entry.end) return { start: entry.start, end: entry.end, fromContent: true };
  const era = eraOf(eras, year);
  const dates = era && ruleDates(era.rule, year);
  return dates && { ...dates, fromContent: false };
}

export interface CampaignOccurrence<E extends CampaignEra = CampaignEra> {
  year: number;
  /** The era that year belongs to, with its name and rule. */
  era?: E;
  /** Undefined while the dates are not announced. */
  dates?: CampaignDates;
}

/**
 * The occurrence a visitor cares about on `today` ("YYYY-MM-DD"): this year's, unless it is over, then
 * next year's. Without dates yet, this year's counts as over once the month its dates usually fall in has passed.
 */
export function currentOccurrence<E extends CampaignEra>(
  eras: readonly E[],
  years: readonly CampaignYearDates[],
  today: string,
): CampaignOccurrence<E> {
  const thisYear = Number(today.slice(0, 4));
  const occurrence = (year: number): CampaignOccurrence<E> => {
    const era = eraOf(eras, year);
    const dates = campaignDates(
      eras,
      year,
      years.find((y) => y.year === year),
    );
    return { year, ...(era && { era }), ...(dates && { dates }) };
  };
  const now = occurrence(thisYear);
  const over = now.dates ? now.dates.end < today : now.era !== undefined && Number(today.slice(5, 7)) > ruleMonth(now.era.rule);
  return over ? occurrence(thisYear + 1) : now;
}

/**
 * A campaign's dates in one line. Up to a week, with weekdays ("2027年4月20日（星期二）至4月26日（星期一）");
 * longer, without them, since a month's weekdays tell a reader nothing ("2027年9月1日至9月30日").
 */
export function formatCampaignPeriod(start: string, end: string): string {
  if (daysUntil(end, start) < 7) return formatEventWhen(start, end);
  const [y1, m1, d1] = start.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number];
  return `${y1}年${m1}月${d1}日至${y2 === y1 ? '' : `${y2}年`}${m2}月${d2}日`;
}

/** Whole days from `today` to `date` (both "YYYY-MM-DD"); 0 on the day itself. */
export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** "（还有 12 天）", "（今天开始）", "（正在进行）" or "" once over: what the countdown adds after the date. */
export function countdownText(start: string, end: string, today: string): string {
  const days = daysUntil(start, today);
  if (days > 0) return `（还有${days}天）`;
  if (days === 0) return '（今天开始）';
  return daysUntil(end, today) >= 0 ? '（正在进行）' : '';
}
