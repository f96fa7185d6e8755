import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../scripts/lib/load-ruleset';
import { evaluateEligibility } from '../../src/lib/eligibility/evaluate';
import { flatColumns, parseFlat, toFlat } from '../../src/lib/eligibility/flat';
import type { Draft } from '../../src/lib/eligibility/flow';
import { validateAnswers } from '../../src/lib/eligibility/validate';

/**
 * The answers as flat fields: the one form the checker's URL, its forms and the roster CSV share
 * (flat.ts). Repeatable groups are numbered fields; old links are migrated; bad fields cost only themselves.
 */

const ruleset = loadRuleset();
const parse = (query: string, ignore?: string[]) => parseFlat(ruleset, new URLSearchParams(query), ignore);
const query = (answers: Draft) => new URLSearchParams(toFlat(ruleset, answers)).toString();

/** An enterprise with two platforms, a talent and a team, every year question that shows answered. */
const firm: Draft = {
  applicant: 'enterprise',
  inWuhua: 'yes',
  topics: ['hte', 'platform', 'talent', 'team'],
  rdSpending: 'yes',
  patents: 'no',
  patentCommercialisation: 'unsure',
  hteRecertified: 'yes',
  hteYear: 2019,
  revenueGrowth: 'yes',
  platforms: [
    { type: 'key-lab', municipal: 'yes', municipalYear: 2018, provincial: 'recommended', provincialYear: 2019, national: 'no' },
    { type: 'academician-workstation', municipal: 'no', provincial: 'no', national: 'other-recommended', nationalYear: 2020 },
  ],
  talents: [
    {
      academicLeader: 'leader',
      academicRating: 'excellent',
      academicYear: 2019,
      yunnanInnovation: 'none',
      leadingTitles: ['kunming-leading', 'yunling-high-level'],
      leadingYear: 2020,
    },
  ],
  teams: [{ kunming: 'qualified', kunmingYear: 2020, yunnan: 'none' }],
};

describe('answers to flat fields and back', () => {
  it('writes top-level fields by name and entries as numbered fields, in question order', () => {
    const one: Draft = {
      applicant: 'institution',
      inWuhua: 'yes',
      topics: ['platform'],
      platforms: [{ national: 'no', type: 'key-lab', municipalYear: 2019, municipal: 'yes', provincial: 'no' }],
    };
    expect(query(one)).toBe(
      'applicant=institution&inWuhua=yes&topics=platform&platform1Type=key-lab&platform1Municipal=yes&platform1MunicipalYear=2019&platform1Provincial=no&platform1National=no',
    );
  });

  it('round-trips a whole enterprise, without problems and without calling it migrated', () => {
    expect(parse(query(firm))).toEqual({ answers: firm, problems: [], migrated: false });
  });

  it('keeps a five-entry enterprise link under 2,000 characters', () => {
    const five: Draft = {
      ...firm,
      topics: ['rd-ranking', 'hte', 'platform', 'incubator', 'science-base', 'talent', 'team'],
      statsCategory: 'large-medium-service',
      rdGrowth: 'yes',
      rdRankYear: 2019,
      rdRank: 3,
      incubators: [
        {
          type: 'maker-space',
          municipal: 'yes',
          municipalYear: 2018,
          provincial: 'other-recommended',
          provincialYear: 2019,
          national: 'unsure',
        },
      ],
      scienceBases: [{ type: 'youth-lab', municipal: 'yes', municipalYear: 2020, provincial: 'no', national: 'no' }],
    };
    expect(validateAnswers(ruleset, five).ok).toBe(true);
    expect(`https://example.org/checker/?${query(five)}&step=result`.length).toBeLessThan(2000);
  });

  it('reads numbered fields into entries in number order, whatever order they come in', () => {
    expect(parse('platform2Type=other&platform1Municipal=yes&platform1Type=key-lab').answers).toEqual({
      platforms: [{ type: 'key-lab', municipal: 'yes' }, { type: 'other' }],
    });
  });

  it('closes a gap in the numbering', () => {
    expect(parse('team4Kunming=none&team2Kunming=excellent&team2KunmingYear=2019').answers).toEqual({
      teams: [{ kunming: 'excellent', kunmingYear: 2019 }, { kunming: 'none' }],
    });
  });

  it('reads an empty cell as no answer, but an empty list as "none of these"; empty cells alone make no entry', () => {
    expect(parse('hteYear=&inWuhua=&topics=&talent1LeadingTitles=').answers).toEqual({ topics: [] });
    expect(parse('talent1Employer=enterprise&talent1LeadingTitles=&talent2LeadingTitles=').answers).toEqual({
      talents: [{ employer: 'enterprise', leadingTitles: [] }],
    });
  });

  it('splits lists at commas, semicolons and 、, dropping repeats', () => {
    expect(parse('topics=hte、platform;team,hte').answers).toEqual({ topics: ['hte', 'platform', 'team'] });
  });
});

