import { defineConfig } from 'vitest/config';

// Two kinds of tests: unit tests of pure code and content (before the build), and tests of the
// built site in dist/ (after it). `npm test` runs them at those two points.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
