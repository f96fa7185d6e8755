import { z } from 'astro/zod';
import { eventInstant, isAllDay, isEventTime } from '../lib/events/time.ts';
import { AUDIENCES, SUBDISTRICTS } from './base.ts';
import { calendarDate, oneOf, slugId } from './common.ts';

/** Kinds of event; the campaign kinds are the ones the plan names (三（五）、（六）). */
export const EVENT_KINDS = ['知识产权宣传周', '世界知识产权日', '科技活动周', '全国科普月', '全国科普日', '科技下乡', '开放日', '讲座', '竞赛', '其他'] as const;
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'moved-online'] as const;

/**
 * "2027-04-26" (all day) or "2027-04-26T14:00", Beijing time. Front matter may hand a bare date over
 * as a Date (YAML's timestamp type, at UTC midnight); it is turned back into its text.
 */
export const eventTime = z.union([z.date(), z.string()]).transform((value, ctx) => {
  // An unquoted time with seconds ("2027-04-26T14:00:00") also arrives as a Date; its time would be lost.
  if (value instanceof Date && value.getTime() % 86_400_000 !== 0) {
    ctx.addIssue({ code: 'custom', message: `时间要加引号写成 "YYYY-MM-DDTHH:MM"（北京时间）：${value.toISOString()}` });
    return z.NEVER;
  }
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (!isEventTime(text)) {
    ctx.addIssue({ code: 'custom', message: `不是有效的日期或时间（应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM，北京时间）：${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return text;
});

export const EventVenueSchema = z.union([
  /** A place in content/bases, by id: checked at build, and the place page lists the event. */
  z.object({ base: slugId }).strict(),
  z.object({ name: z.string().min(2), address: z.string().min(4), subdistrict: oneOf(SUBDISTRICTS, '街道').optional() }).strict(),
]);

export const EventSchema = z
  .object({
    title: z.string().min(4),
    kind: oneOf(EVENT_KINDS, '活动类型'),
    start: eventTime,
    end: eventTime,
    venue: EventVenueSchema,
    audiences: z.array(oneOf(AUDIENCES, '适合对象')).min(1),
    capacity: z.number().int().min(1).optional(),
    registration: z
      .object({ required: z.boolean(), url: z.url().optional(), phone: z.string().optional(), deadline: eventTime.optional() })
      .optional(),
    /** A department id from content/departments.yaml. */
    organiser: slugId,
    status: oneOf(EVENT_STATUSES, '活动状态').default('scheduled'),
    statusNote: z.string().optional(),
    summary: z.string().min(10),
    sample: z.boolean(),
    updated: calendarDate,
  })
  .superRefine((event, ctx) => {
    if (isAllDay(event.start) !== isAllDay(event.end))
      ctx.addIssue({ code: 'custom', path: ['end'], message: '开始和结束要么都只写日期（全天活动），要么都写到几点几分', input: event.end });
    else if (eventInstant(event.end) < eventInstant(event.start)) ctx.addIssue({ code: 'custom', path: ['end'], message: `结束时间（${event.end}）早于开始时间（${event.start}）`, input: event.end });
    const deadline = event.registration?.deadline;
    if (deadline && eventInstant(deadline) > eventInstant(event.start))
      ctx.addIssue({ code: 'custom', path: ['registration', 'deadline'], message: '报名截止晚于活动开始', input: deadline });
    if (event.status !== 'scheduled' && !event.statusNote)
      ctx.addIssue({ code: 'custom', path: ['statusNote'], message: '取消、延期或改为线上时，要写明原因或新的安排', input: event.statusNote });
  });

export type EventEntry = z.output<typeof EventSchema>;
