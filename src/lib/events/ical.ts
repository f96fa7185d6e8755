/**
 * iCalendar files for events, made with the `ics` library. Timed events are written as UTC instants,
 * which every calendar app converts to the reader's zone; all-day events as dates, with the exclusive
 * end date iCalendar expects. Lines are folded again by octets (fold.ts), as RFC 5545 asks.
 */
import { createEvent, createEvents, type DateArray, type EventAttributes } from 'ics';
import { foldByOctets } from './fold.ts';
import type { CalendarStatus } from './outlook.ts';
import { eventInstant, isAllDay, type EventTimeText } from './time.ts';

export interface CalendarEvent {
  id: string;
  title: string;
  start: EventTimeText;
  end: EventTimeText;
  description: string;
  /** No street address unless people should go there (see outlook.ts). */
  location: string;
  /** Absolute URL of the event page. */
  url: string;
  /** CANCELLED for a cancelled event and for the old slot of one postponed with no new time. */
  status: CalendarStatus;
  /** The date of the last change; it also gives the SEQUENCE (see sequenceOf). */
  updated: Date;
}

export interface CalendarOptions {
  /** Shown by calendar apps as the subscription's name. */
  name: string;
  /** Host of the site, for globally unique UIDs. */
  host: string;
}

const dateArray = (text: EventTimeText): DateArray => text.split('-').map(Number) as DateArray;

function dayAfter(text: EventTimeText): DateArray {
  const [y, m, d] = dateArray(text.slice(0, 10)) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

// Days are counted on Beijing's calendar: `updated` arrives as UTC or as Beijing midnight of the same day.
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/**
 * SEQUENCE (RFC 5545 §3.8.7.4) must grow whenever an event changes, so that a calendar that imported the
 * event replaces it. Every change moves `updated` to a later day, so the number of days from 1970-01-01 to
 * `updated` grows with it, and no counter has to be kept by hand. Two changes on one day share a number.
 */
export const sequenceOf = (updated: Date): number => Math.floor((updated.getTime() + BEIJING_OFFSET_MS) / DAY_MS);

function toAttributes(event: CalendarEvent, options: CalendarOptions): EventAttributes {
  const when = isAllDay(event.start)
    ? { start: dateArray(event.start), end: dayAfter(event.end) }
    : {
        start: eventInstant(event.start).getTime(),
        end: eventInstant(event.end).getTime(),
        startOutputType: 'utc' as const,
        endOutputType: 'utc' as const,
      };
  return {
    ...when,
    uid: `${event.id}@${options.host}`,
    title: event.title,
    description: `${event.description}\n\n${event.url}`,
    location: event.location,
    url: event.url,
    status: event.status,
    lastModified: event.updated.getTime(),
    sequence: sequenceOf(event.updated),
    productId: `-//${options.host}//events//ZH`,
  };
}

/** The library's messages for one event, which it otherwise sums up as "N errors occurred". */
function problemsOf(attributes: EventAttributes): string[] {
  const { error } = createEvent(attributes);
  if (!error) return [];
  const details = (error as Error & { errors?: unknown[] }).errors;
  return details?.length ? details.map(String) : [error.message];
}

/** One .ics file holding the events given; throws naming each invalid event and what is wrong with it. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const attributes = events.map((event) => toAttributes(event, options));
  const { error, value } = createEvents(attributes, { calName: options.name, productId: `-//${options.host}//events//ZH` });
  if (!error && value !== null) return foldByOctets(value);
  const problems = events.flatMap((event, i) =>
    problemsOf(attributes[i]!).map((problem) => `event ${event.id} (start ${event.start}): ${problem}`),
  );
  throw new Error(`iCalendar: ${problems.length ? problems.join('; ') : (error?.message ?? 'no output')}`);
}
