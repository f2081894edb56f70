/**
 * Databases written by every earlier schema version (test/fixtures/databases, made once by that
 * version's own code; README there) open in this version: encrypted first if plain, migrated to the
 * latest schema, and every row that version stored is still there, column for column.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openEncryptedReadOnly } from '../../electron/db/cipher';
import { DATABASE_FILE_NAME } from '../../electron/db/connection';
import { Database } from '../../electron/db/driver';
import { schemaVersion } from '../../electron/db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';
import { createVault } from '../../electron/vault/vault';
import { openDatabaseAt } from '../data-folder';
import { TEST_PASSPHRASE, tempDir, testClock } from '../fixtures';

// Every open derives the SQLCipher key (256,000 PBKDF2 rounds, on purpose), and a plain one is encrypted first.
vi.setConfig({ testTimeout: 60_000 });

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'databases');

/** Every earlier version, plain and encrypted. No version wrote a plain schema 5: it encrypted on first open. */
const CASES = [
  ['v1-plain', 1],
  ['v1-encrypted', 1],
  ['v2-plain', 2],
  ['v2-encrypted', 2],
  ['v3-plain', 3],
  ['v3-encrypted', 3],
  ['v4-plain', 4],
  ['v4-encrypted', 4],
  ['v5-encrypted', 5],
  ['v6-encrypted', 6],
  ['v7-encrypted', 7],
  ['v8-encrypted', 8],
  ['v9-encrypted', 9],
  ['v10-encrypted', 10],
  ['v11-encrypted', 11],
] as const;

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

type Row = Record<string, unknown>;

/** `row` cut down to `columns`, with blobs as JSON writes them (as the expected rows were written). */
const project = (row: Row, columns: string[]): Row =>
  JSON.parse(JSON.stringify(Object.fromEntries(columns.map(c => [c, row[c]])))) as Row;

describe('databases from earlier versions', () => {
  it('has a fixture for every earlier schema version', () => {
    expect(new Set(CASES.map(([, v]) => v))).toEqual(
      new Set(Array.from({ length: LATEST_SCHEMA_VERSION - 1 }, (_, i) => i + 1)),
    );
  });

  it.each(CASES)('%s opens, migrates to the latest schema and keeps every row', (name, version) => {
    const data = join(dir, 'data');
    mkdirSync(data);
    const file = join(data, DATABASE_FILE_NAME);
    copyFileSync(join(FIXTURES, `${name}.sqlite`), file);
    const plain = name.endsWith('plain');
    // The fixture really is of that version.
    const before = plain
      ? new Database(file, { readonly: true })
      : openEncryptedReadOnly(file, TEST_PASSPHRASE);
    try {
      expect(schemaVersion(before)).toBe(version);
    } finally {
      before.close();
    }
    const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Record<
      string,
      Row[]
    >;
    expect(Object.keys(expected)).toContain('cases');

    // As the app opens it: the vault encrypts a plain one, then the connection migrates it.
    const vault = createVault({ dataDir: data, appVersion: 't', clock: testClock });
    expect(vault.status().state).toBe(plain ? 'unencrypted' : 'locked');
    vault.unlock(TEST_PASSPHRASE);
    vault.close();

    const db = openDatabaseAt(data);
    try {
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      for (const [table, rows] of Object.entries(expected)) {
        const columns = Object.keys(rows[0] ?? {});
        const now = (db.prepare(`SELECT * FROM "${table}"`).all() as Row[]).map(r =>
          project(r, columns),
        );
        // Later versions may add rows (the security log notes the encryption); none may lose or change one.
        expect(now, `${name} ${table}`).toEqual(expect.arrayContaining(rows));
      }
      expect(expected.cases).toHaveLength(2);
    } finally {
      db.close();
    }
  });
});
