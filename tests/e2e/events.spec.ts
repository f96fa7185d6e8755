import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { EVENT_KINDS, EventSchema, type EventEntry } from '../../src/schemas/event';
import { BaseEntrySchema } from '../../src/schemas/base';
import { compareLatestEndFirst } from '../../src/lib/events/time';
import { eventOutlook, isStillToCome } from '../../src/lib/events/outlook';
import { eventArchiveUrl, RECENT_PAST_EVENTS } from '../../src/data/event-urls';
import { readMarkdownFolder, readYaml } from '../helpers/content';
import { expect, expectNoAxeViolations, PHONE, sidewaysOverflow, test } from './fixtures';
import { expectTouchTargets, filterToggle, showFilters } from './list-filters';

const events = readMarkdownFolder('events').map((file) => {
  const data = EventSchema.parse(file.data);
  return { id: file.id, data, outlook: eventOutlook(data) };
});
const bases = BaseEntrySchema.array().parse(readYaml('bases/bases.yaml'));
/** The 街道 an event is in: its base's, or the one given with a free address. */
const subdistrictOf = (venue: EventEntry['venue']) =>
  'base' in venue ? bases.find((p) => p.id === venue.base)?.subdistrict : venue.subdistrict;
const items = '[data-event]';
/** The instant the build decided what is upcoming (the lists are static until the next build). */
const builtAt = new Date((JSON.parse(readFileSync('dist/data/events.json', 'utf8')) as { generated: string }).generated);
const visibleItems = (page: import('@playwright/test').Page) => page.locator(`${items}:visible`);
const isComing = (e: (typeof events)[number]) => isStillToCome(e.outlook, builtAt);
const upcoming = events.filter(isComing);
const pastLatestFirst = events
  .filter((e) => !isComing(e))
  .sort((a, b) => compareLatestEndFirst({ id: a.id, ...a.outlook.times }, { id: b.id, ...b.outlook.times }));
const yearOf = (e: (typeof events)[number]) => Number(e.outlook.times.start.slice(0, 4));
/** What /events/ lists: every upcoming event and the latest past ones. */
const ON_EVENTS_PAGE = '在即将举行和最近结束的活动中';
const listed = [...upcoming, ...pastLatestFirst.slice(0, RECENT_PAST_EVENTS)];

test('filtering events by keyboard hides the rest, announces the count and keeps the choice in the URL', async ({ page }) => {
  await page.goto('/events/');
  await expect(page.locator(items)).toHaveCount(listed.length);
  await showFilters(page);
  const kind = page.getByLabel('活动类型');
  await kind.focus();
  await page.keyboard.press('ArrowDown'); // 全部 → the first kind
  const first = await kind.inputValue();
  const ofKind = listed.filter((e) => e.data.kind === first);
  await expect(page.getByRole('status')).toHaveText(`${ON_EVENTS_PAGE}找到${ofKind.length}项活动。`);
  await expect(visibleItems(page)).toHaveCount(ofKind.length);
  expect(new URL(page.url()).searchParams.get('kind')).toBe(first);

  const audience = page.getByLabel('适合');
  await audience.selectOption('小学');
  const both = ofKind.filter((e) => e.data.audiences.includes('小学'));
  await expect(visibleItems(page)).toHaveCount(both.length);
  expect(new URL(page.url()).search).toBe(`?${new URLSearchParams({ kind: first, for: '小学' })}`);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: '清除筛选' }).focus();
  await page.keyboard.press('Enter');
  await expect(visibleItems(page)).toHaveCount(listed.length);
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

test('a shared link filtered by 街道 opens filtered, hiding past years with nothing left', async ({ page }) => {
  await page.goto(`/events/?${new URLSearchParams({ jd: '西翥' })}`);
  await expect(page.getByLabel('街道')).toHaveValue('西翥');
  // An event moved online is in no 街道.
  const expected = listed.filter((e) => e.data.status !== 'moved-online' && subdistrictOf(e.data.venue) === '西翥');
  expect(expected.length).toBeGreaterThan(0);
  const hrefs = await visibleItems(page)
    .locator('> a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual(expected.map((e) => `/events/${e.id}/`).sort());
  const pastYears = new Set(expected.filter((e) => !isComing(e)).map((e) => `${yearOf(e)}年`));
  const shownYears = await page.locator('[data-past-year]:visible h3').allTextContents();
  expect(shownYears.sort()).toEqual([...pastYears].sort());
});

test('a choice made before the filter script arrives is applied when it does', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    await held;
    await route.continue();
  });
  // Module scripts hold back DOMContentLoaded, so wait only for the page to start arriving.
  await page.goto('/events/', { waitUntil: 'commit' });
  // 筛选 is a <details>: it opens on a phone before any script has arrived.
  await page.locator('#events-filter').waitFor({ state: 'attached' });
  await showFilters(page);
  const kind = listed[0]!.data.kind;
  await page.getByLabel('活动类型').selectOption(kind);
  release();
  await expect(page.getByRole('status')).toHaveText(`${ON_EVENTS_PAGE}找到${listed.filter((e) => e.data.kind === kind).length}项活动。`);
  expect(new URL(page.url()).searchParams.get('kind')).toBe(kind);
});

