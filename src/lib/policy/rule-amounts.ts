import type { RuleAmount } from '../../schemas/rule.ts';
import { formatYuan } from '../common/money.ts';

export const LEVEL_LABEL = { municipal: '市级', provincial: '省级', national: '国家级' } as const;

function rankLabel(from: number, to: number): string {
  if (from === 1) return `排名前${to}名`;
  if (from === to) return `排名第${from}名`;
  return `排名第${from}至第${to}名`;
}

/** Plain-language lines describing how much a support item pays, generated from its amount data. */
export function describeAmount(amount: RuleAmount): string[] {
  switch (amount.kind) {
    case 'fixed':
      return [formatYuan(amount.amount)];
    case 'rank':
      return amount.bands.map((band) => `${rankLabel(band.fromRank, band.toRank)}：每家${formatYuan(band.amount)}`);
    case 'levels':
      return amount.levels.map(
        (level) =>
          `${level.needsRecommendation ? '经科技部门推荐并获' : '获'}${LEVEL_LABEL[level.level]}认定：${level.topUp ? '再' : ''}${formatYuan(level.amount)}`,
      );
    case 'table':
      return amount.rows.map((row) => `${row.label}：${formatYuan(row.amount)}`);
    case 'percent':
      return [`${amount.what}的${amount.rate}%，最多${formatYuan(amount.cap)}`];
  }
}

/** The most one applicant can get from the item within the term. */
export function maximumAmount(amount: RuleAmount): number {
  switch (amount.kind) {
    case 'fixed':
      return amount.amount;
    case 'rank':
    case 'table':
      return Math.max(...(amount.kind === 'rank' ? amount.bands : amount.rows).map((x) => x.amount));
    case 'levels':
      return amount.levels.reduce((sum, level) => (level.topUp ? sum + level.amount : Math.max(sum, level.amount)), 0);
    case 'percent':
      return amount.cap;
  }
}
