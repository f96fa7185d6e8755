/**
 * The eligibility checker in the browser. Answers live in the URL fragment (#…), which browsers never
 * send to a server, so the answers never leave the reader's device; nothing is stored. Markup is built
 * with DOM calls and textContent only, so no answer or URL text can inject markup. Everything asked
 * comes from the ruleset's questions (content/), so a new policy needs no change here.
 */
import { evaluateAnswers } from '../lib/eligibility/assess';
import { parseFlat, toFlat } from '../lib/eligibility/flat';
import {
  applicableSteps,
  fieldName,
  isAnswered,
  isShown,
  missingAnswers,
  nextIncompleteStep,
  pruneAnswers,
  stepValues,
  topicsQuestion,
  type Draft,
  type FlowStep,
} from '../lib/eligibility/flow';
import { assertSupported, checkObject, type JsonSchema } from '../lib/eligibility/json-schema-check';
import { STATUS_LABEL, TOTAL_LABEL } from '../lib/eligibility/labels';
import { answerText, entriesOf, entryLabel } from '../lib/eligibility/scope';
import type { Answers, Entry, ItemResult, Question, ReadingNote, Ruleset, Topic } from '../lib/eligibility/types';
import { formatYuan } from '../lib/common/money';
import { POLICY_STATUS_LABEL } from '../lib/policy/status';
import { h, type Child } from './dom';
import { qrCode } from './qr';

const app = document.getElementById('checker-app') as HTMLElement;
const ruleset = JSON.parse(document.getElementById('checker-ruleset')?.textContent ?? '{}') as Ruleset;
const answersSchema = JSON.parse(document.getElementById('checker-answers-schema')?.textContent ?? '{}') as JsonSchema;
assertSupported(answersSchema);
// The start page as the server rendered it, restored when Back returns to it.
const startPage = [...app.childNodes].map((node) => node.cloneNode(true));
const CONTROL = ['step'];
let stateUrl = location.href;

const urlFor = (draft: Draft, step?: string) => {
  const params = new URLSearchParams(toFlat(ruleset, draft));
  if (step) params.set('step', step);
  // Commas stay commas: lists read as "topics=hte,platform" and the address stays short.
  return `${location.pathname}#${params.toString().replaceAll('%2C', ',')}`;
};
const yuanRange = (min: number, max: number) => (min === max ? formatYuan(min) : `${formatYuan(min)}至${formatYuan(max)}`);
const policyOf = (id: string) => ruleset.policies.find((p) => p.id === id);
const clauseLink = (policyId: string, clause: string | undefined) => {
  const policy = policyOf(policyId);
  return clause && policy ? h('a', { href: `${policy.url}#${clause}` }, `原文${policy.clauseLabels[clause] ?? clause}`) : null;
};

function go(draft: Draft, step: string | undefined, replace = false): void {
  history[replace ? 'replaceState' : 'pushState'](null, '', urlFor(draft, step));
  render();
}

/** The draft with one step's answers replaced by the form's. */
function withStepValues(draft: Draft, step: FlowStep, values: Record<string, unknown>): Draft {
  const next: Draft = { ...draft };
  const group = step.topic?.group;
  if (group && step.entry) {
    const list = [...entriesOf(next as Answers, group)];
    list[step.entry - 1] = values;
    next[group.id] = list;
    return next;
  }
  for (const q of step.questions) delete next[q.id];
  Object.assign(next, values);
  return next;
}

const ERROR_TEXT: Record<Question['kind'], [missing: string, bad: string]> = {
  choice: ['请选择一项', '请选择一项'],
  choices: ['请至少选择一项', '请重新选择'],
  year: ['请填写年份', '请填写四位数的年份，例如 2019'],
  number: ['请填写数字', '请填写整数，例如 3'],
  amount: ['请填写金额', '请填写金额（元），只写数字，例如 250000'],
};

