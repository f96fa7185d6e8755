/**
 * Filters on /events/. Every event is already in the page, grouped, which is what visitors without
 * JavaScript get; this only hides the items that do not match and keeps the choice in the URL.
 */
import { eventFiltersToParams, matchesEventFilters, parseEventFilters, type EventFilters } from '../lib/events/filter';
import { setSelectsFromParams } from './dom';
import { filterDisclosure } from './filter-disclosure';

const form = document.getElementById('events-filter') as HTMLFormElement;
const count = document.getElementById('events-count') as HTMLElement;
const disclosure = filterDisclosure(form);
const items = [...document.querySelectorAll<HTMLElement>('[data-event]')];
const noUpcoming = document.querySelector<HTMLElement>('[data-no-match]');
const past = document.querySelector<HTMLElement>('[data-past]');
const pastYears = [...document.querySelectorAll<HTMLElement>('[data-past-year]')];
const archiveLinks = [...document.querySelectorAll<HTMLAnchorElement>('a[data-keeps-filters]')];
const hasVisibleEvent = (section: HTMLElement) => section.querySelector('[data-event]:not([hidden])') !== null;

const readForm = (): EventFilters => parseEventFilters(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

function update(): void {
  const filters = readForm();
  const params = eventFiltersToParams(filters);
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  disclosure.showActiveCount(params.size);
  let shown = 0;
  for (const item of items) {
    const match = matchesEventFilters(
      { kind: item.dataset['kind'] ?? '', audiences: (item.dataset['for'] ?? '').split(' '), subdistrict: item.dataset['jd'] ?? '' },
      filters,
    );
    item.hidden = !match;
    if (match) shown += 1;
  }
  // Empty past years disappear; the upcoming section stays and says nothing matched.
  for (const year of pastYears) year.hidden = !hasVisibleEvent(year);
  if (past) past.hidden = pastYears.every((year) => year.hidden);
  const upcomingItems = items.filter((item) => !past?.contains(item));
  if (noUpcoming) noUpcoming.hidden = upcomingItems.length === 0 || upcomingItems.some((item) => !item.hidden);
  // Says where it looked: /events/ holds the upcoming and the latest past events, a year page one year's.
  count.textContent = params.size ? `${count.dataset['scope'] ?? ''}找到${shown}项活动。` : '';
  // The links to each year's page carry the filters, so a visitor looking further back keeps them.
  for (const link of archiveLinks) {
    link.setAttribute('href', `${new URL(link.href).pathname}${params.size ? `?${params}` : ''}`);
  }
}

form.addEventListener('change', update);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  update();
  disclosure.closeAfterSubmit();
});
form.addEventListener('reset', () => setTimeout(update));

// A shared link's filters win; otherwise a choice made before this script arrived (on a slow
// connection the form is shown first) is kept and applied.
const fromUrl = eventFiltersToParams(parseEventFilters(new URLSearchParams(location.search)));
if (fromUrl.size) setSelectsFromParams(form, fromUrl);
if (eventFiltersToParams(readForm()).size) update();
