import type { APIRoute } from 'astro';
import { getAllBases } from '../../data/bases';
import { basesCsv } from '../../lib/bases/columns';
import { toBaseRecord } from '../../lib/bases/import';

/** The list as a spreadsheet, with the import's Chinese headers, so staff can export, edit in Excel and import again. */
export const GET: APIRoute = async () =>
  new Response(basesCsv((await getAllBases()).map(toBaseRecord)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
