/**
 * Every connection the app and the CLI work through runs with the durability settings of
 * electron/db/pragmas.ts: WAL, synchronous FULL, the busy wait, foreign keys and the page cache. Checked on every
 * connection openDatabase returns (the vault's, the CLI's, a restore's working copy) and at every
 * write transaction on any connection (a new database is built and migrated on one of its own), on
 * each path: the app's vault, the CLI's import, backup and restore.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../electron/db/driver';
import type * as Connection from '../../electron/db/connection';
import type * as WriteTransaction from '../../electron/db/write-transaction';
import { createVault } from '../../electron/vault/vault';
import { runCliIn } from '../unit/electron/cli-runner';
import { fixturePath, loadFixture, TEST_PASSPHRASE, tempDir, testClock } from '../fixtures';

// Every open derives the SQLCipher key (256,000 PBKDF2 rounds, on purpose): seconds per test on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

type Settings = {
  file: string;
  journal: unknown;
  synchronous: unknown;
  busyTimeout: unknown;
  foreignKeys: unknown;
  cacheSize: unknown;
};
const { seen, settingsOf } = vi.hoisted(() => ({
  seen: [] as Settings[],
  settingsOf: (db: Database): Settings => ({
    file: db.name,
    journal: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
    busyTimeout: db.pragma('busy_timeout', { simple: true }),
    foreignKeys: db.pragma('foreign_keys', { simple: true }),
    cacheSize: db.pragma('cache_size', { simple: true }),
  }),
}));
vi.mock('../../electron/db/connection', async importOriginal => {
  const real = await importOriginal<typeof Connection>();
  return {
    ...real,
    openDatabase: (file: string, passphrase: string) => {
      const db = real.openDatabase(file, passphrase);
      seen.push(settingsOf(db));
      return db;
    },
  };
});
vi.mock('../../electron/db/write-transaction', async importOriginal => {
  const real = await importOriginal<typeof WriteTransaction>();
  return {
    ...real,
    writeTransaction: <A extends unknown[], R>(db: Database, fn: (...args: A) => R) => {
      const run = real.writeTransaction(db, fn);
      return (...args: A) => {
        seen.push(settingsOf(db));
        return run(...args);
      };
    },
  };
});

/** What pragmas.ts sets: synchronous 2 is FULL; a negative cache size is in KiB (64 MB). */
const DURABLE = {
  journal: 'wal',
  synchronous: 2,
  busyTimeout: 5000,
  foreignKeys: 1,
  cacheSize: -65536,
};

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  seen.length = 0;
});
afterEach(() => cleanup());

/** The files worked on, after checking every connection and write was durable. */
function writtenFiles(): string[] {
  expect(seen.length).toBeGreaterThan(0);
  for (const s of seen) expect(s, s.file).toMatchObject(DURABLE);
  // Temporary names lose their unique part: advisor.sqlite.creating-<uuid>, advisor.sqlite.restoring.<pid>.
  const names = seen.map(s =>
    (s.file.split(/[\\/]/).pop() ?? '').replace(/-[0-9a-f-]{36}$|\.\d+$/, ''),
  );
  return [...new Set(names)].sort();
}

describe('durability settings on every connection', () => {
  it('the app: creating the database, writing to it, and unlocking it again', async () => {
    const data = join(dir, 'data');
    mkdirSync(data);
    const vault = createVault({
      dataDir: data,
      appVersion: 't',
      actor: () => 'ann',
      clock: testClock,
    });
    try {
      vault.unlock(TEST_PASSPHRASE);
      const created = await vault.dispatch('cases:create', {
        caseFile: loadFixture('priya-sharma.case.json'),
      });
      expect(created.ok).toBe(true);
      expect(writtenFiles()).toEqual(['advisor.sqlite', 'advisor.sqlite.creating']);
      vault.lock();
      seen.length = 0;
      vault.unlock(TEST_PASSPHRASE);
      expect(writtenFiles()).toEqual(['advisor.sqlite']);
    } finally {
      vault.close();
    }
  });

  it('the CLI: importing, backing up, and restoring (the working copy, then the database reopened)', async () => {
    const data = join(dir, 'data');
    expect((await runCliIn(data, 'import', fixturePath('li-wei-minimal.case.json'))).code).toBe(0);
    expect(writtenFiles()).toEqual(['advisor.sqlite', 'advisor.sqlite.creating']);
    seen.length = 0;
    const backup = join(dir, 'copy.sqlite');
    expect((await runCliIn(data, 'backup', '--out', backup)).code).toBe(0);
    const restored = await runCliIn(data, 'restore', backup);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    // The backup's working copy is opened as the database is, and written, before it replaces it.
    expect(writtenFiles()).toEqual(['advisor.sqlite', 'advisor.sqlite.restoring']);
  });
});
