import { describe, expect, it } from 'vitest';
import {
  baseFiltersToParams,
  distanceKm,
  matchesBaseFilters,
  NO_FILTERS,
  parseBaseFilters,
  sortByDistance,
  type BaseFilters,
  type CompactBase,
} from '../../src/lib/bases/filter';

const base = (over: Partial<CompactBase>): CompactBase => ({
  i: 'x',
  n: '示例',
  k: '科普教育基地',
  s: '华山',
  l: '市级',
  y: 2022,
  t: ['天文'],
  a: ['小学', '公众'],
  f: 1,
  g: 1,
  x: 1,
  h: [[0b1100000, '09:00', '17:00']], // Saturday and Sunday
  ...over,
});
const WEDNESDAY = new Date('2026-11-25T02:00:00Z');
const SATURDAY_NOON = new Date('2026-11-28T04:00:00Z');

describe('filter state in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const filters: BaseFilters = {
      kind: '众创空间',
      level: '省级',
      subdistrict: '西翥',
      theme: '编程',
      audience: '初中',
      free: true,
      schoolGroups: true,
      open: 'weekend',
    };
    const params = baseFiltersToParams(filters);
    expect(params.toString()).toBe(
      new URLSearchParams('kind=众创空间&level=省级&jd=西翥&theme=编程&for=初中&free=1&school=1&open=weekend').toString(),
    );
    expect(parseBaseFilters(new URLSearchParams(params.toString()))).toEqual(filters);
  });

  it('leaves unset filters out of the URL and ignores values it does not know', () => {
    expect(baseFiltersToParams(NO_FILTERS).toString()).toBe('');
    expect(parseBaseFilters(new URLSearchParams('open=tomorrow&free=yes'))).toEqual(NO_FILTERS);
  });
});

describe('matching', () => {
  it.each([
    [{ kind: '众创空间' }, false],
    [{ kind: '科普教育基地' }, true],
    [{ level: '省级' }, false],
    [{ subdistrict: '华山' }, true],
    [{ theme: '编程' }, false],
    [{ audience: '公众' }, true],
    [{ audience: '企业' }, false],
  ] as Array<[Partial<BaseFilters>, boolean]>)('%j → %s', (filters, expected) => {
    expect(matchesBaseFilters(base({}), { ...NO_FILTERS, ...filters }, WEDNESDAY)).toBe(expected);
  });

  it('free and school-group filters drop bases without them', () => {
    expect(matchesBaseFilters(base({ f: 0 }), { ...NO_FILTERS, free: true }, WEDNESDAY)).toBe(false);
    expect(matchesBaseFilters(base({ g: 0 }), { ...NO_FILTERS, schoolGroups: true }, WEDNESDAY)).toBe(false);
  });

  it('open now depends on the moment; open this weekend does not need it to be the weekend', () => {
    expect(matchesBaseFilters(base({}), { ...NO_FILTERS, open: 'now' }, WEDNESDAY)).toBe(false);
    expect(matchesBaseFilters(base({}), { ...NO_FILTERS, open: 'now' }, SATURDAY_NOON)).toBe(true);
    expect(matchesBaseFilters(base({}), { ...NO_FILTERS, open: 'weekend' }, WEDNESDAY)).toBe(true);
    expect(matchesBaseFilters(base({ h: [] }), { ...NO_FILTERS, open: 'weekend' }, WEDNESDAY)).toBe(false);
  });
});

describe('near me', () => {
  it('measures great-circle distance', () => {
    expect(distanceKm([25, 102.7], [26, 102.7])).toBeCloseTo(111.2, 0); // one degree of latitude
    expect(distanceKm([25.04, 102.71], [25.04, 102.71])).toBe(0);
  });

  it('sorts nearest first and puts bases without coordinates last', () => {
    const far = base({ i: 'far', c: [25.25, 102.62] });
    const near = base({ i: 'near', c: [25.04, 102.7] });
    const unknown = base({ i: 'unknown' });
    const sorted = sortByDistance([unknown, far, near], [25.043, 102.706]);
    expect(sorted.map((r) => r.base.i)).toEqual(['near', 'far', 'unknown']);
    expect(sorted[0]?.km).toBeLessThan(1);
    expect(sorted[2]?.km).toBeUndefined();
  });
});
