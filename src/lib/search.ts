import { CAMPAIGN_PATHS } from './campaigns.ts';

/**
 * What the search index knows about a page beyond its text: its type and audiences, which the
 * /search/ filters offer. Decided from the URL, so every page of a section is filed the same way.
 */

export const SEARCH_TYPES = ['政策原文', '解读', '问答', '基地与实验室', '活动', '知识产权课堂'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The same audiences the places and events use (AUDIENCES; a test keeps them equal), so one word means one thing. */
export const SEARCH_AUDIENCES = ['小学', '初中', '高中', '公众', '企业'] as const;


/** The type a page is filed under, or undefined for pages outside the six (about, privacy …). */
export function searchTypeFor(path: string): SearchType | undefined {
  if (/^\/policy\/[^/]+\/original\/$/.test(path)) return '政策原文';
  if (/^\/policy\/[^/]+\/faq\/$/.test(path)) return '问答';
  if (path.startsWith('/policy/') || path.startsWith('/checker/')) return '解读';
  if (path.startsWith('/bases/')) return '基地与实验室';
  if (path.startsWith('/events/') || CAMPAIGN_PATHS.includes(path)) return '活动';
  if (path.startsWith('/ip/')) return '知识产权课堂';
  return undefined;
}

/** Audiences of a section when the page does not name its own (a place or an event does). */
export function defaultAudiencesFor(path: string): readonly string[] {
  if (path.startsWith('/checker/')) return ['企业'];
  if (path.startsWith('/policy/')) return ['公众', '企业'];
  if (path.startsWith('/ip/')) return ['小学', '初中', '高中'];
  if (CAMPAIGN_PATHS.includes(path) || path === '/events/' || path.startsWith('/events/archive/') || path === '/bases/') return SEARCH_AUDIENCES;
  return [];
}
