/**
 * /search/: runs Pagefind in the browser. The index is fetched only here, on first search, never
 * on other pages. The query and filters live in the URL, so a search can be shared or bookmarked,
 * and the result count is announced through a status line.
 */
import { fallbackQuery, FALLBACK_BELOW, MAX_QUERY_LENGTH, normaliseQuery, withFallback } from '../lib/search/query';
import { h, setSelectsFromParams } from './dom';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string; sample?: string }; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLElement;
const PAGE = 10;

let pagefind: Promise<Pagefind> | undefined;
let results: PagefindResult[] = [];
let shown = 0;
let run = 0;

function loadPagefind(): Promise<Pagefind> {
  // The bundle is written by `pagefind --site dist` after the build, so it is loaded at run time.
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 40 });
    return module;
  });
  return pagefind;
}

/** The excerpt as text with its <mark> highlights, built node by node rather than as HTML. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK' ? h('mark', {}, node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  );
}

/** Appends the next batch of results, unless a newer search has started meanwhile. */
async function showMore(search: number): Promise<void> {
  const button = more.querySelector('button') as HTMLButtonElement;
  button.disabled = true;
  const batch = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
  button.disabled = false;
  if (search !== run) return;
  const first = shown;
  list.append(
    ...batch.map((data) =>
      h(
        'li',
        { class: 'base-item' },
        h('a', { href: data.url, class: 'text-lg font-bold' }, data.meta.title ?? data.url),
        data.meta['sample'] ? h('span', { class: 'sample-badge' }, '示例数据') : null,
        data.filters['type']?.[0] ? h('span', { class: 'block text-sm text-muted' }, data.filters['type'][0]) : null,
        h('p', { class: 'search-excerpt' }, ...excerptNodes(data.excerpt)),
      ),
    ),
  );
  shown += batch.length;
  more.hidden = shown >= results.length;
  if (first > 0) (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus();
}

async function search(): Promise<void> {
  const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
  for (const [key, value] of [...params]) if (!value) params.delete(key);
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  const query = normaliseQuery(params.get('q') ?? '');
  const current = ++run;
  list.replaceChildren();
  more.hidden = true;
  if (!query) {
    status.textContent = '';
    return;
  }
  status.textContent = '正在搜索……';
  const filters: Record<string, string> = {};
  if (params.get('type')) filters['type'] = params.get('type') as string;
  if (params.get('for')) filters['audience'] = params.get('for') as string;
  try {
    const engine = await loadPagefind();
    const typed = (await engine.search(query, { filters }))?.results ?? [];
    const pieces = fallbackQuery(query);
    // Pagefind splits Chinese queries differently from the index now and then (its issue #1237):
    // when the query as typed finds little, its two-character pieces are searched as well.
    const fallback = typed.length < FALLBACK_BELOW && pieces ? ((await engine.search(pieces, { filters }))?.results ?? []) : [];
    if (current !== run) return;
    results = withFallback(typed, fallback);
    shown = 0;
    await showMore(current);
    if (current !== run) return;
    // Announced once the results are on the page, so a screen reader can go straight to them.
    status.textContent = results.length
      ? `找到${results.length}个相关页面。`
      : `没有找到与“${query}”相关的页面。可以换个说法，或者去掉筛选条件再试。`;
  } catch {
    status.textContent = '搜索没能加载，请稍后再试，或者使用网站地图。';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void search();
});
form.addEventListener('change', (event) => {
  if (event.target instanceof HTMLSelectElement) void search();
});
more.querySelector('button')?.addEventListener('click', () => void showMore(run));

const initial = new URLSearchParams(location.search);
// maxlength holds only for typing: a query from the URL is cut here (and again in normaliseQuery).
input.value = Array.from(initial.get('q') ?? '')
  .slice(0, MAX_QUERY_LENGTH)
  .join('');
setSelectsFromParams(form, initial);
form.hidden = false;
if (input.value) void search();
