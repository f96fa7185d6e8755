/**
 * The eligibility checker in the browser. Answers live in the URL query; nothing is stored or sent.
 * Markup is built with DOM calls and textContent only, so no answer or query text can inject markup.
 */
import { evaluateAnswers } from '../lib/eligibility/assess';
import { assertSupported, checkObject, type JsonSchema } from '../lib/eligibility/json-schema-check';
import { answerLabel, applicableSteps, isAnswered, isRequired, isShown, nextIncompleteStep, optionsOf, STEPS, type Draft, type Question, type Step } from '../lib/eligibility/questions';
import type { ItemResult, ReadingNote, Ruleset } from '../lib/eligibility/types';
import { draftToQuery, queryToDraft } from '../lib/eligibility/url-state';
import { missingFor, TOPICS_FOR } from '../lib/eligibility/validate-core';
import type { Answers } from '../schemas/answers';
import { formatYuan } from '../lib/money';
import { h } from './dom';

const app = document.getElementById('checker-app') as HTMLElement;
const ruleset = JSON.parse(document.getElementById('checker-ruleset')?.textContent ?? '{}') as Ruleset;
const answersSchema = JSON.parse(document.getElementById('checker-answers-schema')?.textContent ?? '{}') as JsonSchema;
assertSupported(answersSchema);
// The start page as the server rendered it, restored when Back returns to it.
const startPage = [...app.childNodes].map((node) => node.cloneNode(true));
const FIELD_NAMES = new Set(STEPS.flatMap((s) => s.questions.map((q) => q.field as string)));


const stepUrl = (draft: Draft, step?: string) => `?${draftToQuery(answersSchema, draft, step).toString()}`;
const yuanRange = (min: number, max: number) => (min === max ? formatYuan(min) : `${formatYuan(min)}至${formatYuan(max)}`);
const clauseLink = (clause: string | undefined) =>
  clause ? h('a', { href: `${ruleset.policy.url}#${clause}` }, `原文${ruleset.clauseLabels[clause] ?? clause}`) : null;

function go(draft: Draft, step: string | undefined): void {
  history.pushState(null, '', stepUrl(draft, step));
  render();
}

function fieldId(field: string, value?: string) {
  return `q-${field}${value ? `-${value}` : ''}`;
}

function renderQuestion(question: Question, draft: Draft, error: string | undefined): HTMLElement {
  const id = fieldId(question.field);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [question.hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const hint = question.hint ? h('p', { id: hintId, class: 'form-hint' }, question.hint) : null;
  const errorMessage = error ? h('p', { id: errorId, class: 'form-error' }, h('span', { class: 'sr-only' }, '错误：'), error) : null;
  const value = draft[question.field];
  if (question.kind === 'year' || question.kind === 'number') {
    return h('div', { class: `form-group${error ? ' has-error' : ''}` },
      h('label', { for: id, class: 'form-label' }, question.label), hint, errorMessage,
      h('input', { id, name: question.field, type: 'text', inputmode: 'numeric', autocomplete: 'off', class: 'form-input', value: value === undefined ? '' : String(value), 'aria-describedby': describedBy, 'aria-invalid': error ? 'true' : undefined }));
  }
  const type = question.kind === 'checkbox' ? 'checkbox' : 'radio';
  const chosen = new Set((Array.isArray(value) ? value : [value]).map(String));
  return h('fieldset', { class: `form-group${error ? ' has-error' : ''}`, id, 'aria-describedby': describedBy },
    h('legend', { class: 'form-label' }, question.label), hint, errorMessage,
    ...optionsOf(question, draft).map((option) => {
      const optionId = fieldId(question.field, option.value);
      // The hint sits outside the label, so the option's name stays short and the hint is its description.
      return h('div', { class: 'choice' },
        h('input', { id: optionId, type, name: question.field, value: option.value, checked: chosen.has(option.value), 'aria-describedby': option.hint ? `${optionId}-hint` : undefined }),
        h('div', {}, h('label', { for: optionId }, option.label), option.hint ? h('span', { id: `${optionId}-hint`, class: 'choice-hint' }, option.hint) : null));
    }));
}

function readForm(form: HTMLFormElement, step: Step, draft: Draft): { next: Draft; errors: Map<string, string> } {
  const data = new FormData(form);
  const next: Record<string, unknown> = { ...draft };
  const errors = new Map<string, string>();
  for (const question of step.questions) {
    const values = data.getAll(question.field).map(String).filter((v) => v.trim() !== '');
    if (question.kind === 'checkbox') next[question.field] = values;
    else if (question.kind === 'year' || question.kind === 'number') {
      const text = (values[0] ?? '').trim();
      if (!text) delete next[question.field];
      else if (!/^\d+$/.test(text) || (question.kind === 'year' && (Number(text) < 1990 || Number(text) > 2100))) {
        errors.set(question.field, question.kind === 'year' ? '请填写四位数的年份，例如 2019' : '请填写整数名次，例如 3');
      } else next[question.field] = Number(text);
    } else if (values[0]) next[question.field] = values[0];
    else delete next[question.field];
  }
  // Topics the applicant cannot ask about are dropped when the applicant changes.
  if (next['applicant'] && Array.isArray(next['topics'])) {
    next['topics'] = (next['topics'] as string[]).filter((t) => (TOPICS_FOR[next['applicant'] as keyof typeof TOPICS_FOR] as readonly string[]).includes(t));
  }
  for (const question of step.questions) {
    if (errors.has(question.field) || !isShown(question, next as Draft) || !isRequired(question)) continue;
    if (!isAnswered(next[question.field])) errors.set(question.field, question.kind === 'checkbox' ? '请至少选择一项' : question.kind === 'year' ? '请填写年份' : '请选择一项');
  }
  return { next: next as Draft, errors };
}

function errorSummary(errors: Map<string, string>, step: Step): HTMLElement {
  return h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': 'error-summary-title' },
    h('h2', { id: 'error-summary-title' }, '请先改正以下问题'),
    h('ul', {}, ...step.questions.filter((q) => errors.has(q.field)).map((q) => h('li', {}, h('a', { href: `#${fieldId(q.field)}` }, `${q.label}：${errors.get(q.field)}`)))));
}

