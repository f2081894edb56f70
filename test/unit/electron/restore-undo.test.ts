/** A restore whose restored database will not open puts the original back (backup-handlers.ts). */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Connection from '../../../electron/db/connection';
import { CANCELLED_DIALOGS, type Dialogs } from '../../../electron/dialogs';
import { createVault, type Vault } from '../../../electron/vault/vault';
import type { Method } from '../../../shared/contract';
import { loadFixture, TEST_PASSPHRASE, tempDir } from '../../fixtures';
import { expectFailure, expectOk } from './test-advisor';

// Every open derives the SQLCipher key (256,000 PBKDF2 rounds, on purpose): seconds per test on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

/** The next open of this file fails, as a restored database that will not open would. */
const trap = vi.hoisted(() => ({ file: null as string | null }));
vi.mock('../../../electron/db/connection', async importOriginal => {
  const real = await importOriginal<typeof Connection>();
  return {
    ...real,
    openDatabase: (file: string, passphrase: string) => {
      if (file === trap.file) {
        trap.file = null;
        throw new Error('disk I/O error');
      }
      return real.openDatabase(file, passphrase);
    },
  };
});

let dir: string;
let cleanup: () => void;
let vault: Vault;
let now: number;
const picks: { folder: string | null } = { folder: null };
const dialogs: Dialogs = {
  ...CANCELLED_DIALOGS,
  chooseBackupFolder: () => Promise.resolve(picks.folder),
};

beforeEach(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  dir = join(t.dir, 'data');
  picks.folder = join(t.dir, 'backups');
  mkdirSync(dir);
  mkdirSync(picks.folder);
  now = Date.parse('2026-11-29T09:00:00Z');
  vault = createVault({
    dataDir: dir,
    appVersion: 't',
    actor: () => 'ann',
    clock: () => new Date(now),
    dialogs,
  });
  vault.unlock(TEST_PASSPHRASE);
});
afterEach(() => {
  vault.close();
  cleanup();
});

const ok = <M extends Method>(method: M, input: unknown = {}) => expectOk(vault, method, input);

describe('a restore whose restored database will not open', () => {
  it('puts the replaced database back: the same cases are live and no copy is left behind', async () => {
    await ok('backups:choose-folder');
    await ok('cases:create', { caseFile: loadFixture('priya-sharma.case.json') });
    now += 60_000;
    const made = await ok('backups:run');
    await ok('cases:create', { caseFile: loadFixture('li-wei-minimal.case.json') });
    const before = await ok('cases:list');
    expect(before.total).toBe(2);
    const chosen = await ok('backups:choose-restore', { name: made.name });
    if ('cancelled' in chosen) throw new Error('cancelled');
    const filesBefore = readdirSync(dir).sort();

    trap.file = join(dir, 'advisor.sqlite');
    const failed = await expectFailure(vault, 'backups:restore', { token: chosen.token });
    expect(failed.code).toBe('internal');
    expect(trap.file).toBeNull(); // the swap happened and the reopen failed, as staged

    // The original (two cases, not the backup's one) is open again, and the folder is as it was.
    expect(vault.status().state).toBe('unlocked');
    expect(await ok('cases:list')).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(filesBefore);
  });
});
