/**
 * Which Chromium the browser tests use: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium,
 * else a browser Playwright installed itself. Nothing here downloads a browser. Also the Chinese font
 * the tests need, so layout is measured on real glyphs rather than tofu boxes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless Chromium on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserChoice {
  path: string | undefined;
  source: 'CHROMIUM_PATH' | 'debian' | 'playwright' | 'none';
}

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
  playwrightPath?: string,
): BrowserChoice {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) return { path: exists(fromEnv) ? fromEnv : undefined, source: 'CHROMIUM_PATH' };
  if (exists(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'debian' };
  if (playwrightPath && exists(playwrightPath)) return { path: playwrightPath, source: 'playwright' };
  return { path: undefined, source: 'none' };
}

/** The Chinese font the site's stack falls back to on Linux, and the Debian package that has it. */
export const CJK_FONT_FAMILY = 'Noto Sans CJK SC';
export const CJK_FONT_PACKAGE = 'fonts-noto-cjk';

/** Whether fontconfig, which Chromium asks on Linux, knows the CJK font. */
export function hasCjkFont(): boolean {
  const result = spawnSync('fc-list', [`:family=${CJK_FONT_FAMILY}`, 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes(CJK_FONT_FAMILY);
}
