import type { APIRoute } from 'astro';
import QRCode from 'qrcode';
import { eventUrl, getAllEvents } from '../../../data/events';

export async function getStaticPaths() {
  return (await getAllEvents()).map((event) => ({ params: { id: event.id } }));
}

/** A QR code of the event page's URL, made at build for posters: plain black on white, quiet zone included. */
export const GET: APIRoute = async ({ params, site }) => {
  const svg = await QRCode.toString(new URL(eventUrl(params['id'] as string), site).href, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
