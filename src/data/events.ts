import { getCollection, type CollectionEntry } from 'astro:content';
import type { CalendarEvent, CalendarOptions } from '../lib/events/ical';
import { admissionNote, compareSoonestFirst, eventOutlook, headline, isStillToCome, type EventOutlook } from '../lib/events/outlook';
import { compareLatestEndFirst } from '../lib/events/time';
import { ContentError } from '../lib/content/validation';
import type { BaseEntry, Subdistrict } from '../schemas/base';
import type { Department } from '../schemas/department';
import type { EventEntry } from '../schemas/event';
import { baseUrl, getAllBases } from './bases';
import { buildDate } from './build-date';
import { getDepartmentMap } from './departments';

export { EVENTS_CALENDAR_URL, EVENTS_FEED_URL, EVENTS_URL, eventArchiveUrl, eventIcsUrl, eventUrl, RECENT_PAST_EVENTS } from './event-urls';
import { eventUrl } from './event-urls';

/** Where an event happens, resolved: a listed base (with its page) or a free address. */
export interface EventVenue {
  name: string;
  address: string;
  subdistrict?: Subdistrict;
  /** The base's page when the venue is a listed base. */
  href?: string;
  base?: BaseEntry;
}

export interface SiteEvent {
  id: string;
  data: EventEntry;
  /** What may be published, from its status and who may attend: every page and file reads it. */
  outlook: EventOutlook;
  venue: EventVenue;
  organiser: Department;
  entry: CollectionEntry<'events'>;
}

let cache: Promise<SiteEvent[]> | undefined;

/**
 * Every event, soonest first, with its venue and organiser resolved. A venue id that is not a listed
 * base, or an organiser that is not a department, stops the build naming the file, field and value.
 */
export function getAllEvents(): Promise<SiteEvent[]> {
  cache ??= loadEvents();
  return cache;
}

async function loadEvents(): Promise<SiteEvent[]> {
  const [entries, bases, departments] = await Promise.all([getCollection('events'), getAllBases(), getDepartmentMap()]);
  const baseById = new Map(bases.map((base) => [base.id, base]));
  return entries
    .map((entry): SiteEvent => {
      const where = entry.filePath ?? `content/events/${entry.id}.md`;
      const { venue, organiser } = entry.data;
      const department = departments.get(organiser);
      if (!department)
        throw new ContentError(`${where}: field organiser: no such department in content/departments.yaml (value: "${organiser}")`);
      const common = { id: entry.id, data: entry.data, outlook: eventOutlook(entry.data), organiser: department, entry };
      if ('base' in venue) {
        const base = baseById.get(venue.base);
        if (!base) throw new ContentError(`${where}: field venue.base: no such base in content/bases (value: "${venue.base}")`);
        return {
          ...common,
          venue: { name: base.name, address: base.address, subdistrict: base.subdistrict, href: baseUrl(base.id), base },
        };
      }
      return {
        ...common,
        venue: { name: venue.name, address: venue.address, ...(venue.subdistrict && { subdistrict: venue.subdistrict }) },
      };
    })
    .sort(compareSoonestFirst);
}

/** Events still to come on the build date (not over yet, or postponed with no new time), soonest first. */
export async function getUpcomingEvents(now = buildDate()): Promise<SiteEvent[]> {
  return (await getAllEvents()).filter((event) => isUpcomingEvent(event, now));
}

export interface EventYear {
  year: number;
  events: SiteEvent[];
}

/** Past events, the one that ended last first. */
export const latestEndedFirst = (events: readonly SiteEvent[]): SiteEvent[] =>
  [...events].sort((a, b) => compareLatestEndFirst({ id: a.id, ...a.outlook.times }, { id: b.id, ...b.outlook.times }));

/** Events already over on the build date, the one that ended last first. */
export async function getPastEvents(now = buildDate()): Promise<SiteEvent[]> {
  return latestEndedFirst((await getAllEvents()).filter((event) => !isUpcomingEvent(event, now)));
}

