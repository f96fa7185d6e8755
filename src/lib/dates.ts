/** Dates on this site are shown in China Standard Time whatever the build machine's zone. */
export const SITE_TIME_ZONE = 'Asia/Shanghai';

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

/** "2026-11-28": the calendar date in Shanghai, for `<time datetime>`. */
export function toIsoDate(date: Date): string {
  return isoParts.format(date);
}
