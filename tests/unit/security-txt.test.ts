import { describe, expect, it } from 'vitest';
import { securityTxt } from '../../src/lib/site/security-txt';
import type { SiteConfig } from '../../src/schemas/site';

const config: SiteConfig = {
  name: '五华区科技创新与科普',
  shortName: '五华科创',
  description: '测试用的网站说明文字。',
  organizer: '五华区科技主管部门',
  contact: { address: '昆明市五华区', phone: '待公布', hours: '工作日' },
  filing: '备案待办',
  contactIsPlaceholder: true,
};
const site = new URL('https://wuhua.example/');
const field = (text: string, name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(text)?.[1];

describe('security.txt', () => {
  it('has the required Contact and an Expires less than a year after the build (RFC 9116)', () => {
    const now = new Date('2026-11-30T10:00:00Z');
    const text = securityTxt({ site, config, now });
    expect(field(text, 'Contact')).toBe('https://wuhua.example/about/');
    const expires = new Date(field(text, 'Expires') ?? '');
    expect(expires.getTime()).toBeGreaterThan(now.getTime());
    expect(expires.getTime() - now.getTime()).toBeLessThan(365 * 86_400_000);
    expect(field(text, 'Expires')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(field(text, 'Canonical')).toBe('https://wuhua.example/.well-known/security.txt');
    expect(text).toMatch(/待主办单位公布/);
  });

  it('uses the configured security contact once the organiser has given one', () => {
    const text = securityTxt({
      site,
      config: { ...config, contactIsPlaceholder: false, securityContact: 'mailto:security@wuhua.example' },
      now: new Date('2026-01-01'),
    });
    expect(field(text, 'Contact')).toBe('mailto:security@wuhua.example');
    expect(text).not.toMatch(/待主办单位公布/);
  });
});
