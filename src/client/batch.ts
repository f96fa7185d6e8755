/**
 * The batch page (/checker/batch/): a roster chosen from the device is read and evaluated in a worker
 * (batch-worker.ts), and the page shows a summary, the problems by row and column, one page of the
 * results table at a time, and the whole results as a CSV download made in the browser. The file is
 * never sent anywhere. The .xlsx reader (in its own worker) is loaded only when an .xlsx is chosen.
 * Markup is built with DOM calls and textContent only (dom.ts), so no cell of the roster can inject markup.
 */
import type { ResultColumn, RosterRow } from '../lib/eligibility/roster';
import { describeProblemZh } from '../lib/eligibility/roster-messages';
import type { RosterSummary } from '../lib/eligibility/roster-summary';
import { STATUS_LABEL, TOTAL_LABEL } from '../lib/eligibility/labels';
import type { ItemStatus } from '../lib/eligibility/types';
import { formatYuan } from '../lib/common/money';
import type { BatchReply, BatchRequest } from './batch-protocol';
import { PROBLEM_LIMIT } from './batch-protocol';
import { h, type Child } from './dom';

const form = document.getElementById('batch-form') as HTMLFormElement;
const input = document.getElementById('batch-file') as HTMLInputElement;
const group = document.getElementById('batch-file-group') as HTMLElement;
const status = document.getElementById('batch-status') as HTMLElement;
const results = document.getElementById('batch-results') as HTMLElement;
const rulesetJson = document.getElementById('batch-ruleset')?.textContent ?? '{}';
const STATUSES: ItemStatus[] = ['eligible', 'depends', 'unknown', 'ineligible'];

let worker: Worker | undefined;
let download: string | undefined;
let done: (BatchReply & { type: 'done' }) | undefined;
let page = 1;
/** The pager button pressed, focused again on the new page (the old one is replaced with the table). */
let pagerFocus: 'prev' | 'next' | undefined;
let downloadName = 'results.csv';

const yuanRange = (min: number, max: number) => (min === max ? formatYuan(min) : `${formatYuan(min)}至${formatYuan(max)}`);

/** GOV.UK error summary: focused when shown, each problem linking to where it is. */
function errorSummary(title: string, items: Array<{ text: string; href?: string }>, more?: string): HTMLElement {
  return h(
    'div',
    { class: 'error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': 'batch-error-title' },
    h('h2', { id: 'batch-error-title' }, title),
    h('ul', {}, ...items.map((item) => h('li', {}, item.href ? h('a', { href: item.href }, item.text) : item.text))),
    more ? h('p', {}, more) : null,
  );
}

function show(nodes: Child[], focus?: string): void {
  results.replaceChildren(...nodes.filter((n): n is Node => Boolean(n)));
  if (focus) results.querySelector<HTMLElement>(focus)?.focus();
}

/** A problem with the file input itself, marked on the field as on /checker/. */
function fieldError(message: string): void {
  group.classList.add('has-error');
  group.querySelector('.form-error')?.remove();
  input.before(h('p', { id: 'batch-file-error', class: 'form-error' }, h('span', { class: 'sr-only' }, '错误：'), message));
  input.setAttribute('aria-describedby', 'batch-file-hint batch-file-error');
  input.setAttribute('aria-invalid', 'true');
  status.textContent = '';
  show([errorSummary('请先改正以下问题', [{ text: message, href: '#batch-file' }])], '.error-summary');
}

function clearFieldError(): void {
  group.classList.remove('has-error');
  group.querySelector('.form-error')?.remove();
  input.setAttribute('aria-describedby', 'batch-file-hint');
  input.removeAttribute('aria-invalid');
}

