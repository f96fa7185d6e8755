import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../scripts/lib/load-ruleset';
import { headerProblems, readRosterRecord, resultSheet, type RosterProblem } from '../../src/lib/eligibility/roster';
import { describeProblemZh, problemMessageZh } from '../../src/lib/eligibility/roster-messages';
import { openRoster } from '../../src/lib/eligibility/roster-file';
import iconv from 'iconv-lite';

const ruleset = loadRuleset();
const enterprise = { applicant: 'enterprise', inWuhua: 'yes', rdSpending: 'yes', patents: 'no', patentCommercialisation: 'no' };

/** The problems of one roster row given as column → cell. */
function problemsOf(row: Record<string, string>): RosterProblem[] {
  return readRosterRecord(ruleset, Object.keys(row), Object.values(row), 2)?.problems ?? [];
}

describe('roster problems in Chinese', () => {
  // Every kind of problem the roster code can report, each made by the code itself.
  const problems: RosterProblem[] = [
    ...problemsOf({
      name: '甲',
      applicant: 'enterprise',
      inWuhua: 'maybe',
      topics: 'hte',
      rdSpending: '',
      patents: 'no',
      patentCommercialisation: 'no',
      hteRecertified: 'yes',
      hteYear: '19',
      revenueGrowth: 'yes',
    }),
    ...problemsOf({ ...enterprise, topics: 'rd-ranking', statsCategory: 'industrial', rdGrowth: 'yes', rdRankYear: '1989', rdRank: '0' }),
    ...problemsOf({ ...enterprise, topics: 'hte', hteRecertified: 'yes', hteYear: '2101', revenueGrowth: 'yes', colour: 'red' }),
    ...problemsOf({ ...enterprise, topics: 'platform', platform21Type: 'key-lab' }),
    ...problemsOf({ applicant: 'person', inWuhua: 'yes', topics: 'hte' }),
    ...problemsOf({
      ...enterprise,
      topics: 'platform',
      platform1Type: 'key-lab',
      platform1Municipal: 'yes',
      platform1MunicipalYear: '2019',
      platform1Provincial: 'no',
      platform1National: 'no',
      talent1LeadingTitles: 'nobel',
    }),
    ...(readRosterRecord(ruleset, ['name', 'applicant'], ['甲'], 3)?.problems ?? []),
    ...headerProblems(ruleset, ['name', 'name', 'platform1Type', 'platform01Type', 'platformType', 'year']),
  ];

  it('says every problem the roster code reports in Chinese', () => {
    const messages = new Set(problems.map((p) => p.message));
    // The rows above reach each of these; a new English message must get its Chinese before it passes.
    expect(messages.size).toBeGreaterThanOrEqual(12);
    for (const message of messages) expect(problemMessageZh(message), message).not.toMatch(/\b(must|is|has|names|column|the)\b/);
  });

  it('names the column, the problem and the value as written', () => {
    const [bad] = problemsOf({ ...enterprise, topics: 'hte', hteRecertified: 'yes', hteYear: '二〇一九', revenueGrowth: 'yes' });
    expect(describeProblemZh(bad as RosterProblem)).toBe('“hteYear”列：应填整数（只写数字）（值：“二〇一九”）');
    expect(describeProblemZh({ column: 'inWuhua', message: 'is required' })).toBe('“inWuhua”列：必须填写（值：未填）');
    expect(describeProblemZh({ column: 'inWuhua', message: 'must be one of "yes", "no", "unsure"', value: ' ' })).toBe(
      '“inWuhua”列：只能填以下之一：yes、no、unsure（值：空）',
    );
    expect(describeProblemZh({ message: 'has 1 cells; the header has 2 columns' })).toBe(
      '这一行有1格，表头有2列，请检查是否多了或少了逗号',
    );
  });

  it('writes the Chinese problems into the results sheet when asked, leaving every sum as the CLI writes it', () => {
    const rows = [readRosterRecord(ruleset, ['name', 'applicant', 'inWuhua', 'topics'], ['乙', 'person', 'maybe', 'talent'], 2)!];
    const english = resultSheet(ruleset, rows);
    const chinese = resultSheet(ruleset, rows, describeProblemZh);
    expect(chinese.map((r) => r.slice(0, -1))).toEqual(english.map((r) => r.slice(0, -1)));
    expect(chinese[1]?.at(-1)).toContain('“inWuhua”列：只能填以下之一');
  });
});