test('a filter that matches no upcoming event says so', async ({ page }) => {
  await page.goto('/events/');
  await showFilters(page);
  await page.getByLabel('活动类型').selectOption('科技下乡');
  await page.getByLabel('适合').selectOption('企业');
  await expect(page.getByRole('status')).toHaveText(`${ON_EVENTS_PAGE}找到0项活动。`);
  // Once every sample event is past, the list itself says there is nothing upcoming instead.
  const anyUpcoming = upcoming.length > 0;
  await expect(page.getByText(anyUpcoming ? '没有符合筛选条件的即将举行的活动。' : '目前没有登记即将举行的活动。')).toBeVisible();
});

test('without JavaScript the events list is complete and grouped, with no filter form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/events/');
  await expect(page.locator('#events-filter')).toBeHidden();
  await expect(page.locator(items)).toHaveCount(listed.length);
  await expect(page.getByRole('heading', { name: '即将举行' })).toBeVisible();
  await context.close();
});

test('a year of past events opens with the filter chosen on /events/, and filters the same way', async ({ page }) => {
  const year = yearOf(pastLatestFirst[0]!);
  const ofYear = pastLatestFirst.filter((e) => yearOf(e) === year);
  const kind = ofYear[0]!.data.kind;
  const ofKind = ofYear.filter((e) => e.data.kind === kind);
  await page.goto('/events/');
  await showFilters(page);
  await page.getByLabel('活动类型').selectOption(kind);
  await page.getByRole('link', { name: `${year}年`, exact: true }).click();
  await expect(page).toHaveURL(`${eventArchiveUrl(year)}?${new URLSearchParams({ kind })}`);
  await expect(page.getByLabel('活动类型')).toHaveValue(kind);
  await expect(page.getByRole('status')).toHaveText(`在${year}年的往期活动中找到${ofKind.length}项活动。`);
  await expect(visibleItems(page)).toHaveCount(ofKind.length);
  await expect(filterToggle(page)).toHaveText('筛选（已选 1 项）');

  await showFilters(page);
  const absent = EVENT_KINDS.find((k) => !ofYear.some((e) => e.data.kind === k));
  expect(absent, 'a kind with no event that year').toBeDefined();
  await page.getByLabel('活动类型').selectOption(absent!);
  await expect(page.getByText('这一年没有符合筛选条件的活动。')).toBeVisible();
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(visibleItems(page)).toHaveCount(ofYear.length);
  await expect(page.getByRole('link', { name: `${year}年`, exact: true })).toHaveAttribute('href', eventArchiveUrl(year));
});

test.describe('on a 375×667 phone', () => {
  test.beforeEach(async ({ page }) => page.setViewportSize(PHONE));

  for (const path of ['/events/', eventArchiveUrl(yearOf(pastLatestFirst[0]!))]) {
    test(`${path}: the 筛选 button comes before the first event; the filters stay folded`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('#events-filter')).toBeHidden();
      const [toggle, first] = await Promise.all([filterToggle(page).boundingBox(), page.locator(`${items} > a`).first().boundingBox()]);
      expect(toggle!.y).toBeLessThan(first!.y);
    });

    test(`${path}: the first event starts on the first screen (top ≤ 600 px)`, async ({ page }) => {
      await page.goto(path);
      const first = (await page.locator(`${items} > a`).first().boundingBox())!;
      // The site header is measured too: how far the first event is below it is what this page decides.
      const headerBottom = await page
        .locator('header')
        .first()
        .evaluate((header) => header.getBoundingClientRect().bottom);
      test
        .info()
        .annotations.push({ type: 'first event', description: `top ${first.y} px, ${first.y - headerBottom} px below the header` });
      expect(first.y).toBeLessThanOrEqual(600);
    });
  }

  test('by keyboard: open 筛选, choose filters, the list and the button count follow, 显示结果 folds the panel back', async ({ page }) => {
    await page.goto('/events/');
    const toggle = filterToggle(page);
    await expect(toggle).toHaveText('筛选');
    await expectTouchTargets(toggle);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#events-filter')).toBeVisible();
    await expectTouchTargets(page.locator('#events-filter').locator('select, button'));

    await page.keyboard.press('Tab');
    const kind = page.getByLabel('活动类型');
    await expect(kind).toBeFocused();
    await page.keyboard.press('ArrowDown'); // 全部 → the first kind
    const ofKind = listed.filter((e) => e.data.kind === EVENT_KINDS[0]);
    await expect(page.getByRole('status')).toHaveText(`${ON_EVENTS_PAGE}找到${ofKind.length}项活动。`);
    await expect(toggle).toHaveText('筛选（已选 1 项）');
    await page.keyboard.press('Tab'); // 适合
    await page.keyboard.press('ArrowDown'); // 全部 → 小学
    const both = ofKind.filter((e) => e.data.audiences.includes('小学'));
    await expect(visibleItems(page)).toHaveCount(both.length);
    await expect(toggle).toHaveText('筛选（已选 2 项）');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: '显示结果' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#events-filter')).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(visibleItems(page)).toHaveCount(both.length);
  });

  test('nothing scrolls sideways at 320 px with the filters open', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/events/');
    await showFilters(page);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('nothing scrolls sideways with 特大 text and the filters open', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('wh-display', JSON.stringify({ text: 'xlarge' })));
    await page.goto('/events/');
    await showFilters(page);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
});

