/**
 * Synthetic bases for scale tests and benchmarks: valid, varied, deterministic from a seed, and
 * never committed (callers write them to a temporary content tree).
 */
import { join } from 'node:path';
import type { BaseRecord } from '../../src/lib/bases/columns.ts';
import { readBaseRecords, writeBaseRecords } from './bases-files.ts';
import type { Weekday } from '../../src/lib/bases/hours.ts';
import { AUDIENCES, BASE_KINDS, CERTIFICATION_LEVELS, SUBDISTRICTS } from '../../src/schemas/base.ts';
import { seededRandom } from '../../src/lib/common/random.ts';

const THEMES = ['天文', '航模', '机器人', '编程', '生物', '气象', '知识产权', '环境', '地质', '人工智能', '农业', '健康'];
const HOURS: Array<Array<{ days: Weekday[]; opens: string; closes: string }>> = [
  [{ days: ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '09:00', closes: '17:00' }],
  [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:30', closes: '17:30' }],
  [{ days: ['sat', 'sun'], opens: '09:30', closes: '16:30' }],
  [
    { days: ['wed'], opens: '14:30', closes: '17:00' },
    { days: ['sat'], opens: '09:00', closes: '12:00' },
  ],
  [],
];

export function generateBases(count: number, seed = 1): BaseRecord[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const some = <T>(list: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list))),
  ];
  return Array.from({ length: count }, (_, i) => {
    const kind = pick(BASE_KINDS);
    const subdistrict = pick(SUBDISTRICTS);
    const n = String(i + 1).padStart(5, '0');
    const certified = random() < 0.8;
    const booking = random() < 0.6;
    return {
      id: `synthetic-${n}`,
      name: `示例·${subdistrict}${pick(THEMES)}${kind}${n}`,
      kind,
      ...(certified && { certification: { level: pick(CERTIFICATION_LEVELS), year: 2010 + Math.floor(random() * 17) } }),
      host: `示例单位${n}`,
      subdistrict,
      address: `${subdistrict}街道示例路 ${i + 1} 号`,
      ...(random() < 0.9 && {
        coordinates: {
          lat: Number((25.0 + random() * 0.3).toFixed(5)),
          lng: Number((102.55 + random() * 0.2).toFixed(5)),
        },
      }),
      themes: some(THEMES, 3),
      audiences: some(AUDIENCES, 3),
      openingHours: pick(HOURS),
      ...(booking && {
        booking: {
          required: random() < 0.7,
          phone: `0871-${String(i).padStart(8, '0')}`,
          leadDays: Math.floor(random() * 10),
          schoolGroups: random() < 0.5,
        },
      }),
      free: random() < 0.8,
      accessibility: { stepFree: random() < 0.7, seating: random() < 0.8, largePrint: random() < 0.3 },
      description: `这是第 ${i + 1} 条合成的示例数据，用来检验网站在名录很长时的表现。`,
      sample: true,
      updated: '2026-11-01',
    };
  });
}

/**
 * Adds `count` synthetic bases to the list in a copied content tree, keeping the shipped ones so the
 * events that take base there still find their venue.
 */
export function addSyntheticBases(contentDir: string, count: number, seed = 1): void {
  const dir = join(contentDir, 'bases');
  writeBaseRecords(dir, [...readBaseRecords(dir), ...generateBases(count, seed)]);
}
