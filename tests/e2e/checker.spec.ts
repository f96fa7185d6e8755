import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Chooses an option by keyboard: focus it, then Space (radios and checkboxes alike). */
async function choose(page: Page, label: string, exact = true) {
  await page.getByLabel(label, { exact }).focus();
  await page.keyboard.press('Space');
}

async function continueByKeyboard(page: Page) {
  await page.getByRole('button', { name: '继续' }).focus();
  await page.keyboard.press('Enter');
}

test('a full run by keyboard reaches a result, with axe clean at every step', async ({ page }) => {
  await page.goto('/checker/');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: '开始测算' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: '您是谁' })).toBeFocused();
  await expectNoAxeViolations(page);
  await choose(page, '科技人才个人');
  await continueByKeyboard(page);

  await expect(page.getByRole('heading', { name: '是否在五华区' })).toBeFocused();
  await choose(page, '是');
  await continueByKeyboard(page);

  await choose(page, '科技人才');
  await continueByKeyboard(page);

  await page.getByLabel('排名、再认定、考核或评价结果是哪一年取得的？').fill('2019');
  await continueByKeyboard(page);

  await expectNoAxeViolations(page);
  await choose(page, '五华区的企业');
  await choose(page, '入选带头人');
  await choose(page, '入选，并通过了出站评价');
  await choose(page, '昆明市科技创新领军人才');
  await continueByKeyboard(page);
  // The rating question appears once "带头人" is chosen.
  await choose(page, '优秀');
  await continueByKeyboard(page);

  await expect(page.getByRole('heading', { name: '核对您的回答' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: '查看结果' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: '测算结果' })).toBeFocused();
  await expect(page.locator('.result-total')).toContainText('13万元'); // 3万 + 5万 + 5万
  await expect(page.locator('.result-item')).toHaveCount(3);
  await expectNoAxeViolations(page);
});

test('missing answers get an error summary that takes focus and links to the question', async ({ page }) => {
  await page.goto('/checker/?step=applicant');
  await page.getByRole('button', { name: '继续' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('请选择一项');
  await expectNoAxeViolations(page);
  await summary.getByRole('link').click();
  await expect(page).toHaveURL(/#q-applicant$/);
});

test('Back and Change keep the answers', async ({ page }) => {
  const answers = 'applicant=enterprise&inWuhua=yes&topics=hte&year=2019&rdSpending=yes&patents=no&patentCommercialisation=no&hteRecertified=yes&revenueGrowth=yes';
  await page.goto(`/checker/?${answers}&step=check`);
  await page.getByRole('link', { name: /更改\s*：营业收入是否比上一年度有增长/ }).click();
  await expect(page.getByLabel('是', { exact: true }).nth(1)).toBeChecked();
  await page.getByLabel('否', { exact: true }).nth(1).check();
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.getByRole('heading', { name: '核对您的回答' })).toBeVisible();
  await expect(page.locator('.summary-list')).toContainText('否');
  await page.getByRole('link', { name: '返回上一步' }).click();
  await expect(page.getByRole('heading', { name: '高新技术企业再认定' })).toBeVisible();
  await expect(page.getByLabel('是', { exact: true }).first()).toBeChecked();
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

test('a shared URL reproduces the result', async ({ page }) => {
  const url = '/checker/?applicant=institution&inWuhua=yes&topics=science-base&scienceBaseType=youth-lab&scienceBaseMunicipal=yes&scienceBaseMunicipalYear=2019&scienceBaseProvincial=recommended&scienceBaseProvincialYear=2020&scienceBaseNational=no&step=result';
  await page.goto(url);
  await expect(page.locator('.result-total')).toContainText('4万元');
  await expect(page.locator('.result-item')).toContainText('可能符合');
  await expect(page.locator('.result-item')).toContainText('可再获3万元');
});

test('the result marks what is the site\'s reading and what is only its suggestion', async ({ page }) => {
  await page.goto('/checker/?applicant=institution&inWuhua=yes&topics=science-base&scienceBaseType=youth-lab&scienceBaseMunicipal=yes&scienceBaseMunicipalYear=2019&scienceBaseProvincial=recommended&scienceBaseProvincialYear=2020&scienceBaseNational=no&step=result');
  for (const id of ['term-window', 'in-wuhua', 'enterprise-gate', 'whom-to-ask']) {
    const mark = page.locator(`.result-total [data-reading="${id}"]`);
    await expect(mark.locator('.reading-label')).toHaveText('本站理解：');
    await expect(mark.locator('.reading-reason')).toContainText('理由：');
  }
  await expect(page.locator('.result-item [data-reading="top-up"]')).toHaveCount(1);
  await expect(page.locator('.result-item [data-reading="recommendation-level"]')).toHaveCount(1);
  await expect(page.locator('.result-item h4').filter({ hasText: '本站建议准备的材料（以主管部门申报通知为准）' })).toHaveCount(1);
  await expect(page.locator('.result-item')).toContainText('先问谁：');
});

test('a hostile query shows a note and injects no markup', async ({ page }) => {
  const evil = encodeURIComponent('<img src=x onerror="document.title=\'pwned\'">');
  await page.goto(`/checker/?applicant=${evil}&inWuhua=yes&${evil}=1&step=location`);
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

// One test per step: fourteen axe runs in one test came close to the 30 s test timeout on a busy machine.
{
  const complete = new URLSearchParams({
    applicant: 'enterprise', inWuhua: 'yes', topics: 'rd-ranking,hte,platform,incubator,science-base,talent,team', year: '2019',
    rdSpending: 'yes', patents: 'no', patentCommercialisation: 'no', statsCategory: 'industrial', rdGrowth: 'yes',
    hteRecertified: 'yes', revenueGrowth: 'yes',
    platformType: 'key-lab', platformMunicipal: 'yes', platformMunicipalYear: '2019', platformProvincial: 'unsure', platformNational: 'no',
    incubatorType: 'incubator', incubatorMunicipal: 'no', incubatorProvincial: 'no', incubatorNational: 'no',
    scienceBaseType: 'youth-lab', scienceBaseMunicipal: 'yes', scienceBaseMunicipalYear: '2020', scienceBaseProvincial: 'no', scienceBaseNational: 'no',
    academicLeader: 'reserve', academicRating: 'pending', yunnanInnovation: 'none', leadingTitles: '', teamKunming: 'excellent', teamYunnan: 'unsure',
  });
  const steps = ['applicant', 'location', 'topics', 'precondition', 'year', 'rd-ranking', 'hte', 'platform', 'incubator', 'science-base', 'talent', 'team', 'check', 'result'];
  for (const step of steps) {
    test(`the checker step "${step}" passes axe`, async ({ page }) => {
      await page.goto(`/checker/?${complete.toString()}&step=${step}`);
      await expect(page.locator('.step-title')).toBeFocused();
      await expectNoAxeViolations(page);
      if (step === 'result') await expect(page.locator('.result-item')).toHaveCount(10);
    });
  }
}
