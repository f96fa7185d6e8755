import { expect, expectNoAxeViolations, openHeaderPanel, test } from './fixtures';

test('searching from the header by keyboard opens /search/ with results announced', async ({ page }) => {
  await page.goto('/policy/');
  await openHeaderPanel(page, '搜索');
  const box = page.getByRole('searchbox', { name: '搜索本站' });
  await box.focus();
  await page.keyboard.type('孵化器');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E5%AD%B5%E5%8C%96%E5%99%A8$/);
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^找到\d+个相关页面。$/);
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expect(page.getByLabel('搜索词')).toHaveValue('孵化器');
  await expectNoAxeViolations(page);
});

test('the type filter narrows the results and goes into the URL', async ({ page }) => {
  await page.goto('/search/?q=%E5%AD%B5%E5%8C%96%E5%99%A8');
  await expect(page.getByRole('status')).toHaveText(/^找到(\d+)个相关页面。$/);
  const all = Number((await page.getByRole('status').textContent())!.match(/\d+/)![0]);
  const type = page.getByLabel('内容类型');
  await type.focus();
  await type.selectOption('基地与实验室');
  await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('基地与实验室');
  await expect(page.getByRole('status')).toHaveText(/^找到\d+个相关页面。$/);
  const filtered = Number((await page.getByRole('status').textContent())!.match(/\d+/)![0]);
  expect(filtered).toBeLessThan(all);
  const hrefs = await page
    .locator('#search-results > li > a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.length).toBe(Math.min(filtered, 10));
  for (const href of hrefs) expect(href.startsWith('/bases/')).toBe(true);
});

test('results for a fictional base carry the 示例数据 badge', async ({ page }) => {
  await page.goto('/search/?q=%E8%A7%82%E6%98%9F'); // 观星
  const first = page.locator('#search-results > li').filter({ has: page.locator('a[href="/bases/sample-xizhu-stargazing/"]') });
  await expect(first.locator('.sample-badge')).toHaveText('示例数据');
});

test('a query that finds nothing says so, and suggests what to do', async ({ page }) => {
  await page.goto('/search/?q=zzqqxx');
  await expect(page.getByRole('status')).toContainText('没有找到与“zzqqxx”相关的页面');
});

test('without JavaScript, /search/ says search needs it and links the site map', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await openHeaderPanel(page, '搜索');
  await page.getByRole('searchbox', { name: '搜索本站' }).fill('专利');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.getByText('站内搜索需要浏览器开启 JavaScript')).toBeVisible();
  await page.getByRole('link', { name: '网站地图' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('网站地图');
  await context.close();
});

test('only /search/ loads the search code', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.goto('/policy/wuhua-2018-5/support/');
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await page.goto('/search/?q=%E4%B8%93%E5%88%A9');
  await expect(page.getByRole('status')).toHaveText(/^找到\d+个相关页面。$/);
  expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
});
