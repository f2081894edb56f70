// Mutation testing (issue 19), run by scripts/mutation.mjs (`npm run mutation`), one group at a time,
// each against its own tests (test/mutation/vitest.<group>.config.ts):
//   rules        shared/rules (but the calculators) against the shared/ unit tests;
//   calculators  the points calculators and language charts of shared/rules against the points tests,
//                which score every factor against the official tables (fast, so the run is short);
//   tables       the points tables against the points tests: every mutant of a table is static (it runs
//                when the module loads), so each reloads and reruns every test it could affect;
//   electron     the security policy, backups and connection against the tests written for them.
// Separate groups, because nearly every electron/ test also runs the rules: judged against those, each
// rules mutant would run the slow database tests too, for no stronger verdict than the rules' own tests.
const GROUPS = {
  rules: ['shared/rules/**/*.ts', '!shared/rules/points/**', '!shared/rules/language/**'],
  calculators: ['shared/rules/points/**/*.ts', 'shared/rules/language/**/*.ts'],
  tables: ['shared/programs/*-points-tables.ts'],
  electron: ['electron/security-policy.ts', 'electron/backup/**/*.ts', 'electron/db/connection.ts'],
};
const group = process.env.MUTATION_GROUP ?? 'rules';
if (!(group in GROUPS)) throw new Error(`MUTATION_GROUP must be one of ${Object.keys(GROUPS).join(', ')}, not ${group}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: `test/mutation/vitest.${group}.config.ts`, related: true },
  coverageAnalysis: 'perTest',
  // The machine is shared; one test process leaves the other core free.
  concurrency: 1,
  mutate: GROUPS[group],
  // Only mutants whose code or covering tests changed are run again. The file is a local cache, not a
  // result: it is git-ignored with the reports, and the score that counts is the one in the README.
  incremental: true,
  incrementalFile: `reports/mutation/${group}-incremental.json`,
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: `reports/mutation/${group}.html` },
  jsonReporter: { fileName: `reports/mutation/${group}.json` },
  // Slack for the database tests on a busy machine; a mutant that hangs still counts as killed.
  timeoutMS: 20000,
  dryRunTimeoutMinutes: 30,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 85, low: 70, break: null },
};

export default config;
