import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { jsonLd, page, site } from '../helpers/built-site';
import { readMarkdownFolder, readYaml } from '../helpers/content';
import { EventSchema, type EventEntry } from '../../src/schemas/event';
import { BaseEntrySchema } from '../../src/schemas/base';
import { compareLatestEndFirst, isAllDay, isUpcoming } from '../../src/lib/events/time';
import { eventArchiveUrl, EVENTS_FEED_ITEMS, RECENT_PAST_EVENTS } from '../../src/data/event-urls';

const events = readMarkdownFolder('events').map((file) => ({ id: file.id, data: EventSchema.parse(file.data) as EventEntry }));
const places = BaseEntrySchema.array().parse(readYaml('bases/bases.yaml'));
// The instant the build decided what is upcoming, as it published it.
const now = new Date((JSON.parse(readFileSync('dist/data/events.json', 'utf8')) as { generated: string }).generated);
const upcoming = events.filter((e) => isUpcoming(e.data.end, now));
const past = events.filter((e) => !isUpcoming(e.data.end, now));
/** The one that ended last first, as every list of past events is ordered. */
const latestFirst = (list: typeof events) => [...list].sort((a, b) => compareLatestEndFirst({ id: a.id, ...a.data }, { id: b.id, ...b.data }));
const yearOf = (e: (typeof events)[number]) => Number(e.data.start.slice(0, 4));
const pastYears = [...new Set(latestFirst(past).map(yearOf))];

const readDist = (path: string) => readFileSync(`dist${path}`, 'utf8');
/** Every VEVENT of an .ics file, read by a real iCalendar parser. */
const icsEvents = (path: string) => new ICAL.Component(ICAL.parse(readDist(path))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
const shanghai = (time: ICAL.Time) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(time.toJSDate()).replace(' ', 'T');

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
  const linksIn = (selector: string) => index.$(`${selector} [data-event] > a`).toArray().map((a) => index.$(a).attr('href'));

  it('lists upcoming events first, soonest first, then the latest past ones by year, newest first', () => {
    const soonest = [...upcoming].sort((a, b) => a.data.start.localeCompare(b.data.start));
    expect(linksIn('section:has(> #upcoming)')).toEqual(soonest.map((e) => `/events/${e.id}/`));
    const recent = latestFirst(past).slice(0, RECENT_PAST_EVENTS);
    const years = index.$('[data-past-year] h3').toArray().map((h) => index.$(h).text());
    expect(years).toEqual([...new Set(recent.map(yearOf))].map((y) => `${y}年`));
    expect(linksIn('[data-past]')).toEqual(recent.map((e) => `/events/${e.id}/`));
  });

  it('links every year of past events to its archive page, newest first, with how many it holds', () => {
    const archive = index.$('section:has(> #archive) li').toArray().map((li) => index.$(li).text().replace(/\s+/g, ''));
    expect(archive).toEqual(pastYears.map((y) => `${y}年（${past.filter((e) => yearOf(e) === y).length}项）`));
    const hrefs = index.$('section:has(> #archive) a').toArray().map((a) => index.$(a).attr('href'));
    expect(hrefs).toEqual(pastYears.map(eventArchiveUrl));
  });

  it('gives every item what the filters read: kind, audiences and 街道, on the list and in the archive', () => {
    for (const event of events) {
      const list = isUpcoming(event.data.end, now) ? index : page(eventArchiveUrl(yearOf(event)));
      const item = list.$(`[data-event]:has(> a[href="/events/${event.id}/"])`);
      expect(item.attr('data-kind')).toBe(event.data.kind);
      expect(item.attr('data-for')?.split(' ')).toEqual(event.data.audiences);
      const base = 'base' in event.data.venue ? places.find((p) => p.id === (event.data.venue as { base: string }).base) : undefined;
      expect(item.attr('data-jd')).toBe(base?.subdistrict ?? ('subdistrict' in event.data.venue ? event.data.venue.subdistrict ?? '' : ''));
      expect(item.find('.sample-badge').text()).toBe('示例数据');
    }
  });

  it('shows the filter form only where JavaScript runs, and links the calendar and feed', () => {
    // Shown from first paint when JavaScript runs (no layout shift), hidden by CSS when it does not.
    expect(index.$('#events-filter').hasClass('js-only')).toBe(true);
    expect(index.$('a[href="/events.ics"]').length).toBe(1);
    expect(index.$('a[href="/events/rss.xml"]').length).toBe(1);
    expect(index.$('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/events/rss.xml');
  });
});

