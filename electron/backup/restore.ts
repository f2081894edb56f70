import { existsSync, renameSync, rmSync } from 'node:fs';
import { AdvisorError } from '../../shared/result';
import { applyKey, openEncryptedReadOnly } from '../db/cipher';
import { Database } from '../db/driver';
import { backupTo } from './backup-file';

/** The live database's companion files, which move with it. */
const COMPANIONS = ['', '-wal', '-shm'] as const;

/**
 * Copies a backup (opened under its own passphrase) into `${target}.restoring`, re-encrypted under
 * the current passphrase, and checks the copy in full. The live database is not touched yet.
 */
export async function prepareRestore(backupFile: string, backupPassphrase: string, target: string, passphrase: string): Promise<string> {
  const staged = `${target}.restoring`;
  const source = openEncryptedReadOnly(backupFile, backupPassphrase);
  try {
    await backupTo(source, passphrase, staged, null);
  } finally {
    source.close();
  }
  const copy = new Database(staged, { fileMustExist: true });
  try {
    applyKey(copy, passphrase);
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new AdvisorError('internal', `The restored copy failed its integrity check (${String(check)}); nothing was replaced.`);
  } catch (err) {
    rmSync(staged, { force: true });
    throw err;
  } finally {
    copy.close();
  }
  return staged;
}

/**
 * Puts the staged copy in place of the (closed) live database, which is kept aside under `aside`.
 * Returns a function that undoes the swap, for when the restored database then fails to open.
 */
export function swapIn(staged: string, target: string, aside: string): () => void {
  for (const suffix of COMPANIONS) rmSync(`${aside}${suffix}`, { force: true });
  for (const suffix of COMPANIONS) if (existsSync(`${target}${suffix}`)) renameSync(`${target}${suffix}`, `${aside}${suffix}`);
  renameSync(staged, target);
  return () => {
    for (const suffix of COMPANIONS) rmSync(`${target}${suffix}`, { force: true });
    for (const suffix of COMPANIONS) if (existsSync(`${aside}${suffix}`)) renameSync(`${aside}${suffix}`, `${target}${suffix}`);
  };
}
