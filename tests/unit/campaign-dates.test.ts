import { describe, expect, it } from 'vitest';
import {
  campaignDates,
  countdownText,
  currentOccurrence,
  daysUntil,
  describeRule,
  eraOf,
  formatCampaignPeriod,
  nthWeekend,
  ruleDates,
  type CampaignEra,
  type CampaignYearDates,
} from '../../src/lib/events/campaigns';
import { eventEndInstant, eventInstant, isEventTime, isUpcoming } from '../../src/lib/events/time';
import { CampaignSchema, type Campaign } from '../../src/schemas/campaign';
import { EventSchema } from '../../src/schemas/event';
import { formatIssues } from '../../src/lib/content/validation';
import { readMarkdownFolder } from '../helpers/content';

/** The campaign files as the build reads them. */
const campaigns = new Map(readMarkdownFolder('campaigns').map(({ id, data }) => [id, CampaignSchema.parse(data)] as const));
const campaign = (id: string): Campaign => campaigns.get(id) ?? expect.unreachable(`content/campaigns/${id}.mdx is missing`);

describe('the nth weekend of a month: the nth Saturday and the Sunday after', () => {
  it.each([
    // September 1 falls on each day of the week across these years.
    [2024, '2024-09-21', '2024-09-22'], // Sep 1 is a Sunday: Saturdays 7, 14, 21
    [2025, '2025-09-20', '2025-09-21'], // Monday
    [2026, '2026-09-19', '2026-09-20'], // Tuesday
    [2027, '2027-09-18', '2027-09-19'], // Wednesday
    [2022, '2022-09-17', '2022-09-18'], // Thursday
    [2023, '2023-09-16', '2023-09-17'], // Friday
    [2029, '2029-09-15', '2029-09-16'], // Saturday: the 1st is the first Saturday
  ])('third weekend of September %i: %s to %s', (year, start, end) => {
    const weekend = nthWeekend(year, 9, 3);
    expect(weekend).toEqual({ start, end });
    expect(new Date(`${weekend.start}T12:00:00Z`).getUTCDay()).toBe(6);
  });

  it('a Sunday can fall in the next month', () => {
    expect(nthWeekend(2026, 5, 5)).toEqual({ start: '2026-05-30', end: '2026-05-31' });
    expect(nthWeekend(2027, 7, 5)).toEqual({ start: '2027-07-31', end: '2027-08-01' });
  });
});

describe('date rules', () => {
  it('a whole month runs from its 1st to its last day, February 29 in leap years', () => {
    expect(ruleDates({ type: 'whole-month', month: 9 }, 2027)).toEqual({ start: '2027-09-01', end: '2027-09-30' });
    expect(ruleDates({ type: 'whole-month', month: 2 }, 2028)).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(ruleDates({ type: 'whole-month', month: 2 }, 2027)).toEqual({ start: '2027-02-01', end: '2027-02-28' });
  });

  it('fixed days are the same every year; announced dates have no rule', () => {
    expect(ruleDates({ type: 'fixed-days', month: 4, startDay: 20, endDay: 26 }, 2031)).toEqual({ start: '2031-04-20', end: '2031-04-26' });
    expect(ruleDates({ type: 'announced', usualMonth: 5 }, 2027)).toBeUndefined();
  });

  it.each([
    [{ type: 'fixed-days', month: 4, startDay: 20, endDay: 26 } as const, '每年4月20日至26日'],
    [{ type: 'fixed-days', month: 4, startDay: 26, endDay: 26 } as const, '每年4月26日'],
    [{ type: 'nth-weekend', month: 9, nth: 3 } as const, '每年9月第三个星期六和随后的星期日'],
    [{ type: 'whole-month', month: 9 } as const, '每年9月整月'],
    [{ type: 'announced', usualMonth: 5 } as const, '日期每年公布，通常在5月'],
  ])('%o reads "%s"', (rule, words) => expect(describeRule(rule)).toBe(words));

  const eras: CampaignEra[] = [
    { from: 2005, to: 2024, name: '旧名', rule: { type: 'nth-weekend', month: 9, nth: 3 } },
    { from: 2025, name: '新名', rule: { type: 'whole-month', month: 9 } },
  ];

  it('a year takes the rule of its era; no era, no dates', () => {
    expect(eraOf(eras, 2024)?.name).toBe('旧名');
    expect(eraOf(eras, 2025)?.name).toBe('新名');
    expect(eraOf(eras, 2099)?.name).toBe('新名');
    expect(eraOf(eras, 2004)).toBeUndefined();
    expect(campaignDates(eras, 2004)).toBeUndefined();
    expect(campaignDates(eras, 2024)).toEqual({ start: '2024-09-21', end: '2024-09-22', fromContent: false });
  });

  it('content dates win over the rule', () => {
    expect(campaignDates(eras, 2027, { year: 2027, start: '2027-09-05', end: '2027-09-12' })).toEqual({
      start: '2027-09-05',
      end: '2027-09-12',
      fromContent: true,
    });
  });
});

