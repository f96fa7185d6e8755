/**
 * Which Chromium the browser tests use: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium,
 * else a browser Playwright installed itself. Nothing here downloads a browser.
 */
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

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

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync, playwrightPath?: string): BrowserChoice {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) return { path: exists(fromEnv) ? fromEnv : undefined, source: 'CHROMIUM_PATH' };
  if (exists(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'debian' };
  if (playwrightPath && exists(playwrightPath)) return { path: playwrightPath, source: 'playwright' };
  return { path: undefined, source: 'none' };
}
