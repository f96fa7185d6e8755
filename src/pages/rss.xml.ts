import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteConfig } from '../data/site';
import { getLatestUpdates } from '../data/site-pages';
import { toIsoDate } from '../lib/dates';

/** What changed on the site, newest first: one item per page, dated by its last content change. */
export const GET: APIRoute = async ({ site }) => {
  const [pages, config] = await Promise.all([getLatestUpdates(30), getSiteConfig()]);
  return rss({
    title: `${config.name}·最近更新`,
    description: `${config.description}`,
    site: site ?? 'https://localhost',
    customData: '<language>zh-cn</language>',
    // Each change of a page is a new item: the id carries the date.
    items: pages.map((p) => ({ title: p.title, link: p.url, pubDate: p.updated, customData: `<guid isPermaLink="false">${new URL(p.url, site).href}#${toIsoDate(p.updated)}</guid>` })),
  });
};