function backLink(draft: Draft, stepId: string): HTMLElement | null {
  const steps = applicableSteps(draft).map((s) => s.id);
  const order = [...steps, 'check', 'result'];
  const previous = order[order.indexOf(stepId) - 1];
  return previous ? h('a', { href: stepUrl(draft, previous), class: 'back-link', 'data-nav': '' }, '返回上一步') : h('a', { href: '/checker/', class: 'back-link' }, '返回开始页');
}

function renderStep(step: Step, draft: Draft, errors = new Map<string, string>()): HTMLElement[] {
  const steps = applicableSteps(draft);
  const position = steps.findIndex((s) => s.id === step.id) + 1;
  const form = h('form', { novalidate: true, class: 'checker-form' },
    ...step.questions.filter((q) => isShown(q, draft)).map((q) => renderQuestion(q, draft, errors.get(q.field))),
    h('button', { type: 'submit', class: 'button' }, '继续'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { next, errors: found } = readForm(form, step, draft);
    // Show dependent questions (such as a year) as soon as their choice is made.
    const newlyShown = step.questions.some((q) => !isShown(q, draft) && isShown(q, next) && !isAnswered(next[q.field]));
    if (found.size || newlyShown) {
      history.replaceState(null, '', stepUrl(next, step.id));
      mount(renderStep(step, next, newlyShown && !found.size ? new Map() : found), found.size ? '.error-summary' : undefined);
      return;
    }
    // On to the first step that still needs answers, or the summary when none does.
    go(next, nextIncompleteStep(next)?.id ?? 'check');
  });
  return [
    backLink(draft, step.id) as HTMLElement,
    h('p', { class: 'step-count' }, `第${position}步，共${steps.length}步`),
    h('h2', { class: 'step-title', tabindex: '-1' }, step.title),
    ...(errors.size ? [errorSummary(errors, step)] : []),
    form,
  ];
}

function renderCheck(draft: Draft): HTMLElement[] {
  const rows = applicableSteps(draft).flatMap((step) =>
    step.questions.filter((q) => isShown(q, draft)).map((q) =>
      h('div', { class: 'summary-row' },
        h('dt', {}, q.label),
        h('dd', {}, answerLabel(q, draft)),
        h('dd', {}, h('a', { href: stepUrl(draft, step.id), 'data-nav': '' }, '更改', h('span', { class: 'sr-only' }, `：${q.label}`))))));
  return [
    backLink(draft, 'check') as HTMLElement,
    h('h2', { class: 'step-title', tabindex: '-1' }, '核对您的回答'),
    h('dl', { class: 'summary-list' }, ...rows),
    h('p', {}, '回答在您的浏览器里计算，本站不保存。回答写在网址里，打开这个网址时会随请求发到本站服务器（见隐私说明）。'),
    h('a', { href: stepUrl(draft, 'result'), class: 'button', 'data-nav': '' }, '查看结果'),
  ];
}

const STATUS_TEXT: Record<ItemResult['status'], string> = { eligible: '可能符合', depends: '视情况而定', unknown: '需要确认', ineligible: '不符合' };

/** 本站理解, marked as Reading.astro marks it on the built pages. */
const readingNote = (reading: ReadingNote): HTMLElement =>
  h('span', { class: 'reading', 'data-reading': reading.id }, h('span', { class: 'reading-label' }, '本站理解：'), reading.text, h('span', { class: 'reading-reason' }, `理由：${reading.reason}`));