test('on a wide screen the event filters are shown without a 筛选 button and pass axe', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/events/');
  await expect(filterToggle(page)).toBeHidden();
  await page.getByLabel('适合').selectOption('公众');
  await expect(visibleItems(page)).toHaveCount(listed.filter((e) => e.data.audiences.includes('公众')).length);
  await expectNoAxeViolations(page);
});

test('the QR code on an event page scans to the page URL', async ({ page }) => {
  const { id } = events.find((e) => e.data.status === 'scheduled')!;
  await page.goto(`/events/${id}/`);
  const png = PNG.sync.read(await page.locator('img.qr-code').screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(code?.data).toBe(`https://wuhua-kexie.example/events/${id}/`);
});

test('"加入日历" downloads an .ics file', async ({ page }) => {
  const { id } = events.find((e) => e.data.status === 'scheduled')!;
  await page.goto(`/events/${id}/`);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /加入日历/ }).click();
  expect((await download).suggestedFilename()).toBe(`${id}.ics`);
});

test('the home-page countdown counts days from the visitor’s clock in Beijing time', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-04-16T01:00:00+08:00'));
  await page.goto('/');
  const countdown = page.locator('[data-countdown]');
  const start = await countdown.getAttribute('data-start');
  const days = Math.round((Date.parse(`${start}T00:00:00Z`) - Date.parse('2027-04-16T00:00:00Z')) / 86_400_000);
  await expect(countdown).toHaveText(days > 0 ? `（还有${days}天）` : days === 0 ? '（今天开始）' : /正在进行|^$/);
});

/** One sample event of each case the status and admission change (the site tests check their text). */
const STATUS_CASES = [
  ['moved online with a watch link', events.find((e) => e.data.status === 'moved-online' && e.data.onlineUrl)],
  ['postponed with no new time', events.find((e) => e.data.status === 'postponed' && !e.data.newTime)],
  ['postponed to a new time', events.find((e) => e.data.status === 'postponed' && e.data.newTime)],
  ['for the host school’s own pupils', events.find((e) => e.data.admission === '本校学生')],
  ['by invitation', events.find((e) => e.data.admission === '受邀')],
] as const;

// The Playwright projects run each at 375 px and at 1280 px.
for (const [name, event] of STATUS_CASES) {
  test(`an event page ${name} has no axe violations and says so in its notice or facts`, async ({ page }) => {
    expect(event, name).toBeDefined();
    await page.goto(`/events/${event!.id}/`);
    const notice = page.locator('.event-alert');
    if (event!.data.status === 'scheduled') await expect(notice).toHaveCount(0);
    else await expect(notice.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(page.locator('[data-event-admission]')).toContainText('公众');
    await expectNoAxeViolations(page);
  });
}

test('a moved-online event’s watch link is reached by keyboard and there is no street address to go to', async ({ page }) => {
  const event = events.find((e) => e.data.status === 'moved-online' && e.data.onlineUrl)!;
  await page.goto(`/events/${event.id}/`);
  const link = page.locator(`[data-event-where] a[href="${event.data.onlineUrl}"]`);
  for (let i = 0; i < 60 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect(page.locator('[data-event-where]')).toContainText('请不要前往');
});
