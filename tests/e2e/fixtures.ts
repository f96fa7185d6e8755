import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, as the project's quality bar asks. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One URL per page template. Later features add theirs here. */
export const TEMPLATES: ReadonlyArray<{ name: string; path: string; settled?: RegExp }> = [
  { name: 'home', path: '/' },
  { name: 'content page', path: '/accessibility/' },
  { name: 'section landing', path: '/checker/' },
  { name: 'not found', path: '/no-such-page/' },
  { name: 'policy library', path: '/policy/' },
  { name: 'policy overview', path: '/policy/wuhua-2018-5/' },
  { name: 'policy original', path: '/policy/wuhua-2018-5/original/' },
  { name: 'explainer with charts', path: '/policy/wuhua-2018-5/goals/' },
  { name: 'explainer with cards', path: '/policy/wuhua-2018-5/support/' },
  { name: 'explainer at a glance', path: '/policy/wuhua-2018-5/overview/' },
  { name: 'FAQ', path: '/policy/wuhua-2018-5/faq/' },
  { name: 'glossary', path: '/policy/glossary/' },
  { name: 'department index', path: '/policy/departments/' },
  { name: 'department page', path: '/policy/departments/science-and-it-bureau/' },
  { name: 'checker start', path: '/checker/' },
  { name: 'checker decision table', path: '/checker/rules/' },
  { name: 'batch check', path: '/checker/batch/' },
  { name: 'bases index', path: '/bases/' },
  { name: 'base page', path: '/bases/sample-huashan-robotics-lab/' },
  { name: 'base page without hours or coordinates', path: '/bases/sample-puji-academician/' },
  { name: 'base page with events', path: '/bases/sample-huguo-ip-center/' },
  { name: 'events index', path: '/events/' },
  { name: 'past events of a year', path: '/events/archive/2026/' },
  { name: 'event page', path: '/events/2027-ip-day-patent-lecture/' },
  { name: 'cancelled event page', path: '/events/2027-aviation-test-flight/' },
  { name: 'all-day event at an address', path: '/events/2027-ip-week-schools/' },
  { name: 'campaign page', path: '/ip-week/' },
  { name: 'campaign page without dates', path: '/science-week/' },
  { name: 'IP education', path: '/ip/' },
  { name: 'IP lesson', path: '/ip/lessons/senior/' },
  { name: 'lesson plan', path: '/ip/plans/junior/' },
  { name: 'quiz', path: '/ip/quiz/' },
  { name: 'quiz answers', path: '/ip/quiz/answers/' },
  // Results arrive after the page loads: checks wait for the status line that says they are in.
  { name: 'search with results', path: '/search/?q=%E4%B8%93%E5%88%A9', settled: /^找到\d+个相关页面。$/ },
  { name: 'site map', path: '/sitemap/' },
  { name: 'open data', path: '/data/' },
];

/** Opens a template and, where its script loads content after the page (search), waits until it is in. */
export async function openTemplate(page: Page, template: (typeof TEMPLATES)[number]) {
  const response = await page.goto(template.path);
  if (template.settled) await expect(page.getByRole('status')).toHaveText(template.settled);
  return response;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Every test gets a page that fails the test when it logs a console error, throws, requests
 * anything from a non-local origin (those requests are also aborted, so nothing leaves the machine),
 * or leaves a cookie behind (the site promises none: docs/security.md).
 */
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, context }, use) => {
      const problems: string[] = [];
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname)) return route.continue();
        problems.push(`request to another origin: ${url.href}`);
        return route.abort('blockedbyclient');
      });
      page.on('console', (message) => {
        // A 404 page is served with status 404 on purpose; the browser logs that as a resource error.
        if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use();
      for (const cookie of await context.cookies()) problems.push(`cookie set: ${cookie.name}`);
      expect(problems, 'console errors, requests to other origins and cookies').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Below 40rem the header's nav and display controls sit behind its 菜单 toggle, and the search form
 * behind 搜索: opens the toggle when the page shows it, so a test can use what it holds at any width.
 */
export async function openHeaderPanel(page: Page, label: '菜单' | '搜索' = '菜单'): Promise<void> {
  const toggle = page.locator('header summary', { hasText: label });
  if ((await toggle.isVisible()) && !(await toggle.evaluate((summary) => (summary.parentElement as HTMLDetailsElement).open)))
    await toggle.click();
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Luminance contrast ratio of two CSS rgb() colours (WCAG 2 formula). */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = (css.match(/[\d.]+/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [hi, lo] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface PlatformFont {
  familyName: string;
  glyphCount: number;
}

/** The platform fonts Chromium actually used (CDP CSS.getPlatformFontsForNode) for the text directly inside the first element matching `selector`. */
export async function platformFonts(page: Page, selector: string): Promise<{ text: string; fonts: PlatformFont[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    expect(nodeId, `${selector} on the page`).toBeGreaterThan(0);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const text = await page
      .locator(selector)
      .first()
      .evaluate((element) =>
        [...element.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join(''),
      );
    return { text, fonts };
  } finally {
    await cdp.detach();
  }
}

/** The common small phone the layout is judged on (issue 16; the mobile-375 project is taller). */
export const PHONE = { width: 375, height: 667 };

/** How far the page scrolls sideways (0 when it does not). */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Table words a phone reader cannot read without effort: a caption running past the screen's edge (a
 * caption is as wide as its table, which may scroll sideways), or a short header (up to 6 characters,
 * 牵头, 行号, 2015年) broken over two lines. Empty when all is well.
 */
export const unreadableTableWords = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const screen = document.documentElement.clientWidth;
    for (const caption of document.querySelectorAll('caption')) {
      const box = caption.getBoundingClientRect();
      if (box.width > 0 && !caption.closest('.sr-only') && getComputedStyle(caption).position !== 'absolute' && box.right > screen + 0.5)
        found.push(`caption “${caption.textContent?.trim()}” ends at ${Math.round(box.right)} px on a ${screen} px screen`);
    }
    for (const th of document.querySelectorAll('th')) {
      const text = th.textContent?.trim() ?? '';
      if (text.length < 2 || text.length > 6 || th.getBoundingClientRect().width === 0) continue;
      const range = document.createRange();
      range.selectNodeContents(th);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      if (lines > 1) found.push(`header “${text}” wraps onto ${lines} lines`);
    }
    return found;
  });