function summaryView(summary: RosterSummary, format: string): HTMLElement {
  const counts = h(
    'table',
    { class: 'decision-table batch-counts' },
    h('caption', { class: 'text-left font-bold' }, '各项扶持的测算结果（行数；一行有几个平台、人才等就计几次）'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '扶持项目'), ...STATUSES.map((s) => h('th', { scope: 'col' }, STATUS_LABEL[s])))),
    h(
      'tbody',
      {},
      ...summary.items.map((item) =>
        h('tr', {}, h('th', { scope: 'row' }, item.title), ...STATUSES.map((s) => h('td', {}, String(item.counts[s])))),
      ),
    ),
  );
  return h(
    'section',
    { 'aria-labelledby': 'batch-summary-title' },
    h('h2', { id: 'batch-summary-title', class: 'step-title', tabindex: '-1' }, '测算结果'),
    h(
      'div',
      { class: 'result-total' },
      h('p', {}, `共读取${summary.rows}行（${format}）：${summary.evaluated}行已测算，${summary.withProblems}行有问题、没有测算。`),
      h('p', {}, `${TOTAL_LABEL.certain}合计：`, h('strong', {}, formatYuan(summary.total.certain))),
      h('p', {}, `${TOTAL_LABEL.possible}合计：`, h('strong', {}, formatYuan(summary.total.possible))),
      h(
        'p',
        {},
        `${TOTAL_LABEL.certain}只计“${STATUS_LABEL.eligible}”的项目；“${STATUS_LABEL.unknown}”和“${STATUS_LABEL.depends}”的项目只计入${TOTAL_LABEL.possible}。结果只是按表格所填的测算，以主管部门审核为准。`,
      ),
    ),
    h('p', {}, h('a', { href: download, download: downloadName, class: 'button', id: 'batch-download' }, '下载全部结果（CSV）')),
    h(
      'p',
      { class: 'form-hint' },
      '下载的文件是 UTF-8 编码的 CSV，Excel 可以直接打开；每行一家单位或一个人，每一项都有状态和最低、最高金额，最后是“问题”列。',
    ),
    h('section', { class: 'table-scroll', tabindex: '0', 'aria-label': '各项扶持的测算结果（可横向滚动）' }, counts),
  );
}

function problemsView(reply: BatchReply & { type: 'done' }): HTMLElement | null {
  if (!reply.problemCount) return null;
  return h(
    'section',
    { 'aria-labelledby': 'batch-problems-title' },
    h('h2', { id: 'batch-problems-title', class: 'mt-8 text-xl font-bold' }, '有问题的行'),
    h(
      'p',
      {},
      reply.problemCount > PROBLEM_LIMIT
        ? `共${reply.problemCount}个问题，这里列出前${PROBLEM_LIMIT}个；全部问题见下载文件的“问题”列。`
        : `共${reply.problemCount}个问题。改正表格后重新选择文件即可。`,
    ),
    h(
      'ul',
      { class: 'batch-problems' },
      ...reply.problems.map((p, i) =>
        h('li', { id: `batch-problem-${i + 1}`, tabindex: '-1' }, `第 ${p.row} 行${p.label ? `（${p.label}）` : ''}：${p.text}`),
      ),
    ),
  );
}

