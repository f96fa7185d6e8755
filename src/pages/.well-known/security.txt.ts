import type { APIRoute } from 'astro';
import { getSiteConfig } from '../../data/site';
import { securityTxt } from '../../lib/site/security-txt';

/** RFC 9116 security.txt, written at each build so its Expires date stays in the future. */
export const GET: APIRoute = async ({ site }) =>
  new Response(securityTxt({ site: site as URL, config: await getSiteConfig(), now: new Date() }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