describe('links made by the old checker', () => {
  it('migrates a person link with one talent and one shared year', () => {
    const old = parse(
      'applicant=person&inWuhua=yes&topics=talent&year=2019&employer=enterprise&academicLeader=leader&academicRating=excellent&yunnanInnovation=none&leadingTitles=kunming-leading',
    );
    expect(old.migrated).toBe(true);
    expect(old.problems).toEqual([]);
    expect(old.answers.talents).toEqual([
      {
        employer: 'enterprise',
        academicLeader: 'leader',
        academicRating: 'excellent',
        academicYear: 2019,
        yunnanInnovation: 'none',
        yunnanYear: 2019,
        leadingTitles: ['kunming-leading'],
        leadingYear: 2019,
      },
    ]);
    const result = evaluateEligibility(ruleset, old.answers);
    expect(result.items.map((i) => [i.id, i.status, i.amount.max])).toEqual([
      ['talent-academic-leader', 'eligible', 30000],
      ['talent-yunnan-innovation', 'ineligible', 0],
      ['talent-leading', 'eligible', 50000],
    ]);
  });

  it('migrates the single platform and team of an old link into entry 1', () => {
    const old = parse(
      'applicant=enterprise&inWuhua=yes&topics=platform,team&rdSpending=yes&patents=yes&patentCommercialisation=no&platformType=key-lab&platformMunicipal=yes&platformMunicipalYear=2019&platformProvincial=no&platformNational=unsure&teamKunming=excellent&teamYunnan=none&year=2020',
    );
    expect(old.migrated).toBe(true);
    expect(old.answers.platforms).toEqual([
      { type: 'key-lab', municipal: 'yes', municipalYear: 2019, provincial: 'no', national: 'unsure' },
    ]);
    expect(old.answers.teams).toEqual([{ kunming: 'excellent', kunmingYear: 2020, yunnan: 'none', yunnanYear: 2020 }]);
    expect(validateAnswers(ruleset, old.answers).ok).toBe(true);
  });

  it("lets today's field win over the old one it would fill", () => {
    const mixed = parse('year=2018&hteYear=2020');
    expect(mixed.answers).toMatchObject({ rdRankYear: 2018, hteYear: 2020 });
    expect(mixed.migrated).toBe(true);
  });
});

