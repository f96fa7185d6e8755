import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { chineseCount, chineseNumeral } from '../../src/lib/common/numerals';
import {
  INFOGRAPHIC_WIDTH,
  infographicSvg,
  partTitles,
  textWidthEm,
  wrapText,
  type InfographicData,
} from '../../src/lib/policy/infographic';

const data: InfographicData = {
  policyTitle: '示例计划',
  fullTitle: '示例计划（2018-2020年）',
  docNumber: '示发〔2018〕1号',
  issuers: ['示例区委', '示例区人民政府'],
  term: '2018-2020年',
  siteName: '示例站',
  pageUrl: 'https://example.org/policy/demo/overview/',
  goals: [
    { heading: '投入增长', figures: [{ id: 'rd', label: '研发投入占比', figure: '4.68%', stated: '达到4.68%' }] },
    {
      heading: '平台 & <空间>',
      figures: [
        { id: 'a', label: '孵化器', figure: '60家', stated: '60家以上' },
        { id: 'b', label: '面积', figure: '20万平米', stated: '比2015年翻一番，20万平米以上' },
        { id: 'c', label: '平台', figure: '60个', stated: '60个以上' },
      ],
    },
  ],
  goalYear: 2021,
  actions: [{ heading: '产业行动', leads: ['区科学技术和信息化局', '五华科技产业园管委会'] }],
  supports: [{ heading: '研发投入', items: [{ id: 'rd-ranking', title: '研发投入排名扶持', sum: '最高8万元' }] }],
};

const drawn = (svg: string) => load(svg, { xml: true });

describe('counts in headings', () => {
  it('writes 1–99 as Chinese numerals and anything else as digits', () => {
    expect([1, 2, 6, 10, 11, 12, 20, 21, 99].map(chineseNumeral)).toEqual([
      '一',
      '二',
      '六',
      '十',
      '十一',
      '十二',
      '二十',
      '二十一',
      '九十九',
    ]);
    expect([0, 100, 2.5].map(chineseNumeral)).toEqual(['0', '100', '2.5']);
    // Before a measure word 2 alone is 两 (两项目标), but not in 十二 or 二十二.
    expect([2, 12, 22].map(chineseCount)).toEqual(['两', '十二', '二十二']);
  });

  it("names the three parts by their counts, and the drawing says them with the goals' year", () => {
    expect(partTitles({ goals: 2, actions: 1, supports: 12 })).toEqual({ goals: '两项目标', actions: '一项行动', supports: '十二类扶持' });
    const $ = drawn(infographicSvg(data));
    const texts = $('text')
      .toArray()
      .map((t) => $(t).text());
    expect(texts).toEqual(expect.arrayContaining(['两项目标', '一项行动', '一类扶持', '到2021年']));
  });
});

describe('一图读懂 drawing', () => {
  it('is 1080 px wide and as tall as its content, with a title naming the policy', () => {
    const $ = drawn(infographicSvg(data));
    expect($('svg').attr('width')).toBe(String(INFOGRAPHIC_WIDTH));
    expect(Number($('svg').attr('height'))).toBeGreaterThan(1500);
    expect($('svg > title').text()).toBe('一图读懂：示例计划');
  });

  it('writes each figure and sum on an element that names its data, and escapes text', () => {
    const svg = infographicSvg(data);
    const $ = drawn(svg);
    expect(
      $('text[data-target]')
        .toArray()
        .map((t) => [$(t).attr('data-target'), $(t).text()]),
    ).toEqual([
      ['rd', '4.68%'],
      ['a', '60家'],
      ['b', '20万平米'],
      ['c', '60个'],
    ]);
    expect($('text[data-rule="rd-ranking"]').text()).toBe('最高8万元');
    expect(svg).toContain('平台 &amp; &lt;空间&gt;');
  });

  it('puts the lead departments, the source line and the page address in the picture', () => {
    const $ = drawn(infographicSvg(data));
    const all = $('text')
      .toArray()
      .map((t) => $(t).text())
      .join('');
    expect(all).toContain('区科学技术和信息化局、五华科技产业园管委会');
    expect(all).toContain('来源：示例区委、示例区人民政府印发《示例计划（2018-2020年）》（示发〔2018〕1号）');
    expect(all).toContain('example.org/policy/demo/overview/');
  });

  it('draws no text smaller than 28 px, so it reads on a phone', () => {
    const $ = drawn(infographicSvg(data));
    const sizes = $('text')
      .toArray()
      .map((t) => Number($(t).attr('font-size')));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);
  });

  it('keeps every line of text inside the picture', () => {
    const $ = drawn(infographicSvg(data));
    for (const t of $('text').toArray()) {
      const x = Number($(t).attr('x'));
      const width = textWidthEm($(t).text()) * Number($(t).attr('font-size'));
      const anchor = $(t).attr('text-anchor') ?? 'start';
      const [left, right] = anchor === 'end' ? [x - width, x] : anchor === 'middle' ? [x - width / 2, x + width / 2] : [x, x + width];
      expect(left, $(t).text()).toBeGreaterThanOrEqual(0);
      expect(right, $(t).text()).toBeLessThanOrEqual(INFOGRAPHIC_WIDTH);
    }
  });
});

describe('wrapText', () => {
  it('breaks between CJK characters within the width', () => {
    expect(wrapText('一二三四五六', 10, 30)).toEqual(['一二三', '四五六']);
  });

  it('never splits a number and never starts a line with closing punctuation', () => {
    expect(wrapText('比2015年', 10, 30)).toEqual(['比', '2015', '年']);
    expect(wrapText('一二三，四', 10, 30)).toEqual(['一二三，', '四']);
  });
});
