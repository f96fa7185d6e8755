import type { APIRoute } from 'astro';
import { getAllBases } from '../../data/bases';
import { toCompactBase } from '../../lib/bases/compact';
import type { CompactIndex } from '../../lib/bases/filter';
import { toIsoDate } from '../../lib/common/dates';
import { buildDate } from '../../data/build-date';

/** What the /bases/ filters load on first use: the fields they need and no more (see CompactBase). */
export const GET: APIRoute = async () => {
  const index: CompactIndex = { built: toIsoDate(buildDate()), bases: (await getAllBases()).map(toCompactBase) };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
