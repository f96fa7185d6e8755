/**
 * How each support item reads the answers. The sums, ranks, levels and term come from the rule data
 * (content/rules/); what this file holds is the conditions of each clause, OpenFisca-style formulas.
 */
import type { Answers, RecognitionAnswer, TriAnswer } from '../../schemas/answers.ts';
import { formatYuan } from '../money.ts';
import { LEVEL_LABEL, maximumAmount, type AmountData } from '../rule-amounts.ts';
import { fail, pass, tri, unknown, withinTerm, type Outcome } from './conditions.ts';
import { ladderFor, LEVEL_FIELDS, obtained, type Ladder } from './ladders.ts';
import type { Confirmation, Range, Reason, RulesetItem } from './types.ts';

/** What an item formula returns before the engine fills in the common fields. */
export interface Assessment {
  conditions: Outcome[];
  /** The sum once every condition passes; a range when something outside the answers decides it. */
  amount: Range;
  decidedBy?: string;
  nextStep?: string;
  notPaidTwice?: string;
  /** Parts of the sum that hang on answers still to confirm (counted in the maximum only). */
  pending?: Confirmation[];
  /** Reasons that explain the sum, shown with the conditions. */
  notes?: Reason[];
}

type Formula = (item: RulesetItem, answers: Answers) => Assessment;

const fixed = (amount: number): Range => ({ min: amount, max: amount });

/** The item's amount data, which must be of the kind its formula reads: otherwise rule data and formula disagree. */
function amountAs<K extends AmountData['kind']>(item: RulesetItem, kind: K): Extract<AmountData, { kind: K }> {
  if (item.amount.kind !== kind) throw new Error(`${item.id}: expected "${kind}" amounts in the rule data, found "${item.amount.kind}"`);
  return item.amount as Extract<AmountData, { kind: K }>;
}

function rowAmount(item: RulesetItem, id: string): number {
  const row = amountAs(item, 'table').rows.find((r) => r.id === id);
  if (!row) throw new Error(`${item.id}: no amount row "${id}" in the rule data`);
  return row.amount;
}

function resultYear(item: RulesetItem, answers: Answers, what: string): Outcome {
  return withinTerm(answers.year as number, item.termStartYear, item.termEndYear, what, item.clause);
}

/** The talent's workplace: a Wuhua enterprise or a district-level public institution (四（五）1、2). */
function talentEmployer(item: RulesetItem, answers: Answers): Outcome {
  const employer = answers.applicant === 'enterprise' ? 'enterprise' : answers.employer;
  if (employer === 'enterprise') return pass('人才在五华区的企业工作。', item.clause);
  if (employer === 'district-institution') return pass('人才在五华区的区级事业单位工作。', item.clause);
  if (employer === 'other-institution') return fail('原文只支持五华区企业和区级事业单位的科技人才，市级、省级等其他单位的人才不在此列。', item.clause);
  return unknown({ field: 'employer', question: '人才所在单位是五华区的企业或区级事业单位吗？', with: item.office });
}

/** The team belongs to a Wuhua enterprise (四（五）4、5). */
function enterpriseTeam(item: RulesetItem, answers: Answers): Outcome {
  if (answers.applicant === 'enterprise' || answers.employer === 'enterprise') return pass('团队属于五华区的企业。', item.clause);
  if (answers.employer === 'unsure') return unknown({ field: 'employer', question: '团队所在单位是五华区的企业吗？', with: item.office });
  return fail('原文只支持五华区企业的科技创新团队。', item.clause);
}

type Grade = 'excellent' | 'qualified' | 'other' | 'pending' | 'none' | 'unsure';

