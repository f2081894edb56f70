import { defineConfig } from 'vitest/config';

// Stryker's tests for shared/rules (MUTATION_GROUP=rules): the shared/ unit tests, which check the
// rules directly and fast. Not the jsdom renderer project, which checks screens, not rules.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/unit/shared/**/*.test.ts'],
    // A loaded two-core machine runs far slower than CI; no test here waits on time by design.
    testTimeout: 120_000,
  },
});
