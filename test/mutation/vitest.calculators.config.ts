import { defineConfig } from 'vitest/config';

// Stryker's tests for the points calculators and language charts (MUTATION_GROUP=calculators): the
// points tests, which score every factor against an independent transcription of the official tables,
// and the UK rules' tests, which check the UK's English-test (SELT) chart.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/unit/shared/points/**/*.test.ts', 'test/unit/shared/gb-rules.test.ts'],
    // A loaded two-core machine runs far slower than CI; no test here waits on time by design.
    testTimeout: 120_000,
  },
});
