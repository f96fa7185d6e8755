import { getCollection } from 'astro:content';
import { latestDate } from '../lib/dates';
import { getAllBases, baseUrl, BASES_URL } from './bases';
import { buildDate } from './build-date';
import { campaignUrl, getCampaigns } from './campaigns';
import { departmentUrl, getDepartmentMap } from './departments';
import { EVENTS_URL, eventArchiveUrl, eventUrl, getAllEvents, getPastEventsByYear } from './events';
import { getIpLibrary, IP_URL, lessonPlanUrl, lessonUrl, QUIZ_ANSWERS_URL, QUIZ_URL } from './ip';
import { getPage, getStandalonePages } from './pages';
import { explainerUrl, faqUrl, getPolicies, originalUrl, policyUrl } from './policies';
import { GLOSSARY_URL } from '../lib/glossary-links';

/** The HTML site map. */
export const SITE_MAP_URL = '/sitemap/';
export const OPEN_DATA_URL = '/data/';

export interface SitePage {
  url: string;
  title: string;
  /** Last change of the page's content. */
  updated: Date;
  /**
   * One entry of a list that grows with the content (a place, an event). The HTML site map points to
   * the list instead of naming each one, so it stays the same size; sitemap.xml still names them all.
   */
  entry?: boolean;
}

export interface SiteSection {
  title: string;
  url: string;
  pages: SitePage[];
  /** How the HTML site map counts the section's entry pages: a counter word and noun, e.g. 项活动. */
  entryLabel?: string;
}

/**
 * Every page a visitor can reach, by section, in reading order, each with the date it last changed:
 * the HTML site map lists these, pages take their dates from here, and the home page's latest updates
 * are drawn from them. A site test checks that no built page is missing.
 */
let sectionsCache: Promise<SiteSection[]> | undefined;

export function getSiteSections(): Promise<SiteSection[]> {
  sectionsCache ??= loadSiteSections();
  return sectionsCache;
}

let datesCache: Promise<Map<string, Date>> | undefined;

/**
 * The date a page last changed, by URL path: the one date its footer, its JSON-LD, the site map,
 * sitemap.xml and the feeds all show. Throws for a page the registry does not know.
 */
export async function getPageUpdated(path: string): Promise<Date> {
  datesCache ??= getSiteSections().then((sections) => new Map(sections.flatMap((s) => s.pages.map((p) => [p.url, p.updated] as const))));
  const updated = (await datesCache).get(path);
  if (!updated) throw new Error(`${path}: this page is not in the page registry (src/data/site-pages.ts), so it has no date; add it there or pass \`updated\` to BaseLayout`);
  return updated;
}

async function loadSiteSections(): Promise<SiteSection[]> {
  const [policies, departments, places, events, campaigns, ip, standalone, home, pastYears] = await Promise.all([
    getPolicies(),
    getDepartmentMap(),
    getAllBases(),
    getAllEvents(),
    getCampaigns(),
    getIpLibrary(),
    getStandalonePages(),
    getPage('index'),
    getPastEventsByYear(),
  ]);
  const policyUpdated = latestDate(policies.map((b) => b.policy.updated));
  const explainersUpdated = latestDate((await getCollection('explainers')).map((e) => e.data.updated));
  const page = (url: string, title: string, updated: Date): SitePage => ({ url, title, updated });
  const entry = (url: string, title: string, updated: Date): SitePage => ({ url, title, updated, entry: true });
  const eventsIntro = await getPage('events');
  const ipIntro = await getPage('ip');
  const searchIntro = await getPage('search');
  const lessonsUpdated = latestDate(ip.lessons.map((l) => l.data.updated));
  const basesIntro = await getPage('bases');
  const sections: SiteSection[] = [
    { title: '首页', url: '/', pages: [page('/', home.data.title, home.data.updated)] },
    {
      title: '政策解读',
      url: '/policy/',
      pages: [
        page('/policy/', '政策解读', policyUpdated),
        ...policies.flatMap((b) => [
          page(policyUrl(b.id), b.policy.shortTitle, b.policy.updated),
          ...b.explainers.map((e) => page(explainerUrl(e), e.data.title, e.data.updated)),
          page(faqUrl(b.id), `一问一答：${b.policy.shortTitle}`, b.policy.updated),
          page(originalUrl(b.id), `原文：${b.policy.title}`, b.policy.updated),
        ]),
        page(GLOSSARY_URL, '名词解释', explainersUpdated),
        page('/policy/departments/', '部门索引', policyUpdated),
        ...[...departments].map(([id, d]) => page(departmentUrl(id), d.name, policyUpdated)),
      ],
    },
    {
      title: '资格自测',
      url: '/checker/',
      pages: [page('/checker/', '资格自测：可以申请哪些科技扶持', policyUpdated), page('/checker/rules/', '扶持条件一览表', policyUpdated)],
    },
    {
      title: '基地与实验室',
      url: BASES_URL,
      entryLabel: '个基地、实验室和平台',
      pages: [page(BASES_URL, basesIntro.data.title, latestDate([basesIntro.data.updated, ...places.map((p) => p.updated)])), ...places.map((p) => entry(baseUrl(p.id), p.name, p.updated))],
    },
    {
      title: '活动',
      url: EVENTS_URL,
      entryLabel: '项活动',
      pages: [
        page(EVENTS_URL, eventsIntro.data.title, latestDate([eventsIntro.data.updated, ...events.map((e) => e.data.updated)])),
        ...campaigns.map((c) =>
          page(campaignUrl(c.id), c.data.title, latestDate([c.data.updated, ...events.filter((e) => (c.data.eventKinds as readonly string[]).includes(e.data.kind)).map((e) => e.data.updated)])),
        ),
        ...pastYears.map(({ year, events: held }) => page(eventArchiveUrl(year), `${year}年的往期活动`, latestDate(held.map((e) => e.data.updated)))),
        ...events.map((e) => entry(eventUrl(e.id), e.data.title, e.data.updated)),
      ],
    },
    {
      title: '知识产权课堂',
      url: IP_URL,
      pages: [
        page(IP_URL, ipIntro.data.title, latestDate([ipIntro.data.updated, lessonsUpdated, ...ip.plans.map((p) => p.data.updated)])),
        ...ip.lessons.map((l) => page(lessonUrl(l.id), l.data.title, l.data.updated)),
        ...ip.plans.map((p) => page(lessonPlanUrl(p.id), p.data.title, p.data.updated)),
        page(QUIZ_URL, '知识产权小测验', lessonsUpdated),
        page(QUIZ_ANSWERS_URL, '小测验全部题目和答案', lessonsUpdated),
      ],
    },
    {
      title: '关于本站',
      url: '/about/',
      pages: [
        ...standalone.map((p) => page(`/${p.id}/`, p.data.title, p.data.updated)),
        page('/search/', searchIntro.data.title, searchIntro.data.updated),
        page(OPEN_DATA_URL, '开放数据', buildDate()),
      ],
    },
  ];
  // The site map's own date is the newest of all it lists.
  const newest = latestDate(sections.flatMap((s) => s.pages.map((p) => p.updated)));
  sections.at(-1)!.pages.push(page(SITE_MAP_URL, '网站地图', newest));
  return sections;
}

/** The most recently changed pages, newest first: the home page's 最近更新 and the updates feed. */
export async function getLatestUpdates(count: number): Promise<SitePage[]> {
  const pages = (await getSiteSections()).flatMap((s) => s.pages).filter((p) => !['/', SITE_MAP_URL, OPEN_DATA_URL].includes(p.url));
  return pages.sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.url.localeCompare(b.url)).slice(0, count);
}
