/** How goal figures read on the page, and what a 翻一番 (doubling) target implies for the base year. */

export interface TargetFigure {
  value: number;
  unit: string;
  comparator: 'reach' | 'at-least' | 'more-than';
  perYear?: boolean;
  doublesFrom?: number | undefined;
  by: number;
}

/** "达到4.68%", "7500件以上", "超过200家", "每年新增5个以上". */
export function formatTarget(target: TargetFigure): string {
  const figure = `${target.value}${target.unit}`;
  const stated = target.comparator === 'reach' ? `达到${figure}` : target.comparator === 'at-least' ? `${figure}以上` : `超过${figure}`;
  return target.perYear ? `每年新增${stated.replace(/^达到/, '')}` : stated;
}

export interface DerivedBaseline {
  year: number;
  value: number;
  unit: string;
}

/**
 * A target that doubles a base year's level implies that level: half the target. The original does not
 * state it, so pages label it as derived.
 */
export function derivedBaseline(target: TargetFigure): DerivedBaseline | undefined {
  if (target.doublesFrom === undefined) return undefined;
  return { year: target.doublesFrom, value: target.value / 2, unit: target.unit };
}
