/** Geometry for small horizontal bar charts drawn as SVG at build time (no client code). */

export interface BarInput {
  label: string;
  value: number;
}

export interface Bar extends BarInput {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarLayout {
  bars: Bar[];
  width: number;
  height: number;
}

export interface BarOptions {
  width?: number;
  labelWidth?: number;
  barHeight?: number;
  gap?: number;
  /** Room at the right for the value label. */
  valueWidth?: number;
}

/** Lays bars out top to bottom, scaled so the largest value fills the plot width. */
export function horizontalBars(inputs: readonly BarInput[], options: BarOptions = {}): BarLayout {
  const { width = 360, labelWidth = 110, barHeight = 28, gap = 12, valueWidth = 90 } = options;
  const plot = width - labelWidth - valueWidth;
  const max = Math.max(...inputs.map((input) => input.value), 0);
  const bars = inputs.map((input, index) => ({
    ...input,
    x: labelWidth,
    y: gap + index * (barHeight + gap),
    width: max > 0 ? Math.max(1, Math.round((input.value / max) * plot)) : 0,
    height: barHeight,
  }));
  return { bars, width, height: gap + inputs.length * (barHeight + gap) };
}
