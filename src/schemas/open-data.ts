import { z } from 'astro/zod';
import { AUDIENCES, BaseEntrySchema } from './base.ts';
import { ADMISSIONS, EVENT_KINDS, EVENT_STATUSES } from './event.ts';
import { SafeUrlSchema } from './common.ts';

/**
 * The shapes of the published data files. The files are built to these shapes, the site tests parse
 * the built files with them, and /data/schemas/*.json are generated from them.
 */

const fileHeader = {
  title: z.string(),
  /** The day the site was built (Beijing time), YYYY-MM-DD. */
  built: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Said when any entry is fictional sample data. */
  note: z.string().optional(),
  count: z.number().int().min(0),
};

export const BasesFileSchema = z.object({
  ...fileHeader,
  coordinates: z.literal('WGS-84'),
  bases: z.array(z.intersection(BaseEntrySchema, z.object({ url: SafeUrlSchema }))),
});

/** "2027-04-26T14:00:00+08:00" for a timed event, "2027-04-26" for an all-day one. */
const eventTime = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+08:00)?$/);

const venueRecord = z.object({
  name: z.string(),
  address: z.string(),
  subdistrict: z.string().optional(),
  base: z.string().optional().describe('id of the base in bases.json'),
});

/**
 * One event, saying what its page says: `start`/`end` are the time to go by (absent while a postponed
 * event has no new time), `originalStart`/`originalEnd` the time first announced when it changed or was
 * called off; `venue` only where people should go (`originalVenue` otherwise); `registration` only when
 * the public may register now.
 */
const EventRecordSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(EVENT_KINDS),
  start: eventTime.optional(),
  end: eventTime.optional(),
  allDay: z.boolean(),
  originalStart: eventTime.optional(),
  originalEnd: eventTime.optional(),
  status: z.enum(EVENT_STATUSES),
  statusNote: z.string().optional(),
  admission: z.enum(ADMISSIONS).describe('公众: open to the public; 本校学生: only the host school’s own pupils; 受邀: by invitation only'),
  venue: venueRecord.optional(),
  originalVenue: venueRecord.optional(),
  online: z
    .object({ url: SafeUrlSchema.optional() })
    .optional()
    .describe('present when the event was moved online; url is where to watch, once known'),
  audiences: z.array(z.enum(AUDIENCES)),
  capacity: z.number().int().optional(),
  registration: z
    .object({ required: z.boolean(), url: SafeUrlSchema.optional(), phone: z.string().optional(), deadline: eventTime.optional() })
    .optional(),
  organiser: z.string(),
  summary: z.string(),
  sample: z.boolean(),
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  url: SafeUrlSchema,
  ics: SafeUrlSchema,
});

export const EventsFileSchema = z.object({
  ...fileHeader,
  generated: z.iso.datetime(),
  timeZone: z.literal('Asia/Shanghai'),
  events: z.array(EventRecordSchema),
});

export type EventRecord = z.input<typeof EventRecordSchema>;

/** JSON Schema of a file shape, as published at /data/schemas/. */
export const toPublishedSchema = (schema: z.ZodType, id: string) => ({
  $id: id,
  ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
});
