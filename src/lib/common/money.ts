/** Amounts in yuan as Chinese readers write them in policy text: 80000 → "8万元". */
export function formatYuan(amount: number): string {
  if (amount >= 10000 && amount % 1000 === 0) return `${amount / 10000}万元`;
  return `${amount.toLocaleString('zh-CN')}元`;
}
