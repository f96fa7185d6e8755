/**
 * What must change before the site goes live (npm run check:launch, npm run build:release, npm run
 * release): placeholder contact and 备案, the example address, sample places and events, departments
 * whose present-day name awaits the organiser, and placeholder text left in content. Pure: it is handed
 * the content already read and returns the findings, in Chinese, each saying what, where, how many and
 * what to do.
 */
import { EXAMPLE_SITE_URL, isPlaceholderHost } from './site-url.ts';
import { awaitsSuccessor } from '../../schemas/department.ts';

export interface LaunchFinding {
  /** Stable key, for tests and for anyone scripting around the check. */
  code: string;
  /** What is wrong, with the count where there are several. */
  problem: string;
  /** The file and field, or the setting. */
  where: string;
  /** The entries or lines concerned, when there are several. */
  items?: string[];
  /** What to do about it. */
  fix: string;
}

export interface LaunchInput {
  /** The SITE_URL the build would use; undefined when it is not set. */
  siteUrl: string | undefined;
  /** content/site.yaml as the build reads it. */
  site: {
    organizer: string;
    contactIsPlaceholder: boolean;
    filing: string;
    siteCode?: string | undefined;
    securityContact?: string | undefined;
  };
  departments: ReadonlyArray<{ id: string; name: string; kind: string; successor?: unknown }>;
  bases: ReadonlyArray<{ id: string; name: string; sample: boolean }>;
  events: ReadonlyArray<{ id: string; title: string; sample: boolean }>;
  /** Every content text file an editor writes (YAML, Markdown, MDX), by path as it should be shown. */
  files: ReadonlyArray<{ path: string; text: string }>;
  /** The content folder, as it should be shown: content/ or what CONTENT_DIR names. */
  contentDir: string;
}

/**
 * Words that only stand in for something the organiser has yet to supply: while they remain, a page
 * tells the public that it is unfinished.
 */
const PLACEHOLDER_PHRASES = ['待主办单位', '演示数据'] as const;

/** Addresses that can never be real: the reserved .example domain (RFC 2606) and phone numbers padded with zeros. */
const EXAMPLE_CONTACTS = [
  { code: 'example-address', label: '示例网址或邮箱（.example）', pattern: /[\w.-]\.example\b/ },
  { code: 'placeholder-phone', label: '补零的占位电话号码', pattern: /\b0\d{2,3}-?0{5,}\d*\b/ },
];

function siteUrlFindings(siteUrl: string | undefined): LaunchFinding[] {
  const where = '环境变量 SITE_URL（astro.config.mjs 的 site）';
  const fix = '构建和发布时设置正式网址，例如 SITE_URL=https://www.example.gov.cn npm run build:release（换成主办单位的正式域名）。';
  if (siteUrl === undefined || siteUrl.trim() === '') {
    return [
      {
        code: 'site-url',
        problem: `没有设置 SITE_URL，页面的规范链接、站点地图、二维码和 security.txt 会用示例网址 ${EXAMPLE_SITE_URL}`,
        where,
        fix,
      },
    ];
  }
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return [{ code: 'site-url', problem: `SITE_URL 不是有效的网址（值：${JSON.stringify(siteUrl)}）`, where, fix }];
  }
  if (url.protocol !== 'https:') {
    return [{ code: 'site-url', problem: `SITE_URL 不是 https 网址（值：${siteUrl}），网站只能通过 HTTPS 提供`, where, fix }];
  }
  if (isPlaceholderHost(url.hostname)) {
    return [{ code: 'site-url', problem: `SITE_URL 是示例或本机地址（值：${siteUrl}），不是正式域名`, where, fix }];
  }
  return [];
}

function siteConfigFindings(site: LaunchInput['site'], file: string): LaunchFinding[] {
  const findings: LaunchFinding[] = [];
  if (site.contactIsPlaceholder) {
    findings.push({
      code: 'contact-placeholder',
      problem: '联系方式和备案信息仍标为占位内容',
      where: `${file}：contactIsPlaceholder: true`,
      fix: '填入主办单位正式公布的地址（contact.address）、电话（contact.phone）、办公时间（contact.hours）和备案信息（filing）后，把 contactIsPlaceholder 改为 false。',
    });
  }
  // "五华区科技主管部门" describes the body; the footer must give its official name.
  if (site.organizer.includes('主管部门')) {
    findings.push({
      code: 'organizer',
      problem: `主办单位写的是泛称“${site.organizer}”，不是正式名称`,
      where: `${file}：organizer`,
      fix: '写上主办单位的正式名称（2019年机构改革后的名称），并删去 organizerNote 里“待主办单位确认”的说明。',
    });
  }
  const missingFilings = [
    // e.g. 滇ICP备2026001234号-1
    ...(/ICP备\d{6,}号/.test(site.filing) ? [] : ['ICP 备案号（如“滇ICP备××××××××号”）']),
    // e.g. 滇公网安备53010202000123号: 14 digits
    ...(/公网安备\s*\d{14}号/.test(site.filing) ? [] : ['公安联网备案号（如“滇公网安备××××××××××××××号”）']),
  ];
  if (missingFilings.length) {
    findings.push({
      code: 'filing',
      problem: `页脚的备案信息缺少 ${missingFilings.join('和')}（现为：“${site.filing}”）`,
      where: `${file}：filing`,
      fix: '办理 ICP 备案和公安联网备案后，把两个备案号按证书原样写进 filing。',
    });
  }
  if (site.siteCode === undefined) {
    findings.push({
      code: 'site-code',
      problem: '没有网站标识码，页脚不显示',
      where: `${file}：siteCode`,
      fix: '向主管部门取得政府网站的网站标识码（10 位），写成 siteCode: "××××××××××"（加引号）。',
    });
  }
  if (site.securityContact === undefined) {
    findings.push({
      code: 'security-contact',
      problem: '没有设置接收安全问题报告的联系方式，/.well-known/security.txt 只能指向“关于本站”页面',
      where: `${file}：securityContact`,
      fix: '请主办单位指定处理安全问题的人或部门，写成 securityContact: mailto:邮箱地址（也可以是 https: 网址或 tel: 电话）。',
    });
  }
  return findings;
}

