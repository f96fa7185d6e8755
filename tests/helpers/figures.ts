/** Pulls figures with units out of Chinese text ("7500件", "4.68%", "8万元", "前2名"), for checking pages against the original. */

export interface Quantity {
  value: number;
  unit: string;
}

/** Units that carry the plan's figures. Years (年) and dates are left out on purpose. */
const UNITS = ['万平米', '亿元', '万元', '%', '件', '家', '个', '项', '人', '名'];
const PATTERN = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${UNITS.map((u) => u.replace('%', '\\%')).join('|')})`, 'g');

export function extractQuantities(text: string): Quantity[] {
  return [...text.replace(/,(?=\d{3})/g, '').matchAll(PATTERN)].map((m) => ({ value: Number(m[1]), unit: m[2] as string }));
}

export const key = (q: Quantity) => `${q.value}${q.unit}`;
