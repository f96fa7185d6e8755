import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { eventHeadline, eventUrl, getAllEvents, whereText } from '../../data/events';
import { EVENTS_FEED_ITEMS, EVENTS_FEED_URL } from '../../data/event-urls';
import { getSiteConfig } from '../../data/site';
import { getPage } from '../../data/pages';
import { pageWordsOf } from '../../data/page-words';
import { admissionNote, whenText } from '../../lib/events/outlook';
import { toIsoDate } from '../../lib/common/dates';

/** New events and changes to them, the latest EVENTS_FEED_ITEMS, newest first: an item's date is when the event was last updated. */
export const GET: APIRoute = async ({ site }) => {
  const [events, config, intro] = await Promise.all([getAllEvents(), getSiteConfig(), getPage('events')]);
  const byChange = [...events]
    .sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.id.localeCompare(b.id))
    .slice(0, EVENTS_FEED_ITEMS);
  return rss({
    title: `${config.name}·活动`,
    description: pageWordsOf(intro).text('feedDescription'),
    site: site ?? 'https://localhost',
    // The feed names its own address (atom:link rel="self"), as the RSS Advisory Board recommends.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-cn</language><atom:link href="${new URL(EVENTS_FEED_URL, site).href}" rel="self" type="application/rss+xml"/>`,
    // Said as the page says it: the time to go by (or 原定), no street address for an online event, and who may attend when not everyone may.
    items: byChange.map((event) => {
      const { id, data, outlook } = event;
      return {
        title: eventHeadline(event),
        link: eventUrl(id),
        pubDate: data.updated,
        description: `${whenText(outlook.when)}。${whereText(event)}。${admissionNote(outlook)}${data.summary}${data.statusNote ? ` ${data.statusNote}` : ''}${data.sample ? '（示例数据）' : ''}`,
        categories: [data.kind],
        // A new id for each change, so readers show a cancelled or moved event again.
        customData: `<guid isPermaLink="false">${new URL(eventUrl(id), site).href}#${toIsoDate(data.updated)}</guid>`,
      };
    }),
  });
};
