import { basename } from 'node:path';
import type { BackupPreview } from '../../shared/contract-security';
import { AdvisorError } from '../../shared/result';
import { isWrongKey, openEncryptedReadOnly } from '../db/cipher';
import { wrongPassphrase } from '../db/connection';
import type { Database } from '../db/driver';
import { assertNotNewer, schemaVersion } from '../db/migrate';

/**
 * Opens a backup read-only under `passphrase` and says what it holds, checking it is whole and not
 * from a newer version first. Nothing is written, to the backup or anywhere else.
 */
export function previewBackup(file: string, passphrase: string): BackupPreview {
  let db: Database;
  try {
    db = openEncryptedReadOnly(file, passphrase);
  } catch (err) {
    if (isWrongKey(err)) throw wrongPassphrase(`the backup ${basename(file)}`);
    throw new AdvisorError('bad-input', `${basename(file)} cannot be read as a backup: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    assertNotNewer(db, file);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AdvisorError('bad-input', `The backup ${basename(file)} is damaged (${String(check)}); it cannot be restored.`);
    const count = (sql: string) => db.prepare<[], number>(sql).pluck().get() ?? 0;
    const text = (sql: string) => db.prepare<[], string | null>(sql).pluck().get() ?? null;
    try {
      return {
        name: basename(file),
        madeAt: text("SELECT value FROM settings WHERE key = 'backupMadeAt'"),
        clients: count('SELECT count(*) FROM clients'),
        cases: count('SELECT count(*) FROM cases WHERE deleted_at IS NULL'),
        lastChangeAt: text('SELECT max(at) FROM audit_log'),
        schemaVersion: schemaVersion(db),
      };
    } catch (err) {
      throw new AdvisorError('bad-input', `${basename(file)} is not an Immigration Advisor backup (${err instanceof Error ? err.message : String(err)}).`);
    }
  } finally {
    db.close();
  }
}
