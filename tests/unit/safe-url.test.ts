import { describe, expect, it } from 'vitest';
import { isSafeReference, urlScheme } from '../../src/lib/content/safe-url';
import { formatIssues } from '../../src/lib/content/validation';
import { CampaignEraSchema, CampaignSchema } from '../../src/schemas/campaign';
import { SafeHrefSchema, SafeUrlSchema } from '../../src/schemas/common';
import { LawSchema } from '../../src/schemas/law';

const HOSTILE = [
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];

describe('urlScheme and isSafeReference', () => {
  it('read the scheme as a browser does, through case, spaces, control characters and tabs', () => {
    expect(HOSTILE.map(urlScheme)).toEqual(['javascript', 'javascript', 'javascript', 'data', 'vbscript', 'file']);
    expect(HOSTILE.filter(isSafeReference)).toEqual([]);
  });

  it('accept https, http, tel, mailto and references relative to the site', () => {
    for (const ok of [
      'https://www.gov.cn/',
      'HTTP://example.test',
      'tel:0871-00000000',
      'mailto:a@example.test',
      '/bases/',
      'x/',
      '#s4',
      '//host.example/x',
      '?q=1',
    ])
      expect(isSafeReference(ok), ok).toBe(true);
  });
});

describe('SafeUrlSchema: every URL field in content', () => {
  it.each(HOSTILE)('refuses %j, naming the scheme and the value', (url) => {
    const result = SafeUrlSchema.safeParse(url);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      new RegExp(`网址不能用 ${urlScheme(url)}:，只能用 https:、http:、tel:、mailto: 开头（值：`),
    );
  });

  it('refuses a site path and plain text where a full URL is needed, and accepts the four schemes', () => {
    expect(SafeUrlSchema.safeParse('/bases/').error?.issues[0]?.message).toBe(
      '不是完整的网址，应以 https:、http:、tel:、mailto: 开头（值："/bases/"）',
    );
    for (const ok of ['https://www.cnipa.gov.cn/', 'http://example.test/x', 'tel:+868710000000', 'mailto:kexie@example.test'])
      expect(SafeUrlSchema.parse(ok)).toBe(ok);
  });

  it("is what a law's url and a campaign era's sourceUrl use", () => {
    const law = {
      id: 'patent-law',
      name: '中华人民共和国专利法',
      shortName: '专利法',
      version: '2020年修正',
      effective: '2021-06-01',
      url: 'javascript:alert(1)',
    };
    const lawResult = LawSchema.safeParse(law);
    expect(formatIssues('content/ip/laws.yaml', lawResult.error?.issues ?? [], law)).toMatch(/field url: 网址不能用 javascript:/);
    const era = CampaignEraSchema.shape.sourceUrl.safeParse('data:text/html,x');
    expect(era.error?.issues[0]?.message).toMatch(/网址不能用 data:/);
  });
});

describe('SafeHrefSchema: a campaign resource', () => {
  it('accepts a path on this site or a safe URL', () => {
    for (const ok of ['/bases/', '/ip/quiz/', 'https://www.most.gov.cn/']) expect(SafeHrefSchema.parse(ok)).toBe(ok);
  });

  it('refuses another scheme and a protocol-relative address', () => {
    expect(SafeHrefSchema.safeParse('javascript:alert(1)').error?.issues[0]?.message).toMatch(
      /网址不能用 javascript:.*或写本站路径（如 \/bases\/）/,
    );
    expect(SafeHrefSchema.safeParse('//evil.example/').success).toBe(false);
    const resources = CampaignSchema.shape.resources.safeParse([{ title: '恶意链接', href: 'data:text/html,x' }]);
    expect(resources.error?.issues[0]?.path).toEqual([0, 'href']);
  });
});
