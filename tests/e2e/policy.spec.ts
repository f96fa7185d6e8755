import { expect, openHeaderPanel, test } from './fixtures';

test('a clause link from an explainer lands on that clause of the 原文 page', async ({ page }) => {
  await page.goto('/policy/wuhua-2018-5/support/');
  await page.getByRole('link', { name: '原文四（三）' }).first().click();
  await expect(page).toHaveURL(/\/policy\/wuhua-2018-5\/original\/#s4-3$/);
  await expect(page.locator('#s4-3')).toBeInViewport();
  await expect(page.locator('#s4-3')).toContainText('认定为市级重点实验室');
});

test('the 原文 page leads back to the explainer section that covers a clause', async ({ page }) => {
  await page.goto('/policy/wuhua-2018-5/original/#s4-5');
  await page.locator('#s4-5 > .clause-backlinks a').first().click();
  await expect(page).toHaveURL(/\/policy\/wuhua-2018-5\/support\/#/);
  await expect(page.locator('h1')).toContainText('扶持政策');
});

test('the explainers can be reached from the main navigation by keyboard', async ({ page }) => {
  await page.goto('/');
  await openHeaderPanel(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '政策解读' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: '一图读懂' }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toContainText('一图读懂');
  await expect(page.getByRole('navigation', { name: '本政策的解读' }).getByRole('link')).toHaveText([
    '一图读懂',
    '工作目标',
    '重点任务',
    '扶持政策',
    '保障措施',
    '一问一答',
    '原文',
  ]);
});

test('一图读懂 shows its picture within the screen, saves it as a PNG and prints it without the buttons', async ({ page }) => {
  await page.goto('/policy/wuhua-2018-5/overview/');
  const picture = page.locator('main figure img');
  await picture.scrollIntoViewIfNeeded();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1080);
  const box = (await picture.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /^保存图片/ }).click();
  expect((await download).suggestedFilename()).toBe('一图读懂五华区创新驱动三年行动计划.png');

  await page.emulateMedia({ media: 'print' });
  await expect(picture).toBeVisible();
  await expect(page.getByRole('link', { name: /^保存图片/ })).toBeHidden();
  await expect(page.locator('#at-a-glance')).toBeVisible();
});
