import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Chooses an option by keyboard: focus it, then Space (radios and checkboxes alike). */
async function choose(page: Page, id: string) {
  await page.locator(`#${id}`).focus();
  await page.keyboard.press('Space');
}

async function type(page: Page, id: string, text: string) {
  await page.locator(`#${id}`).focus();
  await page.keyboard.type(text);
}

async function continueByKeyboard(page: Page) {
  await page.getByRole('button', { name: '继续' }).focus();
  await page.keyboard.press('Enter');
}

/** Checks the step is on screen with its heading focused, and that axe finds nothing. */
async function atStep(page: Page, heading: string | RegExp) {
  await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeFocused();
  await expectNoAxeViolations(page);
}

/** A ladder entry: type, then a municipal recognition in `year`, nothing higher. */
async function platformEntry(page: Page, n: number, type_: string, year: string) {
  await choose(page, `q-platform${n}Type-${type_}`);
  await choose(page, `q-platform${n}Municipal-yes`);
  await continueByKeyboard(page);
  // The year question appears once 是 is chosen.
  await type(page, `q-platform${n}MunicipalYear`, year);
  await choose(page, `q-platform${n}Provincial-no`);
  await choose(page, `q-platform${n}National-no`);
  await continueByKeyboard(page);
}

test('an enterprise with two platforms, a talent and a team, by keyboard, with 修改 and 删除 on the check page', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/checker/');
  await page.getByRole('link', { name: '开始测算' }).focus();
  await page.keyboard.press('Enter');

  await atStep(page, '您是谁');
  await choose(page, 'q-applicant-enterprise');
  await continueByKeyboard(page);
  await atStep(page, '是否在五华区');
  await choose(page, 'q-inWuhua-yes');
  await continueByKeyboard(page);
  await atStep(page, '想测算哪些扶持');
  for (const topic of ['platform', 'talent', 'team']) await choose(page, `q-topics-${topic}`);
  await continueByKeyboard(page);
  await atStep(page, '企业的研发和专利情况');
  await choose(page, 'q-rdSpending-yes');
  await choose(page, 'q-patents-no');
  await choose(page, 'q-patentCommercialisation-no');
  await continueByKeyboard(page);

  await atStep(page, /平台1$/);
  await platformEntry(page, 1, 'key-lab', '2019');
  await atStep(page, /已添加的平台$/);
  await expect(page.locator('.entry-list li')).toHaveText([/平台1（重点实验室）/]);
  await choose(page, 'q-more-yes');
  await continueByKeyboard(page);
  await atStep(page, /平台2$/);
  await platformEntry(page, 2, 'academician-workstation', '2020');
  await atStep(page, /已添加的平台$/);
  await expect(page.locator('.entry-list li')).toHaveCount(2);
  await choose(page, 'q-more-no');
  await continueByKeyboard(page);

  await atStep(page, /人才1$/);
  await choose(page, 'q-talent1AcademicLeader-leader');
  await choose(page, 'q-talent1YunnanInnovation-none');
  await choose(page, 'q-talent1LeadingTitles-kunming-leading');
  await continueByKeyboard(page);
  await choose(page, 'q-talent1AcademicRating-excellent');
  await continueByKeyboard(page);
  await type(page, 'q-talent1AcademicYear', '2019');
  await type(page, 'q-talent1LeadingYear', '2020');
  await continueByKeyboard(page);
  await atStep(page, /已添加的人才$/);
  await choose(page, 'q-more-no');
  await continueByKeyboard(page);

  await atStep(page, /团队1$/);
  await choose(page, 'q-team1Kunming-excellent');
  await choose(page, 'q-team1Yunnan-none');
  await continueByKeyboard(page);
  await type(page, 'q-team1KunmingYear', '2021');
  await continueByKeyboard(page);
  await atStep(page, /已添加的团队$/);
  await choose(page, 'q-more-no');
  await continueByKeyboard(page);

  await atStep(page, '核对您的回答');
  await expect(page.locator('.entry-card h3')).toHaveText([/平台1（重点实验室）/, /平台2（院士工作站）/, /人才1/, /团队1/]);
  // 修改 the second platform: an engineering centre, not an academician workstation.
  await page.getByRole('link', { name: /^修改\s*：平台2/ }).focus();
  await page.keyboard.press('Enter');
  await atStep(page, /平台2$/);
  await expect(page.locator('#q-platform2Type-academician-workstation')).toBeChecked();
  await choose(page, 'q-platform2Type-engineering-center');
  await continueByKeyboard(page);
  await atStep(page, /已添加的平台$/);
  await choose(page, 'q-more-no');
  await continueByKeyboard(page);
  await atStep(page, '核对您的回答');
  await expect(page.locator('.entry-card h3').nth(1)).toHaveText(/平台2（工程技术研究中心）/);

  await page.getByRole('link', { name: '查看结果' }).focus();
  await page.keyboard.press('Enter');
  await atStep(page, '测算结果');
  // 2万 + 2万 (two platforms) + 3万 + 5万 (the talent); the team's evaluation in 2021 is after the term.
  await expect(page.locator('.result-total')).toContainText('确定可得：12万元');
  await expect(page.locator('.result-item h4')).toContainText([
    '科技创新平台认定扶持：平台1（重点实验室）',
    '科技创新平台认定扶持：平台2（工程技术研究中心）',
  ]);
  await expect(page.locator('.result-item.status-ineligible').filter({ hasText: '昆明市科技创新团队' })).toContainText('晚于计划期限');

  // 删除 the second platform from the check page.
  await page.getByRole('link', { name: '修改回答' }).focus();
  await page.keyboard.press('Enter');
  await atStep(page, '核对您的回答');
  await page.getByRole('button', { name: /^删除\s*：平台2/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('已删除平台2（工程技术研究中心）');
  await atStep(page, '核对您的回答');
  await expect(page.locator('.entry-card h3')).toHaveText([/平台1（重点实验室）/, /人才1/, /团队1/]);
  await page.getByRole('link', { name: '查看结果' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.result-total')).toContainText('确定可得：10万元');
  // The answers never reach the server: they are in the fragment, not the query.
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toContain('platform1Type=key-lab');
});

test('missing answers get an error summary that takes focus and moves to the question', async ({ page }) => {
  await page.goto('/checker/#step=applicant');
  await page.getByRole('button', { name: '继续' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('请选择一项');
  // The question's own ？ ends the label: no "？：" before the message.
  await expect(summary).not.toContainText(/[？?]：/);
  await expectNoAxeViolations(page);
  await summary.getByRole('link').click();
  await expect(page.locator('#q-applicant-enterprise')).toBeFocused();
  // The fragment still holds the state, not the anchor.
  expect(page.url()).toContain('step=applicant');
});

test('Back and Change keep the answers', async ({ page }) => {
  const answers =
    'applicant=enterprise&inWuhua=yes&topics=hte&rdSpending=yes&patents=no&patentCommercialisation=no&hteRecertified=yes&hteYear=2019&revenueGrowth=yes';
  await page.goto(`/checker/#${answers}&step=check`);
  await page.getByRole('link', { name: /更改\s*：营业收入是否比上一年度有增长/ }).click();
  await expect(page.locator('#q-revenueGrowth-yes')).toBeChecked();
  await page.locator('#q-revenueGrowth-no').check();
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.getByRole('heading', { name: '核对您的回答' })).toBeVisible();
  await expect(page.locator('.summary-list')).toContainText('否');
  await page.getByRole('link', { name: '返回上一步' }).click();
  await expect(page.getByRole('heading', { name: '高新技术企业再认定' })).toBeVisible();
  await expect(page.locator('#q-hteRecertified-yes')).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('heading', { name: '核对您的回答' })).toBeVisible();
});

test('browser Back from the first question returns to the start page', async ({ page }) => {
  await page.goto('/checker/');
  await page.getByRole('link', { name: '开始测算' }).click();
  await expect(page.getByRole('heading', { name: '您是谁' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('link', { name: '开始测算' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '您是谁' })).toHaveCount(0);
});

test('a shared URL reproduces the result, and the skip link does not lose it', async ({ page }) => {
  const url =
    '/checker/#applicant=institution&inWuhua=yes&topics=science-base&scienceBase1Type=youth-lab&scienceBase1Municipal=yes&scienceBase1MunicipalYear=2019&scienceBase1Provincial=recommended&scienceBase1ProvincialYear=2020&scienceBase1National=no&step=result';
  await page.goto(url);
  await expect(page.locator('.result-total')).toContainText('确定可得：4万元');
  await expect(page.locator('.result-item')).toContainText('可能符合');
  await expect(page.locator('.result-item')).toContainText('可再获3万元');
  await page.getByRole('link', { name: '跳到主要内容' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/step=result$/);
  await page.reload();
  await expect(page.locator('.result-total')).toContainText('确定可得：4万元');
});

test('a link made by the earlier checker opens, migrated, with a note', async ({ page }) => {
  await page.goto(
    '/checker/?applicant=enterprise&inWuhua=yes&topics=hte,platform&year=2019&rdSpending=yes&patents=no&patentCommercialisation=no&hteRecertified=yes&revenueGrowth=yes&platformType=key-lab&platformMunicipal=yes&platformMunicipalYear=2019&platformProvincial=no&platformNational=no&step=result',
  );
  await expect(page.getByRole('status')).toContainText('旧版资格自测');
  await expect(page.getByRole('heading', { name: '核对您的回答' })).toBeVisible();
  await expect(page.locator('.summary-list').first()).toContainText('再次通过认定是哪一年？');
  expect(new URL(page.url()).search).toBe('');
  await page.getByRole('link', { name: '查看结果' }).click();
  await expect(page.locator('.result-total')).toContainText('确定可得：6万元');
});

test("the result marks what is the site's reading and what is only its suggestion, and prints its answers", async ({ page }) => {
  await page.goto(
    '/checker/#applicant=institution&inWuhua=yes&topics=science-base&scienceBase1Type=youth-lab&scienceBase1Municipal=yes&scienceBase1MunicipalYear=2019&scienceBase1Provincial=recommended&scienceBase1ProvincialYear=2020&scienceBase1National=no&step=result',
  );
  for (const id of ['term-window', 'in-wuhua', 'enterprise-gate', 'whom-to-ask']) {
    const mark = page.locator(`.result-policy [data-reading="${id}"]`).first();
    await expect(mark.locator('.reading-label')).toHaveText('本站理解：');
    await expect(mark.locator('.reading-reason')).toContainText('理由：');
  }
  await expect(page.locator('.result-item [data-reading="top-up"]')).toHaveCount(1);
  await expect(page.locator('.result-item [data-reading="recommendation-level"]')).toHaveCount(1);
  await expect(page.locator('.result-item h5').filter({ hasText: '本站建议准备的材料（以主管部门申报通知为准）' })).toHaveCount(1);
  await expect(page.locator('.result-item')).toContainText('先问谁：');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.result-answers')).toBeVisible();
  await expect(page.locator('.result-answers')).toContainText('青少年科技创新实验室');
  await expect(page.locator('.result-url')).toBeVisible();
  // The QR code on the sheet, read back by an independent decoder, reopens this very result.
  const png = PNG.sync.read(await page.locator('.result-qr svg').screenshot());
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(page.url());
  await expect(page.locator('.result-policy').first()).toContainText('五发〔2018〕5号');
  await expect(page.locator('header form, .back-link, .result-actions')).toHaveCount(
    await page.locator('header form, .back-link, .result-actions').count(),
  );
  for (const hidden of ['.back-link', '.result-actions']) await expect(page.locator(hidden)).toBeHidden();
});

test('built-in names and repeated fields in the fragment are named in the ignored note like unknown ones', async ({ page }) => {
  await page.goto('/checker/#applicant=person&applicant=enterprise&constructor=1&toString=2&__proto__=3&step=location');
  const note = page.getByRole('status').filter({ hasText: '已忽略' });
  await expect(note).toContainText('已忽略：applicant、constructor、toString、__proto__。');
  await expect(page.getByRole('heading', { name: '您是谁' })).toBeHidden();
});

test('a hostile fragment shows a note and injects no markup', async ({ page }) => {
  const evil = encodeURIComponent('<img src=x onerror="document.title=\'pwned\'">');
  await page.goto(`/checker/#applicant=${evil}&inWuhua=yes&${evil}=1&platform99Type=key-lab&step=location`);
  await expect(page.getByRole('status')).toContainText('已忽略');
  await expect(page.locator('#checker-app img')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
  // The valid answer survived; the invalid one is asked again.
  await expect(page.getByRole('heading', { name: '您是谁' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says so and links to the decision table, which lists every item', async ({ page }) => {
    await page.goto('/checker/');
    await expect(page.getByText('资格自测需要浏览器开启 JavaScript。')).toBeVisible();
    await expect(page.getByRole('link', { name: '开始测算' })).toBeHidden();
    await page.getByRole('link', { name: '扶持条件一览表' }).first().click();
    await expect(page.locator('h1')).toHaveText('扶持条件一览表');
    await expect(page.locator('.decision-table tbody tr')).toHaveCount(10);
  });
});

// One test per step: many axe runs in one test came close to the 30 s test timeout on a busy machine.
{
  const complete = new URLSearchParams({
    applicant: 'enterprise',
    inWuhua: 'yes',
    topics: 'rd-ranking,hte,platform,incubator,science-base,talent,team',
    rdSpending: 'yes',
    patents: 'no',
    patentCommercialisation: 'no',
    statsCategory: 'industrial',
    rdGrowth: 'yes',
    rdRankYear: '2019',
    hteRecertified: 'yes',
    hteYear: '2019',
    revenueGrowth: 'yes',
    platform1Type: 'key-lab',
    platform1Municipal: 'yes',
    platform1MunicipalYear: '2019',
    platform1Provincial: 'unsure',
    platform1National: 'no',
    platform2Type: 'other',
    platform2Municipal: 'yes',
    platform2MunicipalYear: '2019',
    platform2Provincial: 'no',
    platform2National: 'no',
    incubator1Type: 'incubator',
    incubator1Municipal: 'no',
    incubator1Provincial: 'no',
    incubator1National: 'no',
    scienceBase1Type: 'youth-lab',
    scienceBase1Municipal: 'yes',
    scienceBase1MunicipalYear: '2020',
    scienceBase1Provincial: 'no',
    scienceBase1National: 'no',
    talent1AcademicLeader: 'reserve',
    talent1AcademicRating: 'pending',
    talent1YunnanInnovation: 'none',
    talent1LeadingTitles: '',
    team1Kunming: 'excellent',
    team1KunmingYear: '2019',
    team1Yunnan: 'unsure',
  });
  const steps = [
    'applicant',
    'location',
    'topics',
    'precondition',
    'rd-ranking',
    'hte',
    'platform-1',
    'platform-2',
    'platform-more',
    'incubator-1',
    'science-base-1',
    'talent-1',
    'team-1',
    'team-more',
    'check',
    'result',
  ];
  for (const step of steps) {
    test(`the checker step "${step}" passes axe`, async ({ page }) => {
      await page.goto(`/checker/#${complete.toString()}&step=${step}`);
      await expect(page.locator('.step-title')).toBeFocused();
      await expectNoAxeViolations(page);
      if (step === 'result') {
        await expect(page.locator('.result-item')).toHaveCount(11);
        await expect(page.locator('.result-item.status-ineligible').filter({ hasText: '平台2（其他类型）' })).toContainText(
          '其他类型的平台不在此列',
        );
      }
    });
  }
}

// Touch targets: every control a thumb uses in the checker is at least 44×44 CSS px (WCAG 2.5.5), at
// the phone and the desktop width alike. A radio or checkbox is hit through its label, so the label
// (which toggles it) is what must be that big.
{
  const answers =
    'applicant=enterprise&inWuhua=yes&topics=platform&rdSpending=yes&patents=no&patentCommercialisation=no&platform1Type=key-lab&platform1Municipal=yes&platform1MunicipalYear=2019&platform1Provincial=no&platform1National=no';
  const CONTROLS = [
    '.choice label',
    '.form-input',
    '#checker-app button',
    '#checker-app a[data-nav]',
    '#checker-app a.button',
    '#checker-app a.button-secondary',
    '.error-summary a',
  ].join(', ');
  const pages: Array<[string, string, number]> = [
    ['the start page', '/checker/', 1],
    ['a question left unanswered, with its error summary', '/checker/#step=applicant', 6],
    ['a question with radios', `/checker/#${answers}&step=applicant`, 5],
    ['a question with checkboxes', `/checker/#${answers}&step=topics`, 9],
    ['a question with a year', `/checker/#${answers}&step=platform-1`, 12],
    ['the list of added platforms', `/checker/#${answers}&step=platform-more`, 6],
    ['the check page', `/checker/#${answers}&step=check`, 11],
    ['the result', `/checker/#${answers}&step=result`, 4],
  ];
  for (const [what, url, atLeast] of pages) {
    test(`touch targets on ${what} are at least 44×44 px`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator(CONTROLS).first()).toBeVisible();
      if (what.includes('error summary')) {
        await page.getByRole('button', { name: '继续' }).click();
        await expect(page.locator('.error-summary a')).toBeVisible();
      }
      const sizes = await page.locator(CONTROLS).evaluateAll((elements) =>
        elements
          .filter((element) => element.getClientRects().length > 0)
          .map((element) => {
            const box = element.getBoundingClientRect();
            return {
              control: `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 12) || element.id}”`,
              width: Math.round(box.width * 10) / 10,
              height: Math.round(box.height * 10) / 10,
            };
          }),
      );
      expect(sizes.length, 'controls measured').toBeGreaterThanOrEqual(atLeast);
      expect(sizes.filter((size) => size.width < 44 || size.height < 44)).toEqual([]);
    });
  }
}