describe('a campaign period in words', () => {
  it('a week keeps its weekdays', () =>
    expect(formatCampaignPeriod('2027-04-20', '2027-04-26')).toBe('2027年4月20日（星期二）至4月26日（星期一）'));
  it('a month leaves them out', () => expect(formatCampaignPeriod('2027-09-01', '2027-09-30')).toBe('2027年9月1日至9月30日'));
  it('across a year end, both years', () => expect(formatCampaignPeriod('2027-12-20', '2028-01-10')).toBe('2027年12月20日至2028年1月10日'));
});

describe('全国科普月 (content/campaigns/science-day.mdxx)', () => {
  const { eras } = campaign('science-day');

  it('2024 was still 全国科普日, on the third weekend of September', () => {
    expect(eraOf(eras, 2024)?.name).toBe('全国科普日');
    expect(campaignDates(eras, 2024)).toEqual({ start: '2024-09-21', end: '2024-09-22', fromContent: false });
  });

  // The revised 科学技术普及法 (2024-12-25) makes every September 全国科普月; September 2025 was the first.
  it.each(Array.from({ length: 16 }, (_, i) => 2025 + i))('%i is 全国科普月, the whole of September', (year) => {
    expect(eraOf(eras, year)?.name).toBe('全国科普月');
    expect(campaignDates(eras, year)).toEqual({ start: `${year}-09-01`, end: `${year}-09-30`, fromContent: false });
  });

  it('seen from late 2026, the next one is September 2027, 1 to 30', () => {
    const next = currentOccurrence(eras, campaign('science-day').years, '2026-11-30');
    expect(next.year).toBe(2027);
    expect(next.dates).toEqual({ start: '2027-09-01', end: '2027-09-30', fromContent: false });
    expect(formatCampaignPeriod(next.dates!.start, next.dates!.end)).toBe('2027年9月1日至9月30日');
  });

  it("the third-weekend reading is labelled as the site's, and the law is the source from 2025", () => {
    expect(eraOf(eras, 2024)?.reading?.text).toMatch(/本站/);
    expect(eraOf(eras, 2025)?.source).toContain('科学技术普及法');
    expect(eraOf(eras, 2025)?.source).toContain('2024年12月25日修订');
  });
});

