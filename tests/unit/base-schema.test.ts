import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/validation';
import { BaseEntrySchema } from '../../src/schemas/base';

const good = {
  id: 'sample-xizhu-astronomy',
  name: '示例：西翥星空科普小站',
  kind: '科普教育基地',
  certification: { level: '市级', year: 2024 },
  host: '示例单位',
  subdistrict: '西翥',
  address: '五华区西翥街道（示例地址）',
  coordinates: { lat: 25.21, lng: 102.62 },
  themes: ['天文'],
  audiences: ['小学', '公众'],
  openingHours: [{ days: ['sat', 'sun'], opens: '09:00', closes: '17:00' }],
  free: true,
  accessibility: { stepFree: true, seating: true, largePrint: false },
  description: '这是一条演示用的示例数据。',
  sample: true,
  updated: '2026-11-28',
};

const problems = (entry: unknown) => {
  const result = BaseEntrySchema.safeParse(entry);
  return result.success ? '' : formatIssues('content/bases/x.yaml', result.error.issues, entry);
};

describe('BaseEntrySchema', () => {
  it('accepts a complete entry', () => {
    expect(problems(good)).toBe('');
  });

  it.each([
    ['an unknown kind', { ...good, kind: '游乐场' }, /field kind: .* \(value: "游乐场"\)/],
    ['an unknown 街道', { ...good, subdistrict: '翠湖' }, /field subdistrict: .* \(value: "翠湖"\)/],
    ['an impossible time', { ...good, openingHours: [{ days: ['mon'], opens: '09:00', closes: '25:00' }] }, /field openingHours\.0\.closes: 不是有效时间.* \(value: "25:00"\)/],
    ['closing before opening', { ...good, openingHours: [{ days: ['mon'], opens: '17:00', closes: '09:00' }] }, /field openingHours\.0\.closes: 关门时间应晚于开门时间/],
    ['a level without its year', { ...good, certification: { level: '省级' } }, /field certification\.year: .* \(value: \(missing\)\)/],
    ['coordinates outside Kunming (lat/lng swapped)', { ...good, coordinates: { lat: 102.62, lng: 25.21 } }, /field coordinates: 坐标不在昆明市范围内/],
  ])('refuses %s, naming the field and value', (_, entry, message) => {
    expect(problems(entry)).toMatch(message);
  });
});
