/**
 * What killed backups and crashed print jobs leave is removed, and only that: our own names, whose
 * writer (the pid in the name) is gone. A live process's file, a folder or file of another shape,
 * and the user's own files stay.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeBackupLeftovers } from '../../../electron/backup/rotation';
import { ownedName, release } from '../../../electron/owned-files';
import { printFolderPrefix, removeAbandonedPrintFolders } from '../../../electron/print-folders';
import { createVault } from '../../../electron/vault/vault';
import { CANCELLED_DIALOGS } from '../../../electron/dialogs';
import { TEST_PASSPHRASE, tempDir, testClock } from '../../fixtures';
import { deadPid } from '../../dead-pid';
import { expectOk } from './test-advisor';

vi.setConfig({ testTimeout: 30_000 });

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const touch = (name: string) => writeFileSync(join(dir, name), 'x');
const names = () => readdirSync(dir).sort();
const BACKUP = 'Immigration Advisor backup 2026-11-29 090000.sqlite';

describe('backup leftovers in the backup folder', () => {
  it('removes a dead writer’s .partial and journal, and the untagged ones of earlier versions', () => {
    const dead = String(deadPid());
    const live = String(process.ppid);
    const mine = ownedName(join(dir, BACKUP));
    const litter = [`${BACKUP}.${dead}.partial`, `${BACKUP}.${dead}.partial-journal`, `${BACKUP}.partial`, `${BACKUP}.partial-journal`];
    const kept = [BACKUP, `${BACKUP}.${live}.partial`, `${BACKUP}.${live}.partial-journal`, `${mine.slice(dir.length + 1)}.partial`, 'my notes.partial', 'copy.sqlite.1.partial'];
    for (const name of [...litter, ...kept]) touch(name);
    mkdirSync(join(dir, `${BACKUP}.${dead}.partial-folder`));
    expect(removeBackupLeftovers(dir).sort()).toEqual([...litter].sort());
    expect(names()).toEqual([...kept, `${BACKUP}.${dead}.partial-folder`].sort());
    // Once this process has finished with its own, a later sweep may take what it left.
    release(mine);
    expect(removeBackupLeftovers(dir)).toEqual([`${mine.slice(dir.length + 1)}.partial`]);
  });

  it('are swept on unlock and before each backup, through the vault', async () => {
    const data = join(dir, 'data');
    const folder = join(dir, 'backups');
    mkdirSync(data);
    mkdirSync(folder);
    const now = Date.parse('2026-11-29T09:00:00Z');
    const vault = createVault({ dataDir: data, appVersion: 't', clock: () => new Date(now), dialogs: { ...CANCELLED_DIALOGS, chooseBackupFolder: () => Promise.resolve(folder) } });
    try {
      vault.unlock(TEST_PASSPHRASE);
      await expectOk(vault, 'backups:choose-folder', {});
      const made = readdirSync(folder);
      // Another day's, so only the sweep of the whole folder (not the backup to that same name) removes it.
      const left = `Immigration Advisor backup 2026-11-28 170000.sqlite.${String(deadPid())}.partial`;
      writeFileSync(join(folder, left), 'x');
      // A backup today exists, so only the sweep can remove it.
      await expectOk(vault, 'backups:run', {});
      expect(readdirSync(folder)).toEqual(made);
      writeFileSync(join(folder, left), 'x');
      vault.lock();
      vault.unlock(TEST_PASSPHRASE);
      await vault.runDueBackup();
      expect(readdirSync(folder)).toEqual(made);
    } finally {
      vault.close();
    }
  });

  it('of a backup to a named file are removed by the next backup to that file', async () => {
    const data = join(dir, 'data');
    mkdirSync(data);
    const dest = join(dir, 'copy.sqlite');
    const dead = `copy.sqlite.${String(deadPid())}.partial`;
    const live = `copy.sqlite.${String(process.ppid)}.partial`;
    for (const name of [dead, `${dead}-journal`, live, 'other.sqlite.1.partial']) touch(name);
    const vault = createVault({ dataDir: data, appVersion: 't', clock: testClock });
    try {
      vault.unlock(TEST_PASSPHRASE);
      await vault.backupToFile(dest);
    } finally {
      vault.close();
    }
    expect(names()).toEqual(['copy.sqlite', live, 'data', 'other.sqlite.1.partial'].sort());
  });
});

describe('print folders', () => {
  it('removes at start-up those of an app that is gone, keeps a running one’s and this one’s', () => {
    const dead = String(deadPid());
    const live = String(process.ppid);
    const gone = [`advisor-memo.${dead}-a1B2c3`, 'advisor-memo-Zz9Yy8'];
    const running = [`advisor-memo.${live}-a1B2c3`];
    for (const name of [...gone, ...running]) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'Memo 2026-0001.pdf'), '%PDF client data');
    }
    const mine = mkdtempSync(printFolderPrefix(dir));
    // A file of that shape is not a print folder; other folders are not ours.
    touch(`advisor-memo.${dead}-notdir`);
    mkdirSync(join(dir, 'advisor-memories'));
    expect(removeAbandonedPrintFolders(dir).sort()).toEqual([...gone].sort());
    expect(names()).toEqual([...running, mine.slice(dir.length + 1), `advisor-memo.${dead}-notdir`, 'advisor-memories'].sort());
  });
});
