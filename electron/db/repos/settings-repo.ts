import type { Database } from 'better-sqlite3-multiple-ciphers';

/** Keys of the settings table; one place, so a typo cannot create a second setting. */
export type SettingKey =
  /** The name written to the audit trail instead of the operating-system user. */
  | 'userName'
  /** The colour theme: system, light or dark (see Theme in the contract). */
  | 'theme'
  /** Which build of the search text the index holds (see search-repo.ts). */
  | 'searchIndexVersion'
  /** Which build of the short-word pieces the short-word index holds (see short-words.ts). */
  | 'shortWordIndexVersion'
  /** Which build of the conflict check's name keys the index holds (see conflict-index.ts). */
  | 'conflictIndexVersion'
  /** The firm's letterhead, memo defaults and logo, as JSON (see firm.ts). */
  | 'firm'
  /** Minutes without use before the app locks itself. */
  | 'autoLockMinutes'
  /** The folder automatic backups go to, and how many of them to keep. */
  | 'backupFolder'
  | 'backupKeep'
  /** Written into each backup copy (never the live database): when it was made. */
  | 'backupMadeAt';

/** Small key-value settings kept in the database, so they travel with it. */
export type SettingsRepo = {
  get(key: SettingKey): string | null;
  set(key: SettingKey, value: string): void;
};

/** The settings table's two operations, over prepared statements. */
export function createSettingsRepo(db: Database): SettingsRepo {
  const select = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get: key => select.get(key) ?? null,
    set(key, value) {
      upsert.run(key, value);
    },
  };
}