/** A team evaluated at the end of its period: 优秀 or 合格 pays, anything else does not. */
function teamFormula(field: 'teamKunming' | 'teamYunnan', programme: string): Formula {
  return (item, answers) => {
    const grade = answers[field] as Grade;
    const conditions: Outcome[] = [enterpriseTeam(item, answers)];
    const best = rowAmount(item, 'excellent');
    if (grade === 'none') return { conditions: [...conditions, fail(`团队没有入选${programme}。`, item.clause)], amount: fixed(0) };
    if (grade === 'other') return { conditions: [...conditions, fail('期满评价既不是优秀也不是合格，没有扶持。', item.clause)], amount: fixed(0) };
    if (grade === 'unsure') return { conditions: [...conditions, unknown({ field, question: `团队是否入选${programme}，期满评价结果是什么？`, with: item.office })], amount: { min: 0, max: best } };
    conditions.push(resultYear(item, answers, '期满评价'));
    if (grade === 'pending') {
      return { conditions, amount: { min: 0, max: best }, decidedBy: `期满评价结果：优秀${formatYuan(best)}，合格${formatYuan(rowAmount(item, 'qualified'))}，其他没有。` };
    }
    const amount = rowAmount(item, grade);
    return { conditions: [...conditions, pass(`团队入选${programme}，期满评价为${grade === 'excellent' ? '优秀' : '合格'}，每个团队${formatYuan(amount)}。`, item.clause)], amount: fixed(amount) };
  };
}

/** 市级 then 省级、国家级 on top, each paid when obtained within the term (四（三）（四）（六）). */
function ladderFormula({ prefix, what }: Ladder): Formula {
  return (item, answers) => {
    const { levels } = amountAs(item, 'levels');
    const notes: Reason[] = [];
    const pending: Confirmation[] = [];
    let certain = 0;
    let possible = 0;
    let highest: 'municipal' | 'provincial' | 'national' | undefined;
    for (const level of levels) {
      const field = `${prefix}${LEVEL_FIELDS[level.level]}` as const;
      const answer = answers[field] as TriAnswer | RecognitionAnswer | undefined;
      const year = answers[`${field}Year`];
      const label = LEVEL_LABEL[level.level];
      const got = obtained(answer);
      if (got && year !== undefined) {
        const term = withinTerm(year, item.termStartYear, item.termEndYear, `${label}认定`, item.clause);
        if (term.kind === 'fail') {
          notes.push(term.reason);
          continue;
        }
        if (level.needsRecommendation && answer === 'not-recommended') {
          notes.push({ text: `${label}认定没有经过科技部门推荐，不享受${label}的${formatYuan(level.amount)}。`, clause: item.clause });
          continue;
        }
        highest = level.level;
        if (level.topUp && answers[`${prefix}Municipal` as const] === 'no') {
          // 再分别给予 reads as on top of the municipal sum; with no municipal recognition the text does not say.
          possible += level.amount;
          pending.push({ field, question: `${what}没有市级认定、直接获得${label}认定的，能否享受${label}的${formatYuan(level.amount)}？`, with: item.office });
          continue;
        }
        if (level.needsRecommendation && answer === 'other-recommended') {
          // The text says 经科技部门推荐 without a level: another level's recommendation is not refused, but confirmed.
          possible += level.amount;
          pending.push({ field, question: `${what}的${label}认定是经其他科技部门推荐的，能否享受${label}的${formatYuan(level.amount)}？`, with: item.office });
          continue;
        }
        certain += level.amount;
        possible += level.amount;
        notes.push({ text: `${year}年获${label}认定${level.needsRecommendation ? '（经科技部门推荐）' : ''}：${level.topUp ? '再' : ''}${formatYuan(level.amount)}。`, clause: item.clause });
      } else if (answer === 'unsure') {
        possible += level.amount;
        pending.push({
          field,
          question: level.needsRecommendation ? `${what}是否在计划期内、经科技部门推荐获得${label}认定？` : `${what}是否在计划期内获得${label}认定？`,
          with: item.office,
        });
      }
    }
    const conditions: Outcome[] = [];
    if (certain === 0 && pending.length === 0) {
      conditions.push(fail(notes.length ? `${what}在计划期内没有可获扶持的认定。` : `${what}没有获得${LEVEL_LABEL.municipal}及以上认定。`, item.clause));
    }
    const next = highest ? levels[levels.findIndex((l) => l.level === highest) + 1] : undefined;
    return {
      conditions,
      amount: { min: certain, max: possible },
      notes,
      pending,
      ...(next
        ? { nextStep: `若在计划期内（${item.termStartYear}—${item.termEndYear}年）经科技部门推荐获得${LEVEL_LABEL[next.level]}认定，可再获${formatYuan(next.amount)}。` }
        : {}),
    };
  };
}

