/**
 * 一图读懂 as built: the PNG's size and width, the SVG's drawn figures against the data, every drawn
 * character in the font subset, and the page's picture, save link and text version.
 */
import { readdirSync } from 'node:fs';
import { load } from 'cheerio';
import * as fontkit from 'fontkit';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { maximumAmount } from '../../src/lib/policy/rule-amounts';
import type { RuleAmount } from '../../src/schemas/rule';
import { page, site } from '../helpers/built-site';
import { CONTENT, POLICY_ID, readYaml } from '../helpers/content';

const SVG_PATH = `/policy/${POLICY_ID}/infographic.svg`;
const PNG_PATH = `/policy/${POLICY_ID}/infographic.png`;
const svg = load(site.read(SVG_PATH)?.toString('utf8') ?? '', { xml: true });
const texts = svg('text')
  .toArray()
  .map((t) => ({ el: svg(t), text: svg(t).text() }));

type Target = { id: string; label: string; value: number; unit: string };
const goals = readYaml<{ goals: Array<{ heading: string; targets: Target[] }> }>(`policies/${POLICY_ID}/goals.yaml`).goals;
const departments = readYaml<Array<{ id: string; name: string }>>('departments.yaml');
const actions = readYaml<{ actions: Array<{ tasks: Array<{ lead: string[] }> }> }>(`policies/${POLICY_ID}/tasks.yaml`).actions;
const rules = readdirSync(new URL('rules/', CONTENT))
  .map((name) => readYaml<{ id: string; policy: string; title: string; amount: RuleAmount }>(`rules/${name}`))
  .filter((rule) => rule.policy === POLICY_ID);

/** "最高8万元" → 80000, "最高5000元" → 5000: the drawn sum as a number, read independently of the site's formatter. */
function drawnYuan(text: string): number {
  const match = /^最高([\d.,]+)(万?)元$/.exec(text);
  if (!match) throw new Error(`not a sum: ${text}`);
  return Number(match[1]!.replaceAll(',', '')) * (match[2] ? 10000 : 1);
}

describe('the 一图读懂 PNG', () => {
  it('is 1080 px wide, at most 400 KB, and a long picture', () => {
    const file = site.read(PNG_PATH)!;
    const png = PNG.sync.read(file);
    expect(png.width).toBe(1080);
    expect(png.height).toBeGreaterThan(3000);
    expect(file.byteLength).toBeLessThanOrEqual(400 * 1024);
    expect(png.height).toBe(Number(svg('svg').attr('height')));
  });
});

describe('the 一图读懂 SVG', () => {
  it('draws every goal figure as goals.yaml gives it, each once', () => {
    const drawn = svg('text[data-target]')
      .toArray()
      .map((t) => [svg(t).attr('data-target'), svg(t).text()]);
    const expected = goals.flatMap((g) => g.targets.map((t) => [t.id, `${t.value}${t.unit}`]));
    expect(drawn).toEqual(expected);
    expect(goals).toHaveLength(6);
  });

  it('draws every support item with the most it pays, as its rule file gives it', () => {
    const drawn = new Map(
      svg('text[data-rule]')
        .toArray()
        .map((t) => [svg(t).attr('data-rule'), drawnYuan(svg(t).text())]),
    );
    expect([...drawn.keys()].sort()).toEqual(rules.map((r) => r.id).sort());
    for (const rule of rules) expect(drawn.get(rule.id), rule.id).toBe(maximumAmount(rule.amount));
  });

  it('names the six goals, the lead departments of each action and the source document', () => {
    const all = texts.map((t) => t.text).join('');
    for (const goal of goals) expect(all).toContain(goal.heading);
    for (const action of actions)
      for (const lead of new Set(action.tasks.flatMap((t) => t.lead)))
        expect(all, lead).toContain(departments.find((d) => d.id === lead)!.name);
    expect(all).toContain('五发〔2018〕5号');
  });

  it('draws no character the font subset lacks, no text under 28 px and no line past the cards', () => {
    const font = fontkit.openSync('src/assets/fonts/share-image.otf') as fontkit.Font;
    const missing = new Set(
      [...texts.map((t) => t.text).join('')].filter((ch) => ch.trim() && !font.hasGlyphForCodePoint(ch.codePointAt(0)!)),
    );
    expect([...missing]).toEqual([]);
    for (const { el, text } of texts) {
      const size = Number(el.attr('font-size'));
      expect(size, text).toBeGreaterThanOrEqual(28);
      // Measured with the font's own advance widths, not the drawing's estimate.
      const width = (font.layout(text).advanceWidth / font.unitsPerEm) * size;
      const x = Number(el.attr('x'));
      const anchor = el.attr('text-anchor') ?? 'start';
      const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
      expect(left, text).toBeGreaterThanOrEqual(60);
      expect(left + width, text).toBeLessThanOrEqual(1080 - 60);
    }
  });
});

describe('the 一图读懂 page', () => {
  const overview = page(`/policy/${POLICY_ID}/overview/`);
  const $ = overview.$;

  it('shows the picture as a file, with its size, an alt pointing to the text version and a save link', () => {
    const img = $('main figure img');
    expect(img.attr('src')).toBe(PNG_PATH);
    expect(img.attr('width')).toBe('1080');
    expect(img.attr('height')).toBe(svg('svg').attr('height'));
    expect(img.attr('alt')).toMatch(/^一图读懂.+文字版。$/);
    expect($('main svg text').length).toBe(0);
    const save = $('main a[download]');
    expect(save.attr('href')).toBe(PNG_PATH);
    expect(save.attr('download')).toMatch(/\.png$/);
    expect(save.text()).toContain('保存图片');
    expect($('main figure a[href="#at-a-glance"]').length).toBe(1);
  });

  it('has a text version that states every figure, lead department and sum in the picture', () => {
    const glance = $('#at-a-glance').text().replace(/\s+/g, '');
    for (const { text } of texts.filter((t) => t.el.is('[data-target], [data-rule]'))) expect(glance, text).toContain(text);
    for (const goal of goals) for (const target of goal.targets) expect(glance).toContain(target.label);
    for (const d of new Set(actions.flatMap((a) => a.tasks.flatMap((t) => t.lead))))
      expect(glance).toContain(departments.find((x) => x.id === d)!.name);
  });

  it('numbers each list item once, by the list itself', () => {
    const items = $('#at-a-glance ol > li').toArray();
    expect(items).toHaveLength(18);
    for (const li of items) expect($(li).text().trim()).not.toMatch(/^\d+\./);
    expect($('#at-a-glance h3').length).toBe(3);
  });
});
