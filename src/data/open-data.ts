import { BASE_HEADERS } from '../lib/bases/columns';
import { EVENT_HEADERS } from '../lib/events/columns';
import { EVENTS_CALENDAR_URL, EVENTS_FEED_URL } from './event-urls';

export interface OpenDataset {
  title: string;
  url: string;
  format: string;
  /** Where its structure is described: a JSON Schema, or a page that shows the same data. */
  schema?: { label: string; url: string };
  /** Columns, for tables. */
  columns?: readonly string[];
}

/** Every machine-readable file the site publishes, for /data/ and its tests; what each holds is in content/pages/words/data.md. */
export const OPEN_DATASETS: readonly OpenDataset[] = [
  {
    title: '扶持规则',
    url: '/data/rules.json',
    format: 'JSON',
    schema: { label: '同一数据的表格形式：扶持条件一览表', url: '/checker/rules/' },
  },
  {
    title: '自测答案格式',
    url: '/data/answers.schema.json',
    format: 'JSON Schema',
  },
  {
    title: '批量测算名单模板',
    url: '/data/roster-template.csv',
    format: 'CSV（UTF-8，可用 Excel 打开）',
    schema: { label: '每一列的说明：批量测算', url: '/checker/batch/' },
  },
  {
    title: '基地与实验室名录',
    url: '/data/bases.json',
    format: 'JSON',
    schema: { label: 'JSON Schema', url: '/data/schemas/bases.json' },
  },
  {
    title: '基地与实验室名录（表格）',
    url: '/data/bases.csv',
    format: 'CSV（UTF-8，可用 Excel 打开）',
    columns: BASE_HEADERS,
  },
  {
    title: '活动',
    url: '/data/events.json',
    format: 'JSON',
    schema: { label: 'JSON Schema', url: '/data/schemas/events.json' },
  },
  {
    title: '活动（表格）',
    url: '/data/events.csv',
    format: 'CSV（UTF-8，可用 Excel 打开）',
    columns: EVENT_HEADERS,
  },
  {
    title: '知识产权小测验题库',
    url: '/data/quiz.json',
    format: 'JSON',
    schema: { label: '同一数据的网页形式：全部题目和答案', url: '/ip/quiz/answers/' },
  },
  { title: '活动日历', url: EVENTS_CALENDAR_URL, format: 'iCalendar（RFC 5545）' },
  { title: '活动订阅', url: EVENTS_FEED_URL, format: 'RSS 2.0' },
  { title: '最近更新', url: '/rss.xml', format: 'RSS 2.0' },
  { title: '网站地图（XML）', url: '/sitemap.xml', format: 'Sitemaps 0.9' },
];
