/** How goal figures read on the page, and what a 翻一番 (doubling) target implies for the base year. */

export interface TargetFigure {
  value: number;
  unit: string;
  comparator: 'reach' | 'at-least' | 'more-than';
  perYear?: boolean;
  aim?: boolean;
  doublesFrom?: number | undefined;
  by: number;
}

/**
 * The figure with the plan's own qualifiers, so a page never states more or less than the text:
 * "达到4.68%", "7500件以上", "超过200家", "年均增加5个以上", "比2015年翻一番，超过1000人", "争取超过10项".
 */
export function formatTarget(target: TargetFigure): string {
  const figure = `${target.value}${target.unit}`;
  const bound = target.comparator === 'at-least' ? `${figure}以上` : target.comparator === 'more-than' ? `超过${figure}` : figure;
  const stated = target.perYear ? `年均增加${bound}` : target.comparator === 'reach' ? `达到${figure}` : bound;
  const aimed = target.aim ? `争取${stated}` : stated;
  return target.doublesFrom === undefined ? aimed : `比${target.doublesFrom}年翻一番，${aimed}`;
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
