/** Where event pages and files live; kept apart from the collection code so plain modules can use them. */
export const EVENTS_URL = '/events/';
export const eventUrl = (id: string) => `${EVENTS_URL}${id}/`;
export const eventIcsUrl = (id: string) => `${EVENTS_URL}${id}/event.ics`;
export const EVENTS_CALENDAR_URL = '/events.ics';
export const EVENTS_FEED_URL = '/events/rss.xml';
