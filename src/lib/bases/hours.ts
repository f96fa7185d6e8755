/**
 * Opening hours: the structured form in content (days + HH:MM), the Chinese text staff type in a
 * spreadsheet ("周二至周五 09:00-17:00；周六、周日 09:30-16:30"), and "open now / this weekend" in
 * Beijing time. Pure, no dependencies: the same code runs in the build, the import and the browser.
 */

export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAY_KEYS)[number];
export interface OpeningHours {
  days: Weekday[];
  opens: string;
  closes: string;
}

const WEEKDAY_LABEL: Record<Weekday, string> = {
  mon: '周一',
  tue: '周二',
  wed: '周三',
  thu: '周四',
  fri: '周五',
  sat: '周六',
  sun: '周日',
};
const DAY_CHARS: Record<string, Weekday> = {
  一: 'mon',
  二: 'tue',
  三: 'wed',
  四: 'thu',
  五: 'fri',
  六: 'sat',
  日: 'sun',
  天: 'sun',
  七: 'sun',
};

/** "周一至周五" for three or more days in a row, "周六、周日" otherwise; "每天" for all seven. */
export function formatDays(days: readonly Weekday[]): string {
  const indexes = [...new Set(days.map((d) => WEEKDAY_KEYS.indexOf(d)))].sort((a, b) => a - b);
  if (indexes.length === 7) return '每天';
  const runs: number[][] = [];
  for (const index of indexes) {
    const run = runs.at(-1);
    if (run && run.at(-1) === index - 1) run.push(index);
    else runs.push([index]);
  }
  const label = (i: number) => WEEKDAY_LABEL[WEEKDAY_KEYS[i] as Weekday];
  return runs
    .flatMap((run) => (run.length >= 3 ? [`${label(run[0] as number)}至${label(run.at(-1) as number)}`] : run.map(label)))
    .join('、');
}

/** "周二至周五 09:00-17:00": the spreadsheet writes a hyphen, pages an en dash. */
export function formatHoursLine(hours: OpeningHours, dash: '-' | '–' = '-'): string {
  return `${formatDays(hours.days)} ${hours.opens}${dash}${hours.closes}`;
}

/** "周二至周五 09:00-17:00；周六、周日 09:30-16:30"; empty when no hours are recorded. */
export function formatOpeningHours(hours: readonly OpeningHours[]): string {
  return hours.map((h) => formatHoursLine(h)).join('；');
}

const DAY = '(?:周|星期|礼拜)([一二三四五六日天七])';
const DAY_RANGE = new RegExp(`^${DAY}\\s*(?:至|到|-|–|—|~|～)\\s*${DAY}$`);
const DAY_SINGLE = new RegExp(`^${DAY}$`);
const SEGMENT = /^(.+?)\s*(\d{1,2}[:：]\d{2})\s*(?:-|–|—|~|～|至|到)\s*(\d{1,2}[:：]\d{2})$/;

function parseDays(text: string): Weekday[] | string {
  const days = new Set<Weekday>();
  for (const part of text.split(/[、,，/\s]+/).filter(Boolean)) {
    if (/^(每天|每日|全周|周一至周日)$/.test(part)) WEEKDAY_KEYS.forEach((d) => days.add(d));
    else if (part === '工作日') WEEKDAY_KEYS.slice(0, 5).forEach((d) => days.add(d));
    else if (part === '周末') ['sat', 'sun'].forEach((d) => days.add(d as Weekday));
    else {
      const range = DAY_RANGE.exec(part);
      const single = DAY_SINGLE.exec(part);
      if (range) {
        const from = WEEKDAY_KEYS.indexOf(DAY_CHARS[range[1] as string] as Weekday);
        const to = WEEKDAY_KEYS.indexOf(DAY_CHARS[range[2] as string] as Weekday);
        if (to < from) return `星期范围“${part}”前后颠倒`;
        WEEKDAY_KEYS.slice(from, to + 1).forEach((d) => days.add(d));
      } else if (single) days.add(DAY_CHARS[single[1] as string] as Weekday);
      else return `看不懂星期“${part}”（可写“周一至周五”“周六、周日”“每天”）`;
    }
  }
  return WEEKDAY_KEYS.filter((d) => days.has(d));
}

const padTime = (time: string) => time.replace('：', ':').padStart(5, '0');

/**
 * Reads the spreadsheet form back into structured hours. Returns the problem as a sentence instead
 * of throwing, so an import can report every bad cell at once. Times are not range-checked here:
 * the schema does that, with the same message as for YAML.
 */
export function parseOpeningHours(text: string): OpeningHours[] | { error: string } {
  const hours: OpeningHours[] = [];
  for (const segment of text
    .split(/[；;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const match = SEGMENT.exec(segment);
    if (!match) return { error: `看不懂“${segment}”（应写成“周一至周五 09:00-17:00”，多段用“；”分开）` };
    const days = parseDays((match[1] as string).trim());
    if (typeof days === 'string') return { error: days };
    hours.push({ days, opens: padTime(match[2] as string), closes: padTime(match[3] as string) });
  }
  return hours;
}

/** China has kept UTC+8 all year since 1991, so a fixed offset is exact and needs no time-zone data. */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The weekday and "HH:MM" of an instant on a Beijing wall clock. */
export function beijingClock(instant: Date): { day: Weekday; time: string; date: string } {
  const local = new Date(instant.getTime() + BEIJING_OFFSET_MS);
  const day = WEEKDAY_KEYS[(local.getUTCDay() + 6) % 7] as Weekday;
  const time = local.toISOString().slice(11, 16);
  return { day, time, date: local.toISOString().slice(0, 10) };
}

/** Open at this instant, by the regular weekly hours (holidays are not known to the data). */
export function isOpenAt(hours: readonly OpeningHours[], instant: Date): boolean {
  const { day, time } = beijingClock(instant);
  return hours.some((h) => h.days.includes(day) && h.opens <= time && time < h.closes);
}

export interface Opening {
  /** "2026-11-28", Beijing calendar date. */
  date: string;
  day: Weekday;
  opens: string;
  closes: string;
}

/**
 * The openings on this weekend still to come: on a weekday, the coming Saturday and Sunday; on
 * Saturday, the rest of Saturday and Sunday; on Sunday, the rest of Sunday.
 */
export function weekendOpenings(hours: readonly OpeningHours[], instant: Date): Opening[] {
  const today = beijingClock(instant);
  const todayIndex = WEEKDAY_KEYS.indexOf(today.day);
  const openings: Opening[] = [];
  for (const day of ['sat', 'sun'] as const) {
    const offset = WEEKDAY_KEYS.indexOf(day) - todayIndex;
    if (offset < 0) continue;
    const date = beijingClock(new Date(instant.getTime() + offset * 86_400_000)).date;
    for (const h of hours) {
      if (!h.days.includes(day)) continue;
      if (offset === 0 && h.closes <= today.time) continue;
      openings.push({ date, day, opens: h.opens, closes: h.closes });
    }
  }
  return openings.sort((a, b) => (a.date + a.opens).localeCompare(b.date + b.opens));
}
