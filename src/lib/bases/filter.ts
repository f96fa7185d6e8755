/**
 * The filters of the /bases/ index: their URL form, the compact data the browser loads on demand,
 * and the matching itself. Pure, so the same code is unit-tested and shipped to the browser.
 */
import { isOpenAt, weekendOpenings, WEEKDAY_KEYS, type OpeningHours, type Weekday } from './hours.ts';

/** One base in /data/bases-index.json: only what filtering, sorting and one result line need. */
export interface CompactBase {
  /** id; the page is /bases/<id>/ */
  i: string;
  /** name */
  n: string;
  /** kind, 街道, level ('' when none) */
  k: string;
  s: string;
  l: string;
  /** certification year, 0 when none */
  y: number;
  t: string[];
  a: string[];
  /** free, takes school groups, sample entry: 1 or 0 */
  f: 0 | 1;
  g: 0 | 1;
  x: 0 | 1;
  /** hours as [days bitmask (bit 0 = Monday), opens, closes] */
  h: Array<[number, string, string]>;
  /** WGS-84 [lat, lng], or absent */
  c?: [number, number];
}

export interface CompactIndex {
  /** Build date, so a cached copy can be told apart. */
  built: string;
  bases: CompactBase[];
}

export const dayMask = (days: readonly Weekday[]) => days.reduce((mask, d) => mask | (1 << WEEKDAY_KEYS.indexOf(d)), 0);
const maskDays = (mask: number): Weekday[] => WEEKDAY_KEYS.filter((_, i) => mask & (1 << i));
export const compactHours = (base: CompactBase): OpeningHours[] =>
  base.h.map(([mask, opens, closes]) => ({ days: maskDays(mask), opens, closes }));

export interface BaseFilters {
  kind: string;
  level: string;
  subdistrict: string;
  theme: string;
  audience: string;
  free: boolean;
  schoolGroups: boolean;
  /** '' for any time, or open right now, or open at some point this weekend. */
  open: '' | 'now' | 'weekend';
}

export const NO_FILTERS: BaseFilters = {
  kind: '',
  level: '',
  subdistrict: '',
  theme: '',
  audience: '',
  free: false,
  schoolGroups: false,
  open: '',
};

/** Short, readable query keys: the URL is shared in chats, so it stays short. */
const KEYS = {
  kind: 'kind',
  level: 'level',
  subdistrict: 'jd',
  theme: 'theme',
  audience: 'for',
  free: 'free',
  schoolGroups: 'school',
  open: 'open',
} as const;

export function parseBaseFilters(params: URLSearchParams): BaseFilters {
  const open = params.get(KEYS.open);
  return {
    kind: params.get(KEYS.kind) ?? '',
    level: params.get(KEYS.level) ?? '',
    subdistrict: params.get(KEYS.subdistrict) ?? '',
    theme: params.get(KEYS.theme) ?? '',
    audience: params.get(KEYS.audience) ?? '',
    free: params.get(KEYS.free) === '1',
    schoolGroups: params.get(KEYS.schoolGroups) === '1',
    open: open === 'now' || open === 'weekend' ? open : '',
  };
}

/** Only the filters that are set, in a fixed order, so equal filters give equal URLs. */
export function baseFiltersToParams(filters: BaseFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(KEYS) as Array<keyof BaseFilters>) {
    const value = filters[key];
    if (value === true) params.set(KEYS[key], '1');
    else if (typeof value === 'string' && value) params.set(KEYS[key], value);
  }
  return params;
}

export const hasFilters = (filters: BaseFilters) => baseFiltersToParams(filters).size > 0;

export function matchesBaseFilters(base: CompactBase, filters: BaseFilters, now: Date): boolean {
  if (filters.kind && base.k !== filters.kind) return false;
  if (filters.level && base.l !== filters.level) return false;
  if (filters.subdistrict && base.s !== filters.subdistrict) return false;
  if (filters.theme && !base.t.includes(filters.theme)) return false;
  if (filters.audience && !base.a.includes(filters.audience)) return false;
  if (filters.free && !base.f) return false;
  if (filters.schoolGroups && !base.g) return false;
  if (filters.open === 'now' && !isOpenAt(compactHours(base), now)) return false;
  if (filters.open === 'weekend' && weekendOpenings(compactHours(base), now).length === 0) return false;
  return true;
}

/** The facts one result line shows after the name, the same in the no-JS list and the filtered one. */
export function baseSummary(base: CompactBase): string[] {
  return [base.l && `${base.l}（${base.y}年）`, `${base.s}街道`, `适合${base.a.join('、')}`, base.f ? '免费' : '收费'].filter(Boolean);
}

/** Great-circle distance in kilometres (haversine): both points WGS-84, as the browser reports them. */
export function distanceKm(from: readonly [number, number], to: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (to[0] - from[0]) * rad;
  const dLng = (to[1] - from[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(from[0] * rad) * Math.cos(to[0] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Nearest first; bases without coordinates keep their order at the end. */
export function sortByDistance(bases: readonly CompactBase[], from: readonly [number, number]): Array<{ base: CompactBase; km?: number }> {
  const withKm = bases.map((base) => (base.c ? { base, km: distanceKm(from, base.c) } : { base }));
  return withKm.sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity));
}