function rowView(row: RosterRow, columns: ResultColumn[]): HTMLElement {
  const found = new Map((row.result?.items ?? []).map((i) => [`${i.policy}/${i.id}${i.entry ? `#${i.entry.index}` : ''}`, i]));
  const cells = columns.map(({ key }) => {
    const item = found.get(key);
    if (!item) return h('td', {}, '');
    return h(
      'td',
      {},
      STATUS_LABEL[item.status],
      item.status === 'ineligible' ? '' : h('br'),
      item.status === 'ineligible' ? '' : yuanRange(item.amount.min, item.amount.max),
    );
  });
  const total = row.result?.total;
  return h(
    'tr',
    { class: row.problems.length ? 'batch-row-problem' : undefined },
    h('th', { scope: 'row' }, String(row.row)),
    h('td', {}, row.label),
    ...cells,
    h('td', {}, total ? formatYuan(total.certain) : ''),
    h('td', {}, total ? formatYuan(total.possible) : ''),
    h('td', {}, row.problems.length ? `未测算：${row.problems.map(describeProblemZh).join('；')}` : ''),
  );
}

function tableView(rows: RosterRow[]): HTMLElement {
  const reply = done as BatchReply & { type: 'done' };
  const table = h(
    'table',
    { class: 'decision-table batch-table' },
    h('caption', { class: 'text-left font-bold' }, `每一行的结果（有问题的行在前），第${page}页，共${reply.pages}页`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, '行号'),
        h('th', { scope: 'col' }, '名称'),
        ...reply.columns.map((c) => h('th', { scope: 'col' }, c.name)),
        h('th', { scope: 'col' }, TOTAL_LABEL.certain),
        h('th', { scope: 'col' }, TOTAL_LABEL.possible),
        h('th', { scope: 'col' }, '问题'),
      ),
    ),
    h('tbody', {}, ...rows.map((r) => rowView(r, reply.columns))),
  );
  const pager =
    reply.pages > 1
      ? h(
          'nav',
          { class: 'batch-pager', 'aria-label': '结果表翻页' },
          h(
            'button',
            { type: 'button', class: 'button-secondary', 'data-page': String(page - 1), 'data-dir': 'prev', disabled: page <= 1 },
            '上一页',
          ),
          ' ',
          h('span', {}, `第${page}页，共${reply.pages}页`),
          ' ',
          h(
            'button',
            { type: 'button', class: 'button-secondary', 'data-page': String(page + 1), 'data-dir': 'next', disabled: page >= reply.pages },
            '下一页',
          ),
        )
      : null;
  return h(
    'section',
    { id: 'batch-table', 'aria-labelledby': 'batch-table-title' },
    h('h2', { id: 'batch-table-title', class: 'mt-8 text-xl font-bold' }, '每一行的结果'),
    h('p', {}, '每一格是这一项的状态和金额；空格表示这一行没有问到这一项。'),
    h('section', { class: 'table-scroll', tabindex: '0', 'aria-label': '每一行的结果（可横向滚动）' }, table),
    pager,
  );
}

/** When the progress line last changed: a screen reader hears it at most once a second, not every 500 rows. */
let progressShownAt = -Infinity;

function onReply(reply: BatchReply): void {
  if (reply.type === 'progress') {
    const now = performance.now();
    if (now - progressShownAt < 1000) return;
    progressShownAt = now;
    status.textContent = `正在测算：已完成${reply.done}行，共${reply.total}行……`;
  } else if (reply.type === 'refused') {
    status.textContent = '这个文件无法测算。';
    show(
      [
        errorSummary(
          '这个文件无法测算，请先改正以下问题',
          reply.problems.map((text) => ({ text })),
        ),
      ],
      '.error-summary',
    );
  } else if (reply.type === 'done') {
    if (download) URL.revokeObjectURL(download);
    // The BOM makes Excel read the file as UTF-8.
    download = URL.createObjectURL(new Blob([`\uFEFF${reply.csv}`], { type: 'text/csv;charset=utf-8' }));
    done = reply;
    page = 1;
    const rows = reply.summary.rows;
    status.textContent = `测算完成：共${rows}行，${reply.summary.withProblems}行有问题。`;
    const problems = reply.problems.slice(0, 10).map((p, i) => ({ text: `第 ${p.row} 行：${p.text}`, href: `#batch-problem-${i + 1}` }));
    show(
      [
        reply.problemCount
          ? errorSummary(
              `${reply.summary.withProblems}行有问题，没有测算`,
              problems,
              reply.problemCount > problems.length ? `还有${reply.problemCount - problems.length}个问题，见下面“有问题的行”。` : undefined,
            )
          : null,
        summaryView(reply.summary, reply.format),
        problemsView(reply),
        h('div', { id: 'batch-table-slot' }),
      ],
      reply.problemCount ? '.error-summary' : '#batch-summary-title',
    );
    worker?.postMessage({ type: 'page', page: 1 } satisfies BatchRequest);
  } else {
    page = reply.page;
    const slot = document.getElementById('batch-table-slot');
    slot?.replaceChildren(tableView(reply.rows));
    if (pagerFocus) {
      const buttons = [...(slot?.querySelectorAll<HTMLButtonElement>('button[data-dir]') ?? [])];
      (buttons.find((b) => b.dataset.dir === pagerFocus && !b.disabled) ?? buttons.find((b) => !b.disabled))?.focus();
      pagerFocus = undefined;
    }
  }
}

async function start(file: File): Promise<void> {
  worker?.terminate();
  // Two workers that differ in how they read the file: the .xlsx one carries the Excel reader.
  worker = /\.xlsx$/i.test(file.name)
    ? new Worker(new URL('./batch-xlsx-worker.ts', import.meta.url), { type: 'module' })
    : new Worker(new URL('./batch-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<BatchReply>) => onReply(event.data);
  worker.onerror = () => {
    status.textContent = '';
    show(
      [errorSummary('测算时出了错', [{ text: '浏览器没能完成测算。请刷新页面再试；如果仍然不行，请换用最新版的浏览器。' }])],
      '.error-summary',
    );
  };
  status.textContent = '正在读取文件……';
  const bytes = await file.arrayBuffer();
  worker.postMessage({ type: 'start', ruleset: rulesetJson, bytes } satisfies BatchRequest, [bytes]);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearFieldError();
  const file = input.files?.[0];
  if (!file) return fieldError('请选择一个名单文件');
  if (!/\.(csv|xlsx)$/i.test(file.name)) return fieldError('只能选择 .csv 或 .xlsx 文件（.xls 请先在 Excel 里另存为 .xlsx）');
  results.replaceChildren();
  downloadName = `${file.name.replace(/\.(csv|xlsx)$/i, '')}-测算结果.csv`;
  void start(file);
});

results.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const pageButton = target.closest<HTMLButtonElement>('button[data-page]');
  if (pageButton && worker) {
    pagerFocus = pageButton.dataset.dir === 'prev' ? 'prev' : 'next';
    worker.postMessage({ type: 'page', page: Number(pageButton.dataset.page) } satisfies BatchRequest);
    return;
  }
  // Error summary links move focus to the problem or the field without changing the address.
  const link = target.closest<HTMLAnchorElement>('.error-summary a[href^="#"]');
  if (link) {
    event.preventDefault();
    document.getElementById(link.hash.slice(1))?.focus();
  }
});
