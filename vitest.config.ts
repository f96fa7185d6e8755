import { defineConfig } from 'vitest/config';

// Two kinds of tests: unit tests of pure code and content (before the build), and tests of the
// built site in dist/ (after it). `npm test` runs them at those two points.
export default defineConfig({
  test: {
    projects: [
      // The timeout only catches a hang: on a busy CI machine a test that writes or reads thousands of
      // files can take longer than Vitest's default 5 s without anything being wrong. Hooks too: removing
      // a 5,000-page scratch build once took over the default 10 s.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 60_000 } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 60_000 } },
    ],
  },
});
