import type { APIRoute } from 'astro';
import { calendarOptions, getAllEvents, toCalendarEvent, type SiteEvent } from '../../../data/events';
import { buildCalendar } from '../../../lib/events/ical';

export async function getStaticPaths() {
  return (await getAllEvents()).map((event) => ({ params: { id: event.id }, props: { event } }));
}

/** "加入日历": one event as an .ics file. */
export const GET: APIRoute<{ event: SiteEvent }> = ({ props, site }) =>
  new Response(buildCalendar([toCalendarEvent(props.event, site)], calendarOptions(site, props.event.data.title)), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
