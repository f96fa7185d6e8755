/**
 * A build prints no warnings, so a new one is seen. Two halves: the one known upstream warning, which
 * the build config drops (astro.config.mjs), and how `npm test` finds any other warning in the output of
 * `npm run build` (Astro, Vite, Pagefind, precompression, Node itself) or `astro check`, and stops.
 */
import { stripVTControlCharacters } from 'node:util';

/** A Rolldown warning as Vite hands it to `build.rolldownOptions.onwarn`. */
export interface BundlerWarning {
  code?: string;
  message: string;
}

/**
 * withastro/astro#18087 (https://github.com/withastro/astro/issues/18087): Rolldown warns, once per MDX
 * file, that it may not preserve the module-level directive "use astro:head-inject" in
 * `<file>.mdx?astroPropagatedAssets`. The directive is Astro's own marker and the pages come out right;
 * upstream calls it noise. Only that directive in that kind of module is dropped: any other
 * MODULE_LEVEL_DIRECTIVE (a library's "use client", say) still prints. Remove once Astro fixes it.
 */
export function isKnownUpstreamWarning(warning: BundlerWarning): boolean {
  return (
    warning.code === 'MODULE_LEVEL_DIRECTIVE' && /"use astro:head-inject" in "[^"]+\.mdx\?astroPropagatedAssets"/.test(warning.message)
  );
}

/**
 * Lines of a build's output that are warnings: Astro's and Vite's `[WARN]`, Node's `Warning:` and
 * `(node:…) …Warning`, npm's `npm warn`, and any other line that says warn or warning as a word. Broad on
 * purpose: a false alarm shows at once and is easy to judge; a missed warning is the old noise again.
 */
export function warningLines(output: string): string[] {
  // Colour codes appear when the output is a terminal (as in CI); the text is what matters.
  return stripVTControlCharacters(output)
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => /\bwarn(?:ings?)?\b|\[warn\]|Warning:/i.test(line));
}

/**
 * The warnings `astro check` counts in its summary ("- 0 warnings"); its exit code says only whether
 * there were errors. Undefined when the output has no summary (it did not get that far).
 */
export function astroCheckWarnings(output: string): number | undefined {
  const match = /^- (\d+) warnings?$/m.exec(stripVTControlCharacters(output));
  return match ? Number(match[1]) : undefined;
}
