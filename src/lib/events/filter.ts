/**
 * The filters of the /events/ list and their URL form. The list is in the page, so the browser filters
 * the items it already has, by the data-* attributes each item carries.
 */

export interface EventFilters {
  kind: string;
  audience: string;
  subdistrict: string;
}

/** What an event is filtered on: read from an item's data-* attributes in the browser. */
export interface FilterableEvent {
  kind: string;
  audiences: readonly string[];
  /** '' when the venue is not in one 街道 (e.g. held in every school). */
  subdistrict: string;
}

export const NO_EVENT_FILTERS: EventFilters = { kind: '', audience: '', subdistrict: '' };

/** The same short keys as the /bases/ filters, so a shared link reads the same on both. */
const KEYS = { kind: 'kind', audience: 'for', subdistrict: 'jd' } as const;

export function parseEventFilters(params: URLSearchParams): EventFilters {
  return { kind: params.get(KEYS.kind) ?? '', audience: params.get(KEYS.audience) ?? '', subdistrict: params.get(KEYS.subdistrict) ?? '' };
}

/** Only the filters that are set, in a fixed order, so equal filters give equal URLs. */
export function eventFiltersToParams(filters: EventFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(KEYS) as Array<keyof EventFilters>) if (filters[key]) params.set(KEYS[key], filters[key]);
  return params;
}

export function matchesEventFilters(event: FilterableEvent, filters: EventFilters): boolean {
  if (filters.kind && event.kind !== filters.kind) return false;
  if (filters.audience && !event.audiences.includes(filters.audience)) return false;
  if (filters.subdistrict && event.subdistrict !== filters.subdistrict) return false;
  return true;
}
