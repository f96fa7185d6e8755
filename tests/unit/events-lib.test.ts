import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventDateTimeAttribute, formatEventDate, formatEventWhen } from '../../src/lib/events/format';
import { eventFiltersToParams, matchesEventFilters, NO_EVENT_FILTERS, parseEventFilters } from '../../src/lib/events/filter';
import { buildCalendar, type CalendarEvent } from '../../src/lib/events/ical';
import { compareLatestEndFirst } from '../../src/lib/events/time';

describe('event times in words', () => {
  it.each([
    ['2027-04-26T14:00', '2027-04-26T16:00', '2027年4月26日（星期一）14:00–16:00'],
    ['2027-09-18', '2027-09-18', '2027年9月18日（星期六）全天'],
    ['2027-09-18', '2027-09-19', '2027年9月18日（星期六）至9月19日（星期日）'],
    ['2027-12-31', '2028-01-01', '2027年12月31日（星期五）至2028年1月1日（星期六）'],
    ['2027-06-30T20:00', '2027-07-01T06:00', '2027年6月30日（星期三）20:00至7月1日（星期四）06:00'],
  ])('%s to %s reads "%s"', (start, end, words) => expect(formatEventWhen(start, end)).toBe(words));

  it('takes the weekday of the calendar date, whatever the machine zone', () => {
    expect(formatEventDate('2026-04-26')).toBe('2026年4月26日（星期日）');
  });

  it('gives <time datetime> the Beijing offset for timed events and a bare date for all-day ones', () => {
    expect(eventDateTimeAttribute('2027-04-26T14:00')).toBe('2027-04-26T14:00:00+08:00');
    expect(eventDateTimeAttribute('2027-04-26')).toBe('2027-04-26');
  });
});

describe('event filters in the URL', () => {
  const event = { kind: '全国科普日', audiences: ['小学', '公众'], subdistrict: '黑林铺' };

  it('round-trips through the URL with short keys, leaving out what is unset', () => {
    const filters = { kind: '讲座', audience: '初中', subdistrict: '' };
    const params = eventFiltersToParams(filters);
    expect(params.toString()).toBe(new URLSearchParams({ kind: '讲座', for: '初中' }).toString());
    expect(parseEventFilters(params)).toEqual(filters);
    expect(eventFiltersToParams(NO_EVENT_FILTERS).size).toBe(0);
  });

  it('matches on kind, one of the audiences and 街道 together', () => {
    expect(matchesEventFilters(event, NO_EVENT_FILTERS)).toBe(true);
    expect(matchesEventFilters(event, { ...NO_EVENT_FILTERS, audience: '公众', subdistrict: '黑林铺' })).toBe(true);
    expect(matchesEventFilters(event, { ...NO_EVENT_FILTERS, audience: '高中' })).toBe(false);
    expect(matchesEventFilters(event, { ...NO_EVENT_FILTERS, kind: '讲座' })).toBe(false);
    expect(matchesEventFilters({ ...event, subdistrict: '' }, { ...NO_EVENT_FILTERS, subdistrict: '黑林铺' })).toBe(false);
  });
});

describe('past events in order', () => {
  it('puts the one that ended last first, even when another started later', () => {
    const week = { id: 'ip-week', start: '2026-04-20', end: '2026-04-26' }; // all day: ends at midnight after the 26th
    const talk = { id: 'talk', start: '2026-04-24T14:00', end: '2026-04-24T16:00' };
    const evening = { id: 'evening', start: '2026-04-26T19:00', end: '2026-04-26T21:00' };
    expect([talk, week, evening].sort(compareLatestEndFirst).map((e) => e.id)).toEqual(['ip-week', 'evening', 'talk']);
  });

  it('breaks ties by the later start, then by id', () => {
    const a = { id: 'a', start: '2026-05-01T09:00', end: '2026-05-01T12:00' };
    const b = { id: 'b', start: '2026-05-01T10:00', end: '2026-05-01T12:00' };
    const c = { id: 'c', start: '2026-05-01T10:00', end: '2026-05-01T12:00' };
    expect([a, b, c].sort(compareLatestEndFirst).map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('iCalendar output, read back with ical.js', () => {
  const base: CalendarEvent = {
    id: 'talk',
    title: '示例·讲座',
    start: '2027-04-26T14:00',
    end: '2027-04-26T16:00',
    description: '一行说明',
    location: '示例·科普馆，五华区示例路1号',
    url: 'https://example.test/events/talk/',
    status: 'scheduled',
    updated: new Date('2026-11-28T00:00:00+08:00'),
  };
  const read = (events: CalendarEvent[]) => {
    const text = buildCalendar(events, { name: '活动', host: 'example.test' });
    return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  };
  /** The wall-clock time in Shanghai of an ical.js time, as "YYYY-MM-DD HH:MM". */
  const inShanghai = (time: ICAL.Time) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(time.toJSDate());

  it('puts a timed event at the right instant, so it shows at 14:00–16:00 in Asia/Shanghai', () => {
    const [event] = read([base]);
    expect(event!.startDate.isDate).toBe(false);
    expect(inShanghai(event!.startDate)).toBe('2027-04-26 14:00');
    expect(inShanghai(event!.endDate)).toBe('2027-04-26 16:00');
    expect(event!.startDate.toJSDate().toISOString()).toBe('2027-04-26T06:00:00.000Z');
    expect(event!.uid).toBe('talk@example.test');
    expect(event!.summary).toBe('示例·讲座');
    expect(event!.location).toBe(base.location);
  });

  it('writes an all-day event as dates with the exclusive end iCalendar expects', () => {
    const [event] = read([{ ...base, start: '2027-09-18', end: '2027-09-19' }]);
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe('2027-09-18');
    expect(event!.endDate.toString()).toBe('2027-09-20');
  });

  it('marks cancelled and postponed events for calendar apps', () => {
    const statuses = read([{ ...base, status: 'cancelled' }, { ...base, id: 'b', status: 'postponed' }, { ...base, id: 'c', status: 'moved-online' }]).map((e) =>
      e.component.getFirstPropertyValue('status'),
    );
    expect(statuses).toEqual(['CANCELLED', 'TENTATIVE', 'CONFIRMED']);
  });

  it('keeps long Chinese text whole through line folding', () => {
    const description = '很长的说明'.repeat(40);
    const [event] = read([{ ...base, description }]);
    expect(event!.description).toBe(`${description}\n\n${base.url}`);
  });

  it('names the event and the problem when the library refuses one (it cannot write times before 1970)', () => {
    const old = { ...base, id: 'old-talk', start: '1969-04-26T14:00', end: '1969-04-26T16:00' } as CalendarEvent;
    expect(() => buildCalendar([base, old], { name: '活动', host: 'example.test' })).toThrow(
      /^iCalendar: event old-talk \(start 1969-04-26T14:00\): start must be greater than or equal to 0; event old-talk \(start 1969-04-26T14:00\): end must be/,
    );
  });

  it('still makes a valid, empty calendar when no event is upcoming', () => {
    const text = buildCalendar([], { name: '活动', host: 'example.test' });
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
  });
});
