/**
 * Creating the case database so that only one process ever does it (issue 12, item 3). Several
 * processes may find the data folder empty at once: the app and CLI commands, or several commands.
 * If each created `advisor.sqlite` in place, one would open a file another had only half written
 * (its salt, not yet its schema) and report a correct passphrase as wrong.
 *
 * So each builds a complete database under its own temporary name in the same folder (keyed,
 * migrated, flushed to disk, closed), then hard-links it to `advisor.sqlite`. link() never replaces
 * a file: exactly one process wins, and the others, failing with EEXIST, drop their copy and open the
 * winner's, which is whole from the moment it has its name.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, constants, copyFileSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AdvisorError } from '../../shared/result';
import { createPrivateFile } from '../private-files';
import { applyKey, fileState } from './cipher';
import { Database } from './driver';
import { migrate } from './migrate';
import { configureConnection } from './pragmas';

const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal'] as const;

function errorCode(err: unknown): unknown {
  return (err as { code?: unknown }).code;
}

/** Flushes a file (or, on POSIX, a folder's entries) to disk; folders cannot be opened on Windows. */
function fsyncPath(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    if (process.platform === 'win32') return;
    throw err;
  }
  try {
    fsyncSync(fd);
  } catch (err) {
    // Some file systems refuse fsync on a folder; the file itself was flushed already.
    if (errorCode(err) !== 'EINVAL' && errorCode(err) !== 'EPERM') throw err;
  } finally {
    closeSync(fd);
  }
}

/** A new, keyed, fully migrated database in `file` (which must not exist), closed and flushed. */
function buildDatabase(file: string, passphrase: string): void {
  createPrivateFile(file);
  const db = new Database(file, { fileMustExist: true });
  try {
    applyKey(db, passphrase);
    configureConnection(db);
    migrate(db);
  } finally {
    // The only connection: closing checkpoints the WAL into the file and removes -wal and -shm.
    db.close();
  }
  // A WAL left behind would be lost with the temporary name: the database must be whole in one file.
  if (existsSync(`${file}-wal`)) throw new AdvisorError('internal', `The new database in ${dirname(file)} could not be completed; nothing was created.`);
  fsyncPath(file);
}

/**
 * Gives `staged` the name `file` unless `file` exists; true when it did. link() is atomic and never
 * replaces. Where the file system has no hard links (FAT, some network shares) an exclusive copy
 * still never replaces a database, though another process could then see it half copied.
 */
function claimName(staged: string, file: string): boolean {
  try {
    linkSync(staged, file);
    return true;
  } catch (err) {
    if (errorCode(err) === 'EEXIST') return false;
  }
  try {
    copyFileSync(staged, file, constants.COPYFILE_EXCL);
    fsyncPath(file);
    return true;
  } catch (err) {
    if (errorCode(err) === 'EEXIST') return false;
    throw err;
  }
}

/**
 * An empty `advisor.sqlite` is what an interrupted creation by an earlier version left. It is moved
 * aside (not deleted: between the check and the move another process may have put a real database
 * there, which is then put back) so the name can be claimed.
 */
function clearEmptyLeftover(file: string): void {
  const aside = `${file}.empty-${randomUUID()}`;
  try {
    renameSync(file, aside);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return;
    throw err;
  }
  if (statSync(aside).size === 0) {
    rmSync(aside, { force: true });
    return;
  }
  if (!claimName(aside, file)) {
    throw new AdvisorError('internal', `Two new databases appeared in ${dirname(file)} at once; one was kept as ${aside}. Close every other copy of the app and try again.`);
  }
  rmSync(aside, { force: true });
}

/**
 * Creates the encrypted database at `file` under `passphrase` if there is none; returns true when
 * this call created it, false when one existed (or another process created it first). Either way
 * `file` then holds a complete database, to be opened with openDatabase.
 */
export function createIfAbsent(file: string, passphrase: string): boolean {
  if (fileState(file) !== 'absent') return false;
  clearEmptyLeftover(file);
  const staged = `${file}.creating-${randomUUID()}`;
  try {
    buildDatabase(staged, passphrase);
    const won = claimName(staged, file);
    if (won) fsyncPath(dirname(file));
    return won;
  } finally {
    for (const suffix of ['', ...SQLITE_COMPANIONS]) rmSync(`${staged}${suffix}`, { force: true });
  }
}
