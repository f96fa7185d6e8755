import { readBaseRecords } from '../../scripts/lib/bases-files';
import { isOpenAt } from '../../src/lib/bases/hours';
import { distanceKm } from '../../src/lib/bases/filter';
import { expect, expectNoAxeViolations, PHONE, sidewaysOverflow, test } from './fixtures';
import { expectTouchTargets, filterToggle, showFilters } from './list-filters';

const records = readBaseRecords('content/bases');
const count = (predicate: (r: (typeof records)[number]) => boolean) => records.filter(predicate).length;
const results = '#bases-results .base-item';
/** The names listed, in any order (the list order is by kind and 街道, the file order is not). */
const listedNames = async (page: import('@playwright/test').Page) => (await page.locator(`${results} > a`).allTextContents()).sort();
const names = (list: typeof records) => list.map((r) => r.name).sort();

test('filtering by keyboard narrows the list, announces the count and puts the filters in the URL', async ({ page }) => {
  await page.goto('/bases/');
  await showFilters(page);
  const audience = page.getByLabel('适合');
  await audience.focus();
  await page.keyboard.press('ArrowDown'); // 全部 → 小学
  await expect(audience).toHaveValue('小学');
  const primary = count((r) => r.audiences.includes('小学'));
  await expect(page.getByRole('status')).toHaveText(`找到${primary}处。`);
  await expect(page.locator(results)).toHaveCount(primary);
  await expect(page.locator('#bases-static')).toBeHidden();
  expect(new URL(page.url()).searchParams.get('for')).toBe('小学');

  await page.getByLabel('免费').focus();
  await page.keyboard.press('Space');
  await expect(page.locator(results)).toHaveCount(count((r) => r.audiences.includes('小学') && r.free));
  expect(new URL(page.url()).search).toBe(`?${new URLSearchParams({ for: '小学', free: '1' })}`);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: '清除筛选' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#bases-static')).toBeVisible();
  await expect(page.locator('#bases-results')).toBeHidden();
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

test('a shared link with filters opens with those filters applied', async ({ page }) => {
  await page.goto(`/bases/?${new URLSearchParams({ jd: '西翥', school: '1' })}`);
  await expect(page.getByLabel('街道', { exact: true })).toHaveValue('西翥');
  await expect(page.getByLabel('接待学校团体')).toBeChecked();
  const expected = records.filter((r) => r.subdistrict === '西翥' && r.booking?.schoolGroups);
  await expect(page.locator(results)).toHaveCount(expected.length);
  expect(await listedNames(page)).toEqual(names(expected));
});

test('"open now" uses the Beijing clock: on a Wednesday at 10:00 only bases open then are listed', async ({ page }) => {
  const wednesday10 = new Date('2026-11-25T02:00:00Z');
  await page.clock.setFixedTime(wednesday10);
  await page.goto('/bases/');
  await showFilters(page);
  await page.getByLabel('现在开放').focus();
  await page.keyboard.press('Space');
  const open = records.filter((r) => isOpenAt(r.openingHours, wednesday10));
  expect(open.length).toBeGreaterThan(0);
  expect(open.length).toBeLessThan(records.length);
  await expect(page.locator(results)).toHaveCount(open.length);
  expect(await listedNames(page)).toEqual(names(open));
  await expect(page.locator(results).first()).toContainText('现在开放');
});

test.describe('near me', () => {
  const here = { latitude: 25.2503, longitude: 102.6198 }; // in 西翥, far from the city centre
  test.use({ geolocation: here, permissions: ['geolocation'] });

  test('sorts by distance from the browser position only when asked', async ({ page }) => {
    await page.goto('/bases/');
    await showFilters(page);
    const button = page.getByRole('button', { name: '按离我远近排序' });
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status')).toHaveText(`找到${records.length}处，按离您由近到远排列。`);
    const nearest = records
      .filter((r) => r.coordinates)
      .map((r) => ({ r, km: distanceKm([here.latitude, here.longitude], [r.coordinates!.lat, r.coordinates!.lng]) }))
      .sort((a, b) => a.km - b.km);
    await expect(page.locator(`${results} > a`).first()).toHaveText(nearest[0]!.r.name);
    await expect(page.locator(`${results} > a`).nth(2)).toHaveText(nearest[2]!.r.name);
    await expect(page.locator(results).first()).toContainText('约0.0公里');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole list is there, grouped, with working in-page links, and no filters are shown', async ({ page }) => {
    await page.goto('/bases/');
    await expect(page.locator('#bases-filter')).toBeHidden();
    await expect(page.locator('#bases-static .base-item')).toHaveCount(records.length);
    await page.getByText('按类型和街道查找').click();
    const link = page.locator('.group-index a', { hasText: '西翥' }).first();
    const target = (await link.getAttribute('href')) as string;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(target)).toBeInViewport();
  });

  test('a base page reads fine and names itself sample data', async ({ page }) => {
    const record = records[0]!;
    await page.goto(`/bases/${record.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(record.name);
    await expect(page.locator('h1 .sample-badge')).toHaveText('示例数据');
    await expect(page.getByRole('heading', { name: '无障碍设施' })).toBeVisible();
  });
});

test('filtered results with their 示例数据 badges pass axe in high contrast with the largest text', async ({ page }) => {
  await page.goto('/bases/');
  await page.evaluate(() => localStorage.setItem('wh-display', JSON.stringify({ text: 'xlarge', contrast: 'high', spacing: 'wide' })));
  await page.goto(`/bases/?${new URLSearchParams({ for: '公众' })}`);
  await expect(page.locator(`${results} .sample-badge`).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('on a 375×667 phone', () => {
  test.beforeEach(async ({ page }) => page.setViewportSize(PHONE));

  test('the 筛选 button and the count come before the first base; the filters stay folded', async ({ page }) => {
    await page.goto('/bases/');
    await expect(page.locator('#bases-filter')).toBeHidden();
    const [toggle, total, first] = await Promise.all(
      [filterToggle(page), page.getByText(`共${records.length}处`), page.locator('#bases-static .base-item > a').first()].map((l) =>
        l.boundingBox(),
      ),
    );
    expect(toggle!.y).toBeLessThan(total!.y);
    expect(total!.y).toBeLessThan(first!.y);
  });

  test('the first base starts on the first screen (top ≤ 600 px)', async ({ page }) => {
    await page.goto('/bases/');
    const first = (await page.locator('#bases-static .base-item > a').first().boundingBox())!;
    // The site header is measured too: how far the first base is below it is what this page decides.
    const headerBottom = await page
      .locator('header')
      .first()
      .evaluate((header) => header.getBoundingClientRect().bottom);
    test.info().annotations.push({ type: 'first base', description: `top ${first.y} px, ${first.y - headerBottom} px below the header` });
    expect(first.y).toBeLessThanOrEqual(600);
  });

  test('by keyboard: open 筛选, choose filters, the results and the button count follow, 显示结果 folds the panel back', async ({
    page,
  }) => {
    await page.goto('/bases/');
    const toggle = filterToggle(page);
    await expect(toggle).toHaveText('筛选');
    await expectTouchTargets(toggle);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#bases-filter')).toBeVisible();
    await expectTouchTargets(page.locator('#bases-filter').locator('select, fieldset label, button'));

    await page.keyboard.press('Tab'); // 类型
    await expect(page.getByLabel('类型', { exact: true })).toBeFocused();
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab']) await page.keyboard.press(key); // 认定级别, 街道, 主题, 适合
    await expect(page.getByLabel('适合')).toBeFocused();
    await page.keyboard.press('ArrowDown'); // 全部 → 小学
    const primary = records.filter((r) => r.audiences.includes('小学'));
    await expect(page.getByRole('status')).toHaveText(`找到${primary.length}处。`);
    await expect(toggle).toHaveText('筛选（已选 1 项）');
    await page.getByLabel('免费').focus();
    await page.keyboard.press('Space');
    const free = primary.filter((r) => r.free);
    await expect(page.locator(results)).toHaveCount(free.length);
    await expect(toggle).toHaveText('筛选（已选 2 项）');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: '显示结果' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#bases-filter')).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(page.getByRole('status')).toHaveText(`找到${free.length}处。`);
    // The chosen filters come back with a shared link, and the button says how many there are.
    await page.reload();
    await expect(toggle).toHaveText('筛选（已选 2 项）');
  });

  test('nothing scrolls sideways at 320 px with the filters and the group index open', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/bases/');
    await showFilters(page);
    await page.getByText('按类型和街道查找').click();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('nothing scrolls sideways with 特大 text and the filters open', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('wh-display', JSON.stringify({ text: 'xlarge' })));
    await page.goto('/bases/');
    await showFilters(page);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
});

test('on a wide screen the filters are shown without a 筛选 button and pass axe', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/bases/');
  await expect(filterToggle(page)).toBeHidden();
  await expect(page.getByLabel('适合')).toBeVisible();
  await page.getByLabel('适合').selectOption('初中');
  await expect(page.locator(results)).toHaveCount(count((r) => r.audiences.includes('初中')));
  await expectNoAxeViolations(page);
});
