/**
 * `npm run release`: builds the site into dist.next/, runs the post-build checks (test:dist) on it, and
 * only when both pass swaps it in as dist/, keeping the build it replaces as dist.previous/.
 * `npm run rollback` puts dist.previous/ back. A failed build or check leaves dist/ as it was and exits 1.
 */
import { execFileSync } from 'node:child_process';
import { RELEASE_FOLDERS, release, rollback } from './lib/release.ts';

const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: 'inherit' });
const { dist, staging, previous } = RELEASE_FOLDERS;

try {
  if (process.argv[2] === 'rollback') {
    rollback();
    console.log(`Rolled back: ${dist}/ is the previous build again; the one it replaced is now ${previous}/.`);
  } else {
    release({
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
  console.error(`${dist}/ is unchanged.${process.argv[2] === 'rollback' ? '' : ` The failed build, if any, is in ${staging}/.`}`);
  process.exit(1);
}
