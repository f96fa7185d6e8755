import { describe, expect, it } from 'vitest';
import { countdownText, currentOccurrence, daysUntil, thirdWeekendOfSeptember, worldIpDay, type CampaignDateRule, type CampaignYearDates } from '../../src/lib/campaigns';
import { eventEndInstant, eventInstant, isEventTime, isUpcoming } from '../../src/lib/events/time';

describe('全国科普日 default: the third weekend of September', () => {
  it.each([
    // September 1 falls on each day of the week across these years.
    [2024, '2024-09-21', '2024-09-22'], // Sep 1 is a Sunday: Saturdays 7, 14, 21
    [2025, '2025-09-20', '2025-09-21'], // Monday
    [2026, '2026-09-19', '2026-09-20'], // Tuesday
    [2027, '2027-09-18', '2027-09-19'], // Wednesday
    [2022, '2022-09-17', '2022-09-18'], // Thursday
    [2023, '2023-09-16', '2023-09-17'], // Friday
    [2029, '2029-09-15', '2029-09-16'], // Saturday: the 1st is the first Saturday
  ])('%i: %s to %s', (year, start, end) => {
    const weekend = thirdWeekendOfSeptember(year);
    expect(weekend).toEqual({ start, end });
    expect(new Date(`${weekend.start}T12:00:00Z`).getUTCDay()).toBe(6);
  });

  it('4.26 is the same day every year', () => {
    expect(worldIpDay(2027)).toBe('2027-04-26');
  });
});

describe('event times in Beijing time', () => {
  it.each(['2027-04-26', '2027-04-26T09:30', '2028-02-29', '2027-04-26T23:59'])('accepts %s', (t) => expect(isEventTime(t)).toBe(true));
  it.each(['2027-02-29', '2027-04-26T25:00', '2027-04-26T9:30', '2027-04-26 09:30', '2027-04-26T09:30:00', '26/04/2027'])('rejects %s', (t) => expect(isEventTime(t)).toBe(false));

  it('reads times as Beijing wall-clock time', () => {
    expect(eventInstant('2027-04-26T09:30').toISOString()).toBe('2027-04-26T01:30:00.000Z');
    expect(eventInstant('2027-04-26').toISOString()).toBe('2027-04-25T16:00:00.000Z');
  });

  it('an all-day event lasts until the midnight after its end date', () => {
    expect(eventEndInstant('2027-04-26').toISOString()).toBe('2027-04-26T16:00:00.000Z');
    expect(isUpcoming('2027-04-26', new Date('2027-04-26T15:59:00Z'))).toBe(true); // 23:59 in Beijing
    expect(isUpcoming('2027-04-26', new Date('2027-04-26T16:00:00Z'))).toBe(false);
    expect(isUpcoming('2027-04-26T11:00', new Date('2027-04-26T02:59:00Z'))).toBe(true);
    expect(isUpcoming('2027-04-26T11:00', new Date('2027-04-26T03:00:00Z'))).toBe(false);
  });
});

describe('which year of a campaign a visitor sees', () => {
  const rules = (rule: CampaignDateRule, years: CampaignYearDates[] = [], usualMonth?: number) => (today: string) => currentOccurrence(rule, years, today, usualMonth);

  it('4.26: this year until the day is over, then next year', () => {
    const ipDay = rules('world-ip-day');
    expect(ipDay('2027-04-26')).toEqual({ year: 2027, dates: { start: '2027-04-26', end: '2027-04-26', fromContent: false } });
    expect(ipDay('2027-04-27').year).toBe(2028);
  });

  it('content dates win over the rule (a 宣传周 announced as 20–26 April)', () => {
    const week = rules('world-ip-day', [{ year: 2027, start: '2027-04-20', end: '2027-04-26' }]);
    expect(week('2027-04-22').dates).toEqual({ start: '2027-04-20', end: '2027-04-26', fromContent: true });
  });

  it('全国科普日 falls back to the third weekend of September', () => {
    expect(rules('third-weekend-of-september')('2026-11-28')).toEqual({ year: 2027, dates: { ...thirdWeekendOfSeptember(2027), fromContent: false } });
  });

  it('科技活动周 has no date until content gives one, and counts as over once its usual month has passed', () => {
    const week = rules('announced', [{ year: 2027 }], 5);
    expect(week('2027-03-01')).toEqual({ year: 2027 });
    expect(week('2027-06-01')).toEqual({ year: 2028 });
    expect(rules('announced', [{ year: 2027, start: '2027-05-22', end: '2027-05-29' }], 5)('2027-05-30').year).toBe(2028);
  });
});

describe('the home-page countdown', () => {
  it.each([
    ['2027-04-16', '（还有4天）'],
    ['2026-11-28', '（还有143天）'],
    ['2027-04-20', '（今天开始）'],
    ['2027-04-23', '（正在进行）'],
    ['2027-04-27', ''],
  ])('on %s says "%s" for 20–26 April 2027', (today, text) => expect(countdownText('2027-04-20', '2027-04-26', today)).toBe(text));

  it('counts whole days across a month end and a leap day', () => {
    expect(daysUntil('2028-03-01', '2028-02-28')).toBe(2);
  });
});
