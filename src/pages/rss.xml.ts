import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteConfig } from '../data/site';
import { getLatestUpdates, UPDATES_FEED_URL } from '../data/site-pages';
import { toIsoDate } from '../lib/common/dates';

/** What changed on the site, newest first: one item per page, dated by its last content change, with the page's description. */
export const GET: APIRoute = async ({ site }) => {
  const [pages, config] = await Promise.all([getLatestUpdates(30), getSiteConfig()]);
  return rss({
    title: `${config.name}·最近更新`,
    description: `${config.description}`,
    site: site ?? 'https://localhost',
    // The feed names its own address (atom:link rel="self"), as the RSS Advisory Board recommends.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-cn</language><atom:link href="${new URL(UPDATES_FEED_URL, site).href}" rel="self" type="application/rss+xml"/>`,
    // Each change of a page is a new item: the id carries the date.
    items: pages.map((p) => ({
      title: p.title,
      link: p.url,
      pubDate: p.updated,
      description: p.description,
      customData: `<guid isPermaLink="false">${new URL(p.url, site).href}#${toIsoDate(p.updated)}</guid>`,
    })),
  });
};
