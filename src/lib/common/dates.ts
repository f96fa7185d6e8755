/** Dates on this site are shown in China Standard Time whatever the build machine's zone. */
const SITE_TIME_ZONE = 'Asia/Shanghai';

const longDate = new Intl.DateTimeFormat('zh-CN', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

const isoParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** "2026年11月28日" */
export function formatChineseDate(date: Date): string {
  return longDate.format(date);
}

/** The latest of some dates: a list page's last change is its newest entry's. */
export function latestDate(dates: readonly Date[]): Date {
  return new Date(Math.max(0, ...dates.map((d) => d.getTime())));
}

/** "2026-11-28": the calendar date in Shanghai, for `<time datetime>`. */
export function toIsoDate(date: Date): string {
  return isoParts.format(date);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (rejects 2018-02-30, 2018-13-01). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
