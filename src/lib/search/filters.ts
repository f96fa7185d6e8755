/**
 * What the search index knows about a page beyond its text: its type and audiences, which the
 * /search/ filters offer. Which page gets which is the route registry's to say (src/data/sections.ts),
 * so every page of a section is filed the same way.
 */

export const SEARCH_TYPES = ['政策原文', '解读', '问答', '基地与实验室', '活动', '知识产权课堂'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The same audiences the places and events use (AUDIENCES; a test keeps them equal), so one word means one thing. */
export const SEARCH_AUDIENCES = ['小学', '初中', '高中', '公众', '企业'] as const;
