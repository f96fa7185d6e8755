import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page, site } from '../helpers/built-site';
import { readMarkdownFolder } from '../helpers/content';
import { EventSchema, type EventEntry } from '../../src/schemas/event';
import { compareLatestEndFirst } from '../../src/lib/events/time';
import { eventOutlook, isStillToCome } from '../../src/lib/events/outlook';
import { nthWeekend } from '../../src/lib/events/campaigns';
import { toIsoDate } from '../../src/lib/common/dates';
import { RECENT_PAST_EVENTS } from '../../src/data/event-urls';

const events = readMarkdownFolder('events').map((file) => {
  const data = EventSchema.parse(file.data) as EventEntry;
  return { id: file.id, data, outlook: eventOutlook(data) };
});
// The instant the build decided what is upcoming, as it published it.
const now = new Date((JSON.parse(readFileSync('dist/data/events.json', 'utf8')) as { generated: string }).generated);
/** Still to come at its current time, or postponed with no new time: as the lists decide it. */
const isComing = (e: (typeof events)[number]) => isStillToCome(e.outlook, now);
const latestFirst = (list: typeof events) =>
  [...list].sort((a, b) => compareLatestEndFirst({ id: a.id, ...a.outlook.times }, { id: b.id, ...b.outlook.times }));

/** The date box of a campaign page, its year and its text. */
function dateBox(path: string) {
  const p = page(path);
  const box = p.$('section:has(> #campaign-dates)');
  return { box, year: Number(/(\d{4})年/.exec(p.$('#campaign-dates').text())![1]), text: box.text() };
}

/** What a campaign page itself says (its date box, body and date rules), without the event list. */
const ownText = (path: string) => {
  const p = page(path);
  return ['section:has(> #campaign-dates)', '.prose', 'section:has(> #campaign-rules)'].map((s) => p.$(s).text()).join('\n');
};

describe('全国科普月 at /science-day/ (the old URL of 全国科普日, kept so old links work)', () => {
  it('is the 全国科普月 page', () => {
    const p = page('/science-day/');
    expect(p.$('h1').text()).toContain('全国科普月');
    expect(p.$('title').text()).toContain('全国科普月');
  });

  it('gives the whole of September as the dates, from 2025 on', () => {
    const { box, year, text } = dateBox('/science-day/');
    expect(year).toBeGreaterThanOrEqual(2025);
    expect(box.find('h2').text()).toContain(`${year}年全国科普月`);
    expect(box.find('time').attr('datetime')).toBe(`${year}-09-01`);
    expect(text).toContain(`${year}年9月1日至9月30日`);
  });

  it('predicts no third weekend for a 全国科普月 year, here or on the home page', () => {
    const { year } = dateBox('/science-day/');
    const [month, day] = nthWeekend(year, 9, 3).start.slice(5).split('-').map(Number);
    const weekend = `${year}年${month}月${day}日`; // 2027年9月18日 for 2027
    expect(ownText('/science-day/')).not.toContain(weekend);
    expect(page('/').$('#next-campaign').parent().text()).not.toContain(weekend);
    expect(dateBox('/science-day/').text).not.toMatch(/第三个|推算/);
    for (const p of site.pages) expect(p.html, p.urlPath).not.toContain('按每年9月第三个周末推算');
  });

  it('tells the history: 全国科普日 from 2003, in September from 2005, a month by the 2024 law', () => {
    const text = ownText('/science-day/');
    for (const fact of ['2003年6月29日', '从2005年起', '2024年12月25日', '每年9月为全国科普月', '2025年9月是第一个全国科普月'])
      expect(text).toContain(fact);
  });

  it('lists each era of its dates with its source, and labels the third-weekend rule as the site’s reading', () => {
    const rules = page('/science-day/').$('section:has(> #campaign-rules) li');
    expect(rules.length).toBe(2);
    expect(rules.eq(0).text()).toMatch(/^2025年起，全国科普月：每年9月整月。依据：《中华人民共和国科学技术普及法》（2024年12月25日修订）/);
    expect(rules.eq(1).text()).toMatch(/^2005年至2024年，全国科普日：每年9月第三个星期六和随后的星期日。/);
    expect(rules.eq(1).text()).toContain('本站理解：');
  });

  it('the event filters offer both kinds, 全国科普月 and 全国科普日', () => {
    // The page's links to past events by kind are checked where there are enough of them (content-scale.test.ts).
    for (const kind of ['全国科普月', '全国科普日'])
      expect(page('/events/').$(`select[name="kind"] option[value="${kind}"]`).length, kind).toBe(1);
  });

  it('names an event after its own era: 全国科普月 for one in September 2027', () => {
    const p = page('/events/2027-science-day-plant-garden/');
    expect(p.$('main a[href="/science-day/"]').first().text()).toBe('全国科普月');
  });
});

