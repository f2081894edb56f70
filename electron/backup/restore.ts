import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AdvisorError } from '../../shared/result';
import { openEncryptedReadOnly } from '../db/cipher';
import { openDatabase } from '../db/connection';
import type { Database } from '../db/driver';
import { ownedName, release } from '../owned-files';
import { backupTo } from './backup-file';
import { stepDone } from './crash-hook';
import { syncFile, syncFolder } from './durable';
import { clearIntent, INTENT_FILE_NAME, recoverOwnRestore, STAGED_BASE, writeIntent } from './restore-journal';

/**
 * Copies a backup (opened under its own passphrase) into the data folder as the staged copy,
 * re-encrypted under the current passphrase and brought to this version's schema; `record` then
 * writes the restore's security-log entry into it, so the entry is live exactly when the restored
 * database is. Checked in full before it is returned. The live database is not touched.
 */
export async function prepareRestore(
  backupFile: string,
  backupPassphrase: string,
  target: string,
  passphrase: string,
  record: (staged: Database) => void,
): Promise<string> {
  const staged = ownedName(join(dirname(target), STAGED_BASE));
  try {
    const source = openEncryptedReadOnly(backupFile, backupPassphrase);
    try {
      await backupTo(source, passphrase, staged, null);
    } finally {
      source.close();
    }
    // Opened as the app will open it (migrations included), so a backup from an older version is
    // brought up to date before the swap, not half-way through the first open after it.
    const copy = openDatabase(staged, passphrase);
    try {
      record(copy);
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new AdvisorError('internal', `The restored copy failed its integrity check (${String(check)}); nothing was replaced.`);
    } finally {
      copy.close();
    }
    stepDone('staged-logged');
    return staged;
  } catch (err) {
    discardStaged(staged);
    throw err;
  }
}

/** Removes a staged copy that will not be swapped in. */
export function discardStaged(staged: string): void {
  for (const suffix of ['-wal', '-shm', '-journal', '']) rmSync(`${staged}${suffix}`, { force: true });
  release(staged);
}

/**
 * Swaps the staged copy in for the (closed) live database, which becomes the safety copy `aside`,
 * through the journal (restore-journal.ts): flush the copy, write the intent record, rename the live
 * database aside, rename the copy in, remove the record, flushing the folder after each rename.
 * Refuses, changing nothing, while another process has the database open: it would go on writing to
 * the file set aside.
 */
export function swapIn(staged: string, target: string, aside: string): void {
  const dataDir = dirname(target);
  if (existsSync(`${target}-wal`) || existsSync(`${target}-shm`)) {
    throw new AdvisorError(
      'conflict',
      'The database is open in another Immigration Advisor window or command. Close it, then restore again. Nothing was replaced.',
    );
  }
  // Another restore in the same second (two requests at once) must never overwrite this one's safety copy.
  if (existsSync(join(dataDir, INTENT_FILE_NAME)) || existsSync(aside)) {
    throw new AdvisorError('conflict', 'Another restore is under way in this data folder. Try again once it has finished. Nothing was replaced.');
  }
  syncFile(staged);
  stepDone('staged-synced');
  try {
    writeIntent(dataDir, { direction: 'forward', staged: basename(staged), aside: basename(aside) });
    renameSync(target, aside);
    stepDone('aside-renamed');
    syncFolder(dataDir);
    stepDone('aside-synced');
    renameSync(staged, target);
    stepDone('restored-renamed');
    syncFolder(dataDir);
    stepDone('swap-synced');
  } catch (err) {
    // A rename or flush refused (a file held open on Windows, a failing disk): settle now, as the
    // next open would. Once the copy is in place the restore has happened, and says so.
    let outcome: string;
    try {
      outcome = recoverOwnRestore(dataDir);
    } catch {
      // The record stays, and the next open settles the folder or says why it cannot.
      throw err;
    }
    if (outcome !== 'restored') throw err;
    release(staged);
    return;
  }
  release(staged);
  clearIntent(dataDir);
}

/** Undoes a completed swap (the restored database would not open): the safety copy goes back in place. */
export function putBack(target: string, aside: string, staged: string): void {
  const dataDir = dirname(target);
  writeIntent(dataDir, { direction: 'back', staged: basename(staged), aside: basename(aside) });
  recoverOwnRestore(dataDir);
}