export const FORMULAS: Record<string, Formula> = {
  'rd-investment': (item, answers) => {
    const rank = amountAs(item, 'rank');
    const { bands } = rank;
    const category = answers.statsCategory;
    const conditions: Outcome[] = [resultYear(item, answers, '排名年度')];
    if (category === 'industrial' || category === 'large-medium-service' || category === 'construction-special-first') {
      conditions.push(pass('属于纳入统计的工业、大中型服务业或特级一级建筑业企业。', item.clause));
    } else if (category === 'unsure') {
      conditions.push(unknown({ field: 'statsCategory', question: '企业是否纳入统计（统计在库），属于工业、大中型服务业或特级一级建筑业？', with: item.office }));
    } else {
      conditions.push(fail(category === 'not-registered' ? '企业没有纳入统计（统计在库），不在排名范围内。' : '只有工业、大中型服务业和特级、一级建筑业企业参加排名。', item.clause));
    }
    conditions.push(tri(answers.rdGrowth, { yes: '研发经费投入比上一年度有增长。', no: '研发经费投入没有比上一年度增长。', confirm: { field: 'rdGrowth', question: '研发经费投入是否比上一年度有增长？' } }, item.office, item.clause));
    const top = maximumAmount(rank);
    const rule = bands.map((b) => `${b.fromRank === b.toRank ? `第${b.fromRank}名` : `第${b.fromRank}至第${b.toRank}名`}各${formatYuan(b.amount)}`).join('，');
    if (answers.rdRank === undefined) return { conditions, amount: { min: 0, max: top }, decidedBy: `名次由主管部门统一排出：${rule}，其余没有。` };
    const band = bands.find((b) => answers.rdRank! >= b.fromRank && answers.rdRank! <= b.toRank);
    const last = bands.at(-1)?.toRank ?? 0;
    conditions.push(band ? pass(`研发经费投入排名第${answers.rdRank}名：${formatYuan(band.amount)}。`, item.clause) : fail(`排名第${answers.rdRank}名，只有前${last}名有扶持。`, item.clause));
    return { conditions, amount: fixed(band?.amount ?? 0) };
  },

  'hte-recertification': (item, answers) => {
    const { amount } = amountAs(item, 'fixed');
    return {
      conditions: [
        resultYear(item, answers, '再次通过认定'),
        tri(answers.hteRecertified, { yes: '高新技术企业证书三年期满后，再次通过了认定。', no: '这一项只针对证书期满后再次通过认定的企业（第一次认定不算）。', confirm: { field: 'hteRecertified', question: '证书三年期满后是否再次通过了高新技术企业认定？' } }, item.office, item.clause),
        tri(answers.revenueGrowth, { yes: '营业收入比上一年度有增长。', no: '营业收入没有比上一年度增长。', confirm: { field: 'revenueGrowth', question: '营业收入是否比上一年度有增长？' } }, item.office, item.clause),
      ],
      amount: fixed(amount),
    };
  },

  'innovation-platform': ladderFormula(ladderFor('platform')),
  incubator: ladderFormula(ladderFor('incubator')),
  'science-base': ladderFormula(ladderFor('science-base')),

  'talent-academic-leader': (item, answers) => {
    const conditions: Outcome[] = [talentEmployer(item, answers)];
    const role = answers.academicLeader;
    if (role === 'none') return { conditions: [...conditions, fail('没有入选昆明市中青年学术技术带头人或后备人选。', item.clause)], amount: fixed(0) };
    if (role === 'unsure') return { conditions: [...conditions, unknown({ field: 'academicLeader', question: '是否入选昆明市中青年学术技术带头人或后备人选？', with: item.office })], amount: { min: 0, max: rowAmount(item, 'leader-excellent') } };
    const amount = rowAmount(item, `${role}-excellent`);
    const roleLabel = role === 'leader' ? '带头人' : '后备人选';
    const rating = answers.academicRating;
    if (rating === 'other') return { conditions: [...conditions, fail(`只有培养期满考核为“优秀”的${roleLabel}才有补助。`, item.clause)], amount: fixed(0) };
    conditions.push(resultYear(item, answers, '期满考核'));
    if (rating === 'unsure') return { conditions: [...conditions, unknown({ field: 'academicRating', question: '培养期满的综合考核结果是否为优秀？', with: item.office })], amount: { min: 0, max: amount } };
    if (rating === 'pending') return { conditions, amount: { min: 0, max: amount }, decidedBy: `培养期满的综合考核结果：优秀的${roleLabel}${formatYuan(amount)}，其他结果没有。` };
    return { conditions: [...conditions, pass(`${roleLabel}培养期满考核优秀：${formatYuan(amount)}。`, item.clause)], amount: fixed(amount) };
  },

  'talent-yunnan-innovation': (item, answers) => {
    const { amount } = amountAs(item, 'fixed');
    const conditions: Outcome[] = [talentEmployer(item, answers)];
    const state = answers.yunnanInnovation;
    if (state === 'none') return { conditions: [...conditions, fail('没有入选云南省技术创新人才培养对象。', item.clause)], amount: fixed(0) };
    if (state === 'other') return { conditions: [...conditions, fail('培养期满评价结果不是“通过出站评价”，没有补助。', item.clause)], amount: fixed(0) };
    if (state === 'unsure') return { conditions: [...conditions, unknown({ field: 'yunnanInnovation', question: '是否入选云南省技术创新人才培养对象，并通过出站评价？', with: item.office })], amount: { min: 0, max: amount } };
    conditions.push(resultYear(item, answers, '出站评价'));
    if (state === 'pending') return { conditions, amount: { min: 0, max: amount }, decidedBy: `培养期满的评价结果：通过出站评价的${formatYuan(amount)}，其他结果没有。` };
    return { conditions: [...conditions, pass(`通过出站评价：${formatYuan(amount)}。`, item.clause)], amount: fixed(amount) };
  },

  'talent-leading': (item, answers) => {
    const table = amountAs(item, 'table');
    const conditions: Outcome[] = [talentEmployer(item, answers)];
    const titles = answers.leadingTitles ?? [];
    const known = titles.filter((t) => t !== 'unsure');
    const notPaidTwice = '同一人有几个领军人才称号的，只按金额最高的一项补助一次（此项不重复补助）。按本站理解，这一项可以和带头人、技术创新人才的补助同时领取，以主管部门审核为准。';
    const best = known.length ? Math.max(...known.map((t) => rowAmount(item, t))) : 0;
    const top = maximumAmount(table);
    if (titles.includes('unsure')) {
      return { conditions: [...conditions, ...(known.length ? [resultYear(item, answers, '获评')] : []), unknown({ field: 'leadingTitles', question: '获评的是哪一级领军人才称号？', with: item.office })], amount: { min: best, max: top }, notPaidTwice };
    }
    if (known.length === 0) return { conditions: [...conditions, fail('没有获评昆明市科技创新领军人才、云南省科技领军人才或云岭高层次人才。', item.clause)], amount: fixed(0) };
    conditions.push(resultYear(item, answers, '获评'));
    const label = table.rows.find((r) => r.amount === best && known.includes(r.id as never))?.label;
    conditions.push(pass(known.length > 1 ? `有${known.length}个领军人才称号，按最高的“${label}”补助一次：${formatYuan(best)}。` : `获评${label}：${formatYuan(best)}。`, item.clause));
    return { conditions, amount: fixed(best), notPaidTwice };
  },

  'team-kunming': teamFormula('teamKunming', '昆明市科技创新团队'),
  'team-yunnan': teamFormula('teamYunnan', '云南省创新团队'),
};

/** Which items each topic covers. */
export const TOPIC_ITEMS: Record<string, readonly string[]> = {
  'rd-ranking': ['rd-investment'],
  hte: ['hte-recertification'],
  platform: ['innovation-platform'],
  incubator: ['incubator'],
  'science-base': ['science-base'],
  talent: ['talent-academic-leader', 'talent-yunnan-innovation', 'talent-leading'],
  team: ['team-kunming', 'team-yunnan'],
};
