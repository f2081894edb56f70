import { defineConfig } from 'vitest/config';

// Stryker runs tests in worker threads, whose process.env is a copy: electron/db/uri-filenames.ts
// setting it there never reaches the native driver, and online backups then fail to open their
// destination. Set in this (main) process, every worker's driver sees it.
process.env.SQLITE_USE_URI = '1';

// Stryker's test run: the Node tests written for the mutated areas. Not the whole suite: nearly every
// electron/ test opens a database through electron/db/connection.ts, and running all of them for each
// of its mutants takes hours on two cores; nor the jsdom renderer project, which checks screens, not rules.
export default defineConfig({
  test: {
    environment: 'node',
    include: [
      // shared/rules and the points tables
      'test/unit/shared/**/*.test.ts',
      // electron/security-policy.ts
      'test/unit/electron/{security-policy,session-lockdown,renderer-protocol}.test.ts',
      // electron/backup
      'test/unit/electron/{backups,backup-shape,crash-hook,leftovers,restore-journal,restore-swap,restore-undo}.test.ts',
      'test/db/restore-crash.test.ts',
      // electron/db/connection.ts
      'test/db/{connection-pragmas,create-database,write-transaction}.test.ts',
    ],
  },
});
