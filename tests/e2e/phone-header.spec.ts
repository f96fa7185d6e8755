import type { Locator, Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  openHeaderPanel,
  openTemplate,
  PHONE,
  platformFonts,
  sidewaysOverflow,
  test,
  TEMPLATES,
} from './fixtures';

const MIN_TARGET = 44;

const menuToggle = (page: Page) => page.locator('header summary', { hasText: '菜单' });
const searchToggle = (page: Page) => page.locator('header summary', { hasText: '搜索' });
const isOpen = (toggle: Locator) => toggle.evaluate((summary) => (summary.parentElement as HTMLDetailsElement).open);

test.describe('on a 375 × 667 phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  for (const template of TEMPLATES) {
    test(`${template.name}: the h1 starts within the first 160 px, set in a real Chinese font`, async ({ page }) => {
      await openTemplate(page, template);
      const top = await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().top + window.scrollY);
      expect(top).toBeLessThanOrEqual(160);
      expect((await platformFonts(page, 'h1')).fonts.map((font) => font.familyName)).toContainEqual(expect.stringMatching(/Noto Sans CJK/));
    });

    test(`${template.name}: at 特大 the page does not scroll sideways`, async ({ page }) => {
      await page.goto('/');
      await page.evaluate(() => localStorage.setItem('wh-display', '{"text":"xlarge"}'));
      await openTemplate(page, template);
      await expect(page.locator('html')).toHaveAttribute('data-text', 'xlarge');
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    });
  }

  test('the header is one row: site name, 搜索 and 菜单, with the nav and search form closed', async ({ page }) => {
    await page.goto('/policy/');
    const boxes = await Promise.all([page.locator('header .site-name'), searchToggle(page), menuToggle(page)].map((l) => l.boundingBox()));
    const centres = boxes.map((box) => box!.y + box!.height / 2);
    for (const centre of centres) expect(Math.abs(centre - centres[0]!)).toBeLessThan(MIN_TARGET / 2);
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
    await expect(page.getByRole('group', { name: '显示设置' })).toBeHidden();
    await expect(page.getByRole('searchbox', { name: '搜索本站' })).toBeHidden();
  });

  test('菜单 and 搜索 each open their own panel, one at a time', async ({ page }) => {
    await page.goto('/');
    await menuToggle(page).click();
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link')).toHaveText([
      '首页',
      '政策解读',
      '资格自测',
      '基地与实验室',
      '活动',
      '知识产权',
    ]);
    await expect(page.getByRole('group', { name: '显示设置' })).toBeVisible();
    await searchToggle(page).click();
    expect(await isOpen(menuToggle(page))).toBe(false);
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
    await page.getByRole('searchbox', { name: '搜索本站' }).fill('专利');
    await page.getByRole('searchbox', { name: '搜索本站' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E4%B8%93%E5%88%A9$/);
  });

  test('by keyboard: open 菜单, choose 特大, close with Escape and focus is back on 菜单', async ({ page }) => {
    await page.goto('/about/');
    for (let presses = 0; presses < 5 && !(await menuToggle(page).evaluate((el) => el === document.activeElement)); presses++)
      await page.keyboard.press('Tab');
    await expect(menuToggle(page)).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await isOpen(menuToggle(page))).toBe(true);
    // The menu's content comes next in the tab order: the text sizes first.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '标准' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '特大' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-text', 'xlarge');
    await expect(page.getByRole('button', { name: '特大' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(menuToggle(page)).toBeFocused();
    expect(await isOpen(menuToggle(page))).toBe(false);
    await expect(page.getByRole('group', { name: '显示设置' })).toBeHidden();
    // Enter on the focused 菜单 opens it again, Enter again closes it, focus staying put.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
    await expect(menuToggle(page)).toBeFocused();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-text', 'xlarge');
  });

  test('header controls are at least 44 × 44 CSS px', async ({ page }) => {
    await page.goto('/');
    const targets: Array<[string, Locator]> = [
      ['搜索', searchToggle(page)],
      ['菜单', menuToggle(page)],
    ];
    await openHeaderPanel(page, '菜单');
    for (const link of await page.getByRole('navigation', { name: '主导航' }).getByRole('link').all())
      targets.push([`nav ${await link.textContent()}`, link]);
    for (const button of await page.getByRole('group', { name: '显示设置' }).getByRole('button').all())
      targets.push([`display ${await button.textContent()}`, button]);
    const sizes: string[] = [];
    const measure = async () => {
      for (const [name, target] of targets.splice(0)) {
        const box = (await target.boundingBox())!;
        if (box.width < MIN_TARGET || box.height < MIN_TARGET) sizes.push(`${name}: ${box.width} × ${box.height}`);
      }
    };
    await measure();
    await openHeaderPanel(page, '搜索');
    targets.push(['search box', page.getByRole('searchbox', { name: '搜索本站' })], ['search button', page.locator('header form button')]);
    await measure();
    expect(sizes, 'controls smaller than 44 × 44').toEqual([]);
  });

  for (const panel of ['菜单', '搜索'] as const) {
    test(`axe finds nothing with ${panel} open`, async ({ page }) => {
      await page.goto('/about/');
      await openHeaderPanel(page, panel);
      await expectNoAxeViolations(page);
    });
  }

  test('at 特大 the open menu and search form fit the screen', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('wh-display', '{"text":"xlarge"}'));
    await page.goto('/events/2027-ip-day-patent-lecture/');
    for (const panel of ['菜单', '搜索'] as const) {
      await openHeaderPanel(page, panel);
      expect(await sidewaysOverflow(page), `${panel} open`).toBeLessThanOrEqual(0);
    }
    const form = (await page.locator('header form').boundingBox())!;
    expect(form.x + form.width).toBeLessThanOrEqual(PHONE.width);
  });
});

test.describe('on a phone without JavaScript', () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test('菜单 still opens the nav, and 搜索 the search form', async ({ page }) => {
    await page.goto('/policy/');
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav).toBeHidden();
    await menuToggle(page).focus();
    await page.keyboard.press('Enter');
    await expect(nav.getByRole('link')).toHaveText(['首页', '政策解读', '资格自测', '基地与实验室', '活动', '知识产权']);
    await nav.getByRole('link', { name: '资格自测' }).click();
    await expect(page).toHaveURL(/\/checker\/$/);
    await searchToggle(page).click();
    await expect(page.getByRole('searchbox', { name: '搜索本站' })).toBeVisible();
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the header is as before: no toggles, nav, display controls and search form all shown', async ({ page }) => {
    await page.goto('/policy/');
    await expect(menuToggle(page)).toBeHidden();
    await expect(searchToggle(page)).toBeHidden();
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    await expect(page.getByRole('group', { name: '显示设置' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: '搜索本站' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
