import type { APIRoute } from 'astro';
import { getAllEvents } from '../../data/events';
import { getDepartmentMap } from '../../data/departments';
import { eventsCsv } from '../../lib/events/columns';
import { toEventRecord } from '../../lib/events/event-file';

/**
 * Every event as a spreadsheet, with the events import's Chinese headers, so staff can export, edit in
 * Excel and import again. Events written as .mdx are left out: their body is code, which a cell cannot
 * hold, and the import leaves them alone.
 */
export const GET: APIRoute = async () => {
  const [events, departments] = await Promise.all([getAllEvents(), getDepartmentMap()]);
  const records = events
    .filter((event) => !event.entry.filePath?.endsWith('.mdx'))
    .map((event) => toEventRecord(event.id, event.data, event.entry.body ?? ''));
  return new Response(eventsCsv(records, [...departments.values()]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
