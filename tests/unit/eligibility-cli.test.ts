import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { rowToAnswers } from '../../src/lib/eligibility/roster';
import { decodeSpreadsheetText } from '../../scripts/lib/text-encoding';

const NODE = 'node_modules/.bin/node';
const run = (...args: string[]) => spawnSync(NODE, ['scripts/eligibility.ts', ...args], { encoding: 'utf8' });
const dir = () => mkdtempSync(join(tmpdir(), 'eligibility-'));

const HEADER = 'name,applicant,inWuhua,topics,year,rdSpending,patents,patentCommercialisation,hteRecertified,revenueGrowth,platformMunicipal,platformMunicipalYear,platformProvincial,platformNational';
const ROWS = [
  '甲科技公司,enterprise,yes,hte;platform,2019,yes,no,no,yes,yes,yes,2019,no,no',
  '乙公司,enterprise,也许,hte,2019,yes,no,no,yes,yes,,,,',
  '丙公司,enterprise,yes,hte,二〇一九,yes,no,no,yes,yes,,,,',
  '丁公司,enterprise,yes,hte,2021,yes,no,no,yes,yes,,,,',
];

describe('rowToAnswers', () => {
  it('turns cells into typed answers and leaves empty cells out', () => {
    expect(rowToAnswers({ name: '甲', applicant: 'person', year: '2019', topics: 'talent', leadingTitles: 'kunming-leading、yunling-high-level', rdRank: '', employer: ' enterprise ' })).toEqual({
      applicant: 'person',
      year: 2019,
      topics: ['talent'],
      leadingTitles: ['kunming-leading', 'yunling-high-level'],
      employer: 'enterprise',
    });
  });
});

describe('decodeSpreadsheetText', () => {
  it('reads UTF-8 with a BOM, and GB18030 as Excel saves it', () => {
    expect(decodeSpreadsheetText(new TextEncoder().encode('\uFEFF名称,年份'))).toEqual({ text: '名称,年份', encoding: 'utf-8' });
    expect(decodeSpreadsheetText(iconv.encode('名称,五华区', 'gb18030'))).toEqual({ text: '名称,五华区', encoding: 'gb18030' });
  });
});

describe('npm run eligibility', () => {
  it('prints the engine result for an answers file', () => {
    const file = join(dir(), 'answers.json');
    writeFileSync(file, JSON.stringify({ applicant: 'person', inWuhua: 'yes', topics: ['talent'], year: 2019, employer: 'enterprise', academicLeader: 'leader', academicRating: 'excellent', yunnanInnovation: 'none', leadingTitles: [] }));
    const result = run(file);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.items.find((i: { id: string }) => i.id === 'talent-academic-leader')).toMatchObject({ status: 'eligible', amount: { min: 30000, max: 30000 } });
    expect(json.total).toEqual({ min: 30000, max: 30000 });
  });

  it('refuses bad answers, naming the field and value', () => {
    const file = join(dir(), 'bad.json');
    writeFileSync(file, JSON.stringify({ applicant: 'robot', inWuhua: 'yes', topics: ['talent'] }));
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('field applicant: must be one of "enterprise", "institution", "person" (value: "robot")');
  });

  it('checks a GB18030 roster: good rows evaluated, bad rows listed by row and column, exit code 1', () => {
    const folder = dir();
    const input = join(folder, 'roster.csv');
    writeFileSync(input, iconv.encode([HEADER, ...ROWS].join('\r\n'), 'gb18030'));
    const result = run('--csv', input);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('4 rows read (gb18030): 2 evaluated, 2 with errors');
    expect(result.stderr).toContain('row 3: column inWuhua: must be one of "yes", "no", "unsure" (value: "也许")');
    expect(result.stderr).toContain('row 4: column year: must be a whole number (value: "二〇一九")');
    const bytes = readFileSync(join(folder, 'roster.results.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, so Excel reads UTF-8
    const rows = parse(bytes.toString('utf8').slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r['行号'], r['名称'], r['合计最低金额'], r['合计最高金额']])).toEqual([
      ['2', '甲科技公司', '60000', '60000'],
      ['3', '乙公司', '', ''],
      ['4', '丙公司', '', ''],
      ['5', '丁公司', '0', '0'],
    ]);
    expect(rows[0]?.['高新技术企业再认定扶持（状态）']).toBe('符合');
    expect(rows[3]?.['高新技术企业再认定扶持（状态）']).toBe('不符合');
  });

  it('writes a results file with --out and exits 0 when every row is good', () => {
    const folder = dir();
    const input = join(folder, 'ok.csv');
    writeFileSync(input, `\uFEFF${HEADER}\n${ROWS[0]}\n`);
    const result = run('--csv', input, '--out', join(folder, 'out.csv'));
    expect(result.status).toBe(0);
    expect(readFileSync(join(folder, 'out.csv'), 'utf8')).toContain('甲科技公司');
  });
});
