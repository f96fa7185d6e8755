import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import * as cheerio from 'cheerio';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { jsonLd, page, site } from '../helpers/built-site';
import { readMarkdownFolder, readYaml } from '../helpers/content';
import { EventSchema, type EventEntry } from '../../src/schemas/event';
import { EventsFileSchema } from '../../src/schemas/open-data';
import { BaseEntrySchema } from '../../src/schemas/base';
import { compareLatestEndFirst, isAllDay } from '../../src/lib/events/time';
import { eventOutlook, isStillToCome } from '../../src/lib/events/outlook';
import { sequenceOf } from '../../src/lib/events/ical';
import { eventArchiveUrl, EVENTS_FEED_ITEMS, RECENT_PAST_EVENTS } from '../../src/data/event-urls';
import { EVENT_HEADERS, eventsCsv, sortEventRecords } from '../../src/lib/events/columns';
import { serializeEventFile } from '../../src/lib/events/event-file';
import { importEventRows } from '../../src/lib/events/import';
import { readAsFormula } from '../../src/lib/spreadsheets/cells';
import { readDepartmentNames, readEventFiles } from '../../scripts/lib/event-files';

const events = readMarkdownFolder('events').map((file) => {
  const data = EventSchema.parse(file.data) as EventEntry;
  return { id: file.id, data, outlook: eventOutlook(data) };
});
const bases = BaseEntrySchema.array().parse(readYaml('bases/bases.yaml'));
// The instant the build decided what is upcoming, as it published it.
const now = new Date((JSON.parse(readFileSync('dist/data/events.json', 'utf8')) as { generated: string }).generated);
/** Still to come: not over yet at its current time, or postponed with no new time. */
const isComing = (e: (typeof events)[number]) => isStillToCome(e.outlook, now);
const upcoming = events.filter(isComing);
const past = events.filter((e) => !isComing(e));
/** The one that ended last first, as every list of past events is ordered (by the time it is held at, a new one if postponed). */
const latestFirst = (list: typeof events) =>
  [...list].sort((a, b) => compareLatestEndFirst({ id: a.id, ...a.outlook.times }, { id: b.id, ...b.outlook.times }));
const yearOf = (e: (typeof events)[number]) => Number(e.outlook.times.start.slice(0, 4));
const pastYears = [...new Set(latestFirst(past).map(yearOf))];

