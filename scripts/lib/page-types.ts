/** Page types for weight statistics: which template a URL is rendered by. */
const CAMPAIGNS = /^\/(ip-week|science-week|science-day)\/$/;

export function pageTypeOf(path: string): string {
  if (path === '/') return '首页';
  if (/^\/policy\/[^/]+\/original\/$/.test(path)) return '政策原文';
  if (/^\/policy\/[^/]+\/faq\/$/.test(path)) return '问答';
  if (path === '/policy/glossary/') return '名词解释';
  if (path.startsWith('/policy/departments/')) return '部门';
  if (path.startsWith('/policy/')) return '政策解读';
  if (path.startsWith('/checker/')) return '资格自测';
  if (path === '/bases/') return '名录首页';
  if (path.startsWith('/bases/page/')) return '名录分页';
  if (path.startsWith('/bases/')) return '基地页';
  if (path === '/events/') return '活动列表';
  if (path.startsWith('/events/archive/')) return '活动归档';
  if (path.startsWith('/events/')) return '活动页';
  if (CAMPAIGNS.test(path)) return '节点页';
  if (path === '/ip/quiz/answers/') return '题库全文';
  if (path.startsWith('/ip/')) return '知识产权课堂';
  if (path === '/search/') return '搜索';
  return '其他';
}

/** The value at a percentile (nearest rank) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}
