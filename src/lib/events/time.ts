/**
 * Event times as content writes them, in Beijing wall-clock time: "2027-04-26" for an all-day event
 * (the end date is inclusive) or "2027-04-26T14:00" for a timed one. China keeps UTC+8 all year, so
 * a fixed offset turns them into instants exactly.
 */
import { isCalendarDate } from '../common/dates.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;

export type EventTimeText = string;

/** True for "YYYY-MM-DD" (a real day) or "YYYY-MM-DDTHH:MM" (a real day and time). */
export function isEventTime(text: string): boolean {
  return (DATE.test(text) || DATE_TIME.test(text)) && isCalendarDate(text.slice(0, 10));
}

export const isAllDay = (text: EventTimeText) => DATE.test(text);

/** The instant an event time starts: midnight Beijing time for a date. */
export function eventInstant(text: EventTimeText): Date {
  return new Date(`${isAllDay(text) ? `${text}T00:00` : text}:00+08:00`);
}

/** The instant an event is over: the end time, or the midnight after an all-day end date. */
export function eventEndInstant(end: EventTimeText): Date {
  const instant = eventInstant(end);
  return isAllDay(end) ? new Date(instant.getTime() + 86_400_000) : instant;
}

/** Upcoming until it has ended: an event on today's date is still upcoming in the morning. */
export const isUpcoming = (end: EventTimeText, now: Date) => eventEndInstant(end).getTime() > now.getTime();

/** Past events as people look back on them: the one that ended last first, then the later start, then by id. */
export function compareLatestEndFirst(
  a: { id: string; start: EventTimeText; end: EventTimeText },
  b: { id: string; start: EventTimeText; end: EventTimeText },
): number {
  return (
    eventEndInstant(b.end).getTime() - eventEndInstant(a.end).getTime() ||
    eventInstant(b.start).getTime() - eventInstant(a.start).getTime() ||
    b.id.localeCompare(a.id)
  );
}
