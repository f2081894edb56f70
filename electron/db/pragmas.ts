import type { Database } from './driver';

/**
 * How long a connection waits for another one's write to finish before giving up with SQLITE_BUSY.
 * Several processes (the app, CLI imports, a backup) may write one database; a write transaction
 * takes milliseconds, so five seconds is only reached when something is truly stuck.
 */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * The page cache, in KiB: 64 MB, not SQLCipher's 16. Every page read from the encrypted file is
 * decrypted into this cache, and a large import dirties more pages than 16 MB holds, so they were
 * encrypted and spilled to the WAL mid-transaction and read back. Only the pages used are held,
 * so a small database costs no more memory.
 */
export const CACHE_KIB = 65536;

/** Sets the connection up the way every open database runs: WAL, full durability, foreign keys, busy wait, a page cache for a firm's database. */
export function configureConnection(db: Database): void {
  db.pragma(`busy_timeout = ${String(BUSY_TIMEOUT_MS)}`);
  db.pragma('journal_mode = WAL');
  // FULL, not the usual NORMAL: with NORMAL a power cut can roll back a commit the user was told
  // was saved. One fsync per commit is cheap next to losing a client's facts.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`cache_size = -${String(CACHE_KIB)}`);
}
