/**
 * Writers wait their turn instead of failing (issue 12, item 1): every write transaction begins
 * IMMEDIATE, every connection waits for another writer, and migrations never run twice when two
 * processes open one database at once. The processes themselves are in concurrent-writers.test.ts.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyKey, openEncryptedReadOnly } from '../../electron/db/cipher';
import { openDatabase } from '../../electron/db/connection';
import { Database } from '../../electron/db/driver';
import { migrate, schemaVersion } from '../../electron/db/migrate';
import type { Migration } from '../../electron/db/migrations';
import { BUSY_TIMEOUT_MS } from '../../electron/db/pragmas';
import { writeTransaction } from '../../electron/db/write-transaction';
import { TEST_PASSPHRASE, tempDir } from '../fixtures';

let folder: ReturnType<typeof tempDir>;
let file: string;
const open: Database[] = [];
const connect = () => {
  const db = openDatabase(file, TEST_PASSPHRASE);
  open.push(db);
  return db;
};

beforeEach(() => {
  folder = tempDir('advisor-writes-');
  file = join(folder.dir, 'advisor.sqlite');
});
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  folder.cleanup();
});

const setSetting = (db: Database, value: string) =>
  db.prepare("INSERT INTO settings (key, value) VALUES ('probe', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(value);

describe('write transactions', () => {
  it('gives every connection the app opens a 5-second wait for another writer', () => {
    expect(BUSY_TIMEOUT_MS).toBe(5000);
    expect(connect().pragma('busy_timeout', { simple: true })).toBe(5000);
    // Backups and restores open their files read-only through the driver, with the same wait.
    const reader = openEncryptedReadOnly(file, TEST_PASSPHRASE);
    open.push(reader);
    expect(reader.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('holds the write lock from its first statement, so no other writer gets in between its read and its write', () => {
    const app = connect();
    const cli = connect();
    cli.pragma('busy_timeout = 0'); // fail at once instead of waiting five seconds
    const result = writeTransaction(app, () => {
      const before = app.prepare("SELECT count(*) FROM settings WHERE key = 'probe'").pluck().get();
      // A deferred transaction would still be only reading here, and let this write in; its own
      // write below would then fail with SQLITE_BUSY_SNAPSHOT.
      let refused: unknown;
      try {
        setSetting(cli, 'from the cli');
      } catch (err) {
        refused = err;
      }
      setSetting(app, 'from the app');
      return { before, refused };
    })();
    expect(result.before).toBe(0);
    expect((result.refused as { code?: string } | undefined)?.code).toBe('SQLITE_BUSY');
    expect(cli.prepare("SELECT value FROM settings WHERE key = 'probe'").pluck().get()).toBe('from the app');
    setSetting(cli, 'from the cli'); // and once it is committed, the other writer goes ahead
  });

  it('becomes a savepoint inside another transaction: an inner failure undoes only the inner part', () => {
    const db = connect();
    writeTransaction(db, () => {
      setSetting(db, 'outer');
      expect(() =>
        writeTransaction(db, () => {
          setSetting(db, 'inner');
          throw new Error('inner failure');
        })(),
      ).toThrow('inner failure');
    })();
    expect(db.prepare("SELECT value FROM settings WHERE key = 'probe'").pluck().get()).toBe('outer');
  });
});

describe('migrations with two processes opening one database', () => {
  /** A bare keyed connection to a new file, before any migration. */
  const bare = () => {
    const db = new Database(file);
    open.push(db);
    applyKey(db, TEST_PASSPHRASE);
    return db;
  };

  it('reads the version again under the write lock, so a migration the other process applied meanwhile is not run twice', () => {
    const steps: Migration[] = [
      { version: 1, name: '0001-a', sql: 'CREATE TABLE a (x INTEGER)' },
      { version: 2, name: '0002-b', sql: 'CREATE TABLE b (x INTEGER)' },
    ];
    const first = bare();
    first.pragma('journal_mode = WAL'); // writes the file's first page (and salt) before the second opens it
    const second = bare();
    expect(schemaVersion(second)).toBe(0);
    let raced = false;
    // The second process has read version 0 and is about to migrate when the first one does it all.
    const racing = steps.map(step => ({
      ...step,
      get version() {
        if (!raced) {
          raced = true;
          migrate(first, steps);
        }
        return step.version;
      },
    }));
    expect(migrate(second, racing)).toBe(2);
    expect(raced).toBe(true);
    expect(second.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()).toEqual(['a', 'b']);
  });
});
