import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatLaunchReport, launchFindings, type LaunchInput } from '../../src/lib/site/launch-check';
import { formatIssues } from '../../src/lib/content/validation';
import { SiteConfigSchema } from '../../src/schemas/site';

/** Content as it should be on launch day: every test below spoils one thing. */
const ready: LaunchInput = {
  siteUrl: 'https://www.wuhua.gov.cn',
  site: {
    organizer: '五华区科学技术局',
    contactIsPlaceholder: false,
    filing: '滇ICP备2026001234号-1　滇公网安备53010202000123号',
    siteCode: '5301020001',
    securityContact: 'mailto:security@wuhua.gov.cn',
  },
  departments: [
    { id: 'finance-bureau', name: '区财政局', kind: 'bureau', successor: { name: '五华区财政局', source: '五华区机构改革方案' } },
    { id: 'xizhu-subdistrict', name: '西翥街道办事处', kind: 'subdistrict' },
    { id: 'science-association', name: '区科学技术协会', kind: 'association' },
  ],
  bases: [{ id: 'huashan-astronomy', name: '华山星空科普馆', sample: false }],
  events: [{ id: '2027-ai-lecture', title: '讲座：人工智能与我们的生活', sample: false }],
  files: [
    { path: 'content/site.yaml', text: 'organizer: 五华区科学技术局\n# 地址待主办单位确认后再改：注释不上页面\n' },
    { path: 'content/pages/about.md', text: '本站由五华区科学技术局主办。\n咨询电话：0871-63612345。\n' },
  ],
  contentDir: 'content',
};

