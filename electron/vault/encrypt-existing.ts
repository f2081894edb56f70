import { chmodSync, copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { AdvisorError } from '../../shared/result';
import { applyCipher, applyKey, applyRekey } from '../db/cipher';
import { Database } from '../db/driver';
import { assertNotNewer } from '../db/migrate';
import { PRIVATE_FILE_MODE } from '../private-files';

/** Row counts of every table, to prove the encrypted copy holds exactly what the plain file did. */
function tableCounts(db: Database): Record<string, number> {
  const tables = db
    .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all();
  return Object.fromEntries(tables.map(t => [t, db.prepare<[], number>(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`).pluck().get() ?? 0]));
}

/**
 * Encrypts a database from before encryption existed, without ever changing the original until the
 * encrypted copy is complete and checked: checkpoint, copy, encrypt the copy (SQLite3MC's rekey),
 * compare every table's row count and the integrity check, then rename the copy over the original.
 * A crash at any point leaves either the untouched plain file or the finished encrypted one.
 */
export function encryptExisting(file: string, passphrase: string): void {
  const staged = `${file}.encrypting`;
  rmSync(staged, { force: true });
  const plain = new Database(file, { fileMustExist: true });
  let before: Record<string, number>;
  try {
    assertNotNewer(plain, file);
    // Everything committed goes into the main file, so the copy below misses nothing.
    plain.pragma('wal_checkpoint(TRUNCATE)');
    before = tableCounts(plain);
  } finally {
    plain.close();
  }
  try {
    copyFileSync(file, staged);
    // The copy takes the plain file's mode (often 0644); the encrypted database is private.
    chmodSync(staged, PRIVATE_FILE_MODE);
    const copy = new Database(staged, { fileMustExist: true });
    try {
      // Rekey refuses WAL mode; the copy becomes WAL again when it is next opened.
      copy.pragma('journal_mode = DELETE');
      applyCipher(copy);
      applyRekey(copy, passphrase);
    } finally {
      copy.close();
    }
    const check = new Database(staged, { fileMustExist: true });
    try {
      applyKey(check, passphrase);
      const after = tableCounts(check);
      const ok = check.pragma('integrity_check', { simple: true }) === 'ok';
      if (!ok || JSON.stringify(after) !== JSON.stringify(before)) {
        throw new AdvisorError('internal', 'Encrypting the database did not reproduce every row; the original was left unchanged.');
      }
    } finally {
      check.close();
    }
    for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    renameSync(staged, file);
  } catch (err) {
    if (existsSync(staged)) rmSync(staged, { force: true });
    throw err;
  }
}
