/**
 * A real build over a changed copy of content/, in a folder of its own (content, cache and dist), so
 * it never touches the working tree: for bad-content tests, scale tests and benchmarks.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface ScratchBuild {
  status: number | null;
  /** stdout and stderr together, where a build error names the file, field and value. */
  output: string;
  dist: string;
}

/** Empties `work`, copies content/ into it, lets `prepare` change the copy, and runs `astro build` on it. */
export function buildWithContent(work: string, prepare: (contentDir: string) => void): ScratchBuild {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  prepare(content);
  const dist = join(work, 'dist');
  const result = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: `./${content}`, ASTRO_CACHE_DIR: `./${join(work, 'cache')}` },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist };
}
