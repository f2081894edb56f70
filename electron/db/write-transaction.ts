import type { Database } from './driver';

/**
 * Wraps `fn` as a write transaction that begins IMMEDIATE: the write lock is taken first, waiting up
 * to the busy timeout while another connection (another process) writes. A plain (deferred)
 * transaction starts as a reader and upgrades on its first write, and SQLite cannot wait for that
 * upgrade, since the snapshot read may already be stale: it fails at once with "database is locked",
 * which several CLI imports into one folder hit in up to a third of runs (issue 12, item 2).
 *
 * Called inside another transaction, it becomes a savepoint, as better-sqlite3's transactions do.
 * Lint forbids `.transaction(` anywhere else, so no write can begin deferred by mistake.
 */
export function writeTransaction<A extends unknown[], R>(db: Database, fn: (...args: A) => R): (...args: A) => R {
  const transaction = db.transaction(fn);
  return (...args: A) => transaction.immediate(...args);
}
