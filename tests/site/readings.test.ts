/**
 * 本站理解 on the built site: every statement the plan does not literally say carries the same visible
 * mark with its reason, and the phrases that state a reading never appear outside it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { DistPage } from '../../scripts/lib/dist-site';
import { page, site } from '../helpers/built-site';
import { POLICY_ID, readYaml } from '../helpers/content';

interface Reading {
  id: string;
  text: string;
  reason: string;
  markers?: string[];
}
const readings = readYaml<{ readings: Reading[] }>(`policies/${POLICY_ID}/readings.yaml`).readings;
const review = readFileSync(new URL('../../docs/content-review.md', import.meta.url), 'utf8');

/** The page's visible text, leaving out what is marked as relying on reading `id` (and scripts, which readers do not see). */
function textOutside(p: DistPage, id: string): string {
  const body = p.$('body').clone();
  body.find(`script, style, template, [data-reading="${id}"], [data-readings~="${id}"]`).remove();
  return body.text();
}

/** Where each reading is shown: reading id → URL paths. */
const shownOn = new Map<string, string[]>();
for (const p of site.pages) {
  for (const el of p.$('[data-reading]').toArray()) {
    const id = p.$(el).attr('data-reading') ?? '';
    shownOn.set(id, [...new Set([...(shownOn.get(id) ?? []), p.urlPath])]);
  }
}

describe('the 本站理解 mark', () => {
  it('reads the same everywhere: the label, the reading and its reason', () => {
    let count = 0;
    for (const p of site.pages) {
      for (const el of p.$('[data-reading]').toArray()) {
        const mark = p.$(el);
        count += 1;
        expect(mark.children('.reading-label').text(), `${p.urlPath}`).toBe('本站理解：');
        expect(mark.children('.reading-reason').text(), `${p.urlPath}: a reading without its reason`).toMatch(/^理由：.{6,}/);
      }
    }
    expect(count).toBeGreaterThan(20);
  });

  it("shows the reading file's own text and reason for every reading it names", () => {
    const byId = new Map(readings.map((r) => [r.id, r]));
    for (const p of site.pages) {
      for (const el of p.$('[data-reading]').toArray()) {
        const id = p.$(el).attr('data-reading');
        if (!id) continue; // a one-off reading with its own text
        const reading = byId.get(id);
        expect(reading, `${p.urlPath}: data-reading="${id}" is not in readings.yaml`).toBeDefined();
        expect(p.$(el).text()).toContain(reading!.text);
        expect(p.$(el).text()).toContain(reading!.reason);
      }
    }
  });

  it.each(readings.map((r) => [r.id, r] as const))('%s is shown on some page', (id) => {
    expect(shownOn.get(id)?.length ?? 0).toBeGreaterThan(0);
  });
});

describe("a reading is never stated as the plan's own words", () => {
  const withMarkers = readings.filter((r) => (r.markers ?? []).length > 0);

  it.each(withMarkers.map((r) => [r.id, r] as const))('the phrases of %s appear only inside its mark', (_id, reading) => {
    const stray: string[] = [];
    for (const p of site.pages) {
      const markers = (reading.markers ?? []).filter((m) => p.html.includes(m));
      if (markers.length === 0) continue;
      const outside = textOutside(p, reading.id);
      for (const marker of markers) if (outside.includes(marker)) stray.push(`${p.urlPath}: “${marker}”`);
    }
    expect(stray).toEqual([]);
  });

  it('each decision table on /checker/rules/ has a caption naming its section', () => {
    const rules = page('/checker/rules/');
    const tables = rules.$('table.decision-table').toArray();
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const words = (text: string) => text.replace(/\s/g, '');
      const heading = words(rules.$(table).closest('section').prev('h2, h3').text());
      const caption = words(rules.$(table).children('caption').first().text());
      expect(rules.$(table).children().first().is('caption'), heading).toBe(true);
      expect(caption.startsWith(heading) && heading.length > 0, `${caption} / ${heading}`).toBe(true);
    }
  });

  it('the checker and its rules table name the readings they rest on', () => {
    const rules = page('/checker/rules/');
    const start = page('/checker/');
    expect(start.$('[data-reading="term-window"]').length).toBe(1);
    for (const id of [
      'term-window',
      'enterprise-gate',
      'whom-to-ask',
      'recommendation-level',
      'top-up',
      'not-paid-twice',
      'talent-scope',
      'rd-rank-scope',
    ]) {
      expect(rules.$(`[data-reading="${id}"]`).length, id).toBeGreaterThan(0);
    }
  });
});

describe('docs/content-review.md', () => {
  it('lists every reading by its id', () => {
    for (const reading of readings) expect(review, reading.id).toContain(`\`${reading.id}\``);
  });

  it('lists every page that shows a reading', () => {
    const pages = [...new Set([...shownOn.values()].flat())].sort();
    const missing = pages.filter((path) => !review.includes(`\`${path}\``));
    expect(missing).toEqual([]);
  });
});
