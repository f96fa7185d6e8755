import type { APIRoute } from 'astro';
import { getRuleset } from '../../data/ruleset';

/** The checker's ruleset as open data: every support item with its clause, amounts, term and office. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getRuleset(), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
