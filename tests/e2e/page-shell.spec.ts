import { expect, openHeaderPanel, openTemplate, sidewaysOverflow, test, TEMPLATES, unreadableTableWords } from './fixtures';

test('the skip link is the first thing Tab reaches and moves focus to the main content', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到主要内容' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

for (const template of TEMPLATES) {
  test(`${template.name} has the full page shell`, async ({ page }) => {
    const response = await openTemplate(page, template);
    expect(response?.status()).toBe(template.name === 'not found' ? 404 : 200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('h1')).toHaveCount(1);
    await openHeaderPanel(page);
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.getByRole('link')).toHaveText(['首页', '政策解读', '资格自测', '基地与实验室', '活动', '知识产权']);
    await expect(page.getByRole('contentinfo')).toContainText('主办单位');
    await expect(page.getByRole('contentinfo')).toContainText('本页最后更新');
    if (template.path !== '/') await expect(page.getByRole('navigation', { name: '面包屑导航' })).toBeVisible();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const template of TEMPLATES) {
    test(`${template.name} reads fine, its nav is reachable and the display controls stay out of the way`, async ({ page }) => {
      await page.goto(template.path);
      await expect(page.locator('h1')).toBeVisible();
      await openHeaderPanel(page);
      await expect(page.getByRole('group', { name: '显示设置' })).toBeHidden();
      await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '资格自测' })).toBeVisible();
    });
  }
});

test('nothing overflows sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const template of TEMPLATES) {
    await openTemplate(page, template);
    expect(await sidewaysOverflow(page), `${template.path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test('at 375 px every table caption fits the screen and no short table header (牵头, 2015年) wraps', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  for (const template of TEMPLATES) {
    await openTemplate(page, template);
    expect(await unreadableTableWords(page), template.path).toEqual([]);
  }
});
