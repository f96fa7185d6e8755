/** Event times in words, as a Chinese reader expects them: "2027年4月26日（星期一）14:00–16:00". */
import { isAllDay, type EventTimeText } from './time.ts';

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** "2027年4月26日（星期一）" for a "YYYY-MM-DD…" text; the weekday of that calendar date. */
export function formatEventDate(text: EventTimeText, withYear = true): string {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${withYear ? `${year}年` : ''}${month}月${day}日（${weekday}）`;
}

const clock = (text: EventTimeText) => text.slice(11, 16);

/** When an event happens, in one line; the end date is left out when it is the start date. */
export function formatEventWhen(start: EventTimeText, end: EventTimeText): string {
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  if (isAllDay(start)) return sameDay ? `${formatEventDate(start)}全天` : `${formatEventDate(start)}至${formatEventDate(end, !sameYear)}`;
  if (sameDay) return `${formatEventDate(start)}${clock(start)}–${clock(end)}`;
  return `${formatEventDate(start)}${clock(start)}至${formatEventDate(end, !sameYear)}${clock(end)}`;
}

/** "2027-04-26T14:00:00+08:00" or "2027-04-26": the machine-readable form for <time datetime> and JSON-LD. */
export const eventDateTimeAttribute = (text: EventTimeText) => (isAllDay(text) ? text : `${text}:00+08:00`);
