import { getCollection } from 'astro:content';
import { BASE_KINDS, SUBDISTRICTS, KIND_SLUGS, SUBDISTRICT_SLUGS, type BaseEntry, type BaseKind, type Subdistrict } from '../schemas/base';

export const BASES_URL = '/bases/';
/** Entries per page of the no-JS list: small enough for the index budget at any list size. */
export const BASES_PAGE_SIZE = 100;

export const baseUrl = (id: string) => `${BASES_URL}${id}/`;
export const basesPageUrl = (page: number) => (page === 1 ? BASES_URL : `${BASES_URL}page/${page}/`);
/** The in-page anchor of a kind's section, and of one 街道 within it. */
export const kindAnchor = (kind: BaseKind) => `kind-${KIND_SLUGS[kind]}`;
const groupAnchor = (kind: BaseKind, subdistrict: Subdistrict) => `${kindAnchor(kind)}-${SUBDISTRICT_SLUGS[subdistrict]}`;

const byListOrder = (a: BaseEntry, b: BaseEntry) =>
  BASE_KINDS.indexOf(a.kind) - BASE_KINDS.indexOf(b.kind) ||
  SUBDISTRICTS.indexOf(a.subdistrict) - SUBDISTRICTS.indexOf(b.subdistrict) ||
  a.name.localeCompare(b.name, 'zh-CN');

/** Every base, in list order: by kind, then 街道 (the district's order), then name. */
export async function getAllBases(): Promise<BaseEntry[]> {
  return (await getCollection('bases')).map((entry) => entry.data).sort(byListOrder);
}

export interface BaseGroup {
  kind: BaseKind;
  subdistrict: Subdistrict;
  anchor: string;
  entries: BaseEntry[];
}

/** Consecutive runs of one kind and 街道 in a list already in list order. */
export function groupBasesByKindAndSubdistrict(entries: readonly BaseEntry[]): BaseGroup[] {
  const groups: BaseGroup[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last && last.kind === entry.kind && last.subdistrict === entry.subdistrict) last.entries.push(entry);
    else
      groups.push({
        kind: entry.kind,
        subdistrict: entry.subdistrict,
        anchor: groupAnchor(entry.kind, entry.subdistrict),
        entries: [entry],
      });
  }
  return groups;
}

export interface BasesPage {
  number: number;
  count: number;
  entries: BaseEntry[];
}

/** The no-JS list cut into pages of BASES_PAGE_SIZE. Always at least one page. */
export function paginateBases(entries: readonly BaseEntry[]): BasesPage[] {
  const count = Math.max(1, Math.ceil(entries.length / BASES_PAGE_SIZE));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    entries: entries.slice(i * BASES_PAGE_SIZE, (i + 1) * BASES_PAGE_SIZE),
  }));
}

export interface GroupLocation {
  kind: BaseKind;
  subdistrict: Subdistrict;
  anchor: string;
  /** The page the group starts on, and its size over all pages. */
  page: number;
  count: number;
}

/** Where each kind-and-街道 group starts, in list order: what the group index links to. */
export function groupLocations(pages: readonly BasesPage[]): GroupLocation[] {
  const locations = new Map<string, GroupLocation>();
  for (const page of pages) {
    for (const { kind, subdistrict, anchor, entries } of groupBasesByKindAndSubdistrict(page.entries)) {
      const known = locations.get(anchor);
      if (known) known.count += entries.length;
      else locations.set(anchor, { kind, subdistrict, anchor, page: page.number, count: entries.length });
    }
  }
  return [...locations.values()];
}

/** The words over a list of bases when some are fictional (common/SampleListNotice). */
export const BASES_SAMPLE_NOTICE = {
  lead: '这是演示名录。',
  counter: '处',
  noun: '场所',
  details: '标有“示例数据”，名称、地址、电话和认定情况都不是真实的，请不要前往或拨打。正式名录由主办单位提供后替换。',
};
