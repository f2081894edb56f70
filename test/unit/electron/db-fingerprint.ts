/**
 * A content fingerprint of a test database, read through a second, read-only connection, so tests
 * can prove that a rejected call changed nothing without any test-only API in the app.
 */
import { createHash } from 'node:crypto';
import { openEncryptedReadOnly } from '../../../electron/db/cipher';
import type { Database } from '../../../electron/db/driver';
import { TEST_PASSPHRASE } from '../../fixtures';

/** Digest per table: every table SQLite lists (virtual and FTS shadow tables too), plus the schema. */
export type Fingerprint = Record<string, string>;

const digest = (text: string) => createHash('sha256').update(text).digest('hex');
/** Blobs (FTS5 shadow tables) as hex, so a row's JSON is exact. */
const cell = (_key: string, v: unknown) => (Buffer.isBuffer(v) ? `blob:${v.toString('hex')}` : typeof v === 'bigint' ? `int:${v.toString()}` : v);

export type DatabaseFingerprinter = {
  /** Reads the whole database as committed now. */
  take(): Fingerprint;
  /** Opens the file again (after `close`, for calls that need the database to themselves). */
  resume(passphrase?: string): void;
  close(): void;
};

/** A read-only connection to `file`, encrypted under `passphrase` as every test database is. */
export function fingerprinter(file: string, passphrase = TEST_PASSPHRASE): DatabaseFingerprinter {
  let db: Database | null = null;
  const statements = new Map<string, { all(): unknown[] }>();
  const open = () => {
    if (!db) throw new Error('the fingerprint connection is closed');
    return db;
  };
  /** Rows in any order: each row hashed, the hashes sorted, so a table's digest depends only on its content. */
  const tableDigest = (table: string) => {
    let select = statements.get(table);
    if (!select) {
      select = open().prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`).raw();
      statements.set(table, select);
    }
    const rows = select.all() as unknown[][];
    return digest(rows.map(r => digest(JSON.stringify(r, cell))).sort().join('\n'));
  };
  const connect = (key: string) => {
    statements.clear();
    db?.close();
    db = openEncryptedReadOnly(file, key);
  };
  connect(passphrase);
  return {
    take() {
      const c = open();
      const tables = c.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
      const print: Fingerprint = { sqlite_schema: tableDigest('sqlite_schema'), user_version: String(c.pragma('user_version', { simple: true })) };
      for (const table of tables) print[table] = tableDigest(table);
      return print;
    },
    resume: (next = passphrase) => connect(next),
    close() {
      statements.clear();
      db?.close();
      db = null;
    },
  };
}
