/**
 * The one place the SQLite driver is imported (lint enforces it), so URI filenames are switched
 * on before the native addon reads its configuration.
 */
import './uri-filenames';
import Driver from 'better-sqlite3-multiple-ciphers';
import { cppdb } from 'better-sqlite3-multiple-ciphers/lib/util.js';

export const Database: typeof Driver = Driver;
export type Database = Driver.Database;

/** A running online backup: copy `pages` at a time (-1: all) until none remain. */
export type BackupHandle = {
  transfer(pages: number): { totalPages: number; remainingPages: number };
  close(): void;
};

type NativeDatabase = { backup(db: Database, schema: string, dest: string, unlinkOnFailure: boolean): BackupHandle };

/**
 * Starts SQLite's online backup of `source` into the database named by `destUri`. The driver's own
 * `backup()` cannot be used: it checks the destination's folder with path.dirname, which a URI
 * (the only way to give the destination a cipher and key) does not survive. This calls the same
 * native method it does, so the copy is the real sqlite3_backup_step, page by page.
 */
export function startBackup(source: Database, destUri: string): BackupHandle {
  const native = (source as unknown as Record<symbol, NativeDatabase | undefined>)[cppdb];
  if (!native) throw new Error('The SQLite driver no longer exposes its native backup; check the pinned version.');
  return native.backup(source, 'main', destUri, true);
}
