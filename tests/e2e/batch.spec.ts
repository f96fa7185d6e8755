import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/node';
import { loadRuleset } from '../../scripts/lib/load-ruleset';
import { csvText, readRosterRecord, resultSheet, type RosterRow } from '../../src/lib/eligibility/roster';
import { describeProblemZh } from '../../src/lib/eligibility/roster-messages';
import { expect, expectNoAxeViolations, sidewaysOverflow, test, unreadableTableWords } from './fixtures';

const enterprise = { applicant: 'enterprise', inWuhua: 'yes', rdSpending: 'yes', patents: 'no', patentCommercialisation: 'no' };
const ROSTER: Array<Record<string, string>> = [
  // Good: 四（二） 4万元 and a municipal key lab of 2019 (2万元).
  {
    名称: '甲科技公司',
    ...enterprise,
    topics: 'hte,platform',
    hteRecertified: 'yes',
    hteYear: '2019',
    revenueGrowth: 'yes',
    platform1Type: 'key-lab',
    platform1Municipal: 'yes',
    platform1MunicipalYear: '2019',
    platform1Provincial: 'no',
    platform1National: 'no',
  },
  // Bad: not a yes/no/unsure answer.
  { 名称: '乙公司', ...enterprise, inWuhua: 'maybe', topics: 'hte', hteRecertified: 'yes', hteYear: '2019', revenueGrowth: 'yes' },
  // Good, with a name Excel would run as a formula.
  { 名称: '=HYPERLINK("http://example.com","丙")', ...enterprise, topics: 'hte', hteRecertified: 'unsure', revenueGrowth: 'yes' },
];
const COLUMNS = [...new Set(ROSTER.flatMap((r) => Object.keys(r)))];
const table = (rows = ROSTER) => [COLUMNS, ...rows.map((r) => COLUMNS.map((c) => r[c] ?? ''))];
const csvOf = (rows = ROSTER) =>
  table(rows)
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(','))
    .join('\r\n') + '\r\n';

const folder = mkdtempSync(join(tmpdir(), 'batch-e2e-'));
function file(name: string, bytes: Uint8Array | string): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

/** The results the CLI's pure functions give for the same roster, with the page's Chinese problems. */
function expectedCsv(csv: string): string {
  const ruleset = loadRuleset();
  const [header = [], ...records] = parse(csv, { relax_column_count: true, skip_empty_lines: false }) as string[][];
  const rows = records.map((cells, i) => readRosterRecord(ruleset, header, cells, i + 2)).filter((r): r is RosterRow => Boolean(r));
  return `\uFEFF${csvText(resultSheet(ruleset, rows, describeProblemZh))}`;
}

/** Every request the page makes from now on. */
function watchRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => seen.push(request));
  return seen;
}

/** Chooses a file by keyboard (the file input opens the chooser on Space) and starts with Enter on 开始测算. */
async function chooseAndStart(page: Page, path: string) {
  // Listening first, then a round trip or two: Playwright turns on file-chooser interception asynchronously,
  // and a Space pressed before it is on opens a native dialog that never reports (a flake seen once in CI).
  const chooser = page.waitForEvent('filechooser');
  await page.locator('#batch-file').focus();
  await expect(page.locator('#batch-file')).toBeFocused();
  await page.keyboard.press('Space');
  await (await chooser).setFiles(path);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '开始测算' })).toBeFocused();
  await page.keyboard.press('Enter');
}

