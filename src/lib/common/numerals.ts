const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * A count as Chinese text writes it in headings (六项目标, 十二项): 1–99 in Chinese numerals; other
 * numbers as digits, which read fine and are what the policy's own text does for large counts.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensText = tens === 0 ? '' : `${tens === 1 ? '' : DIGITS[tens]}十`;
  return `${tensText}${ones === 0 ? '' : DIGITS[ones]}`;
}

/** A count before a measure word (两项目标, 十二类扶持): as chineseNumeral, but 2 alone is 两. */
export const chineseCount = (n: number): string => (n === 2 ? '两' : chineseNumeral(n));
