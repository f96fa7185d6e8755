import type { APIRoute } from 'astro';
import { eventIcsUrl, eventUrl, getAllEvents, type SiteEvent } from '../../data/events';
import { buildDate } from '../../data/build-date';
import { toIsoDate } from '../../lib/common/dates';
import { eventDateTimeAttribute } from '../../lib/events/format';
import { hasFirmTime } from '../../lib/events/outlook';
import { isAllDay } from '../../lib/events/time';
import type { EventRecord } from '../../schemas/open-data';

/** The venue as open data. */
const venueRecord = ({ venue }: SiteEvent) => ({
  name: venue.name,
  address: venue.address,
  ...(venue.subdistrict && { subdistrict: venue.subdistrict }),
  ...(venue.base && { base: venue.base.id }),
});

/**
 * Every event as open data, saying what its page says (lib/events/outlook.ts): times with their +08:00
 * offset (or a bare date for all-day events); the original time once it changed; the venue only where
 * people should go; registration only when the public may register now.
 */
export const GET: APIRoute = async ({ site }) => {
  const events = (await getAllEvents()).map((event): EventRecord => {
    const { id, data, organiser, outlook } = event;
    const { when, where, takingPart } = outlook;
    const registration = takingPart.kind === 'register' ? takingPart.registration : undefined;
    return {
      id,
      title: data.title,
      kind: data.kind,
      ...(hasFirmTime(when) && { start: eventDateTimeAttribute(when.start), end: eventDateTimeAttribute(when.end) }),
      allDay: isAllDay(outlook.times.start),
      ...(when.kind !== 'as-announced' && {
        originalStart: eventDateTimeAttribute(when.original.start),
        originalEnd: eventDateTimeAttribute(when.original.end),
      }),
      status: data.status,
      ...(data.statusNote && { statusNote: data.statusNote }),
      admission: outlook.admission,
      ...(where.kind === 'venue' ? { venue: venueRecord(event) } : { originalVenue: venueRecord(event) }),
      ...(where.kind === 'online' && { online: where.url ? { url: where.url } : {} }),
      audiences: data.audiences,
      ...(data.capacity && { capacity: data.capacity }),
      ...(registration && {
        registration: { ...registration, ...(registration.deadline && { deadline: eventDateTimeAttribute(registration.deadline) }) },
      }),
      organiser: organiser.name,
      summary: data.summary,
      sample: data.sample,
      updated: toIsoDate(data.updated),
      url: new URL(eventUrl(id), site).href,
      ics: new URL(eventIcsUrl(id), site).href,
    };
  });
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
