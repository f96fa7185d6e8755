import { describe, expect, it } from 'vitest';
import { thirdWeekendOfSeptember, worldIpDay } from '../../src/lib/campaigns';
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
