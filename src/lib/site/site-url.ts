/** The site's public address: what a build uses without SITE_URL, and which addresses can never be the real one. */

/** Used when SITE_URL is not set. The .example domain is reserved, so it is never a real site: the launch check refuses it. */
export const EXAMPLE_SITE_URL = 'https://wuhua-kexie.example';

/** Hosts that name no public website: reserved names (RFC 2606, RFC 6761), this machine, bare IP addresses. */
export function isPlaceholderHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return (
    /(^|\.)(example|test|invalid|localhost|local)$/.test(name) ||
    /(^|\.)example\.(com|net|org)$/.test(name) ||
    /^\d+\.\d+\.\d+\.\d+$/.test(name) ||
    name.startsWith('[')
  );
}
