import type { APIRoute } from 'astro';
import { getSiteSections } from '../data/site-pages';
import { toIsoDate } from '../lib/common/dates';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** sitemap.xml (Sitemaps 0.9): every page of the HTML site map, with the date its content last changed. */
export const GET: APIRoute = async ({ site }) => {
  const pages = (await getSiteSections()).flatMap((section) => section.pages);
  const urls = pages.map(
    (p) => `  <url><loc>${escapeXml(new URL(p.url, site).href)}</loc><lastmod>${toIsoDate(p.updated)}</lastmod></url>`,
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
