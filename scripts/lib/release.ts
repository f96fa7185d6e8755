/**
 * Publishing a build without ever leaving a broken or empty site in dist/: the new build goes into a
 * staging folder next to dist/, and only when it builds and passes its checks are the folders renamed,
 * keeping the build it replaces for rollback. Each rename is atomic on one file system, so whatever
 * reads dist/ finds the old site or the new one, never half of either (or, for the instant between the
 * two renames, no dist/ at all, which makes a copy fail rather than publish something broken).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

export interface ReleaseFolders {
  /** What is published (served or copied to the server). */
  dist: string;
  /** Where the new build is made. */
  staging: string;
  /** The build dist/ held before the last release or rollback. */
  previous: string;
}

export const RELEASE_FOLDERS: ReleaseFolders = { dist: 'dist', staging: 'dist.next', previous: 'dist.previous' };

export interface ReleaseSteps {
  /** Runs before anything is touched, so a refusal leaves every folder as it was; throws to refuse (the launch check). */
  preflight?: () => void;
  /** Builds the complete site into the given folder; throws when the build fails. */
  build: (folder: string) => void;
  /** Checks the built site in the given folder; throws when a check fails. */
  check: (folder: string) => void;
}

/**
 * Runs the preflight, builds into `staging`, checks it, then swaps it in as `dist` and keeps the old
 * `dist` as `previous`. When the preflight throws, no folder is touched. When the build or the check
 * throws, dist/ and the previous build are untouched and the error is rethrown; the failed build stays
 * in `staging` for inspection.
 */
export function release(steps: ReleaseSteps, folders: ReleaseFolders = RELEASE_FOLDERS): void {
  steps.preflight?.();
  rmSync(folders.staging, { recursive: true, force: true });
  steps.build(folders.staging);
  if (!existsSync(folders.staging)) throw new Error(`the build wrote nothing to ${folders.staging}/`);
  steps.check(folders.staging);
  rmSync(folders.previous, { recursive: true, force: true });
  if (existsSync(folders.dist)) renameSync(folders.dist, folders.previous);
  renameSync(folders.staging, folders.dist);
}

/** Puts the previous build back in dist/; the build it replaces becomes the previous one, so a rollback can be undone. */
export function rollback(folders: ReleaseFolders = RELEASE_FOLDERS): void {
  if (!existsSync(folders.previous)) throw new Error(`there is no ${folders.previous}/ to roll back to`);
  rmSync(folders.staging, { recursive: true, force: true });
  if (existsSync(folders.dist)) renameSync(folders.dist, folders.staging);
  renameSync(folders.previous, folders.dist);
  if (existsSync(folders.staging)) renameSync(folders.staging, folders.previous);
}
