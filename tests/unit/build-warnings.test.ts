/**
 * The build's warning filter drops exactly the known upstream warning (withastro/astro#18087) and
 * nothing else, and `npm test` finds every other kind of warning line in a build's output, and the
 * warnings `astro check` counts.
 */
import { describe, expect, it } from 'vitest';
import { astroCheckWarnings, isKnownUpstreamWarning, warningLines } from '../../scripts/lib/build-warnings';

/** Rolldown's message, as the build printed it for each explainer, lesson, plan and campaign. */
const headInject = (module: string) =>
  `The semantics of the module level directive "use astro:head-inject" in "${module}" may not be preserved when bundling.`;

describe('isKnownUpstreamWarning', () => {
  it('drops the head-inject directive warning of an MDX module', () => {
    expect(
      isKnownUpstreamWarning({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message: headInject('content/ip/lessons/junior.mdx?astroPropagatedAssets'),
      }),
    ).toBe(true);
    expect(
      isKnownUpstreamWarning({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message: headInject('/abs/content/policies/wuhua-2018-5/explainers/goals.mdx?astroPropagatedAssets'),
      }),
    ).toBe(true);
  });

  it('keeps the same directive in any other kind of module', () => {
    expect(isKnownUpstreamWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: headInject('src/components/policy/Clause.astro') })).toBe(
      false,
    );
    expect(isKnownUpstreamWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: headInject('content/ip/lessons/junior.mdx') })).toBe(false);
  });

  it('keeps other directives and other warnings', () => {
    const useClient =
      'The semantics of the module level directive "use client" in "node_modules/lib/index.js" may not be preserved when bundling.';
    expect(isKnownUpstreamWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: useClient })).toBe(false);
    expect(
      isKnownUpstreamWarning({ code: 'CIRCULAR_DEPENDENCY', message: headInject('content/ip/lessons/junior.mdx?astroPropagatedAssets') }),
    ).toBe(false);
    expect(isKnownUpstreamWarning({ message: headInject('content/ip/lessons/junior.mdx?astroPropagatedAssets') })).toBe(false);
  });
});

describe('warningLines', () => {
  it('finds the warnings of each tool in a build output, colour codes removed', () => {
    const output = [
      '13:56:01 [build] output: "static"',
      '\x1b[33m13:56:09 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of …\x1b[39m',
      '13:56:10 [WARN] [content] Duplicate id "a" found in content/events/a.md',
      '(node:4711) ExperimentalWarning: Type Stripping is an experimental feature',
      'npm warn config production Use `--omit=dev` instead.',
      'WARNING: Pagefind found no lang attribute',
      '[pagefind] 2 warnings while indexing',
      'Indexed 1 language, 190 pages, 8,912 words',
      'Precompressed 640 files in dist/: 9000 KB → brotli 1200 KB, gzip 1500 KB',
      '13:58:00 [build] 190 page(s) built in 95.20s',
    ].join('\n');
    expect(warningLines(output)).toEqual([
      '13:56:09 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of …',
      '13:56:10 [WARN] [content] Duplicate id "a" found in content/events/a.md',
      '(node:4711) ExperimentalWarning: Type Stripping is an experimental feature',
      'npm warn config production Use `--omit=dev` instead.',
      'WARNING: Pagefind found no lang attribute',
      '[pagefind] 2 warnings while indexing',
    ]);
  });

  it('finds none in a clean output, including words that only contain "warn"', () => {
    expect(warningLines('13:58:00 [build] Complete!\n▶ src/pages/events/forewarned/index.astro\nswarnings-free\n')).toEqual([]);
  });
});

describe('astroCheckWarnings', () => {
  /** The summary `astro check` ends with, as it printed it for this project. */
  const summary = (errors: number, warnings: number) => `Result (382 files): \n- ${errors} errors\n- ${warnings} warnings\n- 0 hints\n`;

  it('reads the count from the summary', () => {
    expect(astroCheckWarnings(summary(0, 0))).toBe(0);
    expect(astroCheckWarnings(`src/a.ts:3:7 - warning ts(6133): 'x' is declared but its value is never read.\n${summary(0, 1)}`)).toBe(1);
    expect(astroCheckWarnings(`\x1b[1m${summary(2, 12)}\x1b[0m`)).toBe(12);
  });

  it('says undefined when there is no summary', () => {
    expect(astroCheckWarnings('Error: Cannot find module @astrojs/check\n')).toBeUndefined();
  });
});
