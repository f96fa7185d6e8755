import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { jsonLd, page } from '../helpers/built-site';
import { readBaseRecords } from '../../scripts/lib/bases-files';
import { basesCsv } from '../../src/lib/bases/columns';
import { importBaseRows } from '../../src/lib/bases/import';
import { parseOpeningHours } from '../../src/lib/bases/hours';
import { readAsFormula } from '../../src/lib/spreadsheets/cells';
import type { CompactIndex } from '../../src/lib/bases/filter';

const records = readBaseRecords('content/bases');

describe('the /bases/ index without JavaScript', () => {
  const index = page('/bases/');

  it('lists every base once, linking to its page', () => {
    const links = index
      .$('#bases-static .base-item > a')
      .toArray()
      .map((a) => index.$(a).attr('href'));
    expect(links.sort()).toEqual(records.map((r) => `/bases/${r.id}/`).sort());
  });

  it('groups the list by kind, then 街道, and the group index links to each group on the page', () => {
    const groupLinks = index
      .$('.group-index a')
      .toArray()
      .map((a) => index.$(a).attr('href') as string);
    const groups = new Set(records.map((r) => `${r.kind}|${r.subdistrict}`));
    expect(groupLinks).toHaveLength(groups.size);
    for (const href of groupLinks) {
      expect(href).toMatch(/^#kind-[a-z-]+$/);
      const heading = index.$(href);
      expect(heading.is('h3'), href).toBe(true);
      const shown = heading.next('ul').find('.base-item').length;
      const [kind, subdistrict] = [heading.closest('section').find('h2').text(), heading.text().replace(/街道.*$/, '')];
      expect(shown, href).toBe(records.filter((r) => r.kind === kind && r.subdistrict === subdistrict).length);
    }
  });

  it('says the list is a demonstration and badges every sample entry', () => {
    expect(index.$('main').text()).toMatch(/这是演示名录/);
    expect(index.$('#bases-static .base-item .sample-badge')).toHaveLength(records.filter((r) => r.sample).length);
  });

  it('shows the filters only where JavaScript runs', () => {
    // Shown from first paint when JavaScript runs (no layout shift), hidden by CSS when it does not.
    expect(index.$('#bases-filter').closest('.js-only')).toHaveLength(1);
  });
});

describe('a base page', () => {
  const record = records.find((r) => r.coordinates && r.booking?.required && r.openingHours.length > 1) as (typeof records)[number];
  const p = page(`/bases/${record.id}/`);
  const text = p.$('main').text();

  it('shows every field in plain words', () => {
    for (const value of [
      record.name,
      record.kind,
      record.host,
      record.address,
      `${record.certification?.year}年认定`,
      ...record.audiences,
      ...record.themes,
    ])
      expect(text).toContain(value);
    expect(text).toContain(record.free ? '免费' : '收费');
    expect(text).toMatch(/怎样预约/);
    expect(text).toContain(`提前 ${record.booking?.leadDays} 天`);
    expect(text).toMatch(/无障碍设施/);
  });

  it('shows the opening hours as readable lines that mean the same as the data', () => {
    const lines = p
      .$('.facts dd ul li')
      .toArray()
      .map((li) => p.$(li).text().replace('–', '-'));
    expect(parseOpeningHours(lines.join('；'))).toEqual(record.openingHours);
  });

  it('is marked 示例数据 with a warning', () => {
    expect(p.$('h1 .sample-badge').text()).toBe('示例数据');
    expect(p.$('[role="note"]').text()).toMatch(/虚构/);
  });

  it('links to 高德地图 at the position converted to GCJ-02', () => {
    const href = new URL(p.$('a[href^="https://uri.amap.com/"]').attr('href') as string);
    const [lng, lat] = (href.searchParams.get('position') as string).split(',').map(Number) as [number, number];
    const wgs = record.coordinates as { lat: number; lng: number };
    const [backLng, backLat] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84) as [number, number];
    expect(backLat).toBeCloseTo(wgs.lat, 4);
    expect(backLng).toBeCloseTo(wgs.lng, 4);
    // The offset is real: a link with the raw WGS-84 position would be hundreds of metres out.
    expect(Math.abs(lng - wgs.lng) + Math.abs(lat - wgs.lat)).toBeGreaterThan(0.001);
  });

  it('has JSON-LD for the base with hours, position and price', () => {
    const data = jsonLd(p).find((d) => d['name'] === record.name) as Record<string, any>;
    expect(data['@type']).toMatch(/^(Place|CivicStructure|EducationalOrganization)$/);
    expect(data['isAccessibleForFree']).toBe(record.free);
    expect(data['geo']).toEqual({ '@type': 'GeoCoordinates', latitude: record.coordinates?.lat, longitude: record.coordinates?.lng });
    expect(data['openingHoursSpecification']).toHaveLength(record.openingHours.length);
    expect(data['openingHoursSpecification'][0].dayOfWeek[0]).toMatch(/^https:\/\/schema\.org\/(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/);
    expect(data['address'].streetAddress).toBe(record.address);
  });
});

describe('open data', () => {
  it('/data/bases.csv opens in Excel (UTF-8 with BOM) and imports back to the same list', () => {
    const bytes = readFileSync('dist/data/bases.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [headers = [], ...rows] = parseCsv(bytes.toString('utf8').slice(1)) as string[][];
    // Written through basesCsv, which quotes formula-like cells (tests/unit/bases-import.test.ts).
    expect(rows.flat().filter(readAsFormula)).toEqual([]);
    // The canonical order, by 编号: the order the import writes bases.yaml in.
    expect(rows.map((row) => row[0])).toEqual(records.map((r) => r.id).sort());
    const result = importBaseRows(headers, rows, [], '2000-01-01');
    expect(result.problems).toEqual([]);
    expect(result.records).toEqual([...records].sort((a, b) => (a.id < b.id ? -1 : 1)));
    // What tests/unit/import-events-cli.test.ts imports into a copy of content/ is this very file.
    expect(bytes.toString('utf8')).toBe(basesCsv(records));
  });

  it('/data/bases.json has every base with its page URL', () => {
    const data = JSON.parse(readFileSync('dist/data/bases.json', 'utf8')) as {
      count: number;
      bases: Array<{ id: string; url: string; sample: boolean }>;
    };
    expect(data.count).toBe(records.length);
    expect(new Set(data.bases.map((p) => p.id))).toEqual(new Set(records.map((r) => r.id)));
    expect(data.bases.every((p) => new URL(p.url).pathname === `/bases/${p.id}/`)).toBe(true);
  });

  it("the filters' compact list carries each base once, with hours and position", () => {
    const index = JSON.parse(readFileSync('dist/data/bases-index.json', 'utf8')) as CompactIndex;
    expect(index.bases.map((p) => p.i).sort()).toEqual(records.map((r) => r.id).sort());
    const withCoordinates = records.filter((r) => r.coordinates).length;
    expect(index.bases.filter((p) => p.c)).toHaveLength(withCoordinates);
  });
});
