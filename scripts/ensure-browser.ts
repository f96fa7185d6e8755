/**
 * Makes sure the browser tests have a Chromium. Where none is found and we are root with apt-get,
 * installs Debian's `chromium`; otherwise says exactly what to install and exits 1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './lib/browser.ts';

function playwrightBrowserPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

let choice = findChromium(process.env, existsSync, playwrightBrowserPath());
if (choice.source === 'CHROMIUM_PATH' && !choice.path) {
  console.error(`CHROMIUM_PATH is set to "${process.env['CHROMIUM_PATH']}", but no file is there.`);
  process.exit(1);
}
if (!choice.path) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      'No Chromium for the browser tests. Install Debian\'s package as root:\n' +
        '    apt-get update && apt-get install -y chromium\n' +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
    process.exit(1);
  }
  console.log('No Chromium found: installing Debian\'s chromium package …');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  choice = findChromium(process.env, existsSync);
  if (!choice.path) {
    console.error('apt-get finished, but /usr/bin/chromium is still missing.');
    process.exit(1);
  }
}
console.log(`Browser tests use ${choice.path} (${choice.source}).`);
