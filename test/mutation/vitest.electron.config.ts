import { defineConfig } from 'vitest/config';

// Stryker runs tests in worker threads, whose process.env is a copy: electron/db/uri-filenames.ts
// setting it there never reaches the native driver, and online backups then fail to open their
// destination. Set in this (main) process, every worker's driver sees it.
process.env.SQLITE_USE_URI = '1';

// Stryker's tests for the security policy, backups and connection (MUTATION_GROUP=electron): the tests
// written for them. Not every test that opens a database: nearly all do, through connection.ts, and
// running them all for each of its mutants takes hours on two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: [
      'test/unit/electron/{security-policy,session-lockdown,renderer-protocol}.test.ts',
      'test/unit/electron/{backups,backup-shape,crash-hook,leftovers,restore-journal,restore-swap,restore-undo}.test.ts',
      'test/db/{restore-crash,open-database,migrations,connection-pragmas,create-database,write-transaction}.test.ts',
    ],
    // A loaded two-core machine runs far slower than CI; no test here waits on time by design.
    testTimeout: 120_000,
  },
});
