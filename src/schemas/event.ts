import { z } from 'astro/zod';
import { eventInstant, isAllDay, isEventTime } from '../lib/events/time.ts';
import { AUDIENCES, SUBDISTRICTS } from './base.ts';
import { calendarDate, oneOf, SafeUrlSchema, slugId } from './common.ts';

/** Kinds of event; the campaign kinds are the ones the plan names (三（五）、（六）). */
export const EVENT_KINDS = [
  '知识产权宣传周',
  '世界知识产权日',
  '科技活动周',
  '全国科普月',
  '全国科普日',
  '科技下乡',
  '开放日',
  '讲座',
  '竞赛',
  '其他',
] as const;
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'moved-online'] as const;
/** Who may attend: anyone (公众), only the host school's own pupils (本校学生), or only those invited (受邀). */
export const ADMISSIONS = ['公众', '本校学生', '受邀'] as const;
/** The audiences a 本校学生 event may be for: school pupils only. */
const PUPIL_AUDIENCES = ['小学', '初中', '高中'];

/**
 * Required, with no default: a missing value must not quietly tell the public to walk in. The message
 * names the value, since the build's report shows only the field.
 */
const admission = z.enum(ADMISSIONS, {
  error: (issue) =>
    issue.input === undefined
      ? `缺少“谁可以参加”：请写 admission: 公众（对公众开放）、本校学生（仅限举办学校本校的学生）或 受邀（仅限受邀人员）`
      : `“谁可以参加”只能是 公众、本校学生 或 受邀（值：${JSON.stringify(issue.input)}）`,
});

/**
 * "2027-04-26" (all day) or "2027-04-26T14:00", Beijing time. Front matter may hand a bare date over
 * as a Date (YAML's timestamp type, at UTC midnight); it is turned back into its text.
 */
const eventTime = z.union([z.date(), z.string()]).transform((value, ctx) => {
  // An unquoted time with seconds ("2027-04-26T14:00:00") also arrives as a Date; its time would be lost.
  if (value instanceof Date && value.getTime() % 86_400_000 !== 0) {
    ctx.addIssue({ code: 'custom', message: `时间要加引号写成 "YYYY-MM-DDTHH:MM"（北京时间）：${value.toISOString()}` });
    return z.NEVER;
  }
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (!isEventTime(text)) {
    ctx.addIssue({
      code: 'custom',
      message: `不是有效的日期或时间（应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM，北京时间）：${JSON.stringify(value)}`,
    });
    return z.NEVER;
  }
  return text;
});

export const EventVenueSchema = z.union([
  /** A base in content/bases, by id: checked at build, and the base page lists the event. */
  z.object({ base: slugId }).strict(),
  z.object({ name: z.string().min(2), address: z.string().min(4), subdistrict: oneOf(SUBDISTRICTS, '街道').optional() }).strict(),
]);

/** Start and end of one occurrence, checked the same way wherever they appear. */
function checkTimes(times: { start: string; end: string }, path: string[], ctx: z.RefinementCtx): void {
  if (isAllDay(times.start) !== isAllDay(times.end))
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'end'],
      message: `开始和结束要么都只写日期（全天活动），要么都写到几点几分（开始：${times.start}，结束：${times.end}）`,
      input: times.end,
    });
  else if (eventInstant(times.end) < eventInstant(times.start))
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'end'],
      message: `结束时间（${times.end}）早于开始时间（${times.start}）`,
      input: times.end,
    });
}

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
      .object({ required: z.boolean(), url: SafeUrlSchema.optional(), phone: z.string().optional(), deadline: eventTime.optional() })
      .optional(),
    /** A department id from content/departments.yaml. */
    organiser: slugId,
    /** Who may attend; it decides whether the public is told how to register or to come. */
    admission,
    status: oneOf(EVENT_STATUSES, '活动状态').default('scheduled'),
    statusNote: z.string().optional(),
    /** A postponed event's new time, once it is fixed; until then its page says 新时间待定. */
    newTime: z.object({ start: eventTime, end: eventTime }).strict().optional(),
    /** Where to watch an event moved online, once it is known. */
    onlineUrl: SafeUrlSchema.optional(),
    summary: z.string().min(10),
    sample: z.boolean(),
    updated: calendarDate,
  })
  .superRefine((event, ctx) => {
    checkTimes(event, [], ctx);
    if (event.newTime) {
      if (event.status !== 'postponed')
        ctx.addIssue({
          code: 'custom',
          path: ['newTime'],
          message: `只有延期（status: postponed）的活动才写新时间 newTime（现在的状态：${event.status}）`,
          input: event.newTime,
        });
      checkTimes(event.newTime, ['newTime'], ctx);
      if (eventInstant(event.newTime.start) <= eventInstant(event.start))
        ctx.addIssue({
          code: 'custom',
          path: ['newTime', 'start'],
          message: `延期后的开始时间（${event.newTime.start}）不晚于原定开始时间（${event.start}）`,
          input: event.newTime.start,
        });
    }
    if (event.onlineUrl && event.status !== 'moved-online')
      ctx.addIssue({
        code: 'custom',
        path: ['onlineUrl'],
        message: `只有改为线上（status: moved-online）的活动才写观看网址 onlineUrl（现在的状态：${event.status}）`,
        input: event.onlineUrl,
      });
    const deadline = event.registration?.deadline;
    const start = event.newTime?.start ?? event.start;
    if (deadline && eventInstant(deadline) > eventInstant(start))
      ctx.addIssue({
        code: 'custom',
        path: ['registration', 'deadline'],
        message: `报名截止（${deadline}）晚于活动开始（${start}）`,
        input: deadline,
      });
    if (event.status !== 'scheduled' && !event.statusNote)
      ctx.addIssue({
        code: 'custom',
        path: ['statusNote'],
        message: `取消、延期或改为线上时，要在 statusNote 写明原因或新的安排（状态：${event.status}）`,
        input: event.statusNote,
      });
    if (event.admission !== '公众' && event.registration)
      ctx.addIssue({
        code: 'custom',
        path: ['registration'],
        message: `“谁可以参加”是${event.admission}的活动不对公众开放，不能写公开的报名方式 registration（学校或邀请方自行通知参加的人）`,
        input: event.registration,
      });
    if (event.admission === '本校学生')
      for (const [i, audience] of event.audiences.entries())
        if (!PUPIL_AUDIENCES.includes(audience))
          ctx.addIssue({
            code: 'custom',
            path: ['audiences', i],
            message: `仅限本校学生的活动，适合对象只能是 ${PUPIL_AUDIENCES.join('、')}（值：${audience}）`,
            input: audience,
          });
  });

export type EventEntry = z.output<typeof EventSchema>;