describe('全国知识产权宣传周 at /ip-week/', () => {
  it('gives 20 to 26 April, ending on 世界知识产权日, labelled as the site’s reading of the yearly notices', () => {
    const { box, year, text } = dateBox('/ip-week/');
    expect(box.find('h2').text()).toContain(`${year}年全国知识产权宣传周`);
    expect(box.find('time').attr('datetime')).toBe(`${year}-04-20`);
    expect(text).toContain(`${year}年4月20日`);
    expect(text).toContain('4月26日');
    expect(text).toContain('本站理解：');
  });

  it('the home page counts down to the week, not to 26 April alone', () => {
    const home = page('/');
    const countdown = home.$('[data-countdown]');
    if (home.$('#next-campaign').parent().find('a').attr('href') === '/ip-week/') {
      expect(countdown.attr('data-start')).toMatch(/^\d{4}-04-20$/);
      expect(countdown.attr('data-end')).toMatch(/^\d{4}-04-26$/);
      expect(home.$('#next-campaign').parent().text()).toContain('全国知识产权宣传周');
    }
  });
});

const WRONG_IP_WEEK = /4月26日前后|前后一周|前后的一周/;

describe('no page says the IP week lies "around 26 April"', () => {
  it('no built page says so', () => {
    const offending = site.pages.filter((p) => WRONG_IP_WEEK.test(p.$('main').text())).map((p) => p.urlPath);
    expect(offending).toEqual([]);
  });
});

describe('科技活动周 at /science-week/', () => {
  it('claims no date until it is announced, and says why', () => {
    const { box, text } = dateBox('/science-week/');
    expect(box.find('dd').first().text()).toContain('尚未公布');
    expect(box.find('time')).toHaveLength(0);
    expect(page('/science-week/').$('section:has(> #campaign-rules)').text()).toContain('本站理解：');
    expect(text).not.toMatch(/推算出|5月\d+日/);
  });
});

describe('campaign pages and the home page', () => {
  it.each([
    ['/ip-week/', ['知识产权宣传周', '世界知识产权日']],
    ['/science-week/', ['科技活动周']],
    ['/science-day/', ['全国科普月', '全国科普日']],
  ])('%s lists the upcoming events of its kinds and the latest past ones', (path, kinds) => {
    const p = page(path);
    const links = p
      .$('section:has(> #campaign-events) [data-event] > a')
      .toArray()
      .map((a) => p.$(a).attr('href'));
    const ofKinds = events.filter((e) => kinds.includes(e.data.kind));
    const shown = [...ofKinds.filter(isComing), ...latestFirst(ofKinds.filter((e) => !isComing(e))).slice(0, RECENT_PAST_EVENTS)];
    expect(links.sort()).toEqual(shown.map((e) => `/events/${e.id}/`).sort());
  });

  it('the home page names the next campaign with its date, for the countdown script to count to', () => {
    const home = page('/');
    const countdown = home.$('[data-countdown]');
    expect(countdown.attr('data-start')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(home.$('#next-campaign').parent().find('time').attr('datetime')).toBe(countdown.attr('data-start'));
    expect(countdown.attr('data-end')! >= toIsoDate(now)).toBe(true);
  });
});