/** Past events by the year they started in (newest first), each year latest ended first: the archive. */
export async function getPastEventsByYear(now = buildDate()): Promise<EventYear[]> {
  return groupByYear(await getPastEvents(now));
}

/** Groups events in the order given by the year they start in, keeping that order within each year. */
export function groupByYear(events: readonly SiteEvent[]): EventYear[] {
  const years = new Map<number, SiteEvent[]>();
  for (const event of events) {
    const year = Number(event.outlook.times.start.slice(0, 4));
    const list = years.get(year) ?? [];
    list.push(event);
    years.set(year, list);
  }
  return [...years].map(([year, list]) => ({ year, events: list }));
}

/** Events held at one listed base, soonest first. */
export async function getEventsAtBase(baseId: string): Promise<SiteEvent[]> {
  return (await getAllEvents()).filter((event) => event.venue.base?.id === baseId);
}

/** Events of the given kinds, soonest first. */
export async function getEventsOfKinds(kinds: readonly string[]): Promise<SiteEvent[]> {
  return (await getAllEvents()).filter((event) => kinds.includes(event.data.kind));
}

/** The title with its status in front when it is not going ahead as announced: for calendars and feeds, which show no notice box. */
export const eventHeadline = (event: SiteEvent): string => headline(event.data.title, event.outlook);

/** Whether an event is still to come (or on) at the build's instant; a postponed one with no new time is. */
export const isUpcomingEvent = (event: SiteEvent, now = buildDate()) => isStillToCome(event.outlook, now);

/** Where an event is, in one line with no street address unless people should go there. */
export function whereText(event: SiteEvent): string {
  const { outlook, venue } = event;
  switch (outlook.where.kind) {
    case 'online':
      return outlook.where.url ? `线上：${outlook.where.url}` : '线上（观看方式尚未公布）';
    case 'original-venue':
      return `原定在${venue.name}`;
    case 'venue':
      return `${venue.name}，${venue.address}`;
  }
}

/**
 * What the iCalendar files say about an event: plain text, with the page's absolute URL. Who may
 * attend is said when it is not everyone; how to register is left to the page, which keeps it current.
 */
export function toCalendarEvent(event: SiteEvent, site: URL | undefined): CalendarEvent {
  const { data, outlook } = event;
  return {
    id: event.id,
    title: eventHeadline(event),
    start: outlook.times.start,
    end: outlook.times.end,
    description: [data.summary, data.statusNote, admissionNote(outlook), data.sample ? '（示例数据：虚构的演示活动，不是真实安排。）' : '']
      .filter(Boolean)
      .join('\n'),
    location: whereText(event),
    url: new URL(eventUrl(event.id), site).href,
    status: outlook.calendarStatus,
    updated: data.updated,
  };
}

/** The options every calendar file of this site uses. */
export const calendarOptions = (site: URL | undefined, name: string): CalendarOptions => ({
  name,
  host: new URL(site ?? 'https://localhost').host,
});

/** What the notice on a fictional event's own page says; a cancelled one invites nobody to anything. */
export const sampleEventDetails = (event: SiteEvent) =>
  event.outlook.when.kind === 'cancelled' ? '时间、地点都不是真实安排。' : '时间、地点和参加办法都不是真实安排，请不要前往或报名。';

/** The words over a list of events when some are fictional (common/SampleListNotice). */
export const EVENTS_SAMPLE_NOTICE = {
  lead: '示例数据：',
  counter: '项',
  noun: '活动',
  details: '时间、地点和报名方式都不是真实安排，请不要前往或报名。',
};
/** The same over a list of past events, which nobody is about to attend. */
export const PAST_EVENTS_SAMPLE_NOTICE = { ...EVENTS_SAMPLE_NOTICE, details: '并没有真实举办过。' };
