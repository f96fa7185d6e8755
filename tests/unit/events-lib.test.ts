import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventDateTimeAttribute, formatEventDate, formatEventWhen } from '../../src/lib/events/format';
import { eventFiltersToParams, matchesEventFilters, NO_EVENT_FILTERS, parseEventFilters } from '../../src/lib/events/filter';
import { buildCalendar, sequenceOf, type CalendarEvent } from '../../src/lib/events/ical';
import { compareLatestEndFirst } from '../../src/lib/events/time';
import {
  admissionNote,
  compareSoonestFirst,
  eventOutlook,
  headline,
  isStillToCome,
  statusLabel,
  statusHeadline,
  takingPartText,
  whenText,
  type Admission,
  type EventStatus,
  type OutlookInput,
} from '../../src/lib/events/outlook';

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
    status: 'CONFIRMED',
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

  it('writes the status it is given, so calendar apps strike out what will not happen', () => {
    const statuses = read([
      { ...base, status: 'CANCELLED' },
      { ...base, id: 'b', status: 'CONFIRMED' },
    ]).map((e) => e.component.getFirstPropertyValue('status'));
    expect(statuses).toEqual(['CANCELLED', 'CONFIRMED']);
  });

  it('gives a SEQUENCE that grows when the event is updated on a later day, however the date arrived', () => {
    const [first] = read([base]);
    const [changed] = read([{ ...base, status: 'CANCELLED', updated: new Date('2026-12-03T00:00:00+08:00') }]);
    expect(first!.sequence).toBe(sequenceOf(base.updated));
    expect(changed!.sequence).toBe(first!.sequence + 5);
    // A YAML date arrives at UTC midnight, a quoted one at Beijing midnight: the same day, the same number.
    expect(sequenceOf(new Date('2026-11-28T00:00:00Z'))).toBe(sequenceOf(base.updated));
  });

  it('keeps long Chinese text whole through line folding', () => {
    const description = '很长的说明'.repeat(40);
    const [event] = read([{ ...base, description }]);
    expect(event!.description).toBe(`${description}\n\n${base.url}`);
  });

  it('folds every line to at most 75 octets, not 75 characters (RFC 5545 §3.1)', () => {
    const text = buildCalendar([{ ...base, title: '示例·讲座'.repeat(20), description: '很长的说明'.repeat(40) }], {
      name: '活动'.repeat(40),
      host: 'example.test',
    });
    const lines = text.split('\r\n');
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
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

describe('what may be published about an event (outlook)', () => {
  const talk: OutlookInput = {
    status: 'scheduled',
    admission: '公众',
    start: '2027-04-26T14:00',
    end: '2027-04-26T16:00',
    registration: { required: true, url: 'https://example.test/sign-up', phone: '0871-00000000', deadline: '2027-04-24T17:00' },
  };
  const STATUSES: EventStatus[] = ['scheduled', 'cancelled', 'postponed', 'moved-online'];
  const ADMISSIONS: Admission[] = ['公众', '本校学生', '受邀'];
  const REGISTRATIONS = [undefined, { required: false }, talk.registration];
  /** Every combination of status, admission, registration, new time and watch link. */
  const every = STATUSES.flatMap((status) =>
    ADMISSIONS.flatMap((admission) =>
      REGISTRATIONS.flatMap((registration) =>
        [undefined, { start: '2027-05-08T14:00', end: '2027-05-08T16:00' }].flatMap((newTime) =>
          [undefined, 'https://example.test/live'].map((onlineUrl): OutlookInput => ({
            ...talk,
            status,
            admission,
            registration,
            newTime,
            onlineUrl,
          })),
        ),
      ),
    ),
  );
  const name = (e: OutlookInput) =>
    `${e.status}/${e.admission}/${e.registration ? (e.registration.required ? 'register' : 'optional') : 'none'}/${e.newTime ? 'new time' : '-'}`;

  it('offers a way to register only to the public, and never for a cancelled event or one with no date', () => {
    for (const event of every) {
      const { takingPart, when } = eventOutlook(event);
      const mayRegister =
        event.admission === '公众' && event.registration?.required === true && when.kind !== 'cancelled' && when.kind !== 'to-be-announced';
      expect(takingPart.kind === 'register', name(event)).toBe(mayRegister);
    }
  });

  it('tells people to walk in only to a public event held on site at a firm time with no registration', () => {
    for (const event of every) {
      const outlook = eventOutlook(event);
      const walkIn =
        event.admission === '公众' &&
        !event.registration?.required &&
        (event.status === 'scheduled' || (event.status === 'postponed' && event.newTime !== undefined));
      expect(outlook.takingPart.kind === 'walk-in', name(event)).toBe(walkIn);
    }
  });

  it('says nothing about taking part in a cancelled event, whatever it had', () => {
    for (const event of every.filter((e) => e.status === 'cancelled')) {
      const outlook = eventOutlook(event);
      expect(outlook.takingPart.kind, name(event)).toBe('none');
      expect(outlook.where.kind).toBe('original-venue');
      expect(outlook.calendarStatus).toBe('CANCELLED');
      expect(outlook.addToCalendar).toBe(false);
      expect(admissionNote(outlook)).toBe('');
      expect(whenText(outlook.when)).toBe('原定2027年4月26日（星期一）14:00–16:00，已取消');
      expect(headline('讲座', outlook)).toBe('【已取消】讲座');
    }
  });

  it('sends nobody to the venue of an event moved online, and gives the watch link when there is one', () => {
    expect(eventOutlook({ ...talk, status: 'moved-online', onlineUrl: 'https://example.test/live' }).where).toEqual({
      kind: 'online',
      url: 'https://example.test/live',
    });
    expect(eventOutlook({ ...talk, status: 'moved-online' }).where).toEqual({ kind: 'online' });
    const open = eventOutlook({ ...talk, status: 'moved-online', registration: undefined });
    expect(open.takingPart.kind).toBe('watch-online');
    expect(takingPartText(open.takingPart as { kind: 'watch-online' })).not.toContain('到场');
    expect(statusHeadline(open)).toBe('本活动改为线上举行');
    expect(open.calendarStatus).toBe('CONFIRMED');
  });

  it('gives a postponed event with no new time no date to go by, only 原定, and keeps it among what is to come', () => {
    const outlook = eventOutlook({ ...talk, status: 'postponed' });
    expect(whenText(outlook.when)).toBe('新时间待定（原定2027年4月26日（星期一）14:00–16:00）');
    expect(statusLabel(outlook)).toBe('已延期，新时间待定');
    expect(outlook.takingPart.kind).toBe('paused');
    expect(takingPartText({ kind: 'paused' })).not.toMatch(/报名|到场/);
    expect(outlook.addToCalendar).toBe(false);
    // Its old slot will not happen; calendar apps must not keep it as a date.
    expect(outlook.calendarStatus).toBe('CANCELLED');
    expect(isStillToCome(outlook, new Date('2030-01-01T00:00:00+08:00'))).toBe(true);
  });

  it('lists a postponed event with a new time at the new time, saying the old one only as 原定', () => {
    const outlook = eventOutlook({ ...talk, status: 'postponed', newTime: { start: '2027-05-08T14:00', end: '2027-05-08T16:00' } });
    expect(outlook.times).toEqual({ start: '2027-05-08T14:00', end: '2027-05-08T16:00' });
    expect(whenText(outlook.when)).toBe('2027年5月8日（星期六）14:00–16:00（原定2027年4月26日（星期一）14:00–16:00）');
    expect(statusHeadline(outlook)).toBe('本活动已延期到2027年5月8日（星期六）14:00–16:00');
    expect(outlook.takingPart.kind).toBe('register');
    expect(outlook.calendarStatus).toBe('CONFIRMED');
    expect(isStillToCome(outlook, new Date('2027-05-01T00:00:00+08:00'))).toBe(true);
    expect(isStillToCome(outlook, new Date('2027-05-08T16:01:00+08:00'))).toBe(false);
  });

  it('never tells the public to walk in to or register for a school-only or invitation-only event, and says who may attend', () => {
    for (const event of every.filter((e) => e.admission !== '公众' && e.status !== 'cancelled')) {
      const outlook = eventOutlook(event);
      expect(['own-pupils', 'invited'], name(event)).toContain(outlook.takingPart.kind);
      const words = takingPartText(outlook.takingPart as { kind: 'own-pupils' | 'invited' });
      expect(words).not.toContain('直接到场');
      expect(words).toContain('公众不能报名');
      expect(admissionNote(outlook)).toMatch(/^仅限.*不对公众开放。$/);
    }
    expect(admissionNote(eventOutlook(talk))).toBe('');
  });

  it('orders events soonest first by the time they are held at, a postponed one with no new time last', () => {
    const at = (id: string, over: Partial<OutlookInput>) => ({ id, outlook: eventOutlook({ ...talk, ...over }) });
    const list = [
      at('undated', { status: 'postponed', start: '2027-01-01T09:00', end: '2027-01-01T10:00' }),
      at('moved-later', {
        status: 'postponed',
        start: '2027-02-01T09:00',
        end: '2027-02-01T10:00',
        newTime: { start: '2027-06-01T09:00', end: '2027-06-01T10:00' },
      }),
      at('may', { start: '2027-05-01T09:00', end: '2027-05-01T10:00' }),
      at('march-cancelled', { status: 'cancelled', start: '2027-03-01T09:00', end: '2027-03-01T10:00' }),
    ];
    expect(list.sort(compareSoonestFirst).map((e) => e.id)).toEqual(['march-cancelled', 'may', 'moved-later', 'undated']);
  });
});
