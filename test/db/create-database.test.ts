/**
 * Exclusive creation of a new database (issue 12, item 3): built whole under a temporary name, then
 * given its name by link(), which never replaces a file. Several processes racing to create one is
 * in concurrent-writers.test.ts; these are the single-process rules around it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/connection';
import { createIfAbsent } from '../../electron/db/create-database';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';
import { schemaVersion } from '../../electron/db/migrate';
import { TEST_PASSPHRASE, tempDir } from '../fixtures';

let folder: ReturnType<typeof tempDir>;
let file: string;
beforeEach(() => {
  folder = tempDir('advisor-create-');
  file = join(folder.dir, 'advisor.sqlite');
});
afterEach(() => folder.cleanup());

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('creating the database', () => {
  it('creates it complete under its name, and leaves nothing else behind', () => {
    expect(createIfAbsent(file, TEST_PASSPHRASE)).toBe(true);
    // Closed and checkpointed before it was named: one self-contained file.
    expect(readdirSync(folder.dir)).toEqual(['advisor.sqlite']);
    const db = openDatabase(file, TEST_PASSPHRASE);
    try {
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });

  it('leaves an existing database exactly as it is, whatever passphrase is given', () => {
    createIfAbsent(file, TEST_PASSPHRASE);
    const before = digest(file);
    expect(createIfAbsent(file, TEST_PASSPHRASE)).toBe(false);
    expect(createIfAbsent(file, 'another passphrase entirely')).toBe(false);
    expect(digest(file)).toBe(before);
    expect(readdirSync(folder.dir)).toEqual(['advisor.sqlite']);
    expect(() => openDatabase(file, 'another passphrase entirely')).toThrow(/does not open this database/);
  });

  it('replaces the empty file an interrupted creation left, so the name can be taken', () => {
    writeFileSync(file, '');
    expect(createIfAbsent(file, TEST_PASSPHRASE)).toBe(true);
    expect(readdirSync(folder.dir)).toEqual(['advisor.sqlite']);
    openDatabase(file, TEST_PASSPHRASE).close();
  });
});
