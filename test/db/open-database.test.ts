/**
 * What openDatabase refuses, and how: a plain (unencrypted) file, the wrong passphrase, a file that
 * is not a database. Each refusal leaves the file as it was and holds no handle to it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstReadRefusal, openDatabase } from '../../electron/db/connection';
import { Database } from '../../electron/db/driver';
import { AdvisorError } from '../../shared/result';
import { TEST_PASSPHRASE, tempDir } from '../fixtures';

let folder: ReturnType<typeof tempDir>;
let file: string;
beforeEach(() => {
  folder = tempDir('advisor-open-');
  file = join(folder.dir, 'advisor.sqlite');
});
afterEach(() => folder.cleanup());

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The error `fn` throws, so its code, field and message can all be checked. */
function refusal(fn: () => unknown): AdvisorError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AdvisorError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

/** How many of this process's open file descriptors point at `path` (Linux's /proc). */
const handlesOn = (path: string) =>
  readdirSync('/proc/self/fd').filter(fd => {
    try {
      return readlinkSync(join('/proc/self/fd', fd)) === path;
    } catch {
      return false; // closed between listing and reading
    }
  }).length;

describe('opening the database', () => {
  it('refuses a plain SQLite file, unchanged, and says how it gets encrypted', () => {
    const plain = new Database(file);
    plain.exec('CREATE TABLE notes (text TEXT)');
    plain.close();
    const before = digest(file);
    const err = refusal(() => openDatabase(file, TEST_PASSPHRASE));
    expect(err.code).toBe('internal');
    expect(err.message).toBe(`${file} is not encrypted yet; unlock it through the app or the CLI to encrypt it.`);
    expect(digest(file)).toBe(before);
  });

  it('refuses the wrong passphrase on the passphrase field, saying nothing was changed', () => {
    openDatabase(file, TEST_PASSPHRASE).close();
    const before = digest(file);
    const err = refusal(() => openDatabase(file, 'not the passphrase'));
    expect(err).toMatchObject({ code: 'wrong-passphrase', field: 'passphrase' });
    expect(err.message).toBe(
      'That passphrase does not open this database (or the file is not an Immigration Advisor database). Nothing was changed; try again.',
    );
    expect(digest(file)).toBe(before);
  });

  it('takes a file of other bytes for a database under another passphrase, and leaves it alone', () => {
    writeFileSync(file, 'These are the lawyer’s notes, not a database at all.');
    const before = digest(file);
    expect(refusal(() => openDatabase(file, TEST_PASSPHRASE)).code).toBe('wrong-passphrase');
    expect(digest(file)).toBe(before);
  });

  it('calls a file another program holds locked busy, not "not a database", and leaves it alone', () => {
    const holder = openDatabase(file, TEST_PASSPHRASE);
    try {
      // Exclusive locking mode keeps the lock after this write, as a program in the middle of a long write would.
      holder.pragma('locking_mode = EXCLUSIVE');
      holder.exec('CREATE TABLE held (x)');
      const err = refusal(() => openDatabase(file, TEST_PASSPHRASE));
      expect(err.code).toBe('busy');
      expect(err.message).toBe('The database is in use by another program that is writing to it. Nothing was changed; try again in a moment.');
      expect(err.message).not.toContain(file);
    } finally {
      holder.close();
    }
    openDatabase(file, TEST_PASSPHRASE).close();
    // It waits out the busy timeout (5 s) before giving up, by design; the limit leaves room on a loaded machine.
  }, 60_000);

  it('names each kind of first-read failure for what it is', () => {
    const sqlite = (code: string, message: string) => Object.assign(new Error(message), { code });
    const tooNew = new AdvisorError('database-too-new', 'made by a newer version');
    expect(firstReadRefusal(tooNew, file)).toBe(tooNew);
    expect(firstReadRefusal(sqlite('SQLITE_NOTADB', 'file is not a database'), file).code).toBe('wrong-passphrase');
    expect(firstReadRefusal(sqlite('SQLITE_BUSY', 'database is locked'), file).code).toBe('busy');
    expect(firstReadRefusal(sqlite('SQLITE_LOCKED_SHAREDCACHE', 'locked'), file).code).toBe('busy');
    const io = firstReadRefusal(sqlite('SQLITE_IOERR_READ', 'disk I/O error'), file);
    expect(io.code).toBe('internal');
    expect(io.message).toBe(`${file} could not be read as an Immigration Advisor database (disk I/O error).`);
    expect(firstReadRefusal('odd', file).message).toBe(`${file} could not be read as an Immigration Advisor database (odd).`);
  });

  it.skipIf(process.platform !== 'linux')('closes the file when it refuses it', () => {
    openDatabase(file, TEST_PASSPHRASE).close();
    expect(handlesOn(file)).toBe(0);
    refusal(() => openDatabase(file, 'not the passphrase'));
    expect(handlesOn(file)).toBe(0);
  });
});
