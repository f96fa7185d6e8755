import { expect, expectNoAxeViolations, test } from './fixtures';
import { expectTouchTargets } from './list-filters';

/**
 * Answers every question of the round by keyboard: Tab to the group, arrow keys to the option. The
 * options are shuffled in each round, so the steps come from the order shown, not the bank's.
 */
async function answerAll(page: import('@playwright/test').Page, pickRight: (index: number) => boolean) {
  const bank = (await (await page.request.get('/data/quiz.json')).json()) as Array<{ id: string; answer: string; options: string[] }>;
  const fieldsets = page.locator('#quiz-questions fieldset');
  const count = await fieldsets.count();
  for (let i = 0; i < count; i++) {
    const fieldset = fieldsets.nth(i);
    const name = (await fieldset.locator('input').first().getAttribute('name'))!;
    const question = bank.find((q) => `q-${q.id}` === name)!;
    const shown = await fieldset.locator('input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect([...shown].sort()).toEqual([...question.options].sort());
    const wrong = shown.find((o) => o !== question.answer)!;
    const target = pickRight(i) ? question.answer : wrong;
    await fieldset.locator('input').first().focus();
    await page.keyboard.press('Space');
    for (let step = 0; step < shown.indexOf(target); step++) await page.keyboard.press('ArrowDown');
    await expect(fieldset.getByLabel(target, { exact: true })).toBeChecked();
  }
  return count;
}

test('the quiz works by keyboard: a round of 10, unanswered questions flagged, then score and review', async ({ page }) => {
  await page.goto('/ip/quiz/');
  await page.getByRole('button', { name: /抽10道题/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /第1轮：共10道题/ })).toBeFocused();
  await expect(page.locator('#quiz-questions fieldset')).toHaveCount(10);
  // Each answer, label and all, is a target a thumb can hit.
  await expectTouchTargets(page.locator('#quiz-questions label.choice'));

  // Handing in with nothing answered lists every question, and focus goes to the list.
  await page.getByRole('button', { name: '交卷' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#quiz-errors')).toBeFocused();
  await expect(page.locator('#quiz-errors')).toContainText('还有10道题没有作答');
  // Only unanswered questions are described by their error; the summary's links take focus to the question.
  await expect(page.locator('#quiz-questions fieldset[aria-describedby]')).toHaveCount(10);
  await page.keyboard.press('Tab');
  await expect(page.locator('#quiz-errors a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#quiz-questions fieldset').first().locator('input').first()).toBeFocused();
  await expectNoAxeViolations(page);

  const count = await answerAll(page, (i) => i < 7);
  expect(count).toBe(10);
  await page.getByRole('button', { name: '交卷' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#quiz-round fieldset[aria-describedby]')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '你答对了7道题，共10道' })).toBeFocused();
  await expect(page.locator('#quiz-review > li')).toHaveCount(10);
  await expect(page.locator('#quiz-review > li h3', { hasText: '答错了' })).toHaveCount(3);
  await expect(page.locator('#quiz-review > li').nth(9)).toContainText('正确答案');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: '再来一轮' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /第2轮/ })).toBeFocused();
});

test('a round for one stage draws only that stage’s questions', async ({ page }) => {
  await page.goto('/ip/quiz/');
  const bank = (await (await page.request.get('/data/quiz.json')).json()) as Array<{ id: string; stages: string[] }>;
  await page.getByLabel('学段').selectOption('小学');
  await page.getByRole('button', { name: /抽10道题/ }).click();
  // The bank is fetched on the first round: wait for the questions before reading them.
  await expect(page.locator('#quiz-questions fieldset')).toHaveCount(10);
  const names = await page
    .locator('#quiz-questions fieldset')
    .evaluateAll((sets) => sets.map((set) => set.querySelector('input')?.getAttribute('name')));
  expect(names).toHaveLength(10);
  for (const name of names) expect(bank.find((q) => `q-${q.id}` === name)?.stages).toContain('小学');
});

test('the quiz sends nothing: after the bank is fetched, no request leaves the page while answering', async ({ page }) => {
  await page.goto('/ip/quiz/');
  await page.getByRole('button', { name: /抽10道题/ }).click();
  await expect(page.locator('#quiz-questions fieldset')).toHaveCount(10);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await answerAll(page, () => true);
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.getByRole('heading', { name: '你答对了10道题，共10道' })).toBeVisible();
  // The browser may fetch the site icon late; anything else would be the quiz talking to a server.
  expect(requests.filter((url) => !url.endsWith('/favicon.svg'))).toEqual([]);
});

test('each round shows the options in a new order: over three rounds the answers are not all in first place', async ({ page }) => {
  await page.goto('/ip/quiz/');
  const bank = (await (await page.request.get('/data/quiz.json')).json()) as Array<{ id: string; answer: string }>;
  const positions: number[] = [];
  for (let round = 1; round <= 3; round++) {
    await page.getByRole('button', { name: round === 1 ? /抽10道题/ : '再来一轮' }).click();
    await expect(page.locator('#quiz-questions fieldset')).toHaveCount(10);
    const shown = await page
      .locator('#quiz-questions fieldset')
      .evaluateAll((sets) => sets.map((set) => [...set.querySelectorAll('input')].map((input) => [input.name, input.value])));
    for (const options of shown)
      positions.push(options.findIndex(([name, value]) => bank.find((q) => `q-${q.id}` === name)?.answer === value));
    await answerAll(page, () => true);
    await page.getByRole('button', { name: '交卷' }).click();
    await expect(page.getByRole('heading', { name: '你答对了10道题，共10道' })).toBeVisible();
  }
  expect(positions).toHaveLength(30);
  expect(positions.every((p) => p >= 0)).toBe(true);
  // The bank lists the answer first in most questions; shuffled, far fewer than 30 of 30 come first.
  expect(positions.filter((p) => p === 0).length).toBeLessThan(20);
});