test('a UTF-8 roster is checked by keyboard alone: problems first and focused, then the summary, the table and the download', async ({
  page,
}) => {
  // Everything the page itself loads (the favicon too) is in before the file is chosen.
  await page.goto('/checker/batch/', { waitUntil: 'networkidle' });
  const requests = watchRequests(page);
  await chooseAndStart(page, file('名单.csv', `\uFEFF${csvOf()}`));
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('1行有问题，没有测算');
  await expect(summary.getByRole('link')).toHaveText(['第 3 行：“inWuhua”列：只能填以下之一：yes、no、unsure（值：“maybe”）']);
  // The link moves focus to the problem in the list by row and column.
  await summary.getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#batch-problem-1')).toBeFocused();
  await expect(page.locator('#batch-problem-1')).toHaveText(
    '第 3 行（乙公司）：“inWuhua”列：只能填以下之一：yes、no、unsure（值：“maybe”）',
  );
  await expect(page.getByRole('status')).toHaveText('测算完成：共3行，1行有问题。');
  await expect(page.locator('.result-total')).toContainText('共读取3行（CSV，UTF-8 编码）：2行已测算，1行有问题、没有测算。');
  await expect(page.locator('.result-total')).toContainText('确定可得合计：6万元');
  await expect(page.locator('.result-total')).toContainText('最多可能合计：10万元');

  const results = page.getByRole('table', { name: /每一行的结果/ });
  await expect(results.locator('caption')).toHaveText('每一行的结果（有问题的行在前），第1页，共1页');
  await expect(results.locator('tbody th[scope="row"]')).toHaveText(['3', '2', '4']);
  await expect(results.locator('thead th[scope="col"]').first()).toHaveText('行号');
  // Each row says what is wrong with it, column by column.
  await expect(results.locator('tbody tr').first().locator('td').last()).toHaveText(
    '未测算：“inWuhua”列：只能填以下之一：yes、no、unsure（值：“maybe”）',
  );
  const first = results.locator('tbody tr').nth(1);
  await expect(first).toContainText('甲科技公司');
  await expect(first).toContainText('可能符合4万元');
  // The table scrolls inside its own region, reachable by keyboard.
  const region = page.getByRole('region', { name: '每一行的结果（可横向滚动）' });
  await expect(region).toHaveAttribute('tabindex', '0');
  expect(await sidewaysOverflow(page)).toBe(0);

  const link = page.getByRole('link', { name: '下载全部结果（CSV）' });
  await link.focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('名单-测算结果.csv');
  const bytes = readFileSync((await (await download).path()) as string);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toBe(expectedCsv(csvOf()));
  // Formula-safe: the name is text in Excel.
  expect(text).toContain(`"'=HYPERLINK(""http://example.com"",""丙"")"`);

  // Nothing carried the file: the only requests after choosing it are GETs of the site's own worker script.
  const origin = new URL(page.url()).origin;
  for (const request of requests) {
    const url = new URL(request.url());
    if (url.protocol === 'blob:') continue;
    expect(request.method(), request.url()).toBe('GET');
    expect(request.postData(), request.url()).toBeNull();
    expect(url.origin, request.url()).toBe(origin);
    expect(url.pathname + url.search, request.url()).not.toMatch(/%E7%94%B2|甲科技|applicant|hte/);
  }
  expect(requests.map((r) => new URL(r.url()).pathname).filter((p) => !p.startsWith('blob'))).toEqual([
    expect.stringMatching(/^\/_astro\/batch-worker-[\w-]+\.js$/),
  ]);
  await expectNoAxeViolations(page);
});

test('a GB18030 roster reads the same as UTF-8, names in Chinese intact', async ({ page }) => {
  await page.goto('/checker/batch/');
  await page.locator('#batch-file').setInputFiles(file('gb.csv', iconv.encode(csvOf(), 'gb18030')));
  await page.getByRole('button', { name: '开始测算' }).click();
  await expect(page.locator('.result-total')).toContainText('共读取3行（CSV，GB18030（GBK）编码）：2行已测算');
  await expect(page.getByRole('table', { name: /每一行的结果/ })).toContainText('甲科技公司');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载全部结果（CSV）' }).click();
  expect(readFileSync((await (await download).path()) as string, 'utf8')).toBe(expectedCsv(csvOf()));
});

