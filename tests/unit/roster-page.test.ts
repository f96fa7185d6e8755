import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../scripts/lib/load-ruleset';
import { answerFields, flatColumns } from '../../src/lib/eligibility/flat';
import { readRosterRecord, type RosterRow } from '../../src/lib/eligibility/roster';
import { rosterColumnGuide, rosterTemplate } from '../../src/lib/eligibility/roster-columns';
import { openRoster } from '../../src/lib/eligibility/roster-file';
import { problemsFirst, rosterSummary } from '../../src/lib/eligibility/roster-summary';

const ruleset = loadRuleset();
const enterprise = { applicant: 'enterprise', inWuhua: 'yes', rdSpending: 'yes', patents: 'no', patentCommercialisation: 'no' };
const row = (n: number, cells: Record<string, string>) =>
  readRosterRecord(ruleset, Object.keys(cells), Object.values(cells), n) as RosterRow;

describe('the roster template and column guide', () => {
  it('the template is UTF-8 with BOM, names every answer column, and opens with no header problem', () => {
    const template = rosterTemplate(ruleset);
    expect(template.startsWith('\uFEFF名称,applicant,inWuhua,topics,')).toBe(true);
    const opened = openRoster(ruleset, { bytes: new TextEncoder().encode(template) });
    expect(opened).toEqual({ header: ['名称', ...flatColumns(ruleset, 2)], records: [], format: 'CSV，UTF-8 编码' });
  });

  it('explains every column the template has (entries as N), with every option value a cell may hold', () => {
    const guide = rosterColumnGuide(ruleset);
    const explained = new Set(guide.map((g) => g.column));
    const prefixes = [...answerFields(ruleset).groups.keys()];
    for (const column of ['名称', ...flatColumns(ruleset, 2)]) {
      const generic = column.replace(new RegExp(`^(${prefixes.join('|')})\\d+`), '$1N');
      expect(explained.has(generic), column).toBe(true);
    }
    const platformType = guide.find((g) => g.column === 'platformNType');
    expect(platformType?.values).toMatch(/^填一项：key-lab（重点实验室）、/);
    for (const { question } of answerFields(ruleset).top.values()) {
      const line = guide.find((g) => g.column === question.id);
      for (const option of question.options ?? []) expect(line?.values, `${question.id} ${option.value}`).toContain(option.value);
    }
  });
});

describe('the roster summary', () => {
  const rows = [
    // 四（二）: 4万元, 可能符合.
    row(2, { name: '甲', ...enterprise, topics: 'hte', hteRecertified: 'yes', hteYear: '2019', revenueGrowth: 'yes' }),
    row(3, { name: '乙', ...enterprise, inWuhua: 'maybe', topics: 'hte', hteRecertified: 'yes', hteYear: '2019', revenueGrowth: 'yes' }),
    // Not sure it was re-certified: 需要确认, 0 to 4万元.
    row(4, { name: '丙', ...enterprise, topics: 'hte', hteRecertified: 'unsure', revenueGrowth: 'yes' }),
  ];

  it('counts rows, adds up the totals of the evaluated rows and counts each item by status', () => {
    const summary = rosterSummary(ruleset, rows);
    expect(summary).toMatchObject({ rows: 3, evaluated: 2, withProblems: 1, total: { certain: 40000, possible: 80000 } });
    const hte = summary.items.filter((i) => i.counts.eligible + i.counts.unknown + i.counts.depends + i.counts.ineligible > 0);
    expect(hte.map((i) => [i.id, i.counts])).toEqual([[expect.any(String), { eligible: 1, depends: 0, unknown: 1, ineligible: 0 }]]);
  });

  it('puts the rows with problems first, each part in roster order', () => {
    expect(problemsFirst(rows).map((r) => r.row)).toEqual([3, 2, 4]);
  });
});
