import type { APIRoute } from 'astro';
import { calendarOptions, getUpcomingEvents, toCalendarEvent } from '../data/events';
import { getSiteConfig } from '../data/site';
import { buildCalendar } from '../lib/events/ical';

/** One subscribable calendar of every upcoming event (cancelled ones stay in, marked, so subscribers see the change). */
export const GET: APIRoute = async ({ site }) => {
  const [events, config] = await Promise.all([getUpcomingEvents(), getSiteConfig()]);
  return new Response(
    buildCalendar(
      events.map((event) => toCalendarEvent(event, site)),
      calendarOptions(site, `${config.name}·活动`),
    ),
    {
      headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
    },
  );
};