const readDist = (path: string) => readFileSync(`dist${path}`, 'utf8');
/** Every VEVENT of an .ics file, read by a real iCalendar parser. */
const icsEvents = (path: string) =>
  new ICAL.Component(ICAL.parse(readDist(path))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
const shanghai = (time: ICAL.Time) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' })
    .format(time.toJSDate())
    .replace(' ', 'T');

describe('the shipped sample events', () => {
  it('are about a dozen, all marked sample, some past (2026) and most upcoming (2027)', () => {
    expect(events.length).toBeGreaterThanOrEqual(10);
    expect(events.every((e) => e.data.sample && e.data.title.startsWith('示例'))).toBe(true);
    expect(events.filter((e) => e.data.start.startsWith('2026')).length).toBeGreaterThan(0);
    expect(events.filter((e) => e.data.start.startsWith('2027')).length).toBeGreaterThan(events.length / 2);
  });
});

describe('/events/', () => {
  const index = page('/events/');
  const linksIn = (selector: string) =>
    index
      .$(`${selector} [data-event] > a`)
      .toArray()
      .map((a) => index.$(a).attr('href'));

  it('lists upcoming events first, soonest first (a postponed one with no new time last), then the latest past ones by year, newest first', () => {
    const undated = (e: (typeof events)[number]) => (e.outlook.when.kind === 'to-be-announced' ? 1 : 0);
    const soonest = [...upcoming].sort((a, b) => undated(a) - undated(b) || a.outlook.times.start.localeCompare(b.outlook.times.start));
    expect(linksIn('section:has(> #upcoming)')).toEqual(soonest.map((e) => `/events/${e.id}/`));
    const recent = latestFirst(past).slice(0, RECENT_PAST_EVENTS);
    const years = index
      .$('[data-past-year] h3')
      .toArray()
      .map((h) => index.$(h).text());
    expect(years).toEqual([...new Set(recent.map(yearOf))].map((y) => `${y}年`));
    expect(linksIn('[data-past]')).toEqual(recent.map((e) => `/events/${e.id}/`));
  });

  it('links every year of past events to its archive page, newest first, with how many it holds', () => {
    const archive = index
      .$('section:has(> #archive) li')
      .toArray()
      .map((li) => index.$(li).text().replace(/\s+/g, ''));
    expect(archive).toEqual(pastYears.map((y) => `${y}年（${past.filter((e) => yearOf(e) === y).length}项）`));
    const hrefs = index
      .$('section:has(> #archive) a')
      .toArray()
      .map((a) => index.$(a).attr('href'));
    expect(hrefs).toEqual(pastYears.map(eventArchiveUrl));
  });

  it('gives every item what the filters read: kind, audiences and 街道, on the list and in the archive', () => {
    for (const event of events) {
      const list = isComing(event) ? index : page(eventArchiveUrl(yearOf(event)));
      const item = list.$(`[data-event]:has(> a[href="/events/${event.id}/"])`);
      expect(item.attr('data-kind')).toBe(event.data.kind);
      expect(item.attr('data-for')?.split(' ')).toEqual(event.data.audiences);
      const base = 'base' in event.data.venue ? bases.find((p) => p.id === (event.data.venue as { base: string }).base) : undefined;
      // An event moved online is in no 街道 any more.
      const subdistrict = base?.subdistrict ?? ('subdistrict' in event.data.venue ? (event.data.venue.subdistrict ?? '') : '');
      expect(item.attr('data-jd')).toBe(event.data.status === 'moved-online' ? '' : subdistrict);
      expect(item.find('.sample-badge').text()).toBe('示例数据');
    }
  });

  it('shows the filter form only where JavaScript runs, and links the calendar and feed', () => {
    // Shown from first paint when JavaScript runs (no layout shift), hidden by CSS when it does not.
    expect(index.$('#events-filter').closest('.js-only')).toHaveLength(1);
    expect(index.$('a[href="/events.ics"]').length).toBe(1);
    expect(index.$('a[href="/events/rss.xml"]').length).toBe(1);
    expect(index.$('link[rel="alternate"][type="application/rss+xml"][href="/events/rss.xml"]').length).toBe(1);
  });
});

describe('the yearly archive of past events', () => {
  it.each(pastYears)('%s has a page listing all its past events, the one that ended last first', (year) => {
    const archive = page(eventArchiveUrl(year));
    const links = archive
      .$('main [data-event] > a')
      .toArray()
      .map((a) => archive.$(a).attr('href'));
    expect(links).toEqual(latestFirst(past.filter((e) => yearOf(e) === year)).map((e) => `/events/${e.id}/`));
    expect(archive.$('h1').text()).toBe(`${year}年的往期活动`);
    const samples = past.filter((e) => yearOf(e) === year && e.data.sample).length;
    if (samples)
      expect(archive.$('main .notice[role="note"]').text()).toMatch(
        /^示例数据：下面(全部活动都是|有\d+项活动是)为演示网站功能而虚构的，并没有真实举办过。$/,
      );
    expect(archive.$('nav.breadcrumbs a[href="/events/"]').length).toBe(1);
    // The same filters as /events/, shown only where JavaScript runs.
    expect(archive.$('#events-filter').closest('.js-only')).toHaveLength(1);
    expect(archive.$('nav:has(> #archive-years) [aria-current="page"]').attr('href')).toBe(eventArchiveUrl(year));
  });

  it('has no page for a year without past events', () => {
    const upcomingOnly = [...new Set(upcoming.map(yearOf))].filter((y) => !pastYears.includes(y));
    for (const year of upcomingOnly) expect(site.pageAt(eventArchiveUrl(year)), String(year)).toBeUndefined();
  });
});

describe('an event page', () => {
  it.each(events.map((e) => [e.id, e] as const))('%s: facts, status, calendar link, QR code and JSON-LD', (id, event) => {
    const p = page(`/events/${id}/`);
    expect(p.$('h1').text()).toContain(event.data.title);
    expect(p.$('h1 .sample-badge').length).toBe(1);
    const ld = jsonLd(p).find((d) => d['@type'] === 'Event');
    expect(ld).toBeDefined();
    const offset = isAllDay(event.data.start) ? '' : ':00+08:00';
    // A postponed event is at its new time, or has no date until it gets one (the old one is its previousStartDate).
    const held = event.data.newTime ?? event.data;
    const dated = !(event.data.status === 'postponed' && !event.data.newTime);
    expect(ld!['startDate']).toBe(dated ? `${held.start}${offset}` : undefined);
    expect(ld!['endDate']).toBe(dated ? `${held.end}${offset}` : undefined);
    expect(ld!['previousStartDate']).toBe(event.data.status === 'postponed' ? `${event.data.start}${offset}` : undefined);
    const status = {
      scheduled: 'EventScheduled',
      cancelled: 'EventCancelled',
      postponed: event.data.newTime ? 'EventRescheduled' : 'EventPostponed',
      'moved-online': 'EventMovedOnline',
    }[event.data.status];
    expect(ld!['eventStatus']).toBe(`https://schema.org/${status}`);
    const location = ld!['location'] as Record<string, unknown>;
    expect(location['@type']).toBe(event.data.status === 'moved-online' ? 'VirtualLocation' : 'Place');
    if (event.data.status !== 'scheduled') expect(ld!['offers']).toBeUndefined();
    // Status is loud when the event is not going ahead as announced, and absent otherwise.
    expect(p.$('.event-alert').length).toBe(event.data.status === 'scheduled' ? 0 : 1);
    if (event.data.statusNote) expect(p.$('.event-alert').text()).toContain(event.data.statusNote);
    // No "add to calendar" for a cancelled event, nor for a postponed one with no new time.
    expect(p.$(`a[href="/events/${id}/event.ics"]`).length).toBe(event.data.status === 'cancelled' || !dated ? 0 : 1);
    expect(p.$(`img[src="/events/${id}/qr.svg"]`).attr('alt')).toContain(`https://wuhua-kexie.example/events/${id}/`);
    if ('base' in event.data.venue) expect(p.$(`.facts a[href="/bases/${event.data.venue.base}/"]`).length).toBe(1);
  });

  it.each(events.map((e) => [e.id, e] as const))('%s: its .ics parses and has the right times in Asia/Shanghai', (id, event) => {
    const [vevent, ...rest] = icsEvents(`/events/${id}/event.ics`);
    expect(rest).toHaveLength(0);
    expect(vevent!.uid).toBe(`${id}@wuhua-kexie.example`);
    // At the new time once a postponed event has one.
    const held = event.data.newTime ?? event.data;
    if (isAllDay(held.start)) {
      expect(vevent!.startDate.toString()).toBe(held.start);
      const dayAfterEnd = new Date(Date.parse(`${held.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(vevent!.endDate.toString()).toBe(dayAfterEnd);
    } else {
      expect(shanghai(vevent!.startDate)).toBe(held.start);
      expect(shanghai(vevent!.endDate)).toBe(held.end);
    }
  });

  it('has a QR code as a standalone SVG file', () => {
    const svg = readDist(`/events/${events[0]!.id}/qr.svg`);
    const $ = cheerio.load(svg, { xml: true });
    expect($('svg').attr('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect($('path').length).toBeGreaterThanOrEqual(2);
  });
});

/**
 * Status and who may attend decide everything published about an event. Each case is checked on the
 * sample events that exercise it (the first test makes sure there are some), across the page, its .ics,
 * /events.ics, JSON-LD, the lists, the feed and /data/events.json.
 */
describe('what an event’s status and admission let its page and files say', () => {
  type Event = (typeof events)[number];
  const cancelled = events.filter((e) => e.data.status === 'cancelled');
  const online = events.filter((e) => e.data.status === 'moved-online');
  const undated = events.filter((e) => e.data.status === 'postponed' && !e.data.newTime);
  const rescheduled = events.filter((e) => e.data.status === 'postponed' && e.data.newTime);
  const restricted = events.filter((e) => e.data.admission !== '公众');
  const ids = (list: Event[]) => list.map((e) => e.id);

  /** The page's main text, without its JSON-LD. */
  const mainText = (id: string) => {
    const p = page(`/events/${id}/`);
    const main = p.$('main').clone();
    main.find('script').remove();
    return main.text().replace(/\s+/g, ' ');
  };
  const eventLd = (id: string) => jsonLd(page(`/events/${id}/`)).find((d) => d['@type'] === 'Event')!;
  const ownIcs = (id: string) => icsEvents(`/events/${id}/event.ics`)[0]!;
  const subscribed = (id: string) => icsEvents('/events.ics').find((e) => e.uid === `${id}@wuhua-kexie.example`);
  const record = (id: string) => EventsFileSchema.parse(JSON.parse(readDist('/data/events.json'))).events.find((e) => e.id === id)!;
  const feedItem = (id: string) => {
    const $ = cheerio.load(readDist('/events/rss.xml'), { xml: true });
    const item = $('item').filter((_, el) => $(el).find('link').text().endsWith(`/events/${id}/`));
    return { title: item.find('title').text(), description: item.find('description').text() };
  };
  /** The list an event is shown in, and its item there. */
  const listItem = (e: Event) => {
    const list = isComing(e) ? page('/events/') : page(eventArchiveUrl(yearOf(e)));
    return list.$(`[data-event]:has(> a[href="/events/${e.id}/"])`);
  };
  const streetOf = (e: Event) =>
    'base' in e.data.venue ? bases.find((p) => p.id === (e.data.venue as { base: string }).base)!.address : e.data.venue.address;
  /** Every way a registration could show: its words, deadline, phone and link. */
  const registrationTraces = (e: Event) => {
    const r = e.data.registration;
    const deadline = r?.deadline ? [r.deadline, `${Number(r.deadline.slice(5, 7))}月${Number(r.deadline.slice(8, 10))}日`] : [];
    return ['报名', ...deadline, ...(r?.phone ? [r.phone] : []), ...(r?.url ? [r.url] : [])];
  };

  it('the sample events exercise every case, and the cancelled one had a deadline, phone and link to hide', () => {
    expect(cancelled.some((e) => e.data.registration?.phone && e.data.registration.deadline)).toBe(true);
    expect(online.some((e) => e.data.onlineUrl)).toBe(true);
    expect(online.some((e) => !e.data.onlineUrl)).toBe(true);
    expect(undated.length).toBeGreaterThan(0);
    expect(rescheduled.length).toBeGreaterThan(0);
    expect(restricted.map((e) => e.data.admission).sort()).toEqual(expect.arrayContaining(['受邀', '本校学生']));
  });

  it.each(ids(cancelled))('cancelled %s: no way to register anywhere, the time only as 原定, and no calendar entry to add', (id) => {
    const e = events.find((x) => x.id === id)!;
    const text = mainText(id);
    const ics = readDist(`/events/${id}/event.ics`);
    const ld = JSON.stringify(eventLd(id));
    const { description } = feedItem(id);
    for (const trace of registrationTraces(e)) {
      expect(text, `page: ${trace}`).not.toContain(trace);
      expect(ics, `.ics: ${trace}`).not.toContain(trace);
      expect(ld, `JSON-LD: ${trace}`).not.toContain(trace);
      expect(description, `feed: ${trace}`).not.toContain(trace);
    }
    const p = page(`/events/${id}/`);
    expect(p.$('main a[href^="tel:"]').length).toBe(0);
    expect(p.$('main [data-event-taking-part]').length).toBe(0);
    expect(p.$('[data-event-when]').text()).toMatch(/^\s*原定\d{4}年/);
    expect(text).not.toContain('直接到场');
    expect(eventLd(id)['offers']).toBeUndefined();
    expect(ownIcs(id).component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(ownIcs(id).summary).toBe(`【已取消】${e.data.title}`);
    expect(record(id).registration).toBeUndefined();
    expect(record(id).start).toBeUndefined();
    expect(listItem(e).find('[data-event-status]').text()).toBe('已取消');
  });

  it.each(ids(online))(
    'moved online %s: no street address or "直接到场", a VirtualLocation and the watch link where there is one',
    (id) => {
      const e = events.find((x) => x.id === id)!;
      const street = streetOf(e);
      const text = mainText(id);
      expect(text).not.toContain(street);
      expect(text).not.toContain('直接到场');
      expect(page(`/events/${id}/`).$('[data-event-where]').text()).toContain('请不要前往');
      const ld = eventLd(id);
      expect(ld['eventStatus']).toBe('https://schema.org/EventMovedOnline');
      expect(ld['eventAttendanceMode']).toBe('https://schema.org/OnlineEventAttendanceMode');
      expect(ld['location']).toEqual({
        '@type': 'VirtualLocation',
        ...(e.data.onlineUrl ? { url: e.data.onlineUrl } : { name: '线上（观看方式尚未公布）' }),
      });
      expect(JSON.stringify(ld)).not.toContain('PostalAddress');
      expect(JSON.stringify(ld)).not.toContain(street);
      for (const vevent of [ownIcs(id), subscribed(id)]) {
        expect(vevent!.location).not.toContain(street);
        expect(vevent!.location).toBe(e.data.onlineUrl ? `线上：${e.data.onlineUrl}` : '线上（观看方式尚未公布）');
      }
      if (e.data.onlineUrl) expect(page(`/events/${id}/`).$(`[data-event-where] a[href="${e.data.onlineUrl}"]`).length).toBe(1);
      expect(feedItem(id).description).not.toContain(street);
      expect(record(id).venue).toBeUndefined();
      expect(record(id).online).toEqual(e.data.onlineUrl ? { url: e.data.onlineUrl } : {});
      expect(listItem(e).text()).not.toContain(street);
      expect(listItem(e).find('[data-event-status]').text()).toBe('改为线上');
    },
  );

  it.each(ids(undated))('postponed %s with no new time: 新时间待定, the old time only as 原定, no date to go by anywhere', (id) => {
    const e = events.find((x) => x.id === id)!;
    const p = page(`/events/${id}/`);
    expect(p.$('.event-alert h2').text()).toBe('本活动已延期，新时间待定');
    expect(p.$('[data-event-when]').text().trim()).toMatch(/^新时间待定（原定\d{4}年.*）$/);
    // No <time> that a browser or crawler would take as the event's date.
    expect(p.$('main .facts time').length).toBe(0);
    expect(p.$(`a[href="/events/${id}/event.ics"]`).length).toBe(0);
    expect(p.$('main a[href^="tel:"]').length).toBe(0);
    const ld = eventLd(id);
    expect(ld['eventStatus']).toBe('https://schema.org/EventPostponed');
    expect(ld['startDate']).toBeUndefined();
    expect(ld['offers']).toBeUndefined();
    // Calendar apps drop the old slot, and the title says why.
    expect(subscribed(id)!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(subscribed(id)!.summary).toBe(`【已延期，新时间待定】${e.data.title}`);
    expect(record(id).start).toBeUndefined();
    expect(record(id).originalStart).toMatch(new RegExp(`^${e.data.start}`));
    expect(listItem(e).find('time').length).toBe(0);
    expect(listItem(e).text()).toContain('新时间待定（原定');
    // Still to come, whatever the old date: it has not happened.
    expect(page('/events/').$(`section:has(> #upcoming) [data-event] > a[href="/events/${id}/"]`).length).toBe(1);
    expect(feedItem(id).title).toBe(`【已延期，新时间待定】${e.data.title}`);
  });

  it.each(ids(rescheduled))('postponed %s to a new time: the new time to go by, the old one as 原定', (id) => {
    const e = events.find((x) => x.id === id)!;
    const { start, end } = e.data.newTime!;
    const p = page(`/events/${id}/`);
    expect(p.$('[data-event-when] time').attr('datetime')).toBe(`${start}:00+08:00`);
    expect(p.$('[data-event-when]').text()).toContain('原定');
    const ld = eventLd(id);
    expect([ld['eventStatus'], ld['startDate'], ld['previousStartDate']]).toEqual([
      'https://schema.org/EventRescheduled',
      `${start}:00+08:00`,
      `${e.data.start}:00+08:00`,
    ]);
    expect(shanghai(subscribed(id)!.startDate)).toBe(start);
    expect(shanghai(subscribed(id)!.endDate)).toBe(end);
    expect(subscribed(id)!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect([record(id).start, record(id).originalStart]).toEqual([`${start}:00+08:00`, `${e.data.start}:00+08:00`]);
    expect(listItem(e).find('time').attr('datetime')).toBe(`${start}:00+08:00`);
  });

  it.each(ids(restricted))('%s, not open to the public: says who may attend, and never to walk in or how to register', (id) => {
    const e = events.find((x) => x.id === id)!;
    const p = page(`/events/${id}/`);
    const who = e.data.admission === '本校学生' ? '仅限举办学校本校的学生参加，不对公众开放。' : '仅限受邀人员参加，不对公众开放。';
    expect(p.$('[data-event-admission]').text()).toBe(who);
    const text = mainText(id);
    for (const words of ['直接到场', '需要报名', '网上报名', '电话报名']) expect(text, words).not.toContain(words);
    expect(p.$('[data-event-taking-part]').text()).toContain('公众不能报名');
    expect(p.$('main a[href^="tel:"]').length).toBe(0);
    expect(eventLd(id)['offers']).toBeUndefined();
    expect(String(eventLd(id)['description'])).toContain(who);
    expect(ownIcs(id).description).toContain(who);
    expect(feedItem(id).description).toContain(who);
    expect(record(id).admission).toBe(e.data.admission);
    expect(record(id).registration).toBeUndefined();
    expect(listItem(e).find('[data-event-admission]').text()).toBe(e.data.admission === '本校学生' ? '仅限本校学生' : '仅限受邀人员');
  });

  it('a public event going ahead shows its registration in full, and the page and data say it is open to the public', () => {
    const open = events.filter(
      (e) => e.data.status === 'scheduled' && e.data.admission === '公众' && e.data.registration?.url && e.data.registration.phone,
    );
    expect(open.length).toBeGreaterThan(0);
    for (const e of open) {
      const p = page(`/events/${e.id}/`);
      expect(p.$(`[data-event-taking-part] a[href="${e.data.registration!.url}"]`).length).toBe(1);
      expect(p.$(`[data-event-taking-part] a[href="tel:${e.data.registration!.phone}"]`).length).toBe(1);
      expect(p.$('[data-event-admission]').text()).toBe('对公众开放。');
      expect((eventLd(e.id)['offers'] as { url: string }).url).toBe(e.data.registration!.url);
      expect(record(e.id).registration?.url).toBe(e.data.registration!.url);
      expect(listItem(e).find('[data-event-admission]').length).toBe(0);
    }
  });

  it('a public event going ahead with no registration tells people to walk in, at its street address', () => {
    const walkIn = events.filter((e) => e.data.status === 'scheduled' && e.data.admission === '公众' && !e.data.registration);
    expect(walkIn.length).toBeGreaterThan(0);
    for (const e of walkIn) {
      const p = page(`/events/${e.id}/`);
      expect(p.$('[data-event-taking-part]').text()).toBe('不需要报名，直接到场。');
      expect(p.$('[data-event-where]').text()).toContain(streetOf(e));
    }
  });
});

describe('calendars, feed and open data', () => {
  const icsFiles = (readdirSync('dist', { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ics'))
    .map((file) => `/${file.split('\\').join('/')}`);

  it('every line of every .ics is at most 75 octets, ends in CRLF and holds whole UTF-8 characters (RFC 5545 §3.1)', () => {
    expect(icsFiles).toContain('/events.ics');
    expect(icsFiles.length).toBe(events.length + 1);
    const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
    for (const file of icsFiles) {
      const bytes = readFileSync(`dist${file}`);
      expect(bytes.subarray(-2).toString('latin1'), file).toBe('\r\n');
      let start = 0;
      let lineNumber = 1;
      for (let crlf = bytes.indexOf('\r\n', start); crlf !== -1; crlf = bytes.indexOf('\r\n', start), lineNumber++) {
        const line = bytes.subarray(start, crlf);
        const where = `${file} line ${lineNumber}`;
        expect(line.length, where).toBeLessThanOrEqual(75);
        expect(line.includes(0x0a) || line.includes(0x0d), `${where}: bare CR or LF`).toBe(false);
        expect(() => strictUtf8.decode(line), `${where}: splits a UTF-8 character`).not.toThrow();
        start = crlf + 2;
      }
      expect(start, `${file}: text after the last CRLF`).toBe(bytes.length);
    }
  });

  it('every event in every .ics carries the SEQUENCE its updated date gives', () => {
    const updatedOf = new Map(events.map((e) => [`${e.id}@wuhua-kexie.example`, e.data.updated]));
    for (const file of icsFiles)
      for (const vevent of icsEvents(file)) {
        expect(vevent.component.hasProperty('sequence'), `${file} ${vevent.uid}`).toBe(true);
        expect(vevent.sequence, `${file} ${vevent.uid}`).toBe(sequenceOf(updatedOf.get(vevent.uid)!));
      }
  });

  it('/events.ics holds every upcoming event and nothing past', () => {
    const uids = icsEvents('/events.ics')
      .map((e) => e.uid)
      .sort();
    expect(uids).toEqual(upcoming.map((e) => `${e.id}@wuhua-kexie.example`).sort());
  });

  it('the RSS feed parses and has one item per event (up to its limit) with an absolute link and a date', () => {
    const $ = cheerio.load(readDist('/events/rss.xml'), { xml: true });
    expect($('rss > channel > title').text()).toContain('活动');
    const items = $('item').toArray();
    expect(items).toHaveLength(Math.min(events.length, EVENTS_FEED_ITEMS));
    for (const item of items) {
      expect($(item).find('link').text()).toMatch(/^https:\/\/wuhua-kexie\.example\/events\/[\w-]+\/$/);
      expect(Number.isNaN(Date.parse($(item).find('pubDate').text()))).toBe(false);
      const guid = $(item).find('guid');
      expect(guid.attr('isPermaLink')).toBe('false');
      expect(guid.text()).toMatch(new RegExp(`^${$(item).find('link').text()}#\\d{4}-\\d{2}-\\d{2}$`));
    }
  });

  it('/data/events.json lists every event with offset times', () => {
    const data = JSON.parse(readDist('/data/events.json')) as {
      count: number;
      events: Array<{ id: string; start?: string; originalStart?: string; sample: boolean }>;
    };
    expect(data.count).toBe(events.length);
    // A postponed event with no new time has only the time first announced.
    for (const e of data.events) expect(e.start ?? e.originalStart).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+08:00)?$/);
  });

  it('/data/events.csv opens in Excel (UTF-8 with BOM), in the canonical order, and imports back to the same files', () => {
    const bytes = readFileSync('dist/data/events.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [headers = [], ...rows] = parseCsv(bytes.toString('utf8').slice(1)) as string[][];
    expect(headers).toEqual([...EVENT_HEADERS]);
    expect(rows.flat().filter(readAsFormula)).toEqual([]);
    const files = readEventFiles('content/events');
    const context = { baseIds: new Set(bases.map((p) => p.id)), departments: readDepartmentNames('content'), mdxIds: files.mdxIds };
    const result = importEventRows(headers, rows, files.records, context, '2000-01-01');
    expect(result.problems).toEqual([]);
    // By 开始 then 编号, as the rows came; every file written from them is the file as it is.
    expect(rows.map((row) => row[0])).toEqual(sortEventRecords(files.records).map((r) => r.id));
    expect(result.summary.unchanged).toHaveLength(events.length);
    for (const record of result.records) expect(serializeEventFile(record), record.id).toBe(files.texts.get(record.id));
    // What tests/unit/import-events-cli.test.ts imports into a copy of content/ is this very file.
    expect(bytes.toString('utf8')).toBe(eventsCsv(files.records, context.departments));
  });
});

describe('base pages list their events', () => {
  it.each(bases.map((p) => [p.id] as const))('%s', (baseId) => {
    const here = events.filter((e) => 'base' in e.data.venue && e.data.venue.base === baseId);
    const p = page(`/bases/${baseId}/`);
    const links = p
      .$('section:has(> #events) [data-event] > a')
      .toArray()
      .map((a) => p.$(a).attr('href'));
    expect(links.sort()).toEqual(here.map((e) => `/events/${e.id}/`).sort());
  });
});
