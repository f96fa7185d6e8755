import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/lib/content/markdown';
import { horizontalBars } from '../../src/lib/policy/charts';
import { extractCitations } from '../../src/lib/policy/clause-citations';
import { derivedBaseline, formatTarget } from '../../src/lib/policy/goal-figures';
import { buildTermMatcher, linkFirstMentions, mentionedTerms } from '../../src/lib/policy/glossary-links';
import { formatYuan } from '../../src/lib/common/money';
import { policyStatus } from '../../src/lib/policy/status';
import { describeAmount, maximumAmount } from '../../src/lib/policy/rule-amounts';
import type { RuleAmount } from '../../src/schemas/rule';

const beijing = (day: string, time = '12:00') => new Date(`${day}T${time}:00+08:00`);

describe('policyStatus', () => {
  const term = { start: beijing('2018-01-01', '00:00'), end: beijing('2020-12-31', '00:00') };
  it.each([
    ['2017-12-31', 'not-yet'],
    ['2018-01-01', 'in-force'],
    ['2020-12-31', 'in-force'],
    ['2021-01-01', 'expired'],
    ['2026-11-28', 'expired'],
  ])('on %s the plan is %s', (day, status) => {
    expect(policyStatus(term, beijing(day, '00:00'))).toBe(status);
  });
});

describe('goal figures', () => {
  it.each([
    [{ value: 4.68, unit: '%', comparator: 'reach', by: 2020 }, '达到4.68%'],
    [{ value: 7500, unit: '件', comparator: 'at-least', by: 2020 }, '7500件以上'],
    [{ value: 200, unit: '家', comparator: 'more-than', by: 2020 }, '超过200家'],
    [{ value: 5, unit: '个', comparator: 'at-least', by: 2020, perYear: true }, '年均增加5个以上'],
    [{ value: 1000, unit: '人', comparator: 'more-than', by: 2020, doublesFrom: 2015 }, '比2015年翻一番，超过1000人'],
    [{ value: 20, unit: '万平米', comparator: 'at-least', by: 2020, doublesFrom: 2015 }, '比2015年翻一番，20万平米以上'],
    [{ value: 10, unit: '项', comparator: 'more-than', by: 2020, aim: true }, '争取超过10项'],
  ] as const)('%o reads as %s', (target, text) => {
    expect(formatTarget(target)).toBe(text);
  });

  it('derives the base year of a doubling target as half of it', () => {
    expect(derivedBaseline({ value: 20, unit: '万平米', comparator: 'at-least', by: 2020, doublesFrom: 2015 })).toEqual({
      year: 2015,
      value: 10,
      unit: '万平米',
    });
    expect(derivedBaseline({ value: 60, unit: '家', comparator: 'at-least', by: 2020 })).toBeUndefined();
  });
});

describe('amounts', () => {
  it.each([
    [80000, '8万元'],
    [100000, '10万元'],
    [15000, '1.5万元'],
    [800, '800元'],
  ])('%i yuan reads %s', (n, text) => expect(formatYuan(n)).toBe(text));

  const levels: RuleAmount = {
    kind: 'levels',
    levels: [
      { level: 'municipal', amount: 20000, topUp: false, needsRecommendation: false },
      { level: 'provincial', amount: 30000, topUp: true, needsRecommendation: true },
      { level: 'national', amount: 50000, topUp: true, needsRecommendation: true },
    ],
  };

  it('describes a level ladder with its top-ups and the recommendation they need', () => {
    expect(describeAmount(levels)).toEqual([
      '获市级认定：2万元',
      '经科技部门推荐并获省级认定：再3万元',
      '经科技部门推荐并获国家级认定：再5万元',
    ]);
    expect(maximumAmount(levels)).toBe(100000);
  });

  it('describes rank bands', () => {
    const rank: RuleAmount = {
      kind: 'rank',
      bands: [
        { fromRank: 1, toRank: 2, amount: 80000 },
        { fromRank: 3, toRank: 5, amount: 40000 },
      ],
    };
    expect(describeAmount(rank)).toEqual(['排名前2名：每家8万元', '排名第3至第5名：每家4万元']);
    expect(maximumAmount(rank)).toBe(80000);
  });
});

describe('glossary links', () => {
  const matcher = buildTermMatcher([
    { id: 'incubator', term: '科技企业孵化器', aliases: ['孵化器'] },
    { id: 'maker', term: '众创空间' },
  ]);

  it('links the longest wording first and each term once', () => {
    const linked = new Set<string>();
    expect(linkFirstMentions('科技企业孵化器和众创空间，孵化器很多', matcher, linked)).toEqual([
      { id: 'incubator', text: '科技企业孵化器' },
      '和',
      { id: 'maker', text: '众创空间' },
      '，孵化器很多',
    ]);
    expect(linkFirstMentions('又一个众创空间', matcher, linked)).toEqual(['又一个众创空间']);
  });

  it('finds mentions in running text but not in headings or link text', () => {
    expect(mentionedTerms('## 孵化器\n\n看[众创空间](/x/)。', matcher)).toEqual(new Set());
    expect(mentionedTerms('## 标题\n\n这里有孵化器。', matcher)).toEqual(new Set(['incubator']));
  });
});

describe('extractCitations', () => {
  it('ties each citation to the heading above it, with the id Astro gives that heading', () => {
    const body = [
      '开头 <Clause id="s1" />',
      '',
      '## 六项目标一览',
      '',
      '文字 <Clause id="s2" /> 和 <Clause id="s2-1" />',
      '## 人才 & 团队',
      "<Clause id='s2-6' />",
    ].join('\n');
    expect(extractCitations(body).map((c) => [c.clause, c.heading, c.headingId, c.line])).toEqual([
      ['s1', '', '', 1],
      ['s2', '六项目标一览', '六项目标一览', 5],
      ['s2-1', '六项目标一览', '六项目标一览', 5],
      ['s2-6', '人才 & 团队', '人才--团队', 7],
    ]);
  });
});

describe('horizontalBars', () => {
  it('scales bars so the largest fills the plot and keeps their order', () => {
    const layout = horizontalBars(
      [
        { label: 'a', value: 10 },
        { label: 'b', value: 20 },
      ],
      { width: 300, labelWidth: 100, valueWidth: 100, barHeight: 20, gap: 10 },
    );
    expect(layout.bars.map((b) => [b.width, b.y])).toEqual([
      [50, 10],
      [100, 40],
    ]);
    expect(layout.height).toBe(70);
  });
});

describe('Markdown as plain text, for structured data', () => {
  it('keeps the words, drops link addresses and list marks', () => {
    expect(
      markdownToText('企业可能涉及的有：\n- 研发投入排名靠前的，8万元；\n- 再认定的，4万元。\n\n可以用[资格自测](/checker/)逐项核对。'),
    ).toBe('企业可能涉及的有：\n\n研发投入排名靠前的，8万元；\n再认定的，4万元。\n\n可以用资格自测逐项核对。');
    expect(markdownToText('按原文，**区级事业单位**的人才。')).toBe('按原文，区级事业单位的人才。');
  });
});