function readForm(form: HTMLFormElement, step: FlowStep, draft: Draft): { next: Draft; errors: Map<string, string> } {
  const data = new FormData(form);
  const errors = new Map<string, string>();
  const pairs: Array<[string, string]> = step.questions.map((q) => {
    const name = fieldName(step, q);
    return [name, data.getAll(name).map(String).join(',')];
  });
  const parsed = parseFlat(ruleset, pairs);
  const group = step.topic?.group;
  const values = group ? ((parsed.answers[group.id] as Entry[] | undefined)?.[0] ?? {}) : parsed.answers;
  let next = withStepValues(draft, step, values);
  // Topics the applicant cannot ask about are dropped when the applicant changes.
  if (Array.isArray(next.topics)) {
    const allowed = new Set(topicsQuestion(ruleset, next.applicant).options?.map((o) => o.value));
    next = { ...next, topics: next.topics.filter((t) => allowed.has(t)) };
  }
  for (const problem of parsed.problems) {
    const q = step.questions.find((x) => fieldName(step, x) === problem.field);
    if (q) errors.set(problem.field, (ERROR_TEXT[q.kind] as [string, string])[1]);
  }
  const own = stepValues(step, next);
  for (const q of step.questions) {
    const name = fieldName(step, q);
    if (!errors.has(name) && !q.optional && isShown(q, own, next) && !isAnswered(q, own[q.id]))
      errors.set(name, (ERROR_TEXT[q.kind] as [string, string])[0]);
  }
  return { next, errors };
}

