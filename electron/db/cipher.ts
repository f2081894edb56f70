import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Database } from './driver';

/**
 * SQLCipher 4's own format and key derivation (PBKDF2-HMAC-SHA512, 256,000 iterations, a random
 * salt in the file's first 16 bytes). Standard settings on purpose: a firm can open its data with
 * the open-source sqlcipher tool and the passphrase, without this app.
 */
const CIPHER_PRAGMAS = ["cipher = 'sqlcipher'", 'legacy = 4'] as const;

/** How a database file on disk is protected. */
export type FileState = 'absent' | 'plaintext' | 'encrypted';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Tells a plain SQLite file from an encrypted one by its header, without opening it. */
export function fileState(file: string): FileState {
  if (!existsSync(file)) return 'absent';
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, 16, 0);
    // An empty file is what SQLite leaves when creation was interrupted: nothing to protect yet.
    if (read === 0) return 'absent';
    return read === 16 && head.equals(SQLITE_HEADER) ? 'plaintext' : 'encrypted';
  } finally {
    closeSync(fd);
  }
}

/**
 * The passphrase's UTF-8 bytes in hex, for PRAGMA hexkey: the same key as PRAGMA key would derive,
 * but no character of the passphrase (a quote, a NUL) can end or break the SQL statement.
 */
function hex(passphrase: string): string {
  return Buffer.from(passphrase, 'utf8').toString('hex');
}

/** Chooses SQLCipher 4 for a connection; rekeying a plain file with it then encrypts that file. */
export function applyCipher(db: Database): void {
  for (const pragma of CIPHER_PRAGMAS) db.pragma(pragma);
}

/** Keys a freshly opened connection; must run before anything reads the file. */
export function applyKey(db: Database, passphrase: string): void {
  applyCipher(db);
  db.pragma(`hexkey = '${hex(passphrase)}'`);
}

/** Re-encrypts every page under a new passphrase (rollback-journal mode only: SQLite3MC refuses in WAL). */
export function applyRekey(db: Database, passphrase: string): void {
  db.pragma(`hexrekey = '${hex(passphrase)}'`);
}

/**
 * A URI naming `file` with its cipher and key, for connections the driver opens itself (the online
 * backup's destination). The path is percent-encoded, so '?' or '#' in a folder name stay literal.
 */
export function keyedUri(file: string, passphrase: string): string {
  return `${pathToFileURL(file).href}?cipher=sqlcipher&legacy=4&hexkey=${hex(passphrase)}`;
}

/** A wrong key only shows when the first page is read, as SQLITE_NOTADB ("file is not a database"). */
export function isWrongKey(err: unknown): boolean {
  return (err as { code?: unknown }).code === 'SQLITE_NOTADB';
}

/** Opens an existing encrypted file read-only, proving the key by reading the schema. */
export function openEncryptedReadOnly(file: string, passphrase: string): Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    applyKey(db, passphrase);
    db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