describe('opening a roster file for the batch page', () => {
  const csv = 'name,applicant,inWuhua,topics\r\n甲,person,yes,talent\r\n';
  it('reads UTF-8 with a BOM and GB18030 alike, and an .xlsx sheet as given', () => {
    const utf8 = openRoster(ruleset, { bytes: new TextEncoder().encode(`\uFEFF${csv}`) });
    const gb = openRoster(ruleset, { bytes: iconv.encode(csv, 'gb18030') });
    expect(utf8).toEqual({
      header: ['name', 'applicant', 'inWuhua', 'topics'],
      records: [['甲', 'person', 'yes', 'talent']],
      format: 'CSV，UTF-8 编码',
    });
    expect(gb).toEqual({ ...utf8, format: 'CSV，GB18030（GBK）编码' });
    expect(openRoster(ruleset, { table: [[' name '], ['甲']] })).toEqual({
      header: ['name'],
      records: [['甲']],
      format: 'Excel 表格（.xlsx，第一个工作表）',
    });
  });

  it('refuses in Chinese, naming the row or column: mixed encodings, broken quoting, an empty file, a bad header', () => {
    const mixed = new Uint8Array([...new TextEncoder().encode('name\r\n五华\r\n'), ...iconv.encode('华山\r\n', 'gb18030')]);
    expect(openRoster(ruleset, { bytes: mixed })).toEqual({ refused: [expect.stringMatching(/^第 3 行不是 UTF-8 编码，而第 2 行是/)] });
    expect(openRoster(ruleset, { bytes: new TextEncoder().encode('name\n"甲\n') })).toEqual({
      refused: [expect.stringMatching(/^第 2 行：不是可读取的 CSV 文件：有一个引号（"）没有配对/)],
    });
    expect(openRoster(ruleset, { bytes: new Uint8Array() })).toEqual({ refused: [expect.stringMatching(/^文件是空的/)] });
    expect(openRoster(ruleset, { table: [['name', 'platformType', 'name']] })).toEqual({
      refused: [
        '第 1 行（列名）“platformType”列：是旧版的列名，请改为 platform1Type。',
        '第 1 行（列名）“name”列：在表头里出现了不止一次。',
      ],
    });
  });
});

describe('a sheet with columns for more entries than a row has', () => {
  const talent = (n: number, cells: Partial<Record<'Employer' | 'AcademicLeader' | 'YunnanInnovation' | 'LeadingTitles', string>>) =>
    Object.fromEntries(
      ['Employer', 'AcademicLeader', 'YunnanInnovation', 'LeadingTitles'].map((f) => [
        `talent${n}${f}`,
        cells[f as keyof typeof cells] ?? '',
      ]),
    );
  const one = { Employer: 'enterprise', AcademicLeader: 'none', YunnanInnovation: 'none', LeadingTitles: '' };
  const row = { ...enterprise, topics: 'talent', ...talent(1, one), ...talent(2, {}) };

  it('reads a numbered entry whose cells are all empty as no entry, empty list cell included', () => {
    const read = readRosterRecord(ruleset, Object.keys(row), Object.values(row), 2);
    expect(read?.problems).toEqual([]);
    const talents = read?.result?.items.filter((i) => i.entry) ?? [];
    expect(new Set(talents.map((i) => i.entry?.index))).toEqual(new Set([1]));
  });

  it('still reads an empty list cell as "none of these" in an entry that has other answers', () => {
    const both = { ...row, ...talent(2, { ...one, Employer: 'district-institution' }) };
    const read = readRosterRecord(ruleset, Object.keys(both), Object.values(both), 2);
    expect(read?.problems).toEqual([]);
    expect(new Set(read?.result?.items.filter((i) => i.entry).map((i) => i.entry?.index))).toEqual(new Set([1, 2]));
  });

  it("names a half-filled entry's missing answers rather than drop it", () => {
    const half = { ...row, ...talent(2, { Employer: 'enterprise' }) };
    expect(problemsOf(half).map((p) => p.column)).toEqual(expect.arrayContaining(['talent2AcademicLeader', 'talent2YunnanInnovation']));
  });
});
