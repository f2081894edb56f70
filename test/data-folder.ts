/**
 * Opens a data folder a test or the bench prepared itself (a crashed writer's, a seeded firm's) the
 * way the app does, with the test passphrase. The one place outside openTestAdvisor that calls
 * openAdvisor or opens the raw database, so the unlock details live here only.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openAdvisor, type Advisor, type AdvisorOptions } from '../electron/advisor';
import { DATABASE_FILE_NAME, openDatabase } from '../electron/db/connection';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { TEST_PASSPHRASE, testClock } from './fixtures';

/** The back end over `dataDir`'s database, unlocked with TEST_PASSPHRASE, on the tests' clock. */
export function openAdvisorAt(
  dataDir: string,
  options: Omit<Partial<AdvisorOptions>, 'passphrase'> = {},
): Advisor {
  return openAdvisor({ dataDir, appVersion: 'test', clock: testClock, passphrase: TEST_PASSPHRASE, ...options });
}

/** `dataDir`'s database itself (created and migrated if new), for integrity checks and bulk seeding. */
export function openDatabaseAt(dataDir: string): Database {
  mkdirSync(dataDir, { recursive: true });
  return openDatabase(join(dataDir, DATABASE_FILE_NAME), TEST_PASSPHRASE);
}
