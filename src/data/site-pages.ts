import { getCollection } from 'astro:content';
import { latestDate } from '../lib/common/dates';
import { getAllBases, baseUrl, BASES_URL } from './bases';
import { buildDate } from './build-date';
import { campaignUrl, getCampaigns } from './campaigns';
import { getDepartmentIndex } from './department-index';
import { departmentUrl, getDepartmentMap } from './departments';
import { EVENTS_URL, eventArchiveUrl, eventUrl, getAllEvents, getPastEventsByYear, type SiteEvent } from './events';
import { getIpLibrary, IP_URL, lessonPlanUrl, lessonUrl, QUIZ_ANSWERS_URL, QUIZ_URL } from './ip';
import { statusLabel } from '../lib/events/outlook';
import { ROUND_SIZE } from '../lib/ip/quiz';
import type { BaseEntry } from '../schemas/base';
import { getPage, getStandalonePages } from './pages';
import { getPageWords, type PageWordsReader, type WordValues } from './page-words';
import { explainerUrl, faqUrl, getPolicies, originalUrl, policyUrl } from './policies';
import { GLOSSARY_URL } from '../lib/policy/glossary-links';
import { pageTitle, routeData, sectionById } from './route-data';
import { OPEN_DATA_URL, SITE_MAP_URL, type DateSource, type SectionId } from './sections';

export { OPEN_DATA_URL, SITE_MAP_URL };
/** The feed of the latest updates, which every page advertises. */
export const UPDATES_FEED_URL = '/rss.xml';

