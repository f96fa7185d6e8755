import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { yamlFiles } from '../../src/loaders/yaml-files';
import { formatIssues } from '../../src/lib/content/validation';
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
    [
      'an impossible time',
      { ...good, openingHours: [{ days: ['mon'], opens: '09:00', closes: '25:00' }] },
      /field openingHours\.0\.closes: 不是有效时间.* \(value: "25:00"\)/,
    ],
    [
      'closing before opening',
      { ...good, openingHours: [{ days: ['mon'], opens: '17:00', closes: '09:00' }] },
      /field openingHours\.0\.closes: 关门时间应晚于开门时间/,
    ],
    ['a level without its year', { ...good, certification: { level: '省级' } }, /field certification\.year: .* \(value: \(missing\)\)/],
    [
      'a booking link (预约网址) that runs script',
      { ...good, booking: { required: true, url: 'javascript:alert(1)' } },
      /field booking\.url: 网址不能用 javascript:.* \(value: "javascript:alert\(1\)"\)/,
    ],
    [
      'coordinates outside Kunming (lat/lng swapped)',
      { ...good, coordinates: { lat: 102.62, lng: 25.21 } },
      /field coordinates: 坐标不在昆明市范围内/,
    ],
  ])('refuses %s, naming the field and value', (_, entry, message) => {
    expect(problems(entry)).toMatch(message);
  });
});

describe('the bases loader, as the build runs it', () => {
  /** Loads content/bases/*.yaml from a temporary folder and returns the error the build would stop with. */
  async function loadError(yaml: string): Promise<string> {
    const base = mkdtempSync(join(tmpdir(), 'bases-'));
    writeFileSync(join(base, 'bases.yaml'), yaml);
    const loader = yamlFiles({ base, include: () => true, entries: 'list', schema: BaseEntrySchema });
    const context = {
      store: { clear: () => undefined, set: () => undefined },
      parseData: async ({ data }: { data: unknown }) => data,
      generateDigest: () => '',
    };
    try {
      await loader.load(context as never);
    } catch (error) {
      return (error as Error).message;
    }
    return '';
  }
  const entryYaml = (over: Record<string, unknown>) => stringify([{ ...good, ...over }]);

  it('loads a good entry', async () => {
    expect(await loadError(entryYaml({}))).toBe('');
  });

  it.each([
    [
      'an unknown kind',
      { kind: '游乐场' },
      /bases\.yaml \(entry 1, id sample-xizhu-astronomy\): field kind: 类型不在可选范围内.* \(value: "游乐场"\)/,
    ],
    ['an unknown 街道', { subdistrict: '翠湖' }, /field subdistrict: 街道不在可选范围内.* \(value: "翠湖"\)/],
    [
      '25:00',
      { openingHours: [{ days: ['sat'], opens: '09:00', closes: '25:00' }] },
      /field openingHours\.0\.closes: 不是有效时间.* \(value: "25:00"\)/,
    ],
    [
      'a level without year',
      { certification: { level: '国家级' } },
      /field certification\.year: 写了认定级别就要写认定年份 \(value: \(missing\)\)/,
    ],
    [
      'coordinates outside Kunming',
      { coordinates: { lat: 39.9, lng: 116.4 } },
      /field coordinates: 坐标不在昆明市范围内.* \(value: \{"lat":39\.9,"lng":116\.4\}\)/,
    ],
  ])('stops on %s, naming file, field and value', async (_, over, message) => {
    expect(await loadError(entryYaml(over))).toMatch(message);
  });

  it('stops on a duplicate id, naming both entries', async () => {
    const twice = stringify([good, { ...good, name: '示例：另一个站' }]);
    expect(await loadError(twice)).toMatch(
      /bases\.yaml \(entry 2, id sample-xizhu-astronomy\): field id: duplicate id, already used in .*bases\.yaml \(entry 1/,
    );
  });
});
