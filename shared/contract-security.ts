/**
 * The contract's security methods: the passphrase vault, auto-lock and backups. Spread into
 * `contract` in contract.ts; kept apart so each file stays readable.
 */
import { z } from 'zod';

/** The shortest passphrase accepted; the key is only as strong as what is typed. */
export const MIN_PASSPHRASE_LENGTH = 10;

/** A new passphrase: checked here so the CLI, the IPC and the tests all get the same message. */
export const NewPassphrase = z
  .string({ error: 'expected the passphrase as text' })
  .min(MIN_PASSPHRASE_LENGTH, { error: `use at least ${String(MIN_PASSPHRASE_LENGTH)} characters; a few unrelated words are easiest to remember` })
  .max(1024, { error: 'use at most 1,024 characters' })
  .refine(p => p.trim().length > 0, { error: 'the passphrase cannot be only spaces' })
  // Control characters cannot be typed reliably at an unlock screen or a terminal; a lone surrogate
  // has no UTF-8 form, so two different ones would give the same key.
  .refine(p => !/\p{Cc}/u.test(p), { error: 'the passphrase cannot contain control characters (tabs, line breaks…)' })
  .refine(p => !/\p{Cs}/u.test(p), { error: 'the passphrase contains a broken character' });

/** A passphrase offered to unlock: any non-empty text; the database says whether it is right. */
const GivenPassphrase = z.string({ error: 'enter the passphrase' }).min(1, { error: 'enter the passphrase' }).max(1024);

/**
 * Where the vault stands: `new` (no database yet), `unencrypted` (a database from before encryption,
 * encrypted on first unlock), `locked` or `unlocked`.
 */
export const VAULT_STATES = ['new', 'unencrypted', 'locked', 'unlocked'] as const;
export const VaultStatus = z.object({
  state: z.enum(VAULT_STATES),
  /** True when the operating system can keep the passphrase safe (Keychain, DPAPI, libsecret). */
  canRemember: z.boolean(),
  /** True when this computer remembers the passphrase. */
  remembered: z.boolean(),
  /** Minutes without use before the app locks itself; null while locked (it lives in the database). */
  autoLockMinutes: z.number().int().nullable(),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

export const AUTO_LOCK_MINUTES = { min: 1, max: 480, default: 10 } as const;
export const BACKUP_KEEP = { min: 1, max: 365, default: 14 } as const;

/** One backup file in the backup folder. */
export const BackupFile = z.object({ name: z.string(), madeAt: z.string(), bytes: z.number().int() });
export type BackupFile = z.infer<typeof BackupFile>;

/**
 * A safety copy: the database as it was before a restore replaced it, kept in the data folder until
 * removed by hand. `keptAt` is null for the undated copy an earlier version kept.
 */
export const SafetyCopy = z.object({ name: z.string(), keptAt: z.string().nullable(), bytes: z.number().int() });
export type SafetyCopy = z.infer<typeof SafetyCopy>;

export const SECURITY_EVENTS = ['database-created', 'database-encrypted', 'passphrase-changed', 'backup-folder-set', 'backup-restored'] as const;
export type SecurityEventName = (typeof SECURITY_EVENTS)[number];
/** One entry of the security log: who did what to the database as a whole, and when. */
export const SecurityEvent = z.object({ at: z.string(), actor: z.string(), event: z.enum(SECURITY_EVENTS), detail: z.string() });
export type SecurityEvent = z.infer<typeof SecurityEvent>;

export const SecuritySettings = z.object({
  autoLockMinutes: z.number().int(),
  backupFolder: z.string().nullable(),
  backupKeep: z.number().int(),
  /** The folder's backups, newest first; empty when no folder is chosen or it cannot be read. */
  backups: z.array(BackupFile),
  /** Why the last automatic backup failed, if it did (for example, the folder is gone). */
  lastBackupError: z.string().nullable(),
  /** The security log, newest first (the latest 20). */
  events: z.array(SecurityEvent),
  /** The safety copies restores kept, newest first. */
  safetyCopies: z.array(SafetyCopy),
});
export type SecuritySettings = z.infer<typeof SecuritySettings>;

/** What a backup holds, shown before anything is replaced. */
export const BackupPreview = z.object({
  name: z.string(),
  madeAt: z.string().nullable(),
  clients: z.number().int(),
  cases: z.number().int(),
  /** The newest change recorded in its audit trail. */
  lastChangeAt: z.string().nullable(),
  schemaVersion: z.number().int(),
});
export type BackupPreview = z.infer<typeof BackupPreview>;

const Token = z.string().min(1).max(100);
const Cancelled = z.object({ cancelled: z.literal(true) });
const fileName = (where: string) =>
  z
    .string()
    .min(1)
    .max(255)
    .refine(n => !/[/\\]/.test(n) && n !== '.' && n !== '..', { error: `expected a file name in the ${where}` });
const BackupName = fileName('backup folder');

export const securityContract = {
  'vault:status': { input: z.strictObject({}), output: VaultStatus },
  'vault:setup': { input: z.strictObject({ passphrase: NewPassphrase, remember: z.boolean().optional() }), output: VaultStatus },
  /** `remember`: true remembers the passphrase on this computer, false forgets it, absent leaves it as it is. */
  'vault:unlock': { input: z.strictObject({ passphrase: GivenPassphrase, remember: z.boolean().optional() }), output: VaultStatus },
  'vault:lock': { input: z.strictObject({}), output: VaultStatus },
  /** The renderer reports that someone is using the app, which postpones the auto-lock. */
  'vault:activity': { input: z.strictObject({}), output: VaultStatus },
  'vault:change-passphrase': {
    input: z.strictObject({ current: GivenPassphrase, next: NewPassphrase }),
    output: VaultStatus,
  },
  'vault:forget': { input: z.strictObject({}), output: VaultStatus },
  'security:get': { input: z.strictObject({}), output: SecuritySettings },
  'security:set': {
    input: z.strictObject({
      autoLockMinutes: z.number().int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max),
      backupKeep: z.number().int().min(BACKUP_KEEP.min).max(BACKUP_KEEP.max),
    }),
    output: SecuritySettings,
  },
  'backups:choose-folder': { input: z.strictObject({}), output: z.union([SecuritySettings, Cancelled]) },
  'backups:run': { input: z.strictObject({}), output: BackupFile },
  /**
   * Picks a backup (one from the folder by name, else through the open dialog) and previews it;
   * `preview` is null when it was made under another passphrase, which `backups:preview` then takes.
   */
  'backups:choose-restore': {
    input: z.strictObject({ name: BackupName.optional() }),
    output: z.union([z.object({ token: Token, name: z.string(), preview: BackupPreview.nullable() }), Cancelled]),
  },
  'backups:preview': { input: z.strictObject({ token: Token, passphrase: GivenPassphrase }), output: BackupPreview },
  'backups:restore': {
    input: z.strictObject({ token: Token }),
    output: z.object({ restored: BackupPreview, keptAside: z.string() }),
  },
  /** Deletes one safety copy, named as listed; the renderer asks for confirmation first. */
  'backups:remove-safety-copy': { input: z.strictObject({ name: fileName('data folder') }), output: SecuritySettings },
} as const;

/** Methods that work while the vault is locked; every other one answers `locked`. */
export const OPEN_WHILE_LOCKED = ['app:info', 'vault:status', 'vault:setup', 'vault:unlock', 'vault:lock', 'vault:activity', 'vault:forget'] as const;