/** Lines of YAML comments are for editors and never reach a page. */
const isYamlComment = (path: string, line: string) => /\.ya?ml$/.test(path) && line.trimStart().startsWith('#');

interface TextMatches {
  /** How many lines match, in all files. */
  count: number;
  /** `where` names the one file, or says how many and `items` lists them: "content/site.yaml 第 7、9 行". */
  location: { where: string; items?: string[] };
}

/** The lines (not YAML comments) that `matches`, by file in file order; undefined when there are none. */
function linesMatching(files: LaunchInput['files'], matches: (line: string) => boolean): TextMatches | undefined {
  const perFile = files.flatMap(({ path, text }) => {
    const lines = text.split('\n').flatMap((line, index) => (!isYamlComment(path, line) && matches(line) ? [index + 1] : []));
    return lines.length ? [{ text: `${path} 第 ${lines.join('、')} 行`, count: lines.length }] : [];
  });
  if (!perFile.length) return undefined;
  const items = perFile.map((file) => file.text);
  return {
    count: perFile.reduce((sum, file) => sum + file.count, 0),
    location: items.length === 1 ? { where: items[0] as string } : { where: `${items.length} 个文件，见下`, items },
  };
}

function textFindings(files: LaunchInput['files']): LaunchFinding[] {
  const findings: LaunchFinding[] = [];
  const placeholders = linesMatching(files, (line) => PLACEHOLDER_PHRASES.some((phrase) => line.includes(phrase)));
  if (placeholders) {
    findings.push({
      code: 'placeholder-text',
      problem: `内容里还有 ${placeholders.count} 处等待主办单位补充的占位文字（${PLACEHOLDER_PHRASES.map((p) => `“${p}”`).join('、')}）`,
      ...placeholders.location,
      fix: '用主办单位确认的内容替换这些文字（例如部门的现名、主办单位的正式名称），或删去已不再成立的说明。',
    });
  }
  for (const { code, label, pattern } of EXAMPLE_CONTACTS) {
    const matches = linesMatching(files, (line) => pattern.test(line));
    if (!matches) continue;
    findings.push({
      code,
      problem: `内容里还有 ${matches.count} 处${label}`,
      ...matches.location,
      fix: '换成真实的网址、邮箱和电话；属于示例条目的，随示例条目一起删除即可。',
    });
  }
  return findings;
}

export function launchFindings(input: LaunchInput): LaunchFinding[] {
  const dir = input.contentDir.replace(/\/?$/, '/');
  const findings = [...siteUrlFindings(input.siteUrl), ...siteConfigFindings(input.site, `${dir}site.yaml`)];

  const sampleBases = input.bases.filter((b) => b.sample);
  if (sampleBases.length) {
    findings.push({
      code: 'sample-bases',
      problem: `基地与实验室名录里还有 ${sampleBases.length} 条示例数据（共 ${input.bases.length} 条），页面上标着“示例数据”`,
      where: `${dir}bases/（sample: true）`,
      items: sampleBases.map((b) => `${b.id}（${b.name}）`),
      fix: '用 npm run import:bases -- 正式名录.xlsx 导入主办单位提供的名录，或删除这些条目；引用它们的活动也要改掉。',
    });
  }
  const sampleEvents = input.events.filter((e) => e.sample);
  if (sampleEvents.length) {
    findings.push({
      code: 'sample-events',
      problem: `活动里还有 ${sampleEvents.length} 条示例数据（共 ${input.events.length} 条），页面上标着“示例数据”`,
      where: `${dir}events/（sample: true）`,
      items: sampleEvents.map((e) => `${e.id}（${e.title}）`),
      fix: '删除这些示例活动文件，换成真实的活动。',
    });
  }
  const awaiting = input.departments.filter(awaitsSuccessor);
  if (awaiting.length) {
    findings.push({
      code: 'departments',
      problem: `${awaiting.length} 个部门还没有写明机构改革后承担工作的部门，页面显示“待主办单位确认”`,
      where: `${dir}departments.yaml：successor`,
      items: awaiting.map((d) => `${d.id}（${d.name}）`),
      fix: '请主办单位确认每个部门现在的名称，为它写上 successor（name：现在的部门名称；source：依据，如机构改革方案的文号）。',
    });
  }
  findings.push(...textFindings(input.files));
  return findings;
}

/** The report printed by npm run check:launch: one numbered block per finding. */
export function formatLaunchReport(
  findings: readonly LaunchFinding[],
  context: { contentDir: string; siteUrl: string | undefined },
): string {
  const checked = `检查的内容目录：${context.contentDir}；网站地址：${context.siteUrl ?? `未设置 SITE_URL（默认 ${EXAMPLE_SITE_URL}）`}`;
  if (!findings.length) return `上线检查通过：没有发现必须在上线前修改的内容。\n${checked}\n`;
  const blocks = findings.map((f, index) =>
    [`${index + 1}. ${f.problem}`, `   位置：${f.where}`, ...(f.items ?? []).map((item) => `   - ${item}`), `   处理：${f.fix}`].join('\n'),
  );
  return `上线前还有 ${findings.length} 项必须修改：\n${checked}\n\n${blocks.join('\n\n')}\n`;
}
