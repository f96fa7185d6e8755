import type { BaseEntry } from '../../schemas/base.ts';
import { dayMask, type CompactBase } from './filter.ts';

/** The compact form of a base for the index's on-demand data (see CompactBase). */
export function toCompactBase(entry: BaseEntry): CompactBase {
  const base: CompactBase = {
    i: entry.id,
    n: entry.name,
    k: entry.kind,
    s: entry.subdistrict,
    l: entry.certification?.level ?? '',
    y: entry.certification?.year ?? 0,
    t: entry.themes,
    a: entry.audiences,
    f: entry.free ? 1 : 0,
    g: entry.booking?.schoolGroups ? 1 : 0,
    x: entry.sample ? 1 : 0,
    h: entry.openingHours.map((h) => [dayMask(h.days), h.opens, h.closes]),
  };
  if (entry.coordinates) base.c = [entry.coordinates.lat, entry.coordinates.lng];
  return base;
}
