import type { Database } from 'better-sqlite3-multiple-ciphers';
import { AdvisorError } from '../../shared/result';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';
import { writeTransaction } from './write-transaction';

/** Reads the schema version SQLite keeps in the file header. */
export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Refuses a database written by a newer build, before anything touches it: an older build
 * would not know its tables, and "fixing" them would lose the newer build's data.
 */
export function assertNotNewer(db: Database, file: string, latest = LATEST_SCHEMA_VERSION): void {
  const found = schemaVersion(db);
  if (found > latest) {
    throw new AdvisorError(
      'database-too-new',
      `The database ${file} was written by a newer version of Immigration Advisor ` +
        `(schema ${String(found)}; this version knows up to ${String(latest)}). ` +
        'It has not been changed. Install the newer version to open it.',
    );
  }
}

/**
 * Applies every migration newer than the file's `user_version`, each with its version bump in one
 * immediate transaction, so a failure leaves the database exactly at the previous version. The
 * version is read again once the write lock is held: another process opening the same database may
 * have applied the migration while this one waited, and it must not run twice.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  let current = schemaVersion(db);
  for (const m of migrations) {
    if (m.version <= current) continue;
    current = writeTransaction(db, () => {
      const found = schemaVersion(db);
      if (found >= m.version) return found;
      if (m.version !== found + 1) {
        throw new Error(`Migration ${m.name} is out of order (database is at ${String(found)})`);
      }
      db.exec(m.sql);
      db.pragma(`user_version = ${String(m.version)}`);
      return m.version;
    })();
  }
  return current;
}
