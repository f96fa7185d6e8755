/**
 * `astro dev` over a copy of content/, in a folder of its own, for the live-preview test and bench.
 *
 * The folder is a small project of its own (content copied; src, public and the configuration linked)
 * because the dev server keeps its data store and generated types in `<root>/.astro/`, which cannot be
 * moved: run from the project itself it would overwrite those of a developer's own `npm run dev`.
 * node_modules is not linked: packages resolve from the project's, up the tree, and a link would make
 * Tailwind scan every package for class names (minutes).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stripVTControlCharacters } from 'node:util';
import { prepareScratchTree } from './scratch-build.ts';

/** What the dev server needs from the project besides content/. */
const LINKED = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Vitest puts these in process.env for the code it tests; a dev server started from a test with them
 * believes it runs tests (with NODE_ENV=test every page is a 404), so it gets the environment without them.
 */
const TEST_RUNNER_VARIABLE = /^(?:TEST|VITEST(?:_\w+)?|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;

const withoutTestRunnerVariables = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !TEST_RUNNER_VARIABLE.test(name)));

export interface ScratchDevServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** The copy of content/ the server reads: edit it to see live preview. */
  content: string;
  /** Everything the server printed so far, for failure messages. */
  output: () => string;
  /** Stops the server (its whole process group) and removes the folder. */
  stop: () => Promise<void>;
}

/**
 * Starts `astro dev` on 127.0.0.1:`port` over a fresh copy of content/ in `work` (changed by `prepare`
 * first, if given) and resolves once it answers; rejects, with the server's output, if it exits or
 * does not answer within `timeoutMs`.
 */
export async function startScratchDevServer(
  work: string,
  port: number,
  timeoutMs: number,
  prepare: (contentDir: string) => void = () => {},
): Promise<ScratchDevServer> {
  const tree = prepareScratchTree(work, prepare);
  for (const name of LINKED) symlinkSync(resolve(name), join(work, name));
  // The server runs in the folder, so content and cache are given relative to it. ASTRO_DEV_BACKGROUND
  // set (as `npm run dev` sets it) keeps Astro 7 in the foreground: without it, started by a tool it
  // takes for an AI agent, `astro dev` detaches into the background and exits at once.
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: work,
    env: { ...withoutTestRunnerVariables(process.env), CONTENT_DIR: './content', ASTRO_CACHE_DIR: './cache', ASTRO_DEV_BACKGROUND: '0' },
    // Its own process group, so stop() ends it and anything it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const server: ScratchDevServer = {
    url: `http://127.0.0.1:${port}`,
    content: tree.content,
    output: () => stripVTControlCharacters(output),
    stop: async () => {
      await stopGroup(child, exited);
      rmSync(work, { recursive: true, force: true });
    },
  };
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) break;
    // The first page a dev server renders compiles much of the site: slow on a busy machine.
    if (await answers(server.url, deadline - performance.now())) return server;
    await sleep(250);
  }
  const why = child.exitCode !== null ? `exited with code ${child.exitCode}` : `did not answer within ${timeoutMs / 1000} s`;
  await server.stop();
  throw new Error(`astro dev on port ${port} ${why}:\n${server.output().slice(-4000)}`);
}

async function stopGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const timeout = sleep(10_000).then(() => 'timeout' as const);
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

async function answers(url: string, timeoutMs: number): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(Math.max(1, Math.round(timeoutMs))) })).ok;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * Fetches `url` until its HTML contains `text`; resolves with the milliseconds that took, or rejects
 * naming the page and the text after `timeoutMs`.
 */
export async function waitForText(url: string, text: string, timeoutMs: number): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      if ((await response.text()).includes(text)) return performance.now() - start;
    } catch {
      // The server may be busy reloading; try again.
    }
    await sleep(100);
  }
  throw new Error(`${url} did not show "${text}" within ${timeoutMs / 1000} s`);
}
