import { expect, test } from './fixtures';

/**
 * The few journeys that must work wherever the site is served: run by `npm test` against the test
 * server and by `npm run test:deploy` against nginx with the production config.
 */

test('the home page loads with its styles and shows the next campaign', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Styles applied: the header band is dark, which it is only when the stylesheet loaded.
  const band = await page
    .locator('header > div')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(band).not.toBe('rgba(0, 0, 0, 0)');
  await expect(page.locator('[data-countdown]')).toHaveText(/还有\d+天|今天开始|正在进行|^$/);
});

test('the checker starts and asks its first question', async ({ page }) => {
  await page.goto('/checker/');
  await page.getByRole('link', { name: '开始测算' }).click();
  await expect(page.getByRole('heading', { name: '您是谁' })).toBeVisible();
});

test('the bases list filters with its script and data file', async ({ page }) => {
  await page.goto('/bases/?for=%E5%B0%8F%E5%AD%A6');
  await expect(page.getByRole('status')).toHaveText(/^找到\d+处。$/);
  await expect(page.locator('#bases-results .base-item').first()).toBeVisible();
});

test('an event page offers its calendar file and QR code', async ({ page }) => {
  await page.goto('/events/2027-ip-day-patent-lecture/');
  const ics = await page.request.get((await page.getByRole('link', { name: /加入日历/ }).getAttribute('href')) as string);
  expect(ics.ok()).toBe(true);
  expect(await ics.text()).toContain('BEGIN:VEVENT');
  const qr = page.locator('img.qr-code');
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('search loads its index and finds a page', async ({ page }) => {
  await page.goto('/search/?q=%E5%AD%B5%E5%8C%96%E5%99%A8');
  await expect(page.getByRole('status')).toHaveText(/^找到\d+个相关页面。$/);
  await expect(page.locator('#search-results > li > a').first()).toBeVisible();
});
