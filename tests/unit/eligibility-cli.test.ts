import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { decodeSpreadsheetText, MixedEncodingError } from '../../src/lib/spreadsheets/text-encoding';
import { STATUS_LABEL } from '../../src/lib/eligibility/labels';

const NODE = 'node_modules/.bin/node';
const run = (...args: string[]) => spawnSync(NODE, ['scripts/eligibility.ts', ...args], { encoding: 'utf8' });
const dir = () => mkdtempSync(join(tmpdir(), 'eligibility-'));

/** A roster from rows given as column → cell; the header is every column used, in first-seen order. */
function rosterCsv(rows: Array<Record<string, string>>): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return stringify([columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))], { record_delimiter: '\r\n' });
}

/** The results file: starts with a BOM (so Excel reads UTF-8), then a CSV with a header. */
function readResults(file: string): { header: string[]; rows: Array<Record<string, string>> } {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = parse(bytes.toString('utf8').slice(1)) as string[][];
  const header = records[0] as string[];
  return { header, rows: records.slice(1).map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] as string]))) };
}

const enterprise = { applicant: 'enterprise', inWuhua: 'yes', rdSpending: 'yes', patents: 'no', patentCommercialisation: 'no' };
// 四（三）: 市级认定 2万元; recommended and recognised at provincial level, 3万元 more.
const twoPlatforms = {
  platform1Type: 'key-lab',
  platform1Municipal: 'yes',
  platform1MunicipalYear: '2019',
  platform1Provincial: 'recommended',
  platform1ProvincialYear: '2019',
  platform1National: 'no',
  platform2Type: 'engineering-center',
  platform2Municipal: 'yes',
  platform2MunicipalYear: '2020',
  platform2Provincial: 'no',
  platform2National: 'no',
};
const ROSTER = [
  // Good: 四（二） 4万元, platform 1 5万元, platform 2 2万元, a team whose evaluation is still to come (up to 2万元, 四（六）).
  {
    name: '甲科技公司',
    ...enterprise,
    topics: 'hte;platform;team',
    hteRecertified: 'yes',
    hteYear: '2019',
    revenueGrowth: 'yes',
    ...twoPlatforms,
    team1Kunming: 'pending',
    team1Yunnan: 'none',
  },
  // Bad: not a yes/no/unsure answer.
  { name: '乙公司', ...enterprise, inWuhua: '也许', topics: 'hte', hteRecertified: 'yes', hteYear: '2019', revenueGrowth: 'yes' },
  // Bad: a second platform without its type.
  {
    name: '丙公司',
    ...enterprise,
    topics: 'platform',
    platform1Type: 'key-lab',
    platform1Municipal: 'yes',
    platform1MunicipalYear: '2019',
    platform1Provincial: 'no',
    platform1National: 'no',
    platform2Municipal: 'yes',
    platform2MunicipalYear: '2019',
    platform2Provincial: 'no',
    platform2National: 'no',
  },
  // Good but ruled out: re-certified after the plan's term (2018—2020).
  { name: '丁公司', ...enterprise, topics: 'hte', hteRecertified: 'yes', hteYear: '2021', revenueGrowth: 'yes' },
  // Good, to be confirmed: not sure it was re-certified.
  { name: '戊公司', ...enterprise, topics: 'hte', hteRecertified: 'unsure', revenueGrowth: 'yes' },
];

describe('decodeSpreadsheetText', () => {
  it('reads UTF-8 with a BOM, and GB18030 as Excel saves it', () => {
    expect(decodeSpreadsheetText(new TextEncoder().encode('\uFEFF名称,年份'))).toEqual({ text: '名称,年份', encoding: 'utf-8' });
    expect(decodeSpreadsheetText(iconv.encode('名称,五华区', 'gb18030'))).toEqual({ text: '名称,五华区', encoding: 'gb18030' });
  });

  it('refuses UTF-8 and GB18030 rows in one file, naming the first row that is not UTF-8', () => {
    const mixed = (...rows: Array<[string, 'utf8' | 'gb18030']>) =>
      Buffer.concat(rows.map(([text, encoding]) => iconv.encode(`${text}\r\n`, encoding)));
    const error = (bytes: Buffer) => {
      try {
        decodeSpreadsheetText(bytes);
      } catch (thrown) {
        return thrown instanceof MixedEncodingError ? [thrown.row, thrown.utf8Row] : thrown;
      }
      return 'decoded';
    };
    expect(error(mixed(['name,applicant', 'utf8'], ['甲公司,enterprise', 'utf8'], ['乙公司,enterprise', 'gb18030']))).toEqual([3, 2]);
    expect(
      error(
        mixed(
          ['name,applicant', 'utf8'],
          ['乙公司,enterprise', 'gb18030'],
          ['"甲公司\n第二行",enterprise', 'utf8'],
          ['丙,enterprise', 'gb18030'],
        ),
      ),
    ).toEqual([2, 3]);
    // A BOM says UTF-8 even when every other row is ASCII.
    expect(error(Buffer.concat([Buffer.from('\uFEFFname\r\n"a\nb"\r\n'), iconv.encode('乙公司\r\n', 'gb18030')]))).toEqual([3, 1]);
    // A GB18030 file whose short names happen to be valid UTF-8 bytes is still GB18030.
    expect(decodeSpreadsheetText(iconv.encode('name\r\n中华\r\n五华区科技局\r\n', 'gb18030')).encoding).toBe('gb18030');
  });
});

