/**
 * A real build over a changed copy of content/, in a folder of its own (content, cache and dist), so
 * it never touches the working tree: for bad-content tests, scale tests and benchmarks.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export interface ScratchBuild {
  status: number | null;
  /** stdout and stderr together, where a build error names the file, field and value. */
  output: string;
  dist: string;
}

export interface ScratchTree {
  content: string;
  dist: string;
  /** CONTENT_DIR and the cache folder, given relative to the project as Astro requires. */
  env: NodeJS.ProcessEnv;
}

/** Empties `work`, copies content/ into it and lets `prepare` change the copy; says where to build. */
export function prepareScratchTree(work: string, prepare: (contentDir: string) => void): ScratchTree {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  prepare(content);
  return { content, dist: join(work, 'dist'), env: { CONTENT_DIR: `./${content}`, ASTRO_CACHE_DIR: `./${join(work, 'cache')}` } };
}

/**
 * Empties `work`, copies content/ into it, lets `prepare` change the copy, and runs `astro build` on it,
 * with `env` added to the environment (SITE_URL, say).
 */
export function buildWithContent(work: string, prepare: (contentDir: string) => void, env: NodeJS.ProcessEnv = {}): ScratchBuild {
  const tree = prepareScratchTree(work, prepare);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', tree.dist], {
    encoding: 'utf8',
    env: { ...process.env, ...env, ...tree.env },
  });
  // Colour codes appear when the caller's terminal has colour (as in CI); the text is what matters.
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  return { status: result.status, output, dist: tree.dist };
}
