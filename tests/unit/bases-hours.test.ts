import { describe, expect, it } from 'vitest';
import {
  beijingClock,
  formatDays,
  formatOpeningHours,
  isOpenAt,
  parseOpeningHours,
  weekendOpenings,
  WEEKDAY_KEYS,
  type OpeningHours,
  type Weekday,
} from '../../src/lib/bases/hours';

// 2026-11-28 is a Saturday. Instants are written in UTC to show the +8 hours explicitly.
const SAT_0830_BEIJING = new Date('2026-11-28T00:30:00Z');
const FRI_2330_BEIJING = new Date('2026-11-27T15:30:00Z');
const SUN_1800_BEIJING = new Date('2026-11-29T10:00:00Z');
const WED_1000_BEIJING = new Date('2026-11-25T02:00:00Z');

const museum: OpeningHours[] = [
  { days: ['tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' },
  { days: ['sat', 'sun'], opens: '09:30', closes: '16:30' },
];

describe('opening hours as text', () => {
  it.each([
    [['mon', 'tue', 'wed', 'thu', 'fri'], '周一至周五'],
    [['sat', 'sun'], '周六、周日'],
    [['mon', 'wed', 'fri'], '周一、周三、周五'],
    [['mon', 'tue', 'wed', 'fri', 'sat', 'sun'], '周一至周三、周五至周日'],
    [[...WEEKDAY_KEYS], '每天'],
  ] as Array<[Weekday[], string]>)('%j reads as %s', (days, text) => {
    expect(formatDays(days)).toBe(text);
  });

  it('reads back what it writes, for every set of days', () => {
    for (let mask = 1; mask < 128; mask += 1) {
      const days = WEEKDAY_KEYS.filter((_, i) => mask & (1 << i));
      const hours: OpeningHours[] = [
        { days, opens: '08:30', closes: '12:00' },
        { days: ['sun'], opens: '14:00', closes: '24:00' },
      ];
      expect(parseOpeningHours(formatOpeningHours(hours))).toEqual(hours);
    }
  });

  it('accepts the ways people type hours in a spreadsheet', () => {
    expect(parseOpeningHours('星期一到星期五 9:00～17:30; 周末 9：30-16：00')).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:30' },
      { days: ['sat', 'sun'], opens: '09:30', closes: '16:00' },
    ]);
    expect(parseOpeningHours('工作日 08:00-18:00')).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '18:00' },
    ]);
    expect(parseOpeningHours('')).toEqual([]);
  });

  it.each([
    ['周八 09:00-17:00', /看不懂星期“周八”/],
    ['周五至周一 09:00-17:00', /前后颠倒/],
    ['周一至周五 上午', /看不懂“周一至周五 上午”/],
  ])('explains what is wrong with %s', (text, message) => {
    const result = parseOpeningHours(text);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toMatch(message);
  });
});

describe('open now and this weekend, in Beijing time', () => {
  it('reads the Beijing wall clock whatever the machine zone', () => {
    expect(beijingClock(FRI_2330_BEIJING)).toEqual({ day: 'fri', time: '23:30', date: '2026-11-27' });
    expect(beijingClock(SAT_0830_BEIJING)).toEqual({ day: 'sat', time: '08:30', date: '2026-11-28' });
  });

  it('is open inside the hours and closed at closing time', () => {
    expect(isOpenAt(museum, WED_1000_BEIJING)).toBe(true);
    expect(isOpenAt(museum, SAT_0830_BEIJING)).toBe(false); // opens 09:30 on Saturdays
    expect(isOpenAt(museum, new Date('2026-11-28T01:30:00Z'))).toBe(true); // 09:30 sharp
    expect(isOpenAt(museum, new Date('2026-11-28T08:30:00Z'))).toBe(false); // 16:30 sharp
    expect(isOpenAt(museum, new Date('2026-11-23T02:00:00Z'))).toBe(false); // Monday
    expect(isOpenAt([], WED_1000_BEIJING)).toBe(false);
  });

  it('on a weekday, lists the coming Saturday and Sunday', () => {
    expect(weekendOpenings(museum, WED_1000_BEIJING)).toEqual([
      { date: '2026-11-28', day: 'sat', opens: '09:30', closes: '16:30' },
      { date: '2026-11-29', day: 'sun', opens: '09:30', closes: '16:30' },
    ]);
  });

  it('late on Friday in Beijing (still Friday afternoon in UTC) already counts the next day as Saturday', () => {
    expect(weekendOpenings(museum, FRI_2330_BEIJING).map((o) => o.date)).toEqual(['2026-11-28', '2026-11-29']);
  });

  it('on Sunday evening after closing, nothing is left of this weekend', () => {
    expect(weekendOpenings(museum, SUN_1800_BEIJING)).toEqual([]);
  });

  it('a weekday-only base is not open this weekend', () => {
    expect(weekendOpenings([{ days: ['mon', 'tue'], opens: '09:00', closes: '17:00' }], WED_1000_BEIJING)).toEqual([]);
  });
});
