import type { APIRoute } from 'astro';
import { getRuleset } from '../../data/ruleset';
import { rosterTemplate } from '../../lib/eligibility/roster-columns';

/** The empty roster for /checker/batch/ and the CLI: every column, in the order the results sheet follows. */
export const GET: APIRoute = async () =>
  new Response(rosterTemplate(await getRuleset()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