describe('全国知识产权宣传周 (content/campaigns/ip-week.mdx)', () => {
  const ipWeek = campaign('ip-week');

  it.each([2020, 2022, 2023, 2024, 2026, 2027, 2030, 2035])('%i: 20 to 26 April, ending on 世界知识产权日', (year) => {
    expect(campaignDates(ipWeek.eras, year)).toEqual({ start: `${year}-04-20`, end: `${year}-04-26`, fromContent: false });
  });

  it('says 4月20日至26日, never "4月26日前后" or "前后一周"', () => {
    const text = [ipWeek.title, ipWeek.description, readMarkdownFolder('campaigns').find((c) => c.id === 'ip-week')!.body].join('\n');
    expect(text).toContain('4月20日至26日');
    expect(text).not.toMatch(/4月26日前后|前后一周|前后的一周/);
  });

  it("the rule carries the site's reading, since the dates are set by yearly notices, not by law", () => {
    expect(ipWeek.eras.at(-1)?.reading?.reason).toMatch(/每年发通知/);
  });
});

describe('科技活动周 (content/campaigns/science-week.mdx)', () => {
  const { eras, years } = campaign('science-week');

  it('has no date rule the site could compute: every year is announced', () => {
    for (let year = 2001; year <= 2040; year++) expect(campaignDates(eras, year), String(year)).toBeUndefined();
    expect(eras.every((era) => era.rule.type === 'announced')).toBe(true);
  });

  it('shows nothing until the dates are out, and moves on once May is over', () => {
    expect(currentOccurrence(eras, years, '2027-03-01')).toMatchObject({ year: 2027 });
    expect(currentOccurrence(eras, years, '2027-03-01').dates).toBeUndefined();
    expect(currentOccurrence(eras, years, '2027-06-01').year).toBe(2028);
    expect(currentOccurrence(eras, [{ year: 2027, start: '2027-05-22', end: '2027-05-29' }], '2027-05-30').year).toBe(2028);
  });
});

describe('bad campaign rules stop the build, naming the field and the value', () => {
  const good = readMarkdownFolder('campaigns').find((c) => c.id === 'science-day')!.data as Record<string, unknown>;
  const errorsFor = (eras: unknown) => {
    const data = { ...good, eras };
    const result = CampaignSchema.safeParse(data);
    expect(result.success).toBe(false);
    return formatIssues('content/campaigns/science-day.mdx', result.error!.issues, data);
  };
  const era = (fields: Record<string, unknown>) => ({
    name: '全国科普月',
    source: '某法律某条',
    rule: { type: 'whole-month', month: 9 },
    ...fields,
  });

  it('a day the month does not have', () => {
    expect(errorsFor([era({ from: 2020, rule: { type: 'fixed-days', month: 2, startDay: 20, endDay: 30 } })])).toContain(
      'field eras.0.rule.endDay: 2月没有30日 (value: 30)',
    );
  });

  it('an end day before the start day', () => {
    expect(errorsFor([era({ from: 2020, rule: { type: 'fixed-days', month: 4, startDay: 26, endDay: 20 } })])).toContain(
      'field eras.0.rule.endDay: 结束日（20日）早于开始日（26日） (value: 20)',
    );
  });

  it('overlapping eras', () => {
    expect(errorsFor([era({ from: 2005, to: 2025 }), era({ from: 2025 })])).toContain(
      'field eras.1.from: 2025年起的一段与前一段（2005–2025年）重叠或顺序颠倒 (value: 2025)',
    );
  });

  it('an open-ended era that is not the last', () => {
    expect(errorsFor([era({ from: 2005 }), era({ from: 2025 })])).toContain('field eras.0.to: 只有最后一段可以不写结束年份');
  });

  it('an era that ends before it starts', () => {
    expect(errorsFor([era({ from: 2025, to: 2020 })])).toContain('field eras.0.to: 结束年份（2020）早于开始年份（2025） (value: 2020)');
  });

  it('an unknown kind of rule', () => {
    expect(errorsFor([era({ from: 2025, rule: { type: 'third-weekend-of-september' } })])).toContain('field eras.0.rule.type');
  });
});

