import type { APIRoute } from 'astro';
import { eventIcsUrl, eventUrl, getAllEvents } from '../../data/events';
import { buildDate } from '../../data/build-date';
import { toIsoDate } from '../../lib/dates';
import { eventDateTimeAttribute } from '../../lib/events/format';
import { isAllDay } from '../../lib/events/time';
import type { EventRecord } from '../../schemas/open-data';

/** Every event as open data: times with their +08:00 offset (or a bare date for all-day events). */
export const GET: APIRoute = async ({ site }) => {
  const events = (await getAllEvents()).map(({ id, data, venue, organiser }): EventRecord => ({
    id,
    title: data.title,
    kind: data.kind,
    start: eventDateTimeAttribute(data.start),
    end: eventDateTimeAttribute(data.end),
    allDay: isAllDay(data.start),
    status: data.status,
    ...(data.statusNote && { statusNote: data.statusNote }),
    venue: { name: venue.name, address: venue.address, ...(venue.subdistrict && { subdistrict: venue.subdistrict }), ...(venue.place && { place: venue.place.id }) },
    audiences: data.audiences,
    ...(data.capacity && { capacity: data.capacity }),
    ...(data.registration && { registration: { ...data.registration, ...(data.registration.deadline && { deadline: eventDateTimeAttribute(data.registration.deadline) }) } }),
    organiser: organiser.name,
    summary: data.summary,
    sample: data.sample,
    updated: toIsoDate(data.updated),
    url: new URL(eventUrl(id), site).href,
    ics: new URL(eventIcsUrl(id), site).href,
  }));
  const body = {
    title: '五华区科普与知识产权活动',
    built: toIsoDate(buildDate()),
    // The instant "upcoming" was decided at; the pages list events by it too.
    generated: buildDate().toISOString(),
    timeZone: 'Asia/Shanghai',
    note: events.some((e) => e.sample) ? '标有 "sample": true 的活动是虚构的示例数据，不是真实安排。' : undefined,
    count: events.length,
    events,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
