import { CAMPAIGN_IDS } from '../lib/events/campaigns.ts';
import { GLOSSARY_URL } from '../lib/policy/glossary-links.ts';
import { SEARCH_AUDIENCES, type SearchType } from '../lib/search/filters.ts';

/**
 * The one registry of the site's sections and routes: where each section lives, what its pages are
 * called, how search files them, which share image they use, their breadcrumbs and where their dates
 * come from. Layouts and helpers ask `routeData(pathname)` (route-data.ts) instead of classifying
 * paths themselves; a test fails if a page's section, title or nav label is written anywhere else.
 */

/** The HTML site map, and the page listing every machine-readable file. */
export const SITE_MAP_URL = '/sitemap/';
export const OPEN_DATA_URL = '/data/';

export type SectionId = 'home' | 'policy' | 'checker' | 'bases' | 'events' | 'ip' | 'about';

export interface Section {
  id: SectionId;
  /** Its index page; every path under it belongs to the section. */
  path: string;
  /** Its name: the site map's heading and the breadcrumb of its index page. */
  title: string;
  /** Its label in the main navigation and on its share image; sections without one are not in the nav. */
  navLabel?: string;
  /** Top-level paths outside `path` that belong to it too (the campaign pages belong to 活动). */
  also?: readonly string[];
  /** How search files its pages, unless a route says otherwise; none for pages outside the six types. */
  searchType?: SearchType;
  /** Who its pages are for in the search filter, unless the page names its own (a place, an event). */
  audiences: readonly string[];
  /** Its share image, /og/<slug>.png. */
  shareImage: string;
  /** The kind of page its pages are in the benchmarks' weight table and docs/content-review.md, unless a route says otherwise; its title when not given. */
  pageType?: string;
}

/** In the order the main navigation and the site map show them; 关于本站 takes every other page. */
export const SECTIONS: readonly Section[] = [
  { id: 'home', path: '/', title: '首页', navLabel: '首页', audiences: [], shareImage: 'site' },
  {
    id: 'policy',
    path: '/policy/',
    title: '政策解读',
    navLabel: '政策解读',
    searchType: '解读',
    audiences: ['公众', '企业'],
    shareImage: 'policy',
  },
  {
    id: 'checker',
    path: '/checker/',
    title: '资格自测',
    navLabel: '资格自测',
    searchType: '解读',
    audiences: ['企业'],
    shareImage: 'checker',
  },
  {
    id: 'bases',
    path: '/bases/',
    title: '基地与实验室',
    navLabel: '基地与实验室',
    searchType: '基地与实验室',
    audiences: SEARCH_AUDIENCES,
    shareImage: 'bases',
  },
  {
    id: 'events',
    path: '/events/',
    title: '活动',
    navLabel: '活动',
    also: CAMPAIGN_IDS.map((id) => `/${id}/`),
    searchType: '活动',
    audiences: SEARCH_AUDIENCES,
    shareImage: 'events',
  },
  {
    id: 'ip',
    path: '/ip/',
    title: '知识产权课堂',
    navLabel: '知识产权',
    searchType: '知识产权课堂',
    audiences: ['小学', '初中', '高中'],
    shareImage: 'ip',
  },
  { id: 'about', path: '/about/', title: '关于本站', audiences: [], shareImage: 'site', pageType: '其他' },
];

/**
 * Where a page's "last updated" date comes from when no content entry of its own carries one:
 * the newest policy, explainer or IP lesson, the build itself (pages made from every file), or every
 * other page (the site map).
 */
export type DateSource = 'policies' | 'explainers' | 'lessons' | 'build' | 'all-pages';

export interface Route {
  /** The path, or a pattern whose ":name" segments stand for one segment each. */
  path: string;
  /**
   * The page's title, unless content gives it whole. "{name}" stands for a ":name" segment of the path
   * or a value the page passes from its content (pageTitle in route-data.ts).
   */
  title?: string;
  /** Its shorter name in breadcrumbs (its own and its children's), when the title is long; "{name}" as in the title. */
  navLabel?: string;
  /** Search files it apart from its section (the 原文 and 问答 pages). */
  searchType?: SearchType;
  /** The routes between the section's index page and this one, whose labels the breadcrumb shows. */
  parents?: readonly string[];
  /** Words people search for the page by that its text may not use: indexed with the page. */
  keywords?: readonly string[];
  updated?: DateSource;
  /** Its kind of page when it differs from its section's (see Section.pageType). */
  pageType?: string;
}

/** Every page with a fixed place in the site, most specific first (the first match wins). */
export const ROUTES: readonly Route[] = [
  { path: '/' },
  { path: '/policy/', title: '政策解读', updated: 'policies' },
  { path: GLOSSARY_URL, title: '名词解释', updated: 'explainers', pageType: '名词解释' },
  { path: '/policy/departments/', title: '部门索引', updated: 'policies', pageType: '部门' },
  { path: '/policy/departments/:department/', parents: ['/policy/departments/'], pageType: '部门' },
  { path: '/policy/:policy/' },
  { path: '/policy/:policy/original/', title: '原文：{policyTitle}', navLabel: '原文', searchType: '政策原文', pageType: '政策原文' },
  { path: '/policy/:policy/faq/', title: '一问一答：{policyShortTitle}', navLabel: '一问一答', searchType: '问答', pageType: '问答' },
  { path: '/policy/:policy/:explainer/' },
  { path: '/checker/', title: '资格自测：可以申请哪些科技扶持', navLabel: '资格自测', updated: 'policies', keywords: ['补贴'] },
  { path: '/checker/batch/', title: '批量测算：一次测算一份名单', navLabel: '批量测算', updated: 'policies' },
  { path: '/checker/rules/', title: '扶持条件一览表', updated: 'policies' },
  { path: '/bases/', keywords: ['研学'], pageType: '名录首页' },
  { path: '/bases/page/:page/', title: '基地与实验室名录（第{page}页）', navLabel: '第{page}页', pageType: '名录分页' },
  { path: '/bases/:id/', pageType: '基地页' },
  { path: '/events/', keywords: ['报名'], pageType: '活动列表' },
  { path: '/events/archive/:year/', title: '{year}年的往期活动', navLabel: '{year}年', pageType: '活动归档' },
  { path: '/events/:id/', pageType: '活动页' },
  ...CAMPAIGN_IDS.map((id) => ({ path: `/${id}/`, pageType: '节点页' })),
  { path: '/ip/', keywords: ['版权'] },
  { path: '/ip/quiz/', title: '知识产权小测验', navLabel: '小测验', updated: 'lessons' },
  {
    path: '/ip/quiz/answers/',
    title: '小测验全部题目和答案',
    navLabel: '题目和答案',
    parents: ['/ip/quiz/'],
    updated: 'lessons',
    pageType: '题库全文',
  },
  { path: '/ip/lessons/:id/' },
  { path: '/ip/plans/:id/' },
  { path: '/about/', keywords: ['联系我们', '主办单位'] },
  { path: OPEN_DATA_URL, title: '开放数据', updated: 'build' },
  { path: SITE_MAP_URL, title: '网站地图', updated: 'all-pages' },
  { path: '/search/', pageType: '搜索' },
];
