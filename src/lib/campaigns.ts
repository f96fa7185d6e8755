/** Dates of the yearly campaigns the plan names (三（五）、（六）). */

/** The campaign pages, one per file in content/campaigns (a test keeps the two in step). */
export const CAMPAIGN_IDS = ['ip-week', 'science-week', 'science-day'] as const;
export const CAMPAIGN_PATHS: readonly string[] = CAMPAIGN_IDS.map((id) => `/${id}/`);

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * 全国科普日's default when content gives no date: the third weekend of September, taken as the
 * third Saturday of the month and the Sunday after it.
 */
export function thirdWeekendOfSeptember(year: number): { start: string; end: string } {
  const firstOfSeptember = new Date(Date.UTC(year, 8, 1));
  const toSaturday = (6 - firstOfSeptember.getUTCDay() + 7) % 7;
  const saturday = new Date(Date.UTC(year, 8, 1 + toSaturday + 14));
  return { start: iso(saturday), end: iso(new Date(saturday.getTime() + 86_400_000)) };
}

/** 世界知识产权日 is fixed: 26 April, every year. */
export const worldIpDay = (year: number) => `${year}-04-26`;

/** How a campaign's dates are found when a year's content gives none. */
export const CAMPAIGN_DATE_RULES = ['world-ip-day', 'announced', 'third-weekend-of-september'] as const;
export type CampaignDateRule = (typeof CAMPAIGN_DATE_RULES)[number];

export interface CampaignDates {
  /** "YYYY-MM-DD", inclusive. */
  start: string;
  end: string;
  /** True when content set the dates; false when they come from the campaign's fixed rule. */
  fromContent: boolean;
}

/** What a campaign's content says about one year (a subset of CampaignYear). */
export interface CampaignYearDates {
  year: number;
  start?: string | undefined;
  end?: string | undefined;
}

/**
 * A campaign's dates in one year: the content's, when it sets them; else the fixed rule's (4.26, the
 * third weekend of September); undefined for a campaign announced each year whose dates are not in yet.
 */
export function campaignDates(rule: CampaignDateRule, year: number, entry?: CampaignYearDates): CampaignDates | undefined {
  if (entry?.start && entry.end) return { start: entry.start, end: entry.end, fromContent: true };
  if (rule === 'world-ip-day') return { start: worldIpDay(year), end: worldIpDay(year), fromContent: false };
  if (rule === 'third-weekend-of-september') return { ...thirdWeekendOfSeptember(year), fromContent: false };
  return undefined;
}

export interface CampaignOccurrence {
  year: number;
  /** Undefined while the dates are not announced. */
  dates?: CampaignDates;
}

/**
 * The occurrence a visitor cares about on `today` ("YYYY-MM-DD"): this year's, unless it is over, then
 * next year's. For a campaign announced each year without dates yet, this year's counts as over once
 * its usual month has passed.
 */
export function currentOccurrence(rule: CampaignDateRule, years: readonly CampaignYearDates[], today: string, usualMonth?: number): CampaignOccurrence {
  const thisYear = Number(today.slice(0, 4));
  const entry = (year: number) => years.find((y) => y.year === year);
  const dates = campaignDates(rule, thisYear, entry(thisYear));
  const over = dates ? dates.end < today : usualMonth !== undefined && Number(today.slice(5, 7)) > usualMonth;
  const year = over ? thisYear + 1 : thisYear;
  const found = year === thisYear ? dates : campaignDates(rule, year, entry(year));
  return found ? { year, dates: found } : { year };
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