describe('the yearly archive of past events', () => {
  it.each(pastYears)('%s has a page listing all its past events, the one that ended last first', (year) => {
    const archive = page(eventArchiveUrl(year));
    const links = archive.$('main [data-event] > a').toArray().map((a) => archive.$(a).attr('href'));
    expect(links).toEqual(latestFirst(past.filter((e) => yearOf(e) === year)).map((e) => `/events/${e.id}/`));
    expect(archive.$('h1').text()).toBe(`${year}年的往期活动`);
    const samples = past.filter((e) => yearOf(e) === year && e.data.sample).length;
    if (samples) expect(archive.$('main .notice[role="note"]').text()).toMatch(/^示例数据：下面(全部活动都是|有\d+项活动是)为演示网站功能而虚构的，并没有真实举办过。$/);
    expect(archive.$('nav.breadcrumbs a[href="/events/"]').length).toBe(1);
    // The same filters as /events/, shown only where JavaScript runs.
    expect(archive.$('#events-filter').hasClass('js-only')).toBe(true);
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
    expect(ld!['startDate']).toBe(`${event.data.start}${offset}`);
    expect(ld!['endDate']).toBe(`${event.data.end}${offset}`);
    const status = { scheduled: 'EventScheduled', cancelled: 'EventCancelled', postponed: 'EventPostponed', 'moved-online': 'EventMovedOnline' }[event.data.status];
    expect(ld!['eventStatus']).toBe(`https://schema.org/${status}`);
    const location = ld!['location'] as Record<string, unknown>;
    expect(location['@type']).toBe(event.data.status === 'moved-online' ? 'VirtualLocation' : 'Place');
    if (event.data.status !== 'scheduled') expect(ld!['offers']).toBeUndefined();
    // Status is loud when the event is not going ahead as announced, and absent otherwise.
    expect(p.$('.event-alert').length).toBe(event.data.status === 'scheduled' ? 0 : 1);
    if (event.data.statusNote) expect(p.$('.event-alert').text()).toContain(event.data.statusNote);
    // No "add to calendar" for a cancelled event.
    expect(p.$(`a[href="/events/${id}/event.ics"]`).length).toBe(event.data.status === 'cancelled' ? 0 : 1);
    expect(p.$(`img[src="/events/${id}/qr.svg"]`).attr('alt')).toContain(`https://wuhua-kexie.example/events/${id}/`);
    if ('base' in event.data.venue) expect(p.$(`.facts a[href="/bases/${event.data.venue.base}/"]`).length).toBe(1);
  });

  it.each(events.map((e) => [e.id, e] as const))('%s: its .ics parses and has the right times in Asia/Shanghai', (id, event) => {
    const [vevent, ...rest] = icsEvents(`/events/${id}/event.ics`);
    expect(rest).toHaveLength(0);
    expect(vevent!.uid).toBe(`${id}@wuhua-kexie.example`);
    if (isAllDay(event.data.start)) {
      expect(vevent!.startDate.toString()).toBe(event.data.start);
      const dayAfterEnd = new Date(Date.parse(`${event.data.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(vevent!.endDate.toString()).toBe(dayAfterEnd);
    } else {
      expect(shanghai(vevent!.startDate)).toBe(event.data.start);
      expect(shanghai(vevent!.endDate)).toBe(event.data.end);
    }
  });

  it('has a QR code as a standalone SVG file', () => {
    const svg = readDist(`/events/${events[0]!.id}/qr.svg`);
    const $ = cheerio.load(svg, { xml: true });
    expect($('svg').attr('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect($('path').length).toBeGreaterThanOrEqual(2);
  });
});

describe('calendars, feed and open data', () => {
  it('/events.ics holds every upcoming event and nothing past', () => {
    const uids = icsEvents('/events.ics').map((e) => e.uid).sort();
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
    const data = JSON.parse(readDist('/data/events.json')) as { count: number; events: Array<{ id: string; start: string; sample: boolean }> };
    expect(data.count).toBe(events.length);
    for (const e of data.events) expect(e.start).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+08:00)?$/);
  });
});

describe('place pages list their events', () => {
  it.each(places.map((p) => [p.id] as const))('%s', (placeId) => {
    const here = events.filter((e) => 'base' in e.data.venue && e.data.venue.base === placeId);
    const p = page(`/bases/${placeId}/`);
    const links = p.$('section:has(> #events) [data-event] > a').toArray().map((a) => p.$(a).attr('href'));
    expect(links.sort()).toEqual(here.map((e) => `/events/${e.id}/`).sort());
  });
});
