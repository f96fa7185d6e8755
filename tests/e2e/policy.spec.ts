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
  await expect(page.getByRole('navigation', { name: '本政策的解读' }).getByRole('link')).toHaveText(['一图读懂', '工作目标', '重点任务', '扶持政策', '保障措施', '一问一答', '原文']);
});
