import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { release, rollback, type ReleaseFolders } from '../../scripts/lib/release';

function foldersIn(root: string): ReleaseFolders {
  return { dist: join(root, 'dist'), staging: join(root, 'dist.next'), previous: join(root, 'dist.previous') };
}

/** A build step that writes a one-page site saying `text`, as Astro would into its outDir. */
const buildSaying = (text: string) => (folder: string) => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), text);
};
const pass = () => {};
const page = (folder: string) => readFileSync(join(folder, 'index.html'), 'utf8');

function publishedSite(): ReleaseFolders {
  const folders = foldersIn(mkdtempSync(join(tmpdir(), 'release-')));
  release({ build: buildSaying('第一版'), check: pass }, folders);
  return folders;
}

describe('release', () => {
  it('swaps a build that passes its checks into dist/ and keeps the one it replaces', () => {
    const folders = publishedSite();
    release({ build: buildSaying('第二版'), check: pass }, folders);
    expect(page(folders.dist)).toBe('第二版');
    expect(page(folders.previous)).toBe('第一版');
    expect(existsSync(folders.staging)).toBe(false);
  });

  it('leaves dist/ and the previous build untouched when the build fails half-way', () => {
    const folders = publishedSite();
    release({ build: buildSaying('第二版'), check: pass }, folders);
    const failingBuild = (folder: string) => {
      // Astro empties its outDir first; a failing build leaves it empty or partial.
      mkdirSync(folder, { recursive: true });
      throw new Error('astro build failed');
    };
    expect(() => release({ build: failingBuild, check: pass }, folders)).toThrow('astro build failed');
    expect(page(folders.dist)).toBe('第二版');
    expect(page(folders.previous)).toBe('第一版');
  });

  it('leaves dist/ untouched when the new build fails its checks', () => {
    const folders = publishedSite();
    const checked: string[] = [];
    const failingCheck = (folder: string) => {
      checked.push(page(folder));
      throw new Error('dist checks: 1 failed');
    };
    expect(() => release({ build: buildSaying('坏版本'), check: failingCheck }, folders)).toThrow('dist checks');
    expect(checked).toEqual(['坏版本']);
    expect(page(folders.dist)).toBe('第一版');
    expect(page(folders.staging)).toBe('坏版本');
  });

  it('builds nothing and touches no folder when the preflight (the launch check) refuses', () => {
    const folders = publishedSite();
    release({ build: buildSaying('第二版'), check: pass }, folders);
    // A failed build from an earlier run, kept for inspection: a refusal must not clear it either.
    buildSaying('上次失败的版本')(folders.staging);
    const built: string[] = [];
    const refuse = () => {
      throw new Error('上线检查未通过');
    };
    expect(() => release({ preflight: refuse, build: (f) => built.push(f), check: pass }, folders)).toThrow('上线检查未通过');
    expect(built).toEqual([]);
    expect(page(folders.dist)).toBe('第二版');
    expect(page(folders.previous)).toBe('第一版');
    expect(page(folders.staging)).toBe('上次失败的版本');
  });

  it('publishes a first build when there is no dist/ yet', () => {
    const folders = publishedSite();
    expect(page(folders.dist)).toBe('第一版');
    expect(existsSync(folders.previous)).toBe(false);
  });
});

describe('rollback', () => {
  it('puts the previous build back, and a second rollback undoes the first', () => {
    const folders = publishedSite();
    release({ build: buildSaying('第二版'), check: pass }, folders);
    rollback(folders);
    expect(page(folders.dist)).toBe('第一版');
    expect(page(folders.previous)).toBe('第二版');
    rollback(folders);
    expect(page(folders.dist)).toBe('第二版');
  });

  it('refuses when there is no previous build, leaving dist/ as it is', () => {
    const folders = publishedSite();
    expect(() => rollback(folders)).toThrow(/no .*dist.previous/);
    expect(page(folders.dist)).toBe('第一版');
  });
});
