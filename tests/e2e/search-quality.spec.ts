import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Search quality: what people type, and the page that must be among the first three results. Run
 * through /search/ itself, so the query handling in the page (normalising full-width input, the
 * fallback for Pagefind's Chinese segmentation mismatch) is part of what is tested.
 */
const CASES: Array<[query: string, page: string, why: string]> = [
  ['商标', '/ip/lessons/junior/', '2 characters'],
  ['科普', '/science-day/', '2 characters, on many pages'],
  ['观星', '/bases/sample-xizhu-stargazing/', '2 characters, a base'],
  ['气象', '/bases/sample-daguan-weather/', '2 characters, a base'],
  ['航模', '/bases/sample-lianhua-aviation/', '2 characters, a base'],
  ['续展', '/ip/', '2 characters, a legal term'],
  ['孵化器', '/bases/sample-longxiang-incubator/', '3 characters'],
  ['机器人', '/bases/sample-huashan-robotics-lab/', '3 characters'],
  ['保护期', '/ip/', '3 characters'],
  ['小测验', '/ip/quiz/', '3 characters'],
  ['地理标志', '/ip/lessons/primary/', '4 characters'],
  ['商业秘密', '/ip/lessons/primary/', '4 characters'],
  ['合理使用', '/ip/lessons/senior/', '4 characters'],
  ['人工智能', '/events/2027-ai-lecture/', '4 characters, an event'],
  ['资格自测', '/checker/', '4 characters, a tool'],
  ['创新驱动', '/policy/wuhua-2018-5/', '4 characters, the policy'],
  ['院士工作站', '/bases/sample-puji-academician/', '5 characters, a kind of base'],
  ['科普基地', '/bases/', 'a kind of base'],
  ['西翥 实验室', '/bases/sample-xizhu-ecology-lab/', 'a base name with a kind'],
  ['护国街道', '/bases/sample-huguo-ip-center/', 'a 街道'],
  ['4.26', '/ip-week/', 'a date people know'],
  ['知识产权宣传周', '/ip-week/', 'a campaign'],
  ['全国科普日', '/science-day/', 'a campaign'],
  ['科技活动周', '/science-week/', 'a campaign'],
  ['4.68%', '/policy/wuhua-2018-5/goals/', 'a number with a unit'],
  ['４.６８％', '/policy/wuhua-2018-5/goals/', 'the same typed in full-width, as Chinese input methods do'],
  ['20万平米', '/policy/wuhua-2018-5/goals/', 'a number with a unit'],
  ['８万元', '/policy/wuhua-2018-5/support/', 'an amount in full-width digits'],
  ['四（三）', '/policy/wuhua-2018-5/support/', 'a clause reference'],
  ['四(三)', '/policy/wuhua-2018-5/support/', 'a clause reference with ASCII brackets'],
  ['五发〔2018〕5号', '/policy/wuhua-2018-5/', 'the document number'],
  ['领军人才', '/policy/wuhua-2018-5/support/', 'a support item'],
  ['青少年科技创新实验室', '/bases/', 'a long compound'],
  ['未成年人申请专利', '/ip/lessons/senior/', 'a phrase segmenters split differently'],
  ['研发投入强度', '/policy/glossary/', 'a compound segmenters split differently (the glossary defines it)'],
  ['科技下乡', '/events/2027-xizhu-countryside-tech/', 'an event kind'],
];

/**
 * Each section's index page (and the two pages people look for by name in 关于本站), found by the
 * section's own name and by the words people use for it, which its text may not: the route registry
 * (src/data/sections.ts) indexes those with the page.
 */
const SECTION_CASES: Array<[page: string, queries: string[]]> = [
  ['/policy/', ['政策解读', '政策文件', '扶持政策']],
  ['/checker/', ['资格自测', '补贴', '申请条件']],
  ['/bases/', ['基地与实验室', '名录', '研学']],
  ['/events/', ['活动', '活动日历', '报名']],
  ['/ip/', ['知识产权课堂', '知识产权', '版权']],
  ['/about/', ['关于本站', '联系我们', '主办单位']],
  ['/data/', ['开放数据', '数据下载']],
  ['/sitemap/', ['网站地图', '全部栏目']],
];

async function topThree(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?${new URLSearchParams({ q: query })}`);
  await expect(page.getByRole('status')).toHaveText(/^找到\d+个相关页面。$/);
  return page
    .locator('#search-results > li > a')
    .evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test.describe('search finds the right page', () => {
  for (const [query, expected, why] of CASES) {
    test(`${query} (${why}) → ${expected}`, async ({ page }) => {
      expect(await topThree(page, query)).toContain(expected);
    });
  }
});

test.describe('search finds each section under its name and the words people use for it', () => {
  for (const [expected, queries] of SECTION_CASES) {
    test(`${expected}: ${queries.join('、')}`, async ({ page }) => {
      for (const query of queries) expect(await topThree(page, query), query).toContain(expected);
    });
  }
});
