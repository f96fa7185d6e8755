/** The text of /.well-known/security.txt (RFC 9116). Pure, so the build date is passed in. */
import type { SiteConfig } from '../../schemas/site';

/** How long a build's security.txt stays valid. RFC 9116 asks for less than a year; the site is rebuilt daily. */
const SECURITY_TXT_DAYS = 180;

export function securityTxt({ site, config, now }: { site: URL; config: SiteConfig; now: Date }): string {
  const expires = new Date(now.getTime() + SECURITY_TXT_DAYS * 86_400_000);
  expires.setUTCHours(0, 0, 0, 0);
  return [
    `# ${config.name}：发现安全问题请通过以下方式告知主办单位（${config.organizer}）。`,
    ...(config.contactIsPlaceholder ? ['# 正式联系方式待主办单位公布；在此之前请使用网站页脚的联系方式。'] : []),
    `Contact: ${config.securityContact ?? new URL('/about/', site).href}`,
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    'Preferred-Languages: zh, en',
    `Canonical: ${new URL('/.well-known/security.txt', site).href}`,
    '',
  ].join('\n');
}