describe('npm run eligibility -- answers.json', () => {
  it('prints one result per item and entry, with the honest totals', () => {
    const file = join(dir(), 'answers.json');
    const platforms = [
      { type: 'key-lab', municipal: 'yes', municipalYear: 2019, provincial: 'recommended', provincialYear: 2019, national: 'no' },
      { type: 'other', municipal: 'yes', municipalYear: 2019, provincial: 'no', national: 'no' },
    ];
    writeFileSync(
      file,
      JSON.stringify({ ...enterprise, topics: ['platform', 'team'], platforms, teams: [{ kunming: 'unsure', yunnan: 'none' }] }),
    );
    const result = run(file);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(
      json.items.map((i: { id: string; entry?: { index: number }; status: string; amount: unknown }) => [
        i.id,
        i.entry?.index,
        i.status,
        i.amount,
      ]),
    ).toEqual([
      ['platform', 1, 'eligible', { min: 50000, max: 50000 }],
      // 四（三） names three kinds of platform only.
      ['platform', 2, 'ineligible', { min: 0, max: 0 }],
      // Not known whether the team was selected: at most 2万元 (优秀), nothing certain.
      ['team-kunming', 1, 'unknown', { min: 0, max: 20000 }],
      ['team-yunnan', 1, 'ineligible', { min: 0, max: 0 }],
    ]);
    expect(json.items[0].entry.label).toBe('平台1（重点实验室）');
    expect(json.total).toEqual({ certain: 50000, possible: 70000 });
  });

  it('refuses bad answers, naming the flat field and the value', () => {
    const file = join(dir(), 'answers.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...enterprise,
        applicant: 'robot',
        topics: ['platform'],
        platforms: [
          { type: 'key-lab', municipal: 'no', provincial: 'no', national: 'no' },
          { municipal: 'no', provincial: 'no', national: 'no' },
        ],
      }),
    );
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${file}: field applicant: must be one of "enterprise", "institution", "person" (value: "robot")`);
    writeFileSync(
      file,
      JSON.stringify({
        ...enterprise,
        topics: ['platform'],
        platforms: [
          { type: 'key-lab', municipal: 'no', provincial: 'no', national: 'no' },
          { municipal: 'no', provincial: 'no', national: 'no' },
        ],
      }),
    );
    const missing = run(file);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe(`${file}: field platform2Type: is required (value: (missing))`);
  });
});

describe('npm run eligibility -- --csv roster.csv', () => {
  it('checks a GB18030 roster: good rows evaluated, bad rows listed by row, column and value, exit code 1', () => {
    const folder = dir();
    const input = join(folder, 'roster.csv');
    writeFileSync(input, iconv.encode(rosterCsv(ROSTER), 'gb18030'));
    const result = run('--csv', input);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('5 rows read (gb18030): 3 evaluated, 2 with errors');
    expect(result.stderr.trim().split('\n')).toEqual([
      `${input}: row 3: column inWuhua: must be one of "yes", "no", "unsure" (value: "也许")`,
      `${input}: row 4: column platform2Type: is required (value: (empty))`,
    ]);
    const { header, rows } = readResults(join(folder, 'roster.results.csv'));
    expect(rows.map((r) => [r['行号'], r['名称'], r['确定可得'], r['最多可能']])).toEqual([
      // 4万 + 5万 + 2万 certain; the team's 2万 only possible.
      ['2', '甲科技公司', '110000', '130000'],
      ['3', '乙公司', '', ''],
      ['4', '丙公司', '', ''],
      ['5', '丁公司', '0', '0'],
      ['6', '戊公司', '0', '40000'],
    ]);
    // Quotes and commas in a cell survive the trip through the results file.
    expect(rows[1]?.['问题']).toBe('column inWuhua: must be one of "yes", "no", "unsure" (value: "也许")');
    expect(rows[2]?.['问题']).toBe('column platform2Type: is required (value: (empty))');
    // Two platforms in a row: a column group for each, and none for a third.
    expect(header).toContain('科技创新平台认定扶持·平台2（状态）');
    expect(header).not.toContain('科技创新平台认定扶持·平台3（状态）');
    const first = rows[0] as Record<string, string>;
    expect([
      first['科技创新平台认定扶持·平台1（状态）'],
      first['科技创新平台认定扶持·平台1（最低金额）'],
      first['科技创新平台认定扶持·平台1（最高金额）'],
    ]).toEqual(['可能符合', '50000', '50000']);
    expect([first['科技创新平台认定扶持·平台2（状态）'], first['科技创新平台认定扶持·平台2（最高金额）']]).toEqual(['可能符合', '20000']);
    expect([
      first['昆明市科技创新团队·团队1（状态）'],
      first['昆明市科技创新团队·团队1（最低金额）'],
      first['昆明市科技创新团队·团队1（最高金额）'],
    ]).toEqual(['视情况而定', '0', '20000']);
    expect(rows[3]?.['高新技术企业再认定扶持（状态）']).toBe('不符合');
    expect(rows[4]?.['高新技术企业再认定扶持（状态）']).toBe('需要确认');
  });

  it('uses the page’s status words, never the old 符合 / 待确认, and totals that are the sums of their columns', () => {
    const folder = dir();
    const input = join(folder, 'roster.csv');
    writeFileSync(input, rosterCsv([ROSTER[0], ROSTER[3], ROSTER[4]] as Array<Record<string, string>>));
    expect(run('--csv', input).status).toBe(0);
    const { header, rows } = readResults(join(folder, 'roster.results.csv'));
    const groups = header.filter((h) => h.endsWith('（状态）')).map((h) => h.slice(0, -'（状态）'.length));
    const words = rows.flatMap((r) => groups.map((g) => r[`${g}（状态）`]).filter(Boolean));
    expect(new Set(words)).toEqual(new Set(['可能符合', '视情况而定', '需要确认', '不符合']));
    expect(new Set(words)).toEqual(new Set(Object.values(STATUS_LABEL)));
    expect(words).not.toContain('符合');
    expect(words).not.toContain('待确认');
    for (const row of rows) {
      const sum = (pick: (g: string) => number) => groups.reduce((total, g) => total + pick(g), 0);
      expect(Number(row['确定可得'])).toBe(sum((g) => (row[`${g}（状态）`] === '可能符合' ? Number(row[`${g}（最低金额）`]) : 0)));
      expect(Number(row['最多可能'])).toBe(
        sum((g) => (row[`${g}（状态）`] && row[`${g}（状态）`] !== '不符合' ? Number(row[`${g}（最高金额）`]) : 0)),
      );
    }
  });

  it('names a 21st entry and an unknown column as row errors, and still evaluates the good rows', () => {
    const folder = dir();
    const input = join(folder, 'roster.csv');
    const ok = { name: '甲', ...enterprise, topics: 'hte', hteRecertified: 'yes', hteYear: '2019', revenueGrowth: 'yes' };
    writeFileSync(
      input,
      rosterCsv([
        { ...ok, platform21Type: '', platform1Colour: '' },
        { ...ok, name: '乙', topics: 'hte;platform', ...twoPlatforms, platform21Type: 'key-lab' },
        { ...ok, name: '丙', platform1Colour: '红' },
      ]),
    );
    const result = run('--csv', input, '--out', join(folder, 'out.csv'));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('3 rows read (utf-8): 1 evaluated, 2 with errors');
    expect(result.stderr.trim().split('\n')).toEqual([
      `${input}: row 3: column platform21Type: entry number must be from 1 to 20 (at most 20 平台) (value: "key-lab")`,
      `${input}: row 4: column platform1Colour: is not a known answer field (value: "红")`,
    ]);
    const { rows } = readResults(join(folder, 'out.csv'));
    expect(rows.map((r) => [r['名称'], r['高新技术企业再认定扶持（状态）'], r['确定可得']])).toEqual([
      ['甲', '可能符合', '40000'],
      ['乙', '', ''],
      ['丙', '', ''],
    ]);
  });

  it('refuses old column names with the new names to use, and writes no results', () => {
    const folder = dir();
    const input = join(folder, 'old.csv');
    writeFileSync(
      input,
      rosterCsv([
        {
          name: '甲',
          ...enterprise,
          topics: 'hte;platform',
          year: '2019',
          hteRecertified: 'yes',
          revenueGrowth: 'yes',
          platformType: 'key-lab',
          platformMunicipal: 'yes',
        },
      ]),
    );
    const result = run('--csv', input);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `${input}: header: column year: is an old column name that stood for rdRankYear, hteYear, talent1AcademicYear, talent1YunnanYear, talent1LeadingYear, team1KunmingYear, team1YunnanYear; give each of these its own column`,
    );
    expect(result.stderr).toContain(`${input}: header: column platformType: is an old column name; rename it platform1Type`);
    expect(result.stderr).toContain(`${input}: header: column platformMunicipal: is an old column name; rename it platform1Municipal`);
    expect(readdirSync(folder)).toEqual(['old.csv']);
  });

  it('refuses a column named twice rather than read one of the two', () => {
    const folder = dir();
    const input = join(folder, 'twice.csv');
    writeFileSync(input, 'name,applicant,inWuhua,applicant\n甲,enterprise,yes,person\n');
    const result = run('--csv', input);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${input}: header: column applicant: appears more than once in the header`);
    expect(readdirSync(folder)).toEqual(['twice.csv']);
  });

  it('writes the results with --out through a temporary file and exits 0 when every row is good', () => {
    const folder = dir();
    const input = join(folder, 'ok.csv');
    writeFileSync(input, `\uFEFF${rosterCsv([ROSTER[0] as Record<string, string>])}`);
    const result = run('--csv', input, '--out', join(folder, 'out.csv'));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(readResults(join(folder, 'out.csv')).rows.map((r) => r['名称'])).toEqual(['甲科技公司']);
    expect(existsSync(join(folder, 'out.csv.tmp'))).toBe(false);
  });

  it('refuses a UTF-8 roster with one name pasted from a GB18030 sheet, naming the row, rather than print mojibake', () => {
    const folder = dir();
    const input = join(folder, 'mixed.csv');
    const [header, ...rows] = rosterCsv([ROSTER[0], ROSTER[3], ROSTER[4]] as Array<Record<string, string>>).split(/(?<=\n)/);
    writeFileSync(
      input,
      Buffer.concat([Buffer.from(`${header}${rows[0]}`), iconv.encode(rows[1] as string, 'gb18030'), Buffer.from(rows[2] as string)]),
    );
    const result = run('--csv', input);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      `${input}: row 3 is not UTF-8 but row 2 is: the file mixes encodings (a cell pasted from a GB18030 sheet?). Save it again as "CSV UTF-8" and run again`,
    );
    expect(readdirSync(folder)).toEqual(['mixed.csv']);
  });

  it('writes names that look like formulas as text, so Excel runs nothing', () => {
    const folder = dir();
    const input = join(folder, 'roster.csv');
    const names = ['=HYPERLINK("http://evil.example","甲")', "=cmd|' /C calc'!A0", '+乙', '-丙', '@丁'];
    writeFileSync(input, rosterCsv(names.map((name) => ({ ...(ROSTER[3] as Record<string, string>), name }))));
    expect(run('--csv', input).status).toBe(0);
    const { rows } = readResults(join(folder, 'roster.results.csv'));
    expect(rows.map((r) => r['名称'])).toEqual(names.map((n) => `'${n}`));
    expect(rows.map((r) => r['确定可得'])).toEqual(names.map(() => '0'));
  });

  it('fails a row with an extra cell alone, and still evaluates the others', () => {
    const folder = dir();
    const input = join(folder, 'roster.csv');
    const [header, good, extra] = rosterCsv([ROSTER[0], ROSTER[3]] as Array<Record<string, string>>).split(/(?<=\n)/);
    writeFileSync(input, `${header}${good}${(extra as string).trimEnd()},多余\r\n`);
    const result = run('--csv', input);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      new RegExp(`^${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: row 3: has \\d+ cells; the header has \\d+ columns$`),
    );
    expect(readResults(join(folder, 'roster.results.csv')).rows.map((r) => [r['名称'], r['确定可得']])).toEqual([
      ['甲科技公司', '110000'],
      ['', ''],
    ]);
  });

  it('refuses a roster with a quote never closed, naming the row, and writes no results', () => {
    const folder = dir();
    const [header, good, bad] = rosterCsv([ROSTER[0], ROSTER[3]] as Array<Record<string, string>>).split(/(?<=\n)/);
    const roster = join(folder, 'roster.csv');
    // A name typed as "甲公司 with its closing quote lost: every later row would be read into that one cell.
    writeFileSync(roster, `${header}${good}"甲公司,${bad}`);
    const result = run('--csv', roster);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('row 3: not a readable CSV file: a quoted cell is never closed');
    expect(readdirSync(folder)).toEqual(['roster.csv']);
  });

  it('refuses two columns for the same answer (platform1Type and platform01Type)', () => {
    const folder = dir();
    const input = join(folder, 'twice.csv');
    writeFileSync(input, 'name,applicant,platform1Type,platform01Type\n甲,enterprise,key-lab,other\n');
    const result = run('--csv', input);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${input}: header: column platform01Type: names the same answer as column platform1Type`);
    expect(readdirSync(folder)).toEqual(['twice.csv']);
  });

  it('cuts a long bad value in the message', () => {
    const folder = dir();
    const input = join(folder, 'long.csv');
    writeFileSync(input, rosterCsv([{ ...(ROSTER[3] as Record<string, string>), inWuhua: '很'.repeat(5000) }]));
    const result = run('--csv', input);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `${input}: row 2: column inWuhua: must be one of "yes", "no", "unsure" (value: "${'很'.repeat(80)}…")`,
    );
    writeFileSync(input, rosterCsv([{ ...(ROSTER[3] as Record<string, string>), ['x'.repeat(5000)]: '1' }]));
    expect(run('--csv', input).stderr.trim()).toBe(`${input}: row 2: column ${'x'.repeat(80)}…: is not a known answer field (value: "1")`);
  });
});

describe('bad arguments and files: one line each, no stack trace, nothing left behind', () => {
  const roster = () => {
    const folder = dir();
    const input = join(folder, 'roster.csv');
    writeFileSync(input, rosterCsv([ROSTER[3] as Record<string, string>]));
    return { folder, input };
  };
  const oneLine = (result: ReturnType<typeof run>) => {
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    return result.stderr.trim();
  };

  it('refuses --out that is the roster itself, however it is spelt, and leaves the roster alone', () => {
    const { folder, input } = roster();
    const before = readFileSync(input);
    for (const out of [input, join(folder, '.', 'roster.csv')]) {
      expect(oneLine(run('--csv', input, '--out', out))).toBe(
        `${out}: --out is the roster itself; writing the results there would replace it. Choose another file`,
      );
    }
    expect(readFileSync(input)).toEqual(before);
    expect(readdirSync(folder)).toEqual(['roster.csv']);
  });

  it('names a missing roster or answers file', () => {
    const folder = dir();
    expect(oneLine(run('--csv', join(folder, 'nope.csv')))).toBe(
      `${join(folder, 'nope.csv')}: cannot be read: ENOENT: no such file or directory`,
    );
    expect(oneLine(run(join(folder, 'nope.json')))).toBe(`${join(folder, 'nope.json')}: cannot be read: ENOENT: no such file or directory`);
  });

  it('refuses --out naming a folder, or a file in a folder that does not exist, and leaves no .tmp', () => {
    const { folder, input } = roster();
    mkdirSync(join(folder, 'results'));
    expect(oneLine(run('--csv', input, '--out', join(folder, 'results')))).toBe(
      `${join(folder, 'results')}: is a folder; --out needs a file name`,
    );
    const missing = join(folder, 'no', 'such', 'out.csv');
    expect(oneLine(run('--csv', input, '--out', missing))).toBe(`${missing}: cannot be written: ENOENT: no such file or directory`);
    expect(readdirSync(folder).sort()).toEqual(['results', 'roster.csv']);
    expect(readdirSync(join(folder, 'results'))).toEqual([]);
  });

  it('refuses a 100,000-deep JSON file in one line', () => {
    const file = join(dir(), 'deep.json');
    writeFileSync(file, `${'['.repeat(100000)}${']'.repeat(100000)}`);
    expect(oneLine(run(file))).toBe(`${file}: nested more than 64 levels deep; not an answers file`);
  });

  it('reads an answers file that starts with a BOM, as Notepad saves it', () => {
    const file = join(dir(), 'answers.json');
    writeFileSync(
      file,
      `\uFEFF${JSON.stringify({ ...enterprise, topics: ['hte'], hteRecertified: 'yes', hteYear: 2019, revenueGrowth: 'yes' })}`,
    );
    const result = run(file);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).total).toEqual({ certain: 40000, possible: 40000 });
  });

  it('cuts a long bad value in an answers file', () => {
    const file = join(dir(), 'answers.json');
    writeFileSync(file, JSON.stringify({ ...enterprise, applicant: 'x'.repeat(10000), topics: ['hte'] }));
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${file}: field applicant: must be one of "enterprise", "institution", "person" (value: "${'x'.repeat(80)}…")`,
    );
    expect(result.stderr.length).toBeLessThan(1000);
  });
});
