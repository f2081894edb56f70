import { defineConfig } from 'vitest/config';

// Stryker's tests for the points tables (MUTATION_GROUP=tables): the points tests, which score each
// factor against an independent transcription of the official table (test/unit/shared/points/official).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/unit/shared/points/**/*.test.ts'],
    // A loaded two-core machine runs far slower than CI; no test here waits on time by design.
    testTimeout: 120_000,
  },
});
