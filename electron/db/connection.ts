import Database from 'better-sqlite3-multiple-ciphers';
import { AdvisorError } from '../../shared/result';
import { assertNotNewer, migrate } from './migrate';

/** The database file's name inside the data folder. */
export const DATABASE_FILE_NAME = 'advisor.sqlite';

/**
 * Opens (or creates) the case database and brings its schema up to date.
 * The version check runs before any pragma that writes (WAL mode is stored in the file), so a
 * refused database is left byte-for-byte as it was.
 */
export function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  try {
    try {
      assertNotNewer(db, file);
    } catch (err) {
      if (err instanceof AdvisorError) throw err;
      // SQLITE_NOTADB and friends: say what the file is not, not a stack trace.
      throw new AdvisorError(
        'internal',
        `${file} is not an Immigration Advisor database (${err instanceof Error ? err.message : String(err)}).`,
      );
    }
    db.pragma('journal_mode = WAL');
    // FULL, not the usual NORMAL: with NORMAL a power cut can roll back a commit the user was told
    // was saved. One fsync per commit is cheap next to losing a client's facts.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
