import { BASE_HEADERS } from '../lib/bases/columns';
import { EVENT_HEADERS } from '../lib/events/columns';
import { EVENTS_CALENDAR_URL, EVENTS_FEED_URL } from './event-urls';

export interface OpenDataset {
  title: string;
  url: string;
  format: string;
  about: string;
  /** Where its structure is described: a JSON Schema, or a page that shows the same data. */
  schema?: { label: string; url: string };
  /** Columns, for tables. */
  columns?: readonly string[];
}

/** Every machine-readable file the site publishes, for /data/ and its tests. */
export const OPEN_DATASETS: readonly OpenDataset[] = [
  {
    title: '扶持规则',
    url: '/data/rules.json',
    format: 'JSON',
    about: '资格自测使用的全部扶持项目：对应条款、金额、适用年度、建议咨询的部门、建议准备的材料、解读说明和本站理解。',
    schema: { label: '同一数据的表格形式：扶持条件一览表', url: '/checker/rules/' },
  },
  {
    title: '自测答案格式',
    url: '/data/answers.schema.json',
    format: 'JSON Schema',
    about: '用命令行工具或其他程序批量自测时，每条答案的字段和取值范围。',
  },
  {
    title: '批量测算名单模板',
    url: '/data/roster-template.csv',
    format: 'CSV（UTF-8，可用 Excel 打开）',
    about: '批量测算用的空白名单：第一行是全部列名（资格自测的回答），每行填一家单位或一个人。',
    schema: { label: '每一列的说明：批量测算', url: '/checker/batch/' },
  },
  {
    title: '基地与实验室名录',
    url: '/data/bases.json',
    format: 'JSON',
    about: '全部科普基地、青少年科技创新实验室和创新平台，坐标为 WGS-84。',
    schema: { label: 'JSON Schema', url: '/data/schemas/bases.json' },
  },
  {
    title: '基地与实验室名录（表格）',
    url: '/data/bases.csv',
    format: 'CSV（UTF-8，可用 Excel 打开）',
    about: '与上面相同的名录，列名与名录导入表一致，下载修改后可以重新导入。',
    columns: BASE_HEADERS,
  },
  {
    title: '活动',
    url: '/data/events.json',
    format: 'JSON',
    about: '全部科普和知识产权活动，时间为北京时间（带 +08:00）。',
    schema: { label: 'JSON Schema', url: '/data/schemas/events.json' },
  },
  {
    title: '活动（表格）',
    url: '/data/events.csv',
    format: 'CSV（UTF-8，可用 Excel 打开）',
    about: '与上面相同的活动，每个活动一行，列名与活动导入表一致，“正文”列是活动页面的正文（Markdown），下载修改后可以重新导入。',
    columns: EVENT_HEADERS,
  },
  {
    title: '知识产权小测验题库',
    url: '/data/quiz.json',
    format: 'JSON',
    about: '小测验的全部题目：选项、答案、解析和法律依据。',
    schema: { label: '同一数据的网页形式：全部题目和答案', url: '/ip/quiz/answers/' },
  },
  { title: '活动日历', url: EVENTS_CALENDAR_URL, format: 'iCalendar（RFC 5545）', about: '即将举行的全部活动，可以在日历应用里订阅。' },
  { title: '活动订阅', url: EVENTS_FEED_URL, format: 'RSS 2.0', about: '新活动和活动变动。' },
  { title: '最近更新', url: '/rss.xml', format: 'RSS 2.0', about: '全站最近更新的页面。' },
  { title: '网站地图（XML）', url: '/sitemap.xml', format: 'Sitemaps 0.9', about: '全部页面的网址和最后更新日期，供搜索引擎使用。' },
];