test('an .xlsx roster is read by its own worker, loaded only once one is chosen, and gives the same results', async ({ page }) => {
  const path = join(folder, '名单.xlsx');
  await writeXlsxFile(table().map((row) => row.map((value) => (value ? { type: String, value } : null))) as never).toFile(path);
  const requests = watchRequests(page);
  await page.goto('/checker/batch/', { waitUntil: 'networkidle' });
  const scripts = () => requests.map((r) => new URL(r.url()).pathname).filter((p) => p.endsWith('.js'));
  const before = scripts();
  await page.locator('#batch-file').setInputFiles(path);
  await page.getByRole('button', { name: '开始测算' }).click();
  await expect(page.locator('.result-total')).toContainText('共读取3行（Excel 表格（.xlsx，第一个工作表））：2行已测算');
  expect(before.filter((p) => /worker/.test(p))).toEqual([]);
  expect(scripts().slice(before.length)).toEqual([expect.stringMatching(/^\/_astro\/batch-xlsx-worker-[\w-]+\.js$/)]);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载全部结果（CSV）' }).click();
  expect(readFileSync((await (await download).path()) as string, 'utf8')).toBe(expectedCsv(csvOf()));
  // A file named .xlsx that is not one is refused, not half read.
  await page.locator('#batch-file').setInputFiles(file('假的.xlsx', csvOf()));
  await page.getByRole('button', { name: '开始测算' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary li')).toHaveText([/^这个文件不是可以读取的 \.xlsx 文件/]);
});

test('a file that cannot be used is refused with what to fix, and nothing is evaluated', async ({ page }) => {
  await page.goto('/checker/batch/');
  // No file chosen: the field is marked as on /checker/.
  await page.getByRole('button', { name: '开始测算' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('#batch-file-error')).toHaveText('错误：请选择一个名单文件');
  await expect(page.locator('#batch-file')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  // An old column name in the header.
  await page.locator('#batch-file').setInputFiles(file('old.csv', 'name,applicant,platformType\r\n甲,enterprise,key-lab\r\n'));
  await page.getByRole('button', { name: '开始测算' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary li')).toHaveText(['第 1 行（列名）“platformType”列：是旧版的列名，请改为 platform1Type。']);
  await expect(page.locator('#batch-file')).not.toHaveAttribute('aria-invalid', 'true');
  // A UTF-8 file with a row pasted from a GB18030 sheet.
  const mixed = new Uint8Array([
    ...new TextEncoder().encode('name,applicant\r\n甲公司,enterprise\r\n'),
    ...iconv.encode('乙公司,enterprise\r\n', 'gb18030'),
  ]);
  await page.locator('#batch-file').setInputFiles(file('mixed.csv', mixed));
  await page.getByRole('button', { name: '开始测算' }).click();
  await expect(page.locator('.error-summary li')).toHaveText([/^第 3 行不是 UTF-8 编码，而第 2 行是/]);
  await expect(page.getByRole('table', { name: /每一行的结果/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('without JavaScript the page says batch checking needs it and points to the checker and the CLI', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/checker/batch/');
  const notice = page.locator('.no-js-only');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('批量测算需要浏览器开启 JavaScript');
  await expect(notice.getByRole('link', { name: '资格自测' })).toHaveAttribute('href', '/checker/');
  await expect(notice).toContainText('npm run eligibility -- --csv');
  await expect(page.locator('#batch-form')).toBeHidden();
  await context.close();
});

test('a long roster is shown a page at a time, the pager works by keyboard, and the page never scrolls sideways', async ({ page }) => {
  const good = ROSTER[0] as Record<string, string>;
  const many = Array.from({ length: 120 }, (_, i) => ({ ...good, 名称: `企业${i + 1}` }));
  await page.goto('/checker/batch/');
  await page.locator('#batch-file').setInputFiles(file('many.csv', csvOf(many)));
  await page.getByRole('button', { name: '开始测算' }).click();
  const results = page.getByRole('table', { name: /每一行的结果/ });
  await expect(results.locator('caption')).toHaveText('每一行的结果（有问题的行在前），第1页，共3页');
  await expect(results.locator('tbody tr')).toHaveCount(50);
  await expect(page.locator('.result-total')).toContainText('确定可得合计：720万元');
  const next = page.getByRole('button', { name: '下一页' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(results.locator('caption')).toHaveText('每一行的结果（有问题的行在前），第2页，共3页');
  await expect(results.locator('tbody th[scope="row"]').first()).toHaveText('52');
  // Focus stays on the pager, so the next press goes on paging.
  await expect(page.getByRole('button', { name: '下一页' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(results.locator('tbody tr')).toHaveCount(20);
  await expect(page.getByRole('button', { name: '下一页' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '上一页' })).toBeFocused();
  expect(await sidewaysOverflow(page)).toBe(0);
  // On a phone the wide tables scroll inside their regions; their captions must not run off the screen.
  expect(await unreadableTableWords(page)).toEqual([]);
  await expectNoAxeViolations(page);
});
