/**
 * One event as its file content/events/<id>.md: YAML front matter, then the Markdown body. The events
 * import writes files only through serializeEventFile, and the shipped files are already in its form, so
 * importing the site's own /data/events.csv changes no byte.
 */
import { Document, isScalar, isSeq, parse, visit } from 'yaml';
import type { EventEntry } from '../../schemas/event.ts';
import { toIsoDate } from '../common/dates.ts';
import { withoutUndefined } from '../bases/columns.ts';

/** An event as written in its file: front-matter fields in file order, the body, and the id (its file name). */
export interface EventRecord {
  id: string;
  title: string;
  kind: string;
  start: string;
  end: string;
  venue: { base: string } | { name: string; address: string; subdistrict?: string };
  audiences: string[];
  admission: string;
  capacity?: number;
  registration?: { required: boolean; url?: string; phone?: string; deadline?: string };
  organiser: string;
  /** Left out when the event goes ahead as announced (the schema's default, scheduled). */
  status?: string;
  statusNote?: string;
  newTime?: { start: string; end: string };
  onlineUrl?: string;
  summary: string;
  sample: boolean;
  /** YYYY-MM-DD. */
  updated: string;
  /** The Markdown body without leading blank lines or trailing white space; '' for none. */
  body: string;
}

/** The body as stored and compared: LF line ends, no blank lines before it, no white space after it. */
export const normaliseBody = (body: string): string => body.replace(/\r\n?/g, '\n').replace(/^\n+/, '').trimEnd();

/** The canonical record of a parsed event (fixed key order, times and dates as text, no undefined keys). */
export function toEventRecord(id: string, entry: EventEntry, body: string): EventRecord {
  const { venue, registration: r } = entry;
  return withoutUndefined<unknown>({
    id,
    title: entry.title,
    kind: entry.kind,
    start: entry.start,
    end: entry.end,
    venue: 'base' in venue ? { base: venue.base } : { name: venue.name, address: venue.address, subdistrict: venue.subdistrict },
    audiences: [...entry.audiences],
    admission: entry.admission,
    capacity: entry.capacity,
    registration: r && { required: r.required, url: r.url, phone: r.phone, deadline: r.deadline },
    organiser: entry.organiser,
    status: entry.status === 'scheduled' ? undefined : entry.status,
    statusNote: entry.statusNote,
    newTime: entry.newTime && { start: entry.newTime.start, end: entry.newTime.end },
    onlineUrl: entry.onlineUrl,
    summary: entry.summary,
    sample: entry.sample,
    updated: toIsoDate(entry.updated),
    body: normaliseBody(body),
  }) as EventRecord;
}

/**
 * Fields written in double quotes: free text, times, URLs and phone numbers (a plain 0871-… or a time
 * would be read as something else, and quotes keep the look of the files people edit by hand).
 */
const QUOTED_KEYS = new Set(['title', 'start', 'end', 'deadline', 'url', 'phone', 'statusNote', 'onlineUrl', 'summary']);

/** Whether YAML 1.1 (how Astro reads front matter) would read this text, written plain, as something else (yes → true, a date → Date). */
const readsAsOtherThanText = (text: string) => parse(text, { schema: 'yaml-1.1' }) !== text;

/** The file's text: front matter in the record's key order, audiences on one line, then the body after a blank line. */
export function serializeEventFile(record: EventRecord): string {
  const { id: _id, body, ...frontMatter } = record;
  const doc = new Document(frontMatter);
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isSeq(pair.value) && key === 'audiences') pair.value.flow = true;
      if (isScalar(pair.value) && typeof pair.value.value === 'string') {
        if (QUOTED_KEYS.has(key) || (key !== 'updated' && readsAsOtherThanText(pair.value.value))) pair.value.type = 'QUOTE_DOUBLE';
      }
    },
    Seq(_, seq) {
      for (const item of seq.items)
        if (isScalar(item) && typeof item.value === 'string' && readsAsOtherThanText(item.value)) item.type = 'QUOTE_DOUBLE';
    },
  });
  const yaml = doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}

/** Front matter (as YAML 1.1 reads it, like Astro) and body of an event file; throws when there is no front matter. */
export function parseEventFile(text: string, file: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: 文件开头没有 --- 包起来的 front matter`);
  const doc = parse(match[1] as string, { schema: 'yaml-1.1' }) as unknown;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new Error(`${file}: front matter 不是“字段: 值”的形式`);
  return { data: doc, body: match[2] as string };
}