function renderItem(item: ItemResult): HTMLElement {
  const list = (title: string, items: Node[]) => (items.length ? [h('h4', {}, title), h('ul', {}, ...items)] : []);
  return h('section', { class: `result-item status-${item.status}`, 'aria-labelledby': `item-${item.id}` },
    h('h3', { id: `item-${item.id}` }, item.title),
    h('p', { class: 'result-status' }, h('strong', {}, STATUS_TEXT[item.status]), '　', item.status === 'ineligible' ? '' : yuanRange(item.amount.min, item.amount.max)),
    item.decidedBy ? h('p', {}, `由什么决定：${item.decidedBy}`) : null,
    ...list(item.status === 'ineligible' ? '为什么不符合' : '为什么', item.reasons.map((r) => h('li', {}, r.text, ' ', clauseLink(r.clause)))),
    ...list('请先确认', item.confirm.map((c) => h('li', {}, `${c.question}（可咨询：${c.with}）`))),
    item.notPaidTwice ? h('p', {}, h('strong', {}, '不重复补助：'), item.notPaidTwice) : null,
    item.nextStep ? h('p', {}, h('strong', {}, '更进一步：'), item.nextStep) : null,
    ...list('解读说明', item.notes.map((t) => h('li', {}, t))),
    ...item.readings.map(readingNote),
    ...(item.status === 'ineligible' ? [] : list('本站建议准备的材料（以主管部门申报通知为准）', item.prepare.map((t) => h('li', {}, t)))),
    h('p', {}, h('strong', {}, '先问谁：'), item.office, '　', clauseLink(item.clause)));
}

function renderResult(draft: Draft): HTMLElement[] {
  // The same checks the engine's zod validation makes, against the JSON Schema generated from it.
  const errors = checkObject(answersSchema, draft);
  if (errors.length || missingFor(draft as Answers).length) return renderStep(nextIncompleteStep(draft) ?? (STEPS[0] as Step), draft);
  const result = evaluateAnswers(ruleset, draft as Answers);
  const { policy } = ruleset;
  return [
    backLink(draft, 'result') as HTMLElement,
    h('h2', { class: 'step-title', tabindex: '-1', id: 'result-title' }, '测算结果'),
    h('div', { class: 'result-total' },
      h('p', {}, '合计可能获得：', h('strong', {}, yuanRange(result.total.min, result.total.max))),
      h('p', {}, `依据：《${policy.title}》（${policy.docNumber}），计划期限${policy.termAsPrinted}，已到期。结果只是按您的回答所作的测算，以主管部门审核为准。`),
      ...policy.readings.map(readingNote)),
    ...result.items.map(renderItem),
    h('p', { class: 'no-print result-actions' },
      h('button', { type: 'button', class: 'button', 'data-print': '' }, '打印结果'), ' ',
      h('a', { href: '/checker/', class: 'button-secondary' }, '重新开始')),
  ];
}

function mount(nodes: HTMLElement[], focusSelector?: string): void {
  app.replaceChildren(...nodes);
  (app.querySelector<HTMLElement>(focusSelector ?? '.step-title'))?.focus();
}

function render(): void {
  const params = new URLSearchParams(location.search);
  const { draft, ignored } = queryToDraft(answersSchema, params);
  const notice = ignored.length
    ? h('div', { class: 'notice', role: 'status' }, `网址中有无法识别的内容，已忽略：${ignored.filter((k) => FIELD_NAMES.has(k) || /^[\w-]{1,40}$/.test(k)).join('、') || '（无法显示的参数）'}。请重新回答相关问题。`)
    : null;
  const requested = params.get('step');
  const pending = nextIncompleteStep(draft);
  let nodes: HTMLElement[];
  if (!requested) {
    app.replaceChildren(...(notice ? [notice] : []), ...startPage.map((node) => node.cloneNode(true)));
    app.querySelector('[data-start]')?.removeAttribute('hidden');
    return;
  }
  // A step after the first unanswered one is not shown: the flow cannot be skipped by editing the URL.
  const steps = applicableSteps(draft);
  const requestedIndex = steps.findIndex((s) => s.id === requested);
  const step = requestedIndex >= 0 && (!pending || requestedIndex <= steps.indexOf(pending)) ? steps[requestedIndex] : undefined;
  if (step) nodes = renderStep(step, draft);
  else if ((requested === 'check' || requested === 'result') && !pending) nodes = requested === 'check' ? renderCheck(draft) : renderResult(draft);
  else nodes = renderStep(pending ?? (STEPS[0] as Step), draft);
  if (notice) nodes.unshift(notice);
  mount(nodes);
}

app.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  if (target.closest('[data-print]')) return window.print();
  const link = target.closest<HTMLAnchorElement>('a[data-nav]');
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  history.pushState(null, '', link.href);
  render();
});
window.addEventListener('popstate', () => render());
render();
