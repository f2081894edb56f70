import { AdvisorError } from '../../shared/result';
import { isBusy } from './busy';
import { applyKey, fileState, isWrongKey } from './cipher';
import { createIfAbsent } from './create-database';
import { Database } from './driver';
import { assertNotNewer, migrate } from './migrate';
import { BUSY_TIMEOUT_MS, configureConnection } from './pragmas';

export { configureConnection } from './pragmas';

/** The database file's name inside the data folder. */
export const DATABASE_FILE_NAME = 'advisor.sqlite';

/** The message for a passphrase that does not open a file; says nothing was changed, because nothing was. */
export function wrongPassphrase(what: string): AdvisorError {
  return new AdvisorError('wrong-passphrase', `That passphrase does not open ${what}. Nothing was changed; try again.`, 'passphrase');
}

/** What to tell the user when the first read of `file` (right after keying it) fails with `err`. */
export function firstReadRefusal(err: unknown, file: string): AdvisorError {
  if (err instanceof AdvisorError) return err;
  if (isWrongKey(err)) return wrongPassphrase('this database (or the file is not an Immigration Advisor database)');
  // Another process writing with an exclusive lock past the busy timeout: the file is fine, so say so.
  if (isBusy(err)) {
    return new AdvisorError('busy', 'The database is in use by another program that is writing to it. Nothing was changed; try again in a moment.');
  }
  return new AdvisorError('internal', `${file} could not be read as an Immigration Advisor database (${err instanceof Error ? err.message : String(err)}).`);
}

/**
 * Opens (or creates) the encrypted case database with `passphrase` and brings its schema up to date.
 * A new database is created whole under another name and then given this one (create-database.ts),
 * so this never opens a half-made file. The key and version checks run before any pragma that
 * writes (WAL mode is stored in the file), so a refused database, whether newer or under another
 * passphrase, is left byte-for-byte as it was.
 */
export function openDatabase(file: string, passphrase: string): Database {
  if (fileState(file) === 'plaintext') {
    // The vault encrypts old plain databases first (see vault/encrypt-existing.ts); never key one in place.
    throw new AdvisorError('internal', `${file} is not encrypted yet; unlock it through the app or the CLI to encrypt it.`);
  }
  createIfAbsent(file, passphrase);
  // The wait applies from the first read: another process may be checkpointing or closing.
  const db = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    applyKey(db, passphrase);
    try {
      assertNotNewer(db, file);
    } catch (err) {
      throw firstReadRefusal(err, file);
    }
    configureConnection(db);
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
