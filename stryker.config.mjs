// Mutation testing (issue 19): `npm run mutation`, or `npm run mutation -- --mutate 'electron/backup/**/*.ts'`
// for one area. Not part of `npm test`: a full run takes the better part of an hour on two cores.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  // Its own vitest config: Node-only tests, no jsdom renderer project (see the file for why).
  vitest: { configFile: 'test/mutation/vitest.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // The machine is shared; one test process leaves the other core free.
  concurrency: 1,
  mutate: [
    'shared/rules/**/*.ts',
    'shared/programs/*-points-tables.ts',
    'electron/security-policy.ts',
    'electron/backup/**/*.ts',
    'electron/db/connection.ts',
  ],
  // Only mutants whose code or covering tests changed are run again. The file is a local cache, not a
  // result: it is git-ignored with the reports, and the score that counts is the one in the README.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // A test that times out under a mutant counts as killed; the default 5 s slack is generous enough
  // for the database tests on a busy machine.
  timeoutMS: 10000,
  dryRunTimeoutMinutes: 20,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 85, low: 70, break: null },
};

export default config;