describe('an event whose kind is named after a campaign era falls in that era', () => {
  const events = readMarkdownFolder('events').map(({ id, data }) => ({ id, ...EventSchema.parse(data) }));
  const campaignOfKind = (kind: string) =>
    [...campaigns.values()].find((c) => c.eras.some((era) => era.name === kind) && (c.eventKinds as readonly string[]).includes(kind));

  it('全国科普日 and 全国科普月 are both era names of the 全国科普月 page', () => {
    expect(campaignOfKind('全国科普日')).toBe(campaign('science-day'));
    expect(campaignOfKind('全国科普月')).toBe(campaign('science-day'));
  });

  it.each(events.filter((e) => campaignOfKind(e.kind)).map((e) => [e.id, e] as const))('%s', (_id, event) => {
    const year = Number(event.start.slice(0, 4));
    expect(eraOf(campaignOfKind(event.kind)!.eras, year)?.name, `${event.kind} in ${year}`).toBe(event.kind);
  });
});

describe('event times in Beijing time', () => {
  it.each(['2027-04-26', '2027-04-26T09:30', '2028-02-29', '2027-04-26T23:59'])('accepts %s', (t) => expect(isEventTime(t)).toBe(true));
  it.each(['2027-02-29', '2027-04-26T25:00', '2027-04-26T9:30', '2027-04-26 09:30', '2027-04-26T09:30:00', '26/04/2027'])(
    'rejects %s',
    (t) => expect(isEventTime(t)).toBe(false),
  );

  it('reads times as Beijing wall-clock time', () => {
    expect(eventInstant('2027-04-26T09:30').toISOString()).toBe('2027-04-26T01:30:00.000Z');
    expect(eventInstant('2027-04-26').toISOString()).toBe('2027-04-25T16:00:00.000Z');
  });

  it('an all-day event lasts until the midnight after its end date', () => {
    expect(eventEndInstant('2027-04-26').toISOString()).toBe('2027-04-26T16:00:00.000Z');
    expect(isUpcoming('2027-04-26', new Date('2027-04-26T15:59:00Z'))).toBe(true); // 23:59 in Beijing
    expect(isUpcoming('2027-04-26', new Date('2027-04-26T16:00:00Z'))).toBe(false);
    expect(isUpcoming('2027-04-26T11:00', new Date('2027-04-26T02:59:00Z'))).toBe(true);
    expect(isUpcoming('2027-04-26T11:00', new Date('2027-04-26T03:00:00Z'))).toBe(false);
  });
});

describe('which year of a campaign a visitor sees', () => {
  const occurrence =
    (eras: CampaignEra[], years: CampaignYearDates[] = []) =>
    (today: string) =>
      currentOccurrence(eras, years, today);
  const ipDay: CampaignEra[] = [{ from: 2001, name: '世界知识产权日', rule: { type: 'fixed-days', month: 4, startDay: 26, endDay: 26 } }];

  it('this year until its last day is over, then next year', () => {
    expect(occurrence(ipDay)('2027-04-26')).toEqual({
      year: 2027,
      era: ipDay[0],
      dates: { start: '2027-04-26', end: '2027-04-26', fromContent: false },
    });
    expect(occurrence(ipDay)('2027-04-27').year).toBe(2028);
  });

  it('content dates win over the rule', () => {
    expect(occurrence(ipDay, [{ year: 2027, start: '2027-04-20', end: '2027-04-26' }])('2027-04-22').dates).toEqual({
      start: '2027-04-20',
      end: '2027-04-26',
      fromContent: true,
    });
  });
});

describe('the home-page countdown', () => {
  it.each([
    ['2027-04-16', '（还有4天）'],
    ['2026-11-28', '（还有143天）'],
    ['2027-04-20', '（今天开始）'],
    ['2027-04-23', '（正在进行）'],
    ['2027-04-27', ''],
  ])('on %s says "%s" for 20–26 April 2027', (today, text) => expect(countdownText('2027-04-20', '2027-04-26', today)).toBe(text));

  it('counts whole days across a month end and a leap day', () => {
    expect(daysUntil('2028-03-01', '2028-02-28')).toBe(2);
  });
});
