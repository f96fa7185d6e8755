import { contrastRatio, expect, openHeaderPanel, test } from './fixtures';

const fontSize = (page: import('@playwright/test').Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test('text size is chosen by keyboard and kept on the next page', async ({ page }) => {
  await page.goto('/');
  await openHeaderPanel(page);
  const large = page.getByRole('button', { name: '大', exact: true });
  await large.focus();
  await page.keyboard.press('Enter');
  await expect(large).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
  expect(await fontSize(page, 'main p')).toBeGreaterThanOrEqual(18);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '政策解读' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/policy\/$/);
  await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
  await openHeaderPanel(page);
  await expect(page.getByRole('button', { name: '大', exact: true })).toHaveAttribute('aria-pressed', 'true');
  expect(await fontSize(page, 'main p')).toBeGreaterThanOrEqual(18);

  const extraLarge = page.getByRole('button', { name: '特大' });
  await extraLarge.focus();
  await page.keyboard.press('Space');
  expect(await fontSize(page, 'main p')).toBeGreaterThan(20);
  await page.getByRole('button', { name: '标准' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).not.toHaveAttribute('data-text', /.*/);
  expect(await fontSize(page, 'main p')).toBe(16);
});

test('high contrast gives text at least 7:1 and survives navigation', async ({ page }) => {
  await page.goto('/about/');
  await openHeaderPanel(page);
  const toggle = page.getByRole('button', { name: '高对比度' });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  for (const path of ['/about/', '/']) {
    if (path === '/') {
      await page.goto(path);
      await openHeaderPanel(page);
    }
    const colours = await page
      .locator('main p')
      .first()
      .evaluate((el) => ({
        fg: getComputedStyle(el).color,
        bg: getComputedStyle(document.body).backgroundColor,
      }));
    expect(contrastRatio(colours.fg, colours.bg)).toBeGreaterThanOrEqual(7);
  }
  await page.getByRole('button', { name: '高对比度' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'standard');
});

test('wider line spacing is a toggle', async ({ page }) => {
  await page.goto('/about/');
  await openHeaderPanel(page);
  const before = await page
    .locator('main p')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  await page.getByRole('button', { name: '加宽行距' }).click();
  const after = await page
    .locator('main p')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect(after).toBeGreaterThan(before * 1.1);
});

test('settings apply before first paint, without waiting for the controls script', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('wh-display', '{"text":"xlarge","contrast":"high"}'));
  // With the module scripts blocked, only the inline boot script can have applied the settings.
  await page.route('**/_astro/*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await page.goto('/about/');
  await expect(page.locator('html')).toHaveAttribute('data-text', 'xlarge');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
});

test.describe('with the system asking for more contrast', () => {
  test.use({ contrast: 'more' });

  test('high contrast is on by default and can be turned off', async ({ page }) => {
    await page.goto('/');
    await openHeaderPanel(page);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(0, 0, 0)');
    const toggle = page.getByRole('button', { name: '高对比度' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });
});
