/**
 * The IP quiz in the browser: draws a round (the questions and the order of their options at random),
 * checks every question is answered, marks it and shows a review. Nothing is stored or sent. Focus moves to each new heading so screen-reader and keyboard
 * users land where the content changed.
 */
import { drawRound, markRound, questionsForStage, ROUND_SIZE, scoreComment, type QuizItem } from '../lib/ip/quiz';
import { seededRandom } from '../lib/common/random';
import { h } from './dom';

const setup = document.getElementById('quiz-setup') as HTMLFormElement;
const round = document.getElementById('quiz-round') as HTMLFormElement;
const roundTitle = document.getElementById('quiz-round-title') as HTMLElement;
const list = document.getElementById('quiz-questions') as HTMLOListElement;
const errors = document.getElementById('quiz-errors') as HTMLElement;
const result = document.getElementById('quiz-result') as HTMLElement;
const resultTitle = document.getElementById('quiz-result-title') as HTMLElement;
const comment = document.getElementById('quiz-comment') as HTMLElement;
const review = document.getElementById('quiz-review') as HTMLOListElement;
const stageSelect = document.getElementById('quiz-stage') as HTMLSelectElement;
const loading = document.getElementById('quiz-loading') as HTMLElement;

// The bank is fetched when the first round starts, so the page itself stays small however large it grows.
let bank: Promise<QuizItem[]> | undefined;
function loadBank(): Promise<QuizItem[]> {
  bank ??= fetch(setup.dataset['bank'] as string).then(async (response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as QuizItem[];
  });
  return bank;
}

let items: QuizItem[] = [];
let roundNumber = 0;

function questionField(item: QuizItem, index: number): HTMLLIElement {
  const name = `q-${item.id}`;
  return h(
    'li',
    { id: `question-${index + 1}` },
    h(
      'fieldset',
      {},
      h('legend', { class: 'text-lg font-bold' }, `第${index + 1}题：${item.question}`),
      h('p', { id: `${name}-error`, class: 'field-error', hidden: true }, '请选择一个答案'),
      ...item.options.map((option, o) =>
        h(
          'label',
          { class: 'choice', for: `${name}-${o}` },
          h('input', { type: 'radio', name, id: `${name}-${o}`, value: option }),
          option,
        ),
      ),
    ),
  );
}

async function startRound(): Promise<void> {
  let questions: QuizItem[];
  try {
    loading.textContent = '正在载入题库……';
    questions = await loadBank();
    loading.textContent = '';
  } catch {
    bank = undefined;
    loading.textContent = '题库没能载入，请稍后再试；也可以查看全部题目和答案。';
    return;
  }
  // A fresh random seed per round: questions and the order of each question's options change every round.
  const seed = crypto.getRandomValues(new Uint32Array(1))[0]!;
  items = drawRound(questionsForStage(questions, stageSelect.value), ROUND_SIZE, seededRandom(seed));
  roundNumber += 1;
  list.replaceChildren(...items.map(questionField));
  roundTitle.textContent = `第${roundNumber}轮：共${items.length}道题${stageSelect.value ? `（${stageSelect.value}）` : ''}`;
  errors.hidden = true;
  result.hidden = true;
  round.hidden = false;
  roundTitle.focus();
}

const chosenAnswers = () =>
  new Map(
    items.flatMap((item) => {
      const checked = round.querySelector<HTMLInputElement>(`input[name="q-${item.id}"]:checked`);
      return checked ? [[item.id, checked.value] as const] : [];
    }),
  );

/** Marks the unanswered questions and lists them in the summary; with none, clears both. */
function showErrors(missing: number[]): void {
  for (const [index, item] of items.entries()) {
    const error = document.getElementById(`q-${item.id}-error`) as HTMLElement;
    const fieldset = error.closest('fieldset') as HTMLFieldSetElement;
    const isMissing = missing.includes(index);
    error.hidden = !isMissing;
    // Only a question still unanswered is described by its error, so the others read without it.
    if (isMissing) fieldset.setAttribute('aria-describedby', error.id);
    else fieldset.removeAttribute('aria-describedby');
  }
  if (!missing.length) {
    errors.hidden = true;
    return;
  }
  errors.replaceChildren(
    h('h2', {}, `还有${missing.length}道题没有作答`),
    h(
      'ul',
      { class: 'list-disc ps-6' },
      ...missing.map((i) => h('li', {}, h('a', { href: `#q-${items[i]!.id}-0`, 'data-question': `q-${items[i]!.id}-0` }, `第${i + 1}题`))),
    ),
  );
  errors.hidden = false;
  errors.focus();
}

// A link in the error summary moves focus to the question's first answer, not just the scroll position.
errors.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-question]');
  if (!link) return;
  event.preventDefault();
  (document.getElementById(link.dataset['question'] as string) as HTMLInputElement | null)?.focus();
});

function showResult(): void {
  const marked = markRound(items, chosenAnswers());
  resultTitle.textContent = `你答对了${marked.score}道题，共${marked.total}道`;
  comment.textContent = scoreComment(marked.score, marked.total);
  review.replaceChildren(
    ...marked.answers.map(({ item, chosen, correct }, i) =>
      h(
        'li',
        { class: `result-item ${correct ? 'status-eligible' : ''}` },
        h('h3', { class: 'font-bold' }, `第${i + 1}题：${correct ? '答对了' : '答错了'}`),
        h('p', {}, item.question),
        h('p', {}, `你的答案：${chosen ?? '未作答'}`),
        correct ? null : h('p', { class: 'font-bold' }, `正确答案：${item.answer}`),
        h('p', {}, `解析：${item.explanation}`),
        h('p', { class: 'text-sm text-muted' }, `依据：${item.source}`),
      ),
    ),
  );
  round.hidden = true;
  result.hidden = false;
  resultTitle.focus();
}

setup.addEventListener('submit', (event) => {
  event.preventDefault();
  void startRound();
});
setup.addEventListener('focusin', () => void loadBank().catch(() => undefined), { once: true });
round.addEventListener('submit', (event) => {
  event.preventDefault();
  const chosen = chosenAnswers();
  const missing = items.flatMap((item, index) => (chosen.has(item.id) ? [] : [index]));
  showErrors(missing);
  if (!missing.length) showResult();
});
document.getElementById('quiz-again')?.addEventListener('click', () => void startRound());
setup.hidden = false;
