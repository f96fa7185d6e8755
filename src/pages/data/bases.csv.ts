import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { getAllBases } from '../../data/bases';
import { BASE_HEADERS, recordToRow } from '../../lib/bases/columns';
import { toBaseRecord } from '../../lib/bases/import';

/**
 * The list as a spreadsheet, with the import's Chinese headers, so staff can export, edit in Excel
 * and import again. UTF-8 with a BOM: without it Excel on Windows reads the file as GBK.
 */
export const GET: APIRoute = async () => {
  const rows = (await getAllBases()).map((entry) => recordToRow(toBaseRecord(entry)));
  return new Response(`\uFEFF${stringify([[...BASE_HEADERS], ...rows], { record_delimiter: 'windows' })}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
