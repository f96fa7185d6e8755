/**
 * `npm run check:launch`: lists, in Chinese, everything that must change before the site goes live
 * (src/lib/site/launch-check.ts), for content/ or the folder CONTENT_DIR names and the address SITE_URL gives.
 * Exits 1 while anything is listed, so `npm run build:release` and `npm run release` stop there.
 */
import { CONTENT_ROOT } from '../src/data/content-root.ts';
import { checkLaunch } from './lib/launch-content.ts';

try {
  const { findings, report } = checkLaunch(CONTENT_ROOT, process.env['SITE_URL']);
  (findings.length ? console.error : console.log)(report);
  process.exit(findings.length ? 1 : 0);
} catch (error) {
  console.error(`上线检查无法读取内容：${(error as Error).message}`);
  process.exit(2);
}