const codes = (input: LaunchInput) => launchFindings(input).map((f) => f.code);
const only = (input: LaunchInput) => {
  const findings = launchFindings(input);
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('launchFindings', () => {
  it('finds nothing in content ready for launch (YAML comments and real phone numbers included)', () => {
    expect(launchFindings(ready)).toEqual([]);
  });

  it.each([
    [undefined, '没有设置 SITE_URL'],
    ['', '没有设置 SITE_URL'],
    ['wuhua.gov.cn', '不是有效的网址（值："wuhua.gov.cn"）'],
    ['http://www.wuhua.gov.cn', '不是 https 网址'],
    ['https://wuhua-kexie.example', '示例或本机地址'],
    ['https://www.example.com', '示例或本机地址'],
    ['https://localhost:4321', '示例或本机地址'],
    ['https://staging.wuhua.test', '示例或本机地址'],
    ['https://192.168.1.10', '示例或本机地址'],
  ])('SITE_URL %j is refused: %s', (siteUrl, problem) => {
    const finding = only({ ...ready, siteUrl });
    expect(finding.code).toBe('site-url');
    expect(finding.problem).toContain(problem);
    expect(finding.where).toContain('SITE_URL');
  });

  it('names contactIsPlaceholder while it is true', () => {
    const finding = only({ ...ready, site: { ...ready.site, contactIsPlaceholder: true } });
    expect(finding.code).toBe('contact-placeholder');
    expect(finding.where).toBe('content/site.yaml：contactIsPlaceholder: true');
  });

  it("asks for the organiser's official name instead of a description of it", () => {
    const finding = only({ ...ready, site: { ...ready.site, organizer: '五华区科技主管部门' } });
    expect(finding.code).toBe('organizer');
    expect(finding.problem).toContain('“五华区科技主管部门”');
    expect(finding.where).toBe('content/site.yaml：organizer');
  });

  it('asks for each 备案 number the filing text lacks', () => {
    const noPolice = only({ ...ready, site: { ...ready.site, filing: '滇ICP备2026001234号-1' } });
    expect(noPolice.code).toBe('filing');
    expect(noPolice.problem).toContain('公安联网备案号');
    expect(noPolice.problem).not.toContain('ICP 备案号');
    const placeholder = only({ ...ready, site: { ...ready.site, filing: '备案信息待办理' } });
    expect(placeholder.problem).toContain('ICP 备案号');
    expect(placeholder.problem).toContain('公安联网备案号');
    expect(placeholder.problem).toContain('备案信息待办理');
  });

  it('asks for the 网站标识码 and the security contact when they are missing', () => {
    expect(only({ ...ready, site: { ...ready.site, siteCode: undefined } }).where).toBe('content/site.yaml：siteCode');
    expect(only({ ...ready, site: { ...ready.site, securityContact: undefined } }).where).toBe('content/site.yaml：securityContact');
  });

  it('counts and lists sample bases and events, out of all of them', () => {
    const input = {
      ...ready,
      bases: [...ready.bases, { id: 'sample-a', name: '示例·甲', sample: true }, { id: 'sample-b', name: '示例·乙', sample: true }],
      events: [...ready.events, { id: 'sample-event', title: '示例·活动', sample: true }],
    };
    const [bases, events] = launchFindings(input);
    expect(bases?.problem).toContain('2 条示例数据（共 3 条）');
    expect(bases?.items).toEqual(['sample-a（示例·甲）', 'sample-b（示例·乙）']);
    expect(events?.problem).toContain('1 条示例数据（共 2 条）');
    expect(events?.items).toEqual(['sample-event（示例·活动）']);
  });

  it('lists renamed departments without a successor, but not 街道, companies or the 科协', () => {
    const input = {
      ...ready,
      departments: [
        ...ready.departments,
        { id: 'education-bureau', name: '区教育局', kind: 'bureau' },
        { id: 'tech-park-committee', name: '五华科技产业园管委会', kind: 'committee' },
        { id: 'state-assets-company', name: '区国有资产投资经营管理公司', kind: 'company' },
      ],
    };
    const finding = only(input);
    expect(finding.code).toBe('departments');
    expect(finding.problem).toMatch(/^2 个部门/);
    expect(finding.items).toEqual(['education-bureau（区教育局）', 'tech-park-committee（五华科技产业园管委会）']);
  });

  it('finds placeholder wording by file and line, leaving YAML comments alone', () => {
    const input = {
      ...ready,
      files: [
        { path: 'content/site.yaml', text: '# 待主办单位确认\nname: 五华\nphone: 待主办单位公布\n' },
        { path: 'content/pages/about.md', text: '# 关于\n\n使用演示数据。\n# 待主办单位确认的标题\n' },
      ],
    };
    const finding = only(input);
    expect(finding.code).toBe('placeholder-text');
    expect(finding.problem).toContain('3 处');
    // A Markdown heading is on the page, so it counts; the YAML comment is not.
    expect(finding.items).toEqual(['content/site.yaml 第 3 行', 'content/pages/about.md 第 3、4 行']);
  });

  it('finds .example addresses and zero-padded phone numbers', () => {
    const input = {
      ...ready,
      files: [{ path: 'content/events/a.md', text: 'url: "https://wuhua-kexie.example/x"\nphone: "0871-00000124"\nmail: a@b.example\n' }],
    };
    const findings = launchFindings(input);
    expect(findings.map((f) => [f.code, f.where])).toEqual([
      ['example-address', 'content/events/a.md 第 1、3 行'],
      ['placeholder-phone', 'content/events/a.md 第 2 行'],
    ]);
  });

  it('names the content folder CONTENT_DIR gave in every base', () => {
    const input = { ...ready, contentDir: '.cache/launch/content', site: { ...ready.site, contactIsPlaceholder: true } };
    expect(only(input).where).toBe('.cache/launch/content/site.yaml：contactIsPlaceholder: true');
  });

  it('lists everything at once, not only the first problem', () => {
    const input: LaunchInput = {
      ...ready,
      siteUrl: undefined,
      site: {
        organizer: '五华区科技主管部门',
        contactIsPlaceholder: true,
        filing: '待办',
        siteCode: undefined,
        securityContact: undefined,
      },
    };
    expect(codes(input)).toEqual(['site-url', 'contact-placeholder', 'organizer', 'filing', 'site-code', 'security-contact']);
  });
});

describe('formatLaunchReport', () => {
  const context = { contentDir: 'content', siteUrl: undefined };

  it('numbers each finding with where it is, its entries and what to do', () => {
    const report = formatLaunchReport(
      [
        { code: 'a', problem: '问题一', where: '甲', fix: '改甲' },
        { code: 'b', problem: '问题二', where: '乙', items: ['x', 'y'], fix: '改乙' },
      ],
      context,
    );
    expect(report).toContain('上线前还有 2 项必须修改');
    expect(report).toContain('1. 问题一\n   位置：甲\n   处理：改甲');
    expect(report).toContain('2. 问题二\n   位置：乙\n   - x\n   - y\n   处理：改乙');
    expect(report).toContain('未设置 SITE_URL');
  });

  it('says the check passed, and what it checked, when there is nothing to do', () => {
    const report = formatLaunchReport([], { contentDir: 'content', siteUrl: 'https://www.wuhua.gov.cn' });
    expect(report).toContain('上线检查通过');
    expect(report).toContain('网站地址：https://www.wuhua.gov.cn');
  });
});

describe('siteCode in content/site.yaml', () => {
  const siteYaml = (code: string) =>
    `name: 五华区科技创新与科普\nshortName: 五华科创\ndescription: 五华区科技创新政策解读与科普活动。\norganizer: 五华区科学技术局\ncontact: { address: 昆明市五华区, phone: 0871-63612345, hours: 工作日 }\nfiling: 滇ICP备2026001234号\nsiteCode: ${code}\n`;
  const problem = (code: string) => {
    const data = parse(siteYaml(code), { schema: 'core' }) as unknown;
    const result = SiteConfigSchema.safeParse(data);
    return result.success ? undefined : formatIssues('content/site.yaml', result.error.issues, data);
  };

  it('takes a quoted ten-character code', () => {
    expect(problem('"0301020001"')).toBeUndefined();
  });

  it('refuses an unquoted code, which YAML reads as a number, and a code of the wrong length, naming field and value', () => {
    expect(problem('0301020001')).toBe(
      'content/site.yaml: field siteCode: 网站标识码要加引号，写成 siteCode: "××××××××××" (value: 301020001)',
    );
    expect(problem('"530102"')).toBe('content/site.yaml: field siteCode: 网站标识码是 10 位数字或字母 (value: "530102")');
  });
});
