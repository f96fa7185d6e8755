/** Where event pages and files live, and how long the lists are; kept apart from the collection code so plain modules and tests can use them. */
export const EVENTS_URL = '/events/';
export const eventUrl = (id: string) => `${EVENTS_URL}${id}/`;
export const eventIcsUrl = (id: string) => `${EVENTS_URL}${id}/event.ics`;
export const EVENTS_CALENDAR_URL = '/events.ics';
export const EVENTS_FEED_URL = '/events/rss.xml';
/** One year's past events, the archive that /events/ points to once they drop off its recent list. */
export const eventArchiveUrl = (year: number) => `${EVENTS_URL}archive/${year}/`;

/**
 * How many of the latest past events /events/ and the campaign pages show. Past events pile up year
 * after year; older ones live in the yearly archive, so those pages stay the same size.
 */
export const RECENT_PAST_EVENTS = 10;

/** How many changes the events feed carries: readers fetch it often, and older changes are on the site. */
export const EVENTS_FEED_ITEMS = 50;
