import type { APIRoute } from 'astro';
import { getQuizItems } from '../../data/ip';

/** The IP quiz bank: fetched by /ip/quiz/ when a round starts, so the page stays small however large the bank. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getQuizItems()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
