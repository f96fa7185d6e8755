/**
 * What may be published about an event, decided once from its status and from who may attend, so
 * its page, the calendar files, JSON-LD, the lists, the feed and the open data all say the same:
 *
 * - cancelled: the time and place only as "原定", and nothing about taking part (no deadline, phone,
 *   link or "报名");
 * - postponed without a new time: "新时间待定", the old time only as "原定", no way to take part yet;
 *   with a new time: the new time, the old one as "原定";
 * - moved online: no street address and no "直接到场";
 * - for the host school's own pupils or by invitation: never "直接到场" or a way to register.
 */
import { formatEventWhen } from './format.ts';
import { eventInstant, isUpcoming, type EventTimeText } from './time.ts';

export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'moved-online';
/** Who may attend: anyone, the host school's own pupils, or those invited. */
export type Admission = '公众' | '本校学生' | '受邀';

export interface EventRegistration {
  required: boolean;
  url?: string | undefined;
  phone?: string | undefined;
  deadline?: EventTimeText | undefined;
}

export interface EventTimes {
  start: EventTimeText;
  end: EventTimeText;
}

/** The fields of an event the outlook depends on (as the schema gives them). */
export interface OutlookInput extends EventTimes {
  status: EventStatus;
  admission: Admission;
  /** The new time of a postponed event, once it is fixed. */
  newTime?: EventTimes | undefined;
  registration?: EventRegistration | undefined;
  /** Where to watch an event moved online, once it is known. */
  onlineUrl?: string | undefined;
}

/** When the event is, as it may be told. */
export type EventWhen =
  | { kind: 'as-announced'; start: EventTimeText; end: EventTimeText }
  | { kind: 'rescheduled'; start: EventTimeText; end: EventTimeText; original: EventTimes }
  | { kind: 'to-be-announced'; original: EventTimes }
  | { kind: 'cancelled'; original: EventTimes };

/** An event with a time to go by: as announced, or postponed to a new time. */
export type FirmWhen = Extract<EventWhen, { kind: 'as-announced' | 'rescheduled' }>;
export const hasFirmTime = (when: EventWhen): when is FirmWhen => when.kind === 'as-announced' || when.kind === 'rescheduled';

/** Where it is: a place to go to, a place it was to be held (no address: nobody should go), or online. */
export type EventWhere = { kind: 'venue' } | { kind: 'original-venue' } | { kind: 'online'; url?: string };

/** How to take part, as far as the public may be told. */
export type TakingPart =
  | { kind: 'register'; registration: EventRegistration & { required: true } }
  | { kind: 'walk-in' }
  | { kind: 'watch-online' }
  | { kind: 'own-pupils' }
  | { kind: 'invited' }
  | { kind: 'paused' }
  | { kind: 'none' };

/** RFC 5545 STATUS of the calendar entry. */
export type CalendarStatus = 'CONFIRMED' | 'CANCELLED';

export interface EventOutlook {
  status: EventStatus;
  admission: Admission;
  when: EventWhen;
  where: EventWhere;
  takingPart: TakingPart;
  /**
   * The times the event is listed, sorted and archived by (the new time once a postponed event has
   * one, otherwise the time as announced) and that calendar files carry.
   */
  times: EventTimes;
  calendarStatus: CalendarStatus;
  /** Whether the page offers "加入日历": only when there is a time to go by. */
  addToCalendar: boolean;
}

export function eventOutlook(event: OutlookInput): EventOutlook {
  const original = { start: event.start, end: event.end };
  const when: EventWhen =
    event.status === 'cancelled'
      ? { kind: 'cancelled', original }
      : event.status === 'postponed'
        ? event.newTime
          ? { kind: 'rescheduled', ...event.newTime, original }
          : { kind: 'to-be-announced', original }
        : { kind: 'as-announced', ...original };
  const where: EventWhere =
    event.status === 'moved-online'
      ? { kind: 'online', ...(event.onlineUrl && { url: event.onlineUrl }) }
      : when.kind === 'cancelled' || when.kind === 'to-be-announced'
        ? { kind: 'original-venue' }
        : { kind: 'venue' };
  const firm = hasFirmTime(when);
  return {
    status: event.status,
    admission: event.admission,
    when,
    where,
    takingPart: takingPart(event, when),
    times: when.kind === 'rescheduled' ? { start: when.start, end: when.end } : original,
    // A postponed event with no new time will not happen at the old one, and iCalendar has no way to
    // say "date to come": the old slot is cancelled, and the title says it is postponed.
    calendarStatus: firm ? 'CONFIRMED' : 'CANCELLED',
    addToCalendar: firm,
  };
}

