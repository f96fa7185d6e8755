import { describe, expect, it } from 'vitest';
import { navLabelOf, pageTitle, PRIMARY_NAV, routeData, sectionOf, SHARE_IMAGES } from '../../src/data/route-data';
import { ROUTES, SECTIONS } from '../../src/data/sections';
import { fillTemplate, matchRoute } from '../../src/lib/site/route-pattern';
import { SEARCH_AUDIENCES } from '../../src/lib/search/filters';

describe('route patterns', () => {
  it('matches ":name" segments one segment each and returns them', () => {
    expect(matchRoute('/policy/:policy/faq/', '/policy/wuhua-2018-5/faq/')).toEqual({ policy: 'wuhua-2018-5' });
    expect(matchRoute('/checker/', '/checker')).toEqual({});
    expect(matchRoute('/policy/:policy/', '/policy/a/b/')).toBeUndefined();
    expect(matchRoute('/policy/:policy/', '/policy//')).toBeUndefined();
  });

  it('fills a title template, and gives nothing while a value is missing', () => {
    expect(fillTemplate('{year}年的往期活动', { year: '2026' })).toBe('2026年的往期活动');
    expect(fillTemplate('一问一答：{policyShortTitle}', {})).toBeUndefined();
  });
});

describe('the main navigation', () => {
  it('lists the six sections in the agreed order', () => {
    expect(PRIMARY_NAV.map((item) => item.label)).toEqual(['首页', '政策解读', '资格自测', '基地与实验室', '活动', '知识产权']);
  });

  it.each([
    ['/', '首页'],
    ['/policy/', '政策解读'],
    ['/policy/original/', '政策解读'],
    ['/checker', '资格自测'],
    ['/events/2027/abc/', '活动'],
    ['/science-day/', '活动'],
    ['/ip/quiz/', '知识产权'],
  ])('marks %s as being in %s', (path, label) => {
    expect(sectionOf(path).navLabel).toBe(label);
  });

  it('puts pages outside the nav in 关于本站, which the nav does not show', () => {
    for (const path of ['/about/', '/policyx/', '/ipx/', '/data/', '/404']) expect(sectionOf(path).id, path).toBe('about');
    expect(PRIMARY_NAV.map((item) => item.section)).not.toContain('about');
  });
});

describe('how pages are filed for the search filters', () => {
  it.each([
    ['/policy/wuhua-2018-5/original/', '政策原文'],
    ['/policy/wuhua-2018-5/faq/', '问答'],
    ['/policy/wuhua-2018-5/goals/', '解读'],
    ['/policy/glossary/', '解读'],
    ['/checker/rules/', '解读'],
    ['/bases/sample-x/', '基地与实验室'],
    ['/events/2027-x/', '活动'],
    ['/events/archive/2026/', '活动'],
    ['/science-day/', '活动'],
    ['/ip/quiz/', '知识产权课堂'],
    ['/about/', undefined],
    ['/', undefined],
  ])('%s → %s', (path, type) => expect(routeData(path).searchType).toBe(type));

  it('gives sections their audiences when a page names none', () => {
    expect(routeData('/checker/').audiences).toEqual(['企业']);
    expect(routeData('/ip/lessons/x/').audiences).toEqual(['小学', '初中', '高中']);
    expect(routeData('/events/archive/2026/').audiences).toEqual(SEARCH_AUDIENCES);
    expect(routeData('/bases/').audiences).toEqual(SEARCH_AUDIENCES);
    expect(routeData('/privacy/').audiences).toEqual([]);
  });

  it('indexes the words people use for a section with its index page only', () => {
    expect(routeData('/events/').keywords).toContain('报名');
    expect(routeData('/events/2027-x/').keywords).toEqual([]);
  });
});

describe('titles and breadcrumbs', () => {
  it.each([
    ['/policy/departments/x/', ['政策解读', '部门索引']],
    ['/policy/wuhua-2018-5/faq/', ['政策解读']],
    ['/ip/quiz/answers/', ['知识产权课堂', '小测验']],
    ['/science-day/', ['活动']],
    ['/bases/page/2/', ['基地与实验室']],
    ['/checker/batch/', ['资格自测']],
    ['/checker/', []],
    ['/privacy/', []],
    ['/error/403/', []],
  ])('%s sits below 首页 › %j', (path, labels) => {
    expect(routeData(path).breadcrumbs?.map((c) => c.label)).toEqual(labels);
  });

  it('gives the home page no breadcrumb', () => expect(routeData('/').breadcrumbs).toBeUndefined());

  it('links each ancestor to its page', () => {
    expect(routeData('/ip/quiz/answers/').breadcrumbs).toEqual([
      { label: '知识产权课堂', href: '/ip/' },
      { label: '小测验', href: '/ip/quiz/' },
    ]);
  });

  it('fills titles and labels from the path and from values the page passes', () => {
    expect(routeData('/events/archive/2026/')).toMatchObject({ title: '2026年的往期活动', navLabel: '2026年' });
    expect(routeData('/bases/page/3/')).toMatchObject({ title: '基地与实验室名录（第3页）', navLabel: '第3页' });
    expect(routeData('/policy/p/faq/').title).toBeUndefined();
    expect(pageTitle('/policy/p/faq/', { policyShortTitle: '五华区创新计划' })).toBe('一问一答：五华区创新计划');
    expect(navLabelOf('/policy/p/original/')).toBe('原文');
  });

  it('names the page and the template when it cannot give a title', () => {
    expect(() => pageTitle('/policy/p/faq/')).toThrow(
      '/policy/p/faq/: src/data/sections.ts gives this page no title it can fill (template: "一问一答：{policyShortTitle}")',
    );
    expect(() => pageTitle('/bases/x/')).toThrow('/bases/x/: src/data/sections.ts gives this page no title');
  });
});

describe('share images', () => {
  it("gives each section in the nav its own image, headed with its nav label, and every other page the site's", () => {
    expect(SHARE_IMAGES).toEqual([
      { slug: 'site' },
      { slug: 'policy', heading: '政策解读' },
      { slug: 'checker', heading: '资格自测' },
      { slug: 'bases', heading: '基地与实验室' },
      { slug: 'events', heading: '活动' },
      { slug: 'ip', heading: '知识产权' },
    ]);
    expect(routeData('/ip-week/').shareImage.slug).toBe('events');
    expect(routeData('/privacy/').shareImage).toEqual({ slug: 'site' });
    expect(routeData('/').shareImage).toEqual({ slug: 'site' });
  });
});

describe('the registry itself', () => {
  it('has each route once, and none hidden behind an earlier, more general one', () => {
    const paths = ROUTES.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const [i, route] of ROUTES.entries()) {
      // A sample path for the route: each ":name" becomes a value no static segment uses.
      const sample = route.path.replace(/:\w+/g, 'x-sample');
      const first = ROUTES.findIndex((r) => matchRoute(r.path, sample));
      expect(ROUTES[first]?.path, route.path).toBe(route.path);
      expect(first, route.path).toBe(i);
    }
  });

  it('gives every section an index route, and every parent a label', () => {
    for (const section of SECTIONS)
      expect(
        ROUTES.some((r) => r.path === section.path),
        section.path,
      ).toBe(true);
    for (const route of ROUTES)
      for (const parent of route.parents ?? []) expect(() => navLabelOf(parent), `${route.path} → ${parent}`).not.toThrow();
  });
});
