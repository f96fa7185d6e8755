/**
 * Synthetic events for scale tests and benchmarks: valid, varied, deterministic from a seed, written
 * into a copied content tree. They are held at listed bases (most) or free addresses, by a real
 * department, so every cross-reference resolves.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIENCES, SUBDISTRICTS } from '../../src/schemas/base.ts';
import { EVENT_KINDS } from '../../src/schemas/event.ts';
import { readBaseRecords } from './bases-files.ts';
import { seededRandom } from '../../src/lib/common/random.ts';

const DAY_MS = 86_400_000;

/**
 * Writes `count` events, `synthetic-00001.md` onwards, on days spread evenly at random from 1 January
 * of `fromYear` to 31 December of `toYear` (Beijing dates).
 */
export function addSyntheticEvents(contentDir: string, count: number, seed: number, fromYear: number, toYear: number): void {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const bases = readBaseRecords(join(contentDir, 'bases')).map((p) => p.id);
  const first = Date.UTC(fromYear, 0, 1);
  const days = Math.round((Date.UTC(toYear + 1, 0, 1) - first) / DAY_MS);
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(5, '0');
    const day = new Date(first + Math.floor(random() * days) * DAY_MS).toISOString().slice(0, 10);
    const hour = String(9 + Math.floor(random() * 8)).padStart(2, '0');
    const endHour = String(Number(hour) + 2).padStart(2, '0');
    const venue =
      random() < 0.8
        ? `venue:\n  base: ${pick(bases)}`
        : `venue:\n  name: 示例·活动场地${n}\n  address: 五华区示例路${i}号\n  subdistrict: ${pick(SUBDISTRICTS)}`;
    const audiences = [...new Set([pick(AUDIENCES), pick(AUDIENCES)])];
    // Entered some days before the event, as an organiser would, so feeds and dates vary like real ones.
    const updated = new Date(Date.parse(day) - Math.floor(random() * 60) * DAY_MS).toISOString().slice(0, 10);
    writeFileSync(
      join(contentDir, 'events', `synthetic-${n}.md`),
      [
        '---',
        `title: "示例·合成活动${n}"`,
        `kind: ${pick(EVENT_KINDS)}`,
        `start: "${day}T${hour}:00"`,
        `end: "${day}T${endHour}:00"`,
        venue,
        `audiences: [${audiences.join(', ')}]`,
        'admission: 公众',
        'organiser: science-association',
        `summary: "这是第 ${i} 条合成的示例活动，用来检验网站在活动很多时的表现。"`,
        'sample: true',
        `updated: ${updated}`,
        '---',
        '',
        `合成活动的说明文字，第 ${i} 条。`,
        '',
      ].join('\n'),
    );
  }
}

/** The first and last year in which the tree's events start, read from their front matter. */
export function eventYears(contentDir: string): { first: number; last: number } {
  const folder = join(contentDir, 'events');
  const years = readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => Number(/^start:\s*["']?(\d{4})-/m.exec(readFileSync(join(folder, name), 'utf8'))?.[1]))
    .filter((year) => year > 0);
  if (!years.length) throw new Error(`${folder}: no event with a start date to place synthetic events before`);
  return { first: Math.min(...years), last: Math.max(...years) };
}