function takingPart(event: OutlookInput, when: EventWhen): TakingPart {
  if (when.kind === 'cancelled') return { kind: 'none' };
  // Checked before registration: the public is never told to register for or walk into these.
  if (event.admission === '本校学生') return { kind: 'own-pupils' };
  if (event.admission === '受邀') return { kind: 'invited' };
  if (when.kind === 'to-be-announced') return { kind: 'paused' };
  const registration = event.registration;
  if (registration?.required) return { kind: 'register', registration: { ...registration, required: true } };
  return event.status === 'moved-online' ? { kind: 'watch-online' } : { kind: 'walk-in' };
}

/** Still to come at `now`: not yet over, or postponed with no new time (it has not happened yet). */
export function isStillToCome(outlook: EventOutlook, now: Date): boolean {
  return outlook.when.kind === 'to-be-announced' || isUpcoming(outlook.times.end, now);
}

/**
 * Soonest first by the time an event is held at; a postponed event with no new time goes after every
 * event with a time (it will be later than its old one), then by id so the order is stable.
 */
export function compareSoonestFirst(a: { id: string; outlook: EventOutlook }, b: { id: string; outlook: EventOutlook }): number {
  const undated = (e: { outlook: EventOutlook }) => (e.outlook.when.kind === 'to-be-announced' ? 1 : 0);
  return (
    undated(a) - undated(b) ||
    eventInstant(a.outlook.times.start).getTime() - eventInstant(b.outlook.times.start).getTime() ||
    a.id.localeCompare(b.id)
  );
}

/** The short status marker shown beside a title in lists; '' for an event going ahead as announced. */
export function statusLabel(outlook: EventOutlook): string {
  switch (outlook.when.kind) {
    case 'cancelled':
      return '已取消';
    case 'to-be-announced':
      return '已延期，新时间待定';
    case 'rescheduled':
      return '已延期';
    case 'as-announced':
      return outlook.status === 'moved-online' ? '改为线上' : '';
  }
}

/** The heading of the notice on the event's page; '' for an event going ahead as announced. */
export function statusHeadline(outlook: EventOutlook): string {
  const { when } = outlook;
  switch (when.kind) {
    case 'cancelled':
      return '本活动已取消';
    case 'to-be-announced':
      return '本活动已延期，新时间待定';
    case 'rescheduled':
      return `本活动已延期到${formatEventWhen(when.start, when.end)}`;
    case 'as-announced':
      return outlook.status === 'moved-online' ? '本活动改为线上举行' : '';
  }
}

/** The title with its status in front, for calendars and feeds, which show no notice box. */
export function headline(title: string, outlook: EventOutlook): string {
  const label = statusLabel(outlook);
  return label ? `【${label}】${title}` : title;
}

/** When, in one line: the time to go by, and the old time only as "原定". */
export function whenText(when: EventWhen): string {
  switch (when.kind) {
    case 'as-announced':
      return formatEventWhen(when.start, when.end);
    case 'rescheduled':
      return `${formatEventWhen(when.start, when.end)}（原定${formatEventWhen(when.original.start, when.original.end)}）`;
    case 'to-be-announced':
      return `新时间待定（原定${formatEventWhen(when.original.start, when.original.end)}）`;
    case 'cancelled':
      return `原定${formatEventWhen(when.original.start, when.original.end)}，已取消`;
  }
}

/** The marker for an event not everyone may attend; '' when it is open to the public. */
export const ADMISSION_LABELS: Record<Admission, string> = { 公众: '', 本校学生: '仅限本校学生', 受邀: '仅限受邀人员' };

/** Who may attend, in a sentence. */
export const ADMISSION_TEXT: Record<Admission, string> = {
  公众: '对公众开放。',
  本校学生: '仅限举办学校本校的学生参加，不对公众开放。',
  受邀: '仅限受邀人员参加，不对公众开放。',
};

/** How to take part, in a sentence, for every case but registering (whose details the page lists). */
export function takingPartText(part: Exclude<TakingPart, { kind: 'register' }>): string {
  return {
    'walk-in': '不需要报名，直接到场。',
    'watch-online': '不需要报名，在线观看。',
    'own-pupils': '由举办学校在校内组织本校学生参加，公众不能报名，也请不要前往。',
    invited: '凭邀请参加，公众不能报名，也请不要前往。',
    paused: '新的时间确定后，参加办法会在本页公布。',
    none: '',
  }[part.kind];
}

/**
 * Who may attend, for texts that otherwise would not say (calendar entries, feed items, JSON-LD
 * descriptions): only when not everyone may, and not for a cancelled event, which nobody attends.
 */
export const admissionNote = (outlook: EventOutlook): string =>
  outlook.admission === '公众' || outlook.when.kind === 'cancelled' ? '' : ADMISSION_TEXT[outlook.admission];
