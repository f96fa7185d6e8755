/**
 * Makes sure the browser tests have a Chromium and a Chinese font (Debian's `chromium` and
 * `fonts-noto-cjk`). Where one is missing and we are root with apt-get, installs it; otherwise says
 * exactly what to install and exits 1.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CJK_FONT_FAMILY, CJK_FONT_PACKAGE, findChromium, hasCjkFont } from './lib/browser.ts';
import { ensureDebianPackages } from './lib/debian-packages.ts';

function playwrightBrowserPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

const choose = () => findChromium(process.env, existsSync, playwrightBrowserPath());
if (choose().source === 'CHROMIUM_PATH' && !choose().path) {
  console.error(`CHROMIUM_PATH is set to "${process.env['CHROMIUM_PATH']}", but no file is there.`);
  process.exit(1);
}
try {
  ensureDebianPackages({
    what: 'Chromium for the browser tests',
    packages: ['chromium'],
    isPresent: () => choose().path !== undefined,
    otherwise: 'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  });
  // Without it every Chinese character is a tofu box of the wrong width, and layout checks mean nothing.
  ensureDebianPackages({
    what: `Chinese font (${CJK_FONT_FAMILY}) for the browser tests`,
    packages: [CJK_FONT_PACKAGE],
    isPresent: hasCjkFont,
  });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const choice = choose();
console.log(`Browser tests use ${choice.path} (${choice.source}) with ${CJK_FONT_FAMILY}.`);