function renderQuestion(step: FlowStep, question: Question, values: Record<string, unknown>, error: string | undefined): HTMLElement {
  const name = fieldName(step, question);
  const id = `q-${name}`;
  const describedBy = [question.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const head = [
    question.hint ? h('p', { id: `${id}-hint`, class: 'form-hint' }, question.hint) : null,
    error ? h('p', { id: `${id}-error`, class: 'form-error' }, h('span', { class: 'sr-only' }, '错误：'), error) : null,
  ];
  const value = values[question.id];
  const cls = `form-group${error ? ' has-error' : ''}`;
  if (!question.options) {
    return h(
      'div',
      { class: cls },
      h('label', { for: id, class: 'form-label' }, question.label),
      ...head,
      h('input', {
        id,
        name,
        type: 'text',
        inputmode: 'numeric',
        autocomplete: 'off',
        class: `form-input${question.kind === 'amount' ? ' form-input-wide' : ''}`,
        value: value === undefined ? '' : String(value),
        'aria-describedby': describedBy,
        'aria-invalid': error ? 'true' : undefined,
      }),
    );
  }
  const type = question.kind === 'choices' ? 'checkbox' : 'radio';
  const chosen = new Set((Array.isArray(value) ? value : [value]).map(String));
  return h(
    'fieldset',
    { class: cls, id, 'aria-describedby': describedBy },
    h('legend', { class: 'form-label' }, question.label),
    ...head,
    ...question.options.map((option) => {
      const optionId = `${id}-${option.value}`;
      // The hint sits outside the label, so the option's name stays short and the hint is its description.
      return h(
        'div',
        { class: 'choice' },
        h('input', {
          id: optionId,
          type,
          name,
          value: option.value,
          checked: chosen.has(option.value),
          'aria-describedby': option.hint ? `${optionId}-hint` : undefined,
        }),
        h(
          'div',
          {},
          h('label', { for: optionId }, option.label),
          option.hint ? h('span', { id: `${optionId}-hint`, class: 'choice-hint' }, option.hint) : null,
        ),
      );
    }),
  );
}

function errorSummary(errors: Map<string, string>, labels: Map<string, string>): HTMLElement {
  return h(
    'div',
    { class: 'error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': 'error-summary-title' },
    h('h2', { id: 'error-summary-title' }, '请先改正以下问题'),
    h(
      'ul',
      {},
      ...[...errors].map(([name, message]) =>
        h('li', {}, h('a', { href: `#q-${name}`, 'data-focus': `q-${name}` }, withMessage(labels.get(name) ?? name, message))),
      ),
    ),
  );
}

/** "所在区域：请选择一项", but "是否在五华区注册？请选择一项": a question mark already ends the label. */
const withMessage = (label: string, message: string) => (/[？?。！!：:]$/.test(label) ? `${label}${message}` : `${label}：${message}`);

/** The page for one more entry of a group ("platform-3" when two are there), which the flow does not list until it has answers. */
function newEntryStep(draft: Draft, requested: string): FlowStep | undefined {
  for (const step of applicableSteps(ruleset, draft)) {
    const group = step.topic?.group;
    if (!group || step.entry !== 1) continue;
    const next = entriesOf(draft as Answers, group).length + 1;
    if (requested === `${step.topic?.id}-${next}` && next > 1 && next <= group.max)
      return { ...step, id: requested, entry: next, title: `${step.topic?.label}：${group.noun}${next}` };
  }
  return undefined;
}

function backLink(draft: Draft, stepId: string): HTMLElement {
  const order = [...applicableSteps(ruleset, draft).map((s) => s.id), 'check', 'result'];
  const adding = newEntryStep(draft, stepId);
  const previous = adding ? `${adding.topic?.id}-more` : order[order.indexOf(stepId) - 1];
  return previous
    ? h('a', { href: urlFor(draft, previous), class: 'back-link', 'data-nav': '' }, '返回上一步')
    : h('a', { href: location.pathname, class: 'back-link', 'data-nav': '' }, '返回开始页');
}

function stepHeader(draft: Draft, step: FlowStep): Child[] {
  const steps = applicableSteps(ruleset, draft);
  const at = steps.findIndex((s) => s.id === step.id);
  // An entry being added sits just before its group's add-another page.
  const position = at >= 0 ? at + 1 : steps.findIndex((s) => s.id === `${step.topic?.id}-more`) + 1;
  return [
    backLink(draft, step.id),
    h('p', { class: 'step-count' }, `第${position}步，共${steps.length + (at >= 0 ? 0 : 1)}步`),
    h('h2', { class: 'step-title', tabindex: '-1' }, step.title),
  ];
}

function renderStep(step: FlowStep, draft: Draft, errors = new Map<string, string>()): Child[] {
  if (step.kind === 'more') return renderMore(step, draft, errors.get('more'));
  const values = stepValues(step, draft);
  const shown = step.questions.filter((q) => isShown(q, values, draft));
  const form = h(
    'form',
    { novalidate: true, class: 'checker-form' },
    ...shown.map((q) => renderQuestion(step, q, values, errors.get(fieldName(step, q)))),
    h('button', { type: 'submit', class: 'button' }, '继续'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { next, errors: found } = readForm(form, step, draft);
    // Show dependent questions (such as a year) as soon as their choice is made.
    const nextValues = stepValues(step, next);
    const newlyShown = step.questions.some(
      (q) => !isShown(q, values, draft) && isShown(q, nextValues, next) && !isAnswered(q, nextValues[q.id]),
    );
    if (found.size || newlyShown) {
      history.replaceState(null, '', urlFor(next, step.id));
      mount(renderStep(step, next, newlyShown && !found.size ? new Map() : found), found.size ? '.error-summary' : undefined);
      return;
    }
    const clean = pruneAnswers(ruleset, next);
    // After an entry, the group's add-another page; otherwise on to the first step still to answer.
    go(clean, step.entry && step.topic ? `${step.topic.id}-more` : (nextIncompleteStep(ruleset, clean)?.id ?? 'check'));
  });
  const labels = new Map(shown.map((q) => [fieldName(step, q), q.label]));
  return [...stepHeader(draft, step), errors.size ? errorSummary(errors, labels) : null, form];
}

/** A list of a group's entries, each with 修改 and 删除 (GOV.UK "add another"). */
function entryList(topic: Topic, draft: Draft): HTMLElement {
  const group = topic.group!;
  return h(
    'ul',
    { class: 'entry-list' },
    ...entriesOf(draft as Answers, group).map((entry, i) => {
      const label = entryLabel(topic, i + 1, entry);
      return h(
        'li',
        {},
        h('span', { class: 'entry-label' }, label),
        ' ',
        h('a', { href: urlFor(draft, `${topic.id}-${i + 1}`), 'data-nav': '' }, '修改', h('span', { class: 'sr-only' }, `：${label}`)),
        ' ',
        h(
          'button',
          { type: 'button', class: 'link-button', 'data-remove': `${topic.id}:${i + 1}` },
          '删除',
          h('span', { class: 'sr-only' }, `：${label}`),
        ),
      );
    }),
  );
}

function renderMore(step: FlowStep, draft: Draft, error?: string): Child[] {
  const topic = step.topic as Topic;
  const group = topic.group!;
  const count = entriesOf(draft as Answers, group).length;
  const full = count >= group.max;
  const form = h(
    'form',
    { novalidate: true, class: 'checker-form' },
    full
      ? h('p', {}, `最多可以添加${group.max}个${group.noun}。`)
      : h(
          'fieldset',
          { class: `form-group${error ? ' has-error' : ''}`, id: 'q-more' },
          h('legend', { class: 'form-label' }, `是否还要添加另一个${group.noun}？`),
          error ? h('p', { class: 'form-error', id: 'q-more-error' }, h('span', { class: 'sr-only' }, '错误：'), error) : null,
          ...[
            ['yes', '是，添加另一个'],
            ['no', '否，继续'],
          ].map(([value, label]) =>
            h(
              'div',
              { class: 'choice' },
              h('input', { id: `q-more-${value}`, type: 'radio', name: 'more', value }),
              h('div', {}, h('label', { for: `q-more-${value}` }, label)),
            ),
          ),
        ),
    h('button', { type: 'submit', class: 'button' }, '继续'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const more = new FormData(form).get('more');
    if (!full && !more) return mount(renderMore(step, draft, '请选择是或否'), '.error-summary');
    go(draft, more === 'yes' ? `${topic.id}-${count + 1}` : (nextIncompleteStep(ruleset, draft)?.id ?? 'check'));
  });
  return [
    ...stepHeader(draft, step),
    error ? errorSummary(new Map([['more', error]]), new Map([['more', `是否还要添加另一个${group.noun}`]])) : null,
    h('p', {}, count ? `已添加${count}个${group.noun}：` : `还没有添加${group.noun}。`),
    entryList(topic, draft),
    form,
  ];
}

/** One row per shown question of a step, with its answer and a link back to change it. */
function answerRows(step: FlowStep, draft: Draft, links: boolean): HTMLElement[] {
  const values = stepValues(step, draft);
  return step.questions
    .filter((q) => isShown(q, values, draft))
    .map((q) => {
      return h(
        'div',
        { class: 'summary-row' },
        h('dt', {}, q.label),
        h('dd', {}, answerText(q, values[q.id])),
        links
          ? h('dd', {}, h('a', { href: urlFor(draft, step.id), 'data-nav': '' }, '更改', h('span', { class: 'sr-only' }, `：${q.label}`)))
          : null,
      );
    });
}

/** The answers, step by step; a repeatable group as one card per entry. */
function answersSummary(draft: Draft, links: boolean): Child[] {
  const out: Child[] = [];
  const plain: HTMLElement[] = [];
  const flush = () => plain.length && out.push(h('dl', { class: 'summary-list' }, ...plain.splice(0)));
  for (const step of applicableSteps(ruleset, draft)) {
    if (step.kind === 'more') continue;
    if (!step.entry || !step.topic) {
      plain.push(...answerRows(step, draft, links));
      continue;
    }
    flush();
    const label = entryLabel(step.topic, step.entry, stepValues(step, draft));
    out.push(
      h(
        'section',
        { class: 'entry-card', 'aria-label': label },
        h('h3', {}, `${step.topic.label}：${label}`),
        links
          ? h(
              'p',
              { class: 'no-print' },
              h('a', { href: urlFor(draft, step.id), 'data-nav': '' }, '修改', h('span', { class: 'sr-only' }, `：${label}`)),
              ' ',
              h(
                'button',
                { type: 'button', class: 'link-button', 'data-remove': `${step.topic.id}:${step.entry}` },
                '删除',
                h('span', { class: 'sr-only' }, `：${label}`),
              ),
            )
          : null,
        h('dl', { class: 'summary-list' }, ...answerRows(step, draft, false)),
      ),
    );
    const count = entriesOf(draft as Answers, step.topic.group!).length;
    if (links && step.entry === count && count < step.topic.group!.max) {
      out.push(
        h(
          'p',
          { class: 'no-print' },
          h('a', { href: urlFor(draft, `${step.topic.id}-${count + 1}`), 'data-nav': '' }, `添加另一个${step.topic.group!.noun}`),
        ),
      );
    }
  }
  flush();
  return out;
}

function renderCheck(draft: Draft): Child[] {
  return [
    backLink(draft, 'check'),
    h('h2', { class: 'step-title', tabindex: '-1' }, '核对您的回答'),
    ...answersSummary(draft, true),
    h('p', {}, '回答在您的浏览器里计算，写在网址“#”号后面，不会发送到本站服务器，本站也不保存（见隐私说明）。'),
    h('a', { href: urlFor(draft, 'result'), class: 'button', 'data-nav': '' }, '查看结果'),
  ];
}

/** 本站理解, marked as Reading.astro marks it on the built pages. */
const readingNote = (reading: ReadingNote): HTMLElement =>
  h(
    'span',
    { class: 'reading', 'data-reading': reading.id },
    h('span', { class: 'reading-label' }, '本站理解：'),
    reading.text,
    h('span', { class: 'reading-reason' }, `理由：${reading.reason}`),
  );

function renderItem(item: ItemResult): HTMLElement {
  const list = (title: string, items: Node[]) => (items.length ? [h('h5', {}, title), h('ul', {}, ...items)] : []);
  const heading = `item-${item.id}${item.entry ? `-${item.entry.index}` : ''}`;
  return h(
    'section',
    { class: `result-item status-${item.status}`, 'aria-labelledby': heading },
    h('h4', { id: heading }, item.title, item.entry ? `：${item.entry.label}` : ''),
    h(
      'p',
      { class: 'result-status' },
      h('strong', {}, STATUS_LABEL[item.status]),
      '　',
      item.status === 'ineligible' ? '' : yuanRange(item.amount.min, item.amount.max),
    ),
    item.decidedBy ? h('p', {}, `由什么决定：${item.decidedBy}`) : null,
    ...list(
      item.status === 'ineligible' ? '为什么不符合' : '为什么',
      item.reasons.map((r) => h('li', {}, r.text, ' ', clauseLink(item.policy, r.clause))),
    ),
    ...list(
      '请先确认',
      item.confirm.map((c) => h('li', {}, `${c.question}（可咨询：${c.with}）`)),
    ),
    item.notPaidTwice ? h('p', {}, h('strong', {}, '不重复补助：'), item.notPaidTwice) : null,
    item.nextStep ? h('p', {}, h('strong', {}, '更进一步：'), item.nextStep) : null,
    ...list(
      '解读说明',
      item.notes.map((t) => h('li', {}, t)),
    ),
    ...item.readings.map(readingNote),
    ...(item.status === 'ineligible'
      ? []
      : list(
          '本站建议准备的材料（以主管部门申报通知为准）',
          item.prepare.map((t) => h('li', {}, t)),
        )),
    h('p', {}, h('strong', {}, '先问谁：'), item.office, '　', clauseLink(item.policy, item.clause)),
  );
}

const totals = (total: { certain: number; possible: number }) => [
  h('p', {}, `${TOTAL_LABEL.certain}：`, h('strong', {}, formatYuan(total.certain))),
  h('p', {}, `${TOTAL_LABEL.possible}：`, h('strong', {}, formatYuan(total.possible))),
];

function renderResult(draft: Draft): Child[] {
  // The same checks the engine's zod validation makes, against the JSON Schema generated from it.
  if (checkObject(answersSchema, draft).length || missingAnswers(ruleset, draft).length)
    return renderStep(nextIncompleteStep(ruleset, draft) ?? (applicableSteps(ruleset, draft)[0] as FlowStep), draft);
  const result = evaluateAnswers(ruleset, draft as Answers);
  const today = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(new Date());
  return [
    backLink(draft, 'result'),
    h('h2', { class: 'step-title', tabindex: '-1', id: 'result-title' }, '测算结果'),
    h('p', { class: 'print-only' }, `测算日期：${today}。用手机扫描或在浏览器打开下面的网址，可以重新打开这份结果：`),
    h('div', { class: 'print-only result-reopen' }, h('div', { class: 'result-qr' }), h('p', { class: 'result-url' }, location.href)),
    h(
      'div',
      { class: 'result-total' },
      ...totals(result.total),
      h(
        'p',
        {},
        `${TOTAL_LABEL.certain}只计“${STATUS_LABEL.eligible}”的项目；“${STATUS_LABEL.unknown}”和“${STATUS_LABEL.depends}”的项目只计入${TOTAL_LABEL.possible}。结果只是按您的回答所作的测算，以主管部门审核为准。`,
      ),
    ),
    ...result.policies.map((policy) =>
      h(
        'section',
        { class: 'result-policy', 'aria-labelledby': `policy-${policy.id}` },
        h('h3', { id: `policy-${policy.id}` }, `依据：《${policy.title}》（${policy.docNumber}）`),
        h('p', {}, `期限${policy.termAsPrinted}，${POLICY_STATUS_LABEL[policy.state]}。`),
        ...(result.policies.length > 1 ? totals(policy.total) : []),
        ...policy.readings.map(readingNote),
        ...result.items.filter((item) => item.policy === policy.id).map(renderItem),
      ),
    ),
    h(
      'section',
      { class: 'result-answers', 'aria-labelledby': 'answers-title' },
      h('h3', { id: 'answers-title' }, '测算所依据的回答'),
      ...answersSummary(draft, false),
    ),
    h(
      'p',
      { class: 'no-print result-actions' },
      h('button', { type: 'button', class: 'button', 'data-print': '' }, '打印结果'),
      ' ',
      h('a', { href: urlFor(draft, 'check'), class: 'button-secondary', 'data-nav': '' }, '修改回答'),
      ' ',
      h('a', { href: location.pathname, class: 'button-secondary', 'data-nav': '', 'data-restart': '' }, '重新开始'),
    ),
  ];
}

function mount(nodes: Child[], focusSelector?: string): void {
  app.replaceChildren(...nodes.filter((n): n is Node => Boolean(n)));
  app.querySelector<HTMLElement>(focusSelector ?? '.step-title')?.focus();
  const qr = app.querySelector('.result-qr');
  if (qr) void qrCode(location.href, '重新打开这份结果的二维码').then((svg) => qr.replaceChildren(svg));
}

/** Links made by the earlier checker carried the answers in the query; they open here, moved to the fragment. */
function migrateQuery(): boolean {
  if (!location.search) return false;
  history.replaceState(null, '', `${location.pathname}#${location.search.slice(1)}`);
  return true;
}

/** A fragment without "=" is an in-page anchor (the skip link), not answers. */
const isAnchor = () => location.hash.length > 1 && !location.hash.includes('=');

function render(): void {
  const fromQuery = migrateQuery();
  const params = new URLSearchParams(location.hash.slice(1));
  const { answers: draft, problems, migrated } = parseFlat(ruleset, params, CONTROL);
  stateUrl = location.href;
  const ignored = [...new Set(problems.map((p) => p.field))];
  const notes: Child[] = [
    ignored.length
      ? h(
          'div',
          { class: 'notice', role: 'status' },
          `网址中有无法识别的内容，已忽略：${ignored.filter((k) => /^[\w-]{1,40}$/.test(k)).join('、') || '（无法显示的参数）'}。请重新回答相关问题。`,
        )
      : null,
    fromQuery || migrated
      ? h(
          'div',
          { class: 'notice', role: 'status' },
          '这个链接由旧版资格自测生成，已换成新版的格式打开。新版对每项成果分别问年份，请在“核对您的回答”页核对后再看结果。',
        )
      : null,
  ];
  const requested = params.get('step');
  // An old link opens on its answers in today's field names, at the check page.
  if (migrated) history.replaceState(null, '', urlFor(draft, requested ? 'check' : undefined));
  if (!requested) {
    app.replaceChildren(...notes.filter((n): n is Node => Boolean(n)), ...startPage.map((node) => node.cloneNode(true)));
    app.querySelector('[data-start]')?.removeAttribute('hidden');
    return;
  }
  // A step after the first unanswered one is not shown: the flow cannot be skipped by editing the URL.
  const steps = applicableSteps(ruleset, draft);
  const pending = nextIncompleteStep(ruleset, draft);
  const pendingIndex = pending ? steps.findIndex((s) => s.id === pending.id) : steps.length;
  const index = steps.findIndex((s) => s.id === requested);
  // One more entry of a group may be added once everything up to that group is answered.
  const adding = newEntryStep(draft, requested);
  const addingAllowed = adding && pendingIndex > steps.findIndex((s) => s.id === `${adding.topic?.id}-more`);
  const step = index >= 0 && index <= pendingIndex ? steps[index] : addingAllowed ? adding : undefined;
  let nodes: Child[];
  if (step) nodes = renderStep(step, draft);
  else if ((requested === 'check' || requested === 'result') && !pending && !migrated)
    nodes = requested === 'check' ? renderCheck(draft) : renderResult(draft);
  else nodes = pending ? renderStep(pending, draft) : renderCheck(draft);
  mount([...notes, ...nodes]);
}

function removeEntry(target: string): void {
  const [topicId, index] = target.split(':');
  const topic = ruleset.policies.flatMap((p) => p.topics).find((t) => t.id === topicId);
  const params = new URLSearchParams(location.hash.slice(1));
  const { answers: draft } = parseFlat(ruleset, params, CONTROL);
  if (!topic?.group) return;
  const list = entriesOf(draft as Answers, topic.group);
  const label = entryLabel(topic, Number(index), list[Number(index) - 1] ?? {});
  const next = { ...draft, [topic.group.id]: list.filter((_, i) => i !== Number(index) - 1) };
  go(next, params.get('step') ?? 'check');
  app.prepend(h('div', { class: 'notice', role: 'status' }, `已删除${label}。`));
}

app.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  if (target.closest('[data-print]')) return window.print();
  const remove = target.closest<HTMLElement>('[data-remove]');
  if (remove) return removeEntry(remove.dataset.remove ?? '');
  // Error summary links move focus to the field without touching the fragment, which holds the answers.
  const focus = target.closest<HTMLAnchorElement>('a[data-focus]');
  if (focus) {
    event.preventDefault();
    const field = document.getElementById(focus.dataset.focus ?? '');
    (field?.querySelector<HTMLElement>('input') ?? field)?.focus();
    return;
  }
  const link = target.closest<HTMLAnchorElement>('a[data-nav]');
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  history.pushState(null, '', link.href);
  render();
});
// An in-page anchor (the skip link) replaces the fragment: put the answers back and leave the anchor's focus alone.
function onNavigate(): void {
  if (!isAnchor()) return render();
  const id = decodeURIComponent(location.hash.slice(1));
  history.replaceState(null, '', stateUrl);
  document.getElementById(id)?.focus();
}
window.addEventListener('popstate', onNavigate);
window.addEventListener('hashchange', () => isAnchor() && onNavigate());
if (isAnchor()) history.replaceState(null, '', location.pathname);
render();
