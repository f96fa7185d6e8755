/**
 * Filters on /bases/. The page works without this: it lists everything, grouped. The compact list
 * is fetched only when the visitor first touches the filters (or arrives with filters in the URL),
 * so the first load stays small however long the list grows. The location for "near me" is asked for
 * only when the button is pressed and never leaves the browser.
 */
import { formatHoursLine, isOpenAt, weekendOpenings } from '../lib/bases/hours';
import {
  baseFiltersToParams,
  compactHours,
  hasFilters,
  matchesBaseFilters,
  parseBaseFilters,
  baseSummary,
  sortByDistance,
  type BaseFilters,
  type CompactIndex,
  type CompactBase,
} from '../lib/bases/filter';
import { h, setSelectsFromParams } from './dom';
import { filterDisclosure } from './filter-disclosure';

const form = document.getElementById('bases-filter') as HTMLFormElement;
const count = document.getElementById('bases-count') as HTMLElement;
const results = document.getElementById('bases-results') as HTMLOListElement;
const more = document.getElementById('bases-more') as HTMLElement;
const staticList = document.getElementById('bases-static') as HTMLElement;
const nearMe = form.querySelector('[data-near-me]') as HTMLButtonElement;
const disclosure = filterDisclosure(form);
const PAGE = 50;

let loading: Promise<CompactBase[]> | undefined;
let position: [number, number] | undefined;
let limit = PAGE;

function loadBases(): Promise<CompactBase[]> {
  loading ??= fetch('/data/bases-index.json').then(async (response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return ((await response.json()) as CompactIndex).bases;
  });
  return loading;
}

const readForm = (): BaseFilters => parseBaseFilters(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

function writeForm(filters: BaseFilters): void {
  const params = baseFiltersToParams(filters);
  setSelectsFromParams(form, params);
  for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
    input.checked = (params.get(input.name) ?? '') === input.value;
  }
}

function statusLine(base: CompactBase, now: Date): string {
  const hours = compactHours(base);
  if (!hours.length) return '无固定开放时间';
  if (isOpenAt(hours, now)) return '现在开放';
  const weekend = weekendOpenings(hours, now);
  return weekend.length
    ? `本周末开放：${weekend.map((o) => formatHoursLine({ days: [o.day], opens: o.opens, closes: o.closes }, '–')).join('，')}`
    : '';
}

function item(base: CompactBase, km: number | undefined, now: Date): HTMLLIElement {
  const meta = [...baseSummary(base), statusLine(base, now), km !== undefined && `约${km < 10 ? km.toFixed(1) : Math.round(km)}公里`];
  return h(
    'li',
    { class: 'base-item' },
    h('a', { href: `/bases/${base.i}/`, class: 'font-bold' }, base.n),
    base.x ? h('span', { class: 'sample-badge' }, '示例数据') : null,
    h('span', { class: 'block text-sm text-muted' }, `${base.k} · ${meta.filter(Boolean).join(' · ')}`),
  );
}

async function update(): Promise<void> {
  const filters = readForm();
  const params = baseFiltersToParams(filters);
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  disclosure.showActiveCount(params.size);
  if (!hasFilters(filters) && !position) {
    results.hidden = true;
    more.hidden = true;
    staticList.hidden = false;
    count.textContent = '';
    return;
  }
  let bases: CompactBase[];
  try {
    bases = await loadBases();
  } catch {
    loading = undefined;
    count.textContent = '名录数据没能加载，请稍后再试；下面是完整名录。';
    return;
  }
  const now = new Date();
  const matched = bases.filter((p) => matchesBaseFilters(p, filters, now));
  const ordered = position ? sortByDistance(matched, position) : matched.map((base) => ({ base, km: undefined as number | undefined }));
  results.replaceChildren(...ordered.slice(0, limit).map(({ base, km }) => item(base, km, now)));
  staticList.hidden = true;
  results.hidden = false;
  more.hidden = ordered.length <= limit;
  count.textContent = `找到${matched.length}处${position ? '，按离您由近到远排列' : ''}${matched.length > limit ? `，先显示前${limit}处` : ''}。`;
}

function refresh(): void {
  limit = PAGE;
  void update();
}

form.addEventListener('focusin', () => void loadBases().catch(() => undefined), { once: true });
form.addEventListener('change', refresh);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  refresh();
  disclosure.closeAfterSubmit();
});
form.addEventListener('reset', () => {
  position = undefined;
  nearMe.setAttribute('aria-pressed', 'false');
  setTimeout(refresh);
});
more.querySelector('button')?.addEventListener('click', () => {
  const first = results.children.length;
  limit += PAGE;
  void update().then(() => (results.children[first]?.querySelector('a') as HTMLElement | null)?.focus());
});
nearMe.addEventListener('click', () => {
  if (position) {
    position = undefined;
    nearMe.setAttribute('aria-pressed', 'false');
    refresh();
    return;
  }
  if (!('geolocation' in navigator)) {
    count.textContent = '这个浏览器不能提供位置。可以改用“街道”筛选。';
    return;
  }
  count.textContent = '正在取得您的位置……';
  navigator.geolocation.getCurrentPosition(
    (found) => {
      position = [found.coords.latitude, found.coords.longitude];
      nearMe.setAttribute('aria-pressed', 'true');
      refresh();
    },
    () => {
      count.textContent = '没能取得您的位置（可能没有允许使用位置）。可以改用“街道”筛选。';
    },
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
  );
});

nearMe.setAttribute('aria-pressed', 'false');
writeForm(parseBaseFilters(new URLSearchParams(location.search)));
form.hidden = false;
if (hasFilters(readForm())) refresh();
