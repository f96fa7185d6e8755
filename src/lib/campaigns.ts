/** Dates of the yearly campaigns the plan names (三（五）、（六）). */

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