export interface SitePage {
  url: string;
  title: string;
  /** What the page is about: its meta description, and its item's text in the updates feed. */
  description: string;
  /** Last change of the page's content. */
  updated: Date;
  /**
   * One entry of a list that grows with the content (a base, an event). The HTML site map points to
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

let pagesCache: Promise<Map<string, SitePage>> | undefined;

async function registeredPage(path: string, what: string, prop: string): Promise<SitePage> {
  pagesCache ??= getSiteSections().then((sections) => new Map(sections.flatMap((s) => s.pages.map((p) => [p.url, p] as const))));
  const found = (await pagesCache).get(path);
  if (!found)
    throw new Error(
      `${path}: this page is not in the page registry (src/data/site-pages.ts), so it has no ${what}; add it there or pass \`${prop}\` to BaseLayout`,
    );
  return found;
}

/**
 * The date a page last changed, by URL path: the one date its footer, its JSON-LD, the site map,
 * sitemap.xml and the feeds all show. Throws for a page the registry does not know.
 */
export const getPageUpdated = async (path: string): Promise<Date> => (await registeredPage(path, 'date', 'updated')).updated;

/** A page's description, by URL path, for pages that do not take it from their own content. */
export const getPageDescription = async (path: string): Promise<string> =>
  (await registeredPage(path, 'description', 'description')).description;

/** What a base's page says it is, in at most 150 characters (content/pages/words/base.md). */
const baseDescription = (words: PageWordsReader, entry: BaseEntry) =>
  words.text('description', { name: entry.name, kind: entry.kind, subdistrict: entry.subdistrict, about: entry.description }).slice(0, 150);

/** Search results and link previews show the description alone: it says an event's status first. */
function eventDescription({ data, outlook }: SiteEvent): string {
  const status = statusLabel(outlook);
  return `${status ? `【${status}】` : ''}${data.summary}`.slice(0, 150);
}

async function loadSiteSections(): Promise<SiteSection[]> {
  const [policies, departments, departmentIndex, bases, events, campaigns, ip, standalone, home, pastYears] = await Promise.all([
    getPolicies(),
    getDepartmentMap(),
    getDepartmentIndex(),
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
  const page = (url: string, title: string, updated: Date, description: string): SitePage => ({ url, title, description, updated });
  const entry = (url: string, title: string, updated: Date, description: string): SitePage => ({
    url,
    title,
    description,
    updated,
    entry: true,
  });
  const eventsIntro = await getPage('events');
  const ipIntro = await getPage('ip');
  const searchIntro = await getPage('search');
  const lessonsUpdated = latestDate(ip.lessons.map((l) => l.data.updated));
  const basesIntro = await getPage('bases');
  const [faqWords, originalWords, departmentWords, archiveWords, baseWords] = await Promise.all([
    getPageWords('policy-faq'),
    getPageWords('policy-original'),
    getPageWords('department'),
    getPageWords('events-archive'),
    getPageWords('base'),
  ]);
  const dates: Record<Exclude<DateSource, 'all-pages'>, Date> = {
    policies: policyUpdated,
    explainers: explainersUpdated,
    lessons: lessonsUpdated,
    build: buildDate(),
  };
  /**
   * A page whose title and date source the route registry gives (src/data/sections.ts), and whose
   * description its words do (content/pages/words/<words>.md), filled with `values`.
   */
  const registered = async (url: string, words: string, values: WordValues = {}): Promise<SitePage> => {
    const source = routeData(url).updated;
    if (!source || source === 'all-pages') throw new Error(`${url}: src/data/sections.ts gives this page no date source`);
    return page(url, pageTitle(url), dates[source], (await getPageWords(words)).text('description', values));
  };
  const section = (id: SectionId, pages: SitePage[], entryLabel?: string): SiteSection => {
    const { title, path } = sectionById(id);
    return { title, url: path, pages, ...(entryLabel && { entryLabel }) };
  };
  const sections: SiteSection[] = [
    section('home', [page('/', home.data.title, home.data.updated, home.data.description)]),
    section('policy', [
      await registered('/policy/', 'policy'),
      ...policies.flatMap((b) => [
        page(policyUrl(b.id), b.policy.shortTitle, b.policy.updated, b.policy.summary),
        ...b.explainers.map((e) => page(explainerUrl(e), e.data.title, e.data.updated, e.data.description)),
        page(
          faqUrl(b.id),
          pageTitle(faqUrl(b.id), { policyShortTitle: b.policy.shortTitle }),
          b.policy.updated,
          faqWords.text('description', { docNumber: b.policy.docNumber, count: b.faq.length }),
        ),
        page(
          originalUrl(b.id),
          pageTitle(originalUrl(b.id), { policyTitle: b.policy.title }),
          b.policy.updated,
          originalWords.text('description', { docNumber: b.policy.docNumber, title: b.policy.title }),
        ),
      ]),
      await registered(GLOSSARY_URL, 'glossary'),
      await registered('/policy/departments/', 'departments'),
      ...[...departments].map(([id, d]) => {
        const record = departmentIndex.find((r) => r.id === id);
        return page(
          departmentUrl(id),
          d.name,
          policyUpdated,
          departmentWords.text('description', { name: d.name, leads: record?.leads.length ?? 0, supports: record?.supports.length ?? 0 }),
        );
      }),
    ]),
    section('checker', [
      await registered('/checker/', 'checker'),
      await registered('/checker/batch/', 'checker-batch'),
      await registered('/checker/rules/', 'checker-rules'),
    ]),
    section(
      'bases',
      [
        page(
          BASES_URL,
          basesIntro.data.title,
          latestDate([basesIntro.data.updated, ...bases.map((p) => p.updated)]),
          basesIntro.data.description,
        ),
        ...bases.map((p) => entry(baseUrl(p.id), p.name, p.updated, baseDescription(baseWords, p))),
      ],
      '个基地、实验室和平台',
    ),
    section(
      'events',
      [
        page(
          EVENTS_URL,
          eventsIntro.data.title,
          latestDate([eventsIntro.data.updated, ...events.map((e) => e.data.updated)]),
          eventsIntro.data.description,
        ),
        ...campaigns.map((c) =>
          page(
            campaignUrl(c.id),
            c.data.title,
            latestDate([
              c.data.updated,
              ...events.filter((e) => (c.data.eventKinds as readonly string[]).includes(e.data.kind)).map((e) => e.data.updated),
            ]),
            c.data.description,
          ),
        ),
        ...pastYears.map(({ year, events: held }) =>
          page(
            eventArchiveUrl(year),
            pageTitle(eventArchiveUrl(year)),
            latestDate(held.map((e) => e.data.updated)),
            archiveWords.text('description', { year, count: held.length }),
          ),
        ),
        ...events.map((e) => entry(eventUrl(e.id), e.data.title, e.data.updated, eventDescription(e))),
      ],
      '项活动',
    ),
    section('ip', [
      page(
        IP_URL,
        ipIntro.data.title,
        latestDate([ipIntro.data.updated, lessonsUpdated, ...ip.plans.map((p) => p.data.updated)]),
        ipIntro.data.description,
      ),
      ...ip.lessons.map((l) => page(lessonUrl(l.id), l.data.title, l.data.updated, l.data.description)),
      ...ip.plans.map((p) => page(lessonPlanUrl(p.id), p.data.title, p.data.updated, p.data.description)),
      await registered(QUIZ_URL, 'ip-quiz', { count: ip.quiz.length, round: ROUND_SIZE }),
      await registered(QUIZ_ANSWERS_URL, 'ip-quiz-answers', { count: ip.quiz.length }),
    ]),
    section('about', [
      ...standalone.map((p) => page(`/${p.id}/`, p.data.title, p.data.updated, p.data.description)),
      page('/search/', searchIntro.data.title, searchIntro.data.updated, searchIntro.data.description),
      await registered(OPEN_DATA_URL, 'data'),
    ]),
  ];
  // The site map's own date is the newest of all it lists.
  const newest = latestDate(sections.flatMap((s) => s.pages.map((p) => p.updated)));
  sections.at(-1)!.pages.push(page(SITE_MAP_URL, pageTitle(SITE_MAP_URL), newest, (await getPageWords('sitemap')).text('description')));
  return sections;
}

/** The most recently changed pages, newest first: the home page's 最近更新 and the updates feed. */
export async function getLatestUpdates(count: number): Promise<SitePage[]> {
  const pages = (await getSiteSections()).flatMap((s) => s.pages).filter((p) => !['/', SITE_MAP_URL, OPEN_DATA_URL].includes(p.url));
  return pages.sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.url.localeCompare(b.url)).slice(0, count);
}
