/**
 * Files and folders only their owner may read (issue 12, item 5). Everything the app writes holds
 * client data, encrypted or not, so on POSIX it is created 0600 (folders 0700), whatever the umask:
 * the mode passed to open or mkdir is only filtered by the umask, so it is set again explicitly.
 * On Windows the mode only toggles the read-only flag; there the files are protected by the folder's
 * access list (the user's profile), which they inherit.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, closeSync, fchmodSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Owner read and write, nobody else. */
export const PRIVATE_FILE_MODE = 0o600;
/** Owner only, for folders. */
export const PRIVATE_DIR_MODE = 0o700;

/** Opens a new file (fails if `path` exists) with the private mode set exactly; returns its descriptor. */
function openNewPrivate(path: string): number {
  const fd = openSync(path, 'wx', PRIVATE_FILE_MODE);
  try {
    fchmodSync(fd, PRIVATE_FILE_MODE);
    return fd;
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/**
 * Creates `path` as an empty private file; fails with EEXIST if it exists. SQLite then opens it as
 * a new database and gives its -wal, -shm and -journal files the same mode.
 */
export function createPrivateFile(path: string): void {
  closeSync(openNewPrivate(path));
}

/**
 * Writes `data` to a private file beside `path`, flushes it to disk, then renames it over `path`, so
 * a reader (or a crash) never sees half a file under the chosen name. On any failure the temporary
 * file is removed and the error rethrown; `path` is then as it was.
 */
export function writePrivateFileAtomically(path: string, data: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const fd = openNewPrivate(temporary);
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw err;
  }
}

/**
 * Makes the data folder if it is missing, private. A folder this call creates is set to 0700; an
 * existing one is tightened only when `own` says the app owns it (its default folder, which older
 * versions created with the umask's 0755). A folder the firm chose (ADVISOR_DATA_DIR, --data-dir)
 * may be shared on purpose, or be something like the home folder, so it is left as it is; the
 * files the app puts in it are private either way.
 */
export function ensurePrivateFolder(dir: string, own: boolean): void {
  const created = mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if ((created !== undefined || own) && process.platform !== 'win32') chmodSync(dir, PRIVATE_DIR_MODE);
}
