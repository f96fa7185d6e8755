/**
 * `npm run release`: runs the launch check (npm run check:launch) and refuses while anything is listed,
 * then builds the site into dist.next/, runs the post-build checks (test:dist) on it, and only when
 * both pass swaps it in as dist/, keeping the build it replaces as dist.previous/.
 * `npm run release -- --not-for-launch` publishes a build that is not the public launch (a staging or
 * review server with the sample content): it prints what the launch check lists and builds anyway.
 * `npm run rollback` puts dist.previous/ back. A refusal, a failed build or a failed check leaves dist/
 * as it was and exits 1.
 */
import { execFileSync } from 'node:child_process';
import { CONTENT_ROOT } from '../src/data/content-root.ts';
import { LaunchRefused, launchPreflight } from './lib/launch-content.ts';
import { RELEASE_FOLDERS, release, rollback } from './lib/release.ts';

const USAGE = '用法：npm run release [-- --not-for-launch]，或 npm run rollback';
const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: 'inherit' });
const { dist, staging, previous } = RELEASE_FOLDERS;
const args = process.argv.slice(2);
const rollingBack = args[0] === 'rollback';
const options = rollingBack ? args.slice(1) : args;
const notForLaunch = !rollingBack && options.includes('--not-for-launch');
// A mistyped option must not be taken for a launch release, nor ignored.
const unknown = options.filter((a) => rollingBack || a !== '--not-for-launch');
if (unknown.length) {
  console.error(`不认识的参数：${unknown.join(' ')}\n${USAGE}`);
  process.exit(2);
}

try {
  if (rollingBack) {
    rollback();
    console.log(`Rolled back: ${dist}/ is the previous build again; the one it replaced is now ${previous}/.`);
  } else {
    release({
      preflight: () => launchPreflight(CONTENT_ROOT, process.env['SITE_URL'], { notForLaunch }),
      // The same three steps as `npm run build`, into another folder.
      build: (folder) => {
        run('npx', ['astro', 'build', '--outDir', folder]);
        run('npx', ['pagefind', '--site', folder]);
        run(process.execPath, ['scripts/precompress.ts', folder]);
      },
      check: (folder) => run(process.execPath, ['scripts/check-dist.ts', folder]),
    });
    console.log(`Released: ${dist}/ is the new build; the one it replaced is ${previous}/ (npm run rollback puts it back).`);
  }
} catch (error) {
  console.error(`\n✗ ${(error as Error).message.split('\n')[0]}`);
  const after = error instanceof LaunchRefused ? ' Nothing was built.' : rollingBack ? '' : ` The failed build, if any, is in ${staging}/.`;
  console.error(`${dist}/ is unchanged.${after}`);
  process.exit(1);
}