describe('bad fields cost only themselves', () => {
  it('reports each hostile field with its value and keeps none of them', () => {
    const read = parse(
      'applicant=enterprise&inWuhua=<img src=x onerror=alert(1)>&hteYear=20x9&topics=hte,evil&foo=bar&__proto__=x&constructor=y&platform1Type=<script>&rdRank=3',
    );
    expect(read.answers).toEqual({ applicant: 'enterprise', rdRank: 3 });
    expect(Object.getPrototypeOf(read.answers)).toBe(Object.prototype);
    expect(read.problems).toEqual([
      { field: 'inWuhua', value: '<img src=x onerror=alert(1)>', message: 'must be one of "yes", "no", "unsure"' },
      { field: 'hteYear', value: '20x9', message: 'must be a whole number' },
      { field: 'topics', value: 'hte,evil', message: expect.stringMatching(/^must be one of "rd-ranking", "hte"/) },
      { field: 'foo', value: 'bar', message: 'is not a known answer field' },
      { field: '__proto__', value: 'x', message: 'is not a known answer field' },
      { field: 'constructor', value: 'y', message: 'is not a known answer field' },
      {
        field: 'platform1Type',
        value: '<script>',
        message: 'must be one of "key-lab", "engineering-center", "academician-workstation", "other"',
      },
    ]);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'reports the built-in name %s like any unknown field',
    (name) => {
      const read = parse(`applicant=person&${name}=1`, ['step']);
      expect(read.answers).toEqual({ applicant: 'person' });
      expect(read.problems).toEqual([{ field: name, value: '1', message: 'is not a known answer field' }]);
    },
  );

  it('reports a field given more than once and keeps only its first value', () => {
    const read = parse('applicant=person&topics=talent&applicant=enterprise&topics=hte&step=location&step=check', ['step']);
    expect(read.answers).toEqual({ applicant: 'person', topics: ['talent'] });
    expect(read.problems).toEqual([
      { field: 'applicant', value: 'enterprise', message: 'is given more than once (the first is used)' },
      { field: 'topics', value: 'hte', message: 'is given more than once (the first is used)' },
      { field: 'step', value: 'check', message: 'is given more than once (the first is used)' },
    ]);
  });

  it('reports a numbered group field given twice, not only one whose second value is bad', () => {
    const read = parse('talent1Employer=enterprise&talent1Employer=other-institution');
    expect(read.answers).toEqual({ talents: [{ employer: 'enterprise' }] });
    expect(read.problems).toEqual([
      { field: 'talent1Employer', value: 'other-institution', message: 'is given more than once (the first is used)' },
    ]);
  });

  it.each([
    ['hteYear=1989', 'hteYear', 'must be at least 1990'],
    ['hteYear=2101', 'hteYear', 'must be at most 2100'],
    ['hteYear=-2019', 'hteYear', 'must be a whole number'],
    ['platform1MunicipalYear=2019.5', 'platform1MunicipalYear', 'must be a whole number'],
    ['rdRank=0', 'rdRank', 'must be at least 1'],
    ['platform1Colour=red', 'platform1Colour', 'is not a known answer field'],
    ['talent1LeadingTitles=kunming-leading,nobel', 'talent1LeadingTitles', expect.stringMatching(/^must be one of "kunming-leading"/)],
  ])('%s: names the field and why', (text, field, message) => {
    const read = parse(text);
    expect(read.answers).toEqual({});
    expect(read.problems).toEqual([{ field, value: text.split('=')[1], message }]);
  });

  it('refuses entries beyond the most a group allows, and entry 0', () => {
    const read = parse('platform20Type=key-lab&platform21Type=key-lab&platform0Type=other');
    expect(read.answers).toEqual({ platforms: [{ type: 'key-lab' }] });
    expect(read.problems).toEqual([
      { field: 'platform21Type', value: 'key-lab', message: 'entry number must be from 1 to 20 (at most 20 平台)' },
      { field: 'platform0Type', value: 'other', message: 'entry number must be from 1 to 20 (at most 20 平台)' },
    ]);
  });

  it('ignores the fields it is told to (the page step)', () => {
    expect(parse('step=result&applicant=person', ['step'])).toEqual({ answers: { applicant: 'person' }, problems: [], migrated: false });
  });
});

describe('roster columns', () => {
  it('lists every top-level field, then each group numbered up to the count asked for', () => {
    const columns = flatColumns(ruleset, 2);
    expect(columns.slice(0, 3)).toEqual(['applicant', 'inWuhua', 'topics']);
    expect(columns).toContain('platform2NationalYear');
    expect(columns).toContain('talent2LeadingTitles');
    expect(columns).not.toContain('platform3Type');
    expect(new Set(columns).size).toBe(columns.length);
  });

  it('names only fields the parser reads', () => {
    const blank = flatColumns(ruleset, 3).map((c): [string, string] => [c, '']);
    expect(parseFlat(ruleset, blank).problems).toEqual([]);
  });
});
