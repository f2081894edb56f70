import { userInfo } from 'node:os';
import { join } from 'node:path';
import { CASE_FILE_VERSION } from '../../shared/case-file';
import { METHODS } from '../../shared/contract';
import { NewPassphrase, securityContract, type BackupFile, type BackupPreview, type VaultStatus } from '../../shared/contract-security';
import { AdvisorError } from '../../shared/result';
import { previewBackup } from '../backup/preview';
import { dataFolderState, settleDataFolder } from '../backup/restore-journal';
import type { Clock } from '../clock';
import { applyRekey } from '../db/cipher';
import { DATABASE_FILE_NAME, openDatabase, wrongPassphrase } from '../db/connection';
import { createIfAbsent } from '../db/create-database';
import { CANCELLED_DIALOGS, type Dialogs } from '../dialogs';
import { createDispatcher, type Dispatch, type DispatcherOptions, type Handlers, type HandlersFor } from '../dispatcher';
import { openSession, type Session, type SessionMethod } from '../session';
import { autoLockMinutesOf } from './auto-lock-setting';
import { createBackupHandlers, type BackupControl } from './backup-handlers';
import { encryptExisting } from './encrypt-existing';
import { NO_PASSPHRASE_STORE, type PassphraseStore } from './remembered';

export type VaultOptions = DispatcherOptions & {
  dataDir: string;
  appVersion: string;
  /** The name written to the audit log when Settings has no user name; defaults to the OS user. */
  actor?: () => string;
  /** Where every timestamp, memo date, backup name and idle time comes from: systemClock in the app, fixed in tests. */
  clock: Clock;
  /** Native dialogs; without them (CLI, tests) every dialog answers "cancelled". */
  dialogs?: Dialogs;
  /** Where the memo fonts are; defaults to resources/fonts under the working directory. */
  fontsDir?: string;
  /** Where "remember on this computer" keeps the passphrase; none by default. */
  passphraseStore?: PassphraseStore;
  /** Told when the vault locks itself (idle, or the OS locking the screen), so the window can drop its state. */
  onAutoLock?: () => void;
};

/** An unlocked database and the passphrase it is open with (needed to key backups and to re-key). */
export type Unlocked = { session: Session; passphrase: string };

export type Vault = {
  dispatch: Dispatch;
  databaseFile: string;
  status(): VaultStatus;
  /** Opens the database with `passphrase`, creating it or encrypting an old plain one first. */
  unlock(passphrase: string, remember?: boolean): VaultStatus;
  lock(): VaultStatus;
  /** Locks when nobody has used the app for the auto-lock time; true if it locked. */
  checkIdle(): boolean;
  /** Locks because the operating system locked the screen or is suspending. */
  lockForSystem(): void;
  /** Makes the daily backup if one is due and a folder is set; never throws (the error is kept for Settings). */
  runDueBackup(): Promise<void>;
  /** Backs the unlocked database up to `dest` (online, encrypted under the current passphrase). */
  backupToFile(dest: string): Promise<BackupFile>;
  /** What a backup holds, opened under `passphrase` (default: the current one). */
  previewBackup(file: string, passphrase?: string): BackupPreview;
  /** Restores a backup made under `passphrase`; the restored database keeps the current passphrase. */
  restoreFile(file: string, passphrase: string): Promise<{ restored: BackupPreview; keptAside: string }>;
  /** The unlocked session, for CLI commands that work on the database itself (the rules commands: packs and firm figures); throws `locked` if locked. */
  session(): Session;
  close(): void;
};

/** The operating-system user, or a plain label where the system cannot say (no passwd entry). */
function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown user';
  }
}

const SECURITY_METHODS = new Set<string>(Object.keys(securityContract));
const SESSION_METHODS = METHODS.filter((m): m is SessionMethod => !SECURITY_METHODS.has(m));

/**
 * The passphrase vault in front of the case database. Locked, it holds no connection and no key,
 * and every method except the few in OPEN_WHILE_LOCKED answers `locked`. Unlocked, it hands calls
 * to the session's handlers and watches for idleness.
 */
export function createVault(options: VaultOptions): Vault {
  const databaseFile = join(options.dataDir, DATABASE_FILE_NAME);
  const clock = options.clock;
  const store = options.passphraseStore ?? NO_PASSPHRASE_STORE;
  const dialogs = options.dialogs ?? CANCELLED_DIALOGS;
  let current: Unlocked | null = null;
  let lastActivity = clock().getTime();
  const control: BackupControl = { unlocked: () => current, requireUnlocked, reopen, close: closeSession, dataDir: options.dataDir, databaseFile, dialogs, clock };
  const backups = createBackupHandlers(control);

  // Whether one is kept, without decrypting it: status is asked often, and the OS may prompt on each decryption.
  function remembered(): boolean {
    return store.available() && store.saved();
  }

  function autoLockMinutes(): number | null {
    return current ? autoLockMinutesOf(current.session.settings) : null;
  }

  function state(): VaultStatus['state'] {
    if (current) return 'unlocked';
    const found = dataFolderState(options.dataDir);
    return found === 'absent' ? 'new' : found === 'plaintext' ? 'unencrypted' : 'locked';
  }

  function status(): VaultStatus {
    return { state: state(), canRemember: store.available(), remembered: remembered(), autoLockMinutes: autoLockMinutes() };
  }

  function open(passphrase: string): Unlocked {
    const db = openDatabase(databaseFile, passphrase);
    const session = openSession(db, {
      appVersion: options.appVersion,
      dataDir: options.dataDir,
      databaseFile,
      actor: options.actor ?? osUser,
      clock,
      dialogs,
      ...(options.fontsDir ? { fontsDir: options.fontsDir } : {}),
    });
    return { session, passphrase };
  }

  function closeSession(): void {
    const was = current;
    current = null;
    backups.forget();
    was?.session.db.close();
  }

  /** Opens the database again under the current passphrase (after a restore swapped the file). */
  function reopen(passphrase: string): void {
    closeSession();
    current = open(passphrase);
  }

  function applyRemember(passphrase: string, remember: boolean | undefined): void {
    if (remember === true && store.available()) store.save(passphrase);
    if (remember === false) store.clear();
  }

  function unlock(passphrase: string, remember?: boolean): VaultStatus {
    // Before anything decides between a new database and an existing one: an interrupted restore is
    // finished or undone, and a missing database beside a restore's copies is refused, not recreated.
    if (!current) settleDataFolder(options.dataDir);
    const found = state();
    if (found === 'unlocked') {
      if (current?.passphrase !== passphrase) throw wrongPassphrase('this database');
    } else {
      if (found === 'new' || found === 'unencrypted') {
        // The passphrase is about to become the key: hold it to the same rule as Settings does.
        const parsed = NewPassphrase.safeParse(passphrase);
        if (!parsed.success) throw new AdvisorError('bad-input', `passphrase: ${parsed.error.issues[0]?.message ?? 'not accepted'}`, 'passphrase');
      }
      if (found === 'unencrypted') encryptExisting(databaseFile, passphrase);
      // Another process may create it first; then this one just opens theirs (and logs no creation).
      const created = found === 'new' && createIfAbsent(databaseFile, passphrase);
      current = open(passphrase);
      const { session } = current;
      if (created) session.securityLog.record('database-created', 'Encrypted with SQLCipher 4 under a new passphrase.', session.context());
      if (found === 'unencrypted') session.securityLog.record('database-encrypted', 'A database from before encryption was encrypted on first unlock.', session.context());
    }
    lastActivity = clock().getTime();
    applyRemember(passphrase, remember);
    void backups.runDue();
    return status();
  }

  function lock(): VaultStatus {
    closeSession();
    return status();
  }

  function checkIdle(): boolean {
    const minutes = autoLockMinutes();
    if (minutes === null || clock().getTime() - lastActivity < minutes * 60_000) return false;
    closeSession();
    options.onAutoLock?.();
    return true;
  }

  function requireUnlocked(): Unlocked {
    if (!current) throw new AdvisorError('locked', 'Immigration Advisor is locked. Enter the passphrase to continue.');
    return current;
  }

  function changePassphrase(currentPassphrase: string, next: string): VaultStatus {
    const u = requireUnlocked();
    if (currentPassphrase !== u.passphrase) throw new AdvisorError('wrong-passphrase', 'The current passphrase is not right. Nothing was changed.', 'current');
    backups.assertIdle();
    const { db } = u.session;
    // SQLite3MC re-keys only outside WAL mode; the re-key itself is one transaction.
    db.pragma('journal_mode = DELETE');
    try {
      applyRekey(db, next);
    } finally {
      db.pragma('journal_mode = WAL');
    }
    u.passphrase = next;
    if (remembered()) store.save(next);
    u.session.securityLog.record('passphrase-changed', 'The database was re-encrypted under a new passphrase.', u.session.context());
    return status();
  }

  const sessionHandlers = Object.fromEntries(
    SESSION_METHODS.map(m => [m, (input: unknown) => (requireUnlocked().session.handlers[m] as (i: unknown) => unknown)(input)]),
  ) as HandlersFor<SessionMethod>;

  const handlers: Handlers = {
    ...sessionHandlers,
    // Answers while locked too, for the About panel; the schema version is inside the encrypted file.
    'app:info': input =>
      current
        ? current.session.handlers['app:info'](input)
        : { appVersion: options.appVersion, dataDir: options.dataDir, databaseFile, schemaVersion: null, caseFileVersion: CASE_FILE_VERSION },
    'vault:status': () => status(),
    'vault:setup': input => {
      if (current || state() === 'locked') throw new AdvisorError('conflict', 'This database already has a passphrase; unlock it instead.');
      return unlock(input.passphrase, input.remember);
    },
    'vault:unlock': input => {
      const found = state();
      if (found === 'new' || found === 'unencrypted') {
        throw new AdvisorError('conflict', 'Set a passphrase first: this database has none yet.');
      }
      return unlock(input.passphrase, input.remember);
    },
    'vault:lock': () => lock(),
    'vault:activity': () => status(),
    'vault:change-passphrase': input => changePassphrase(input.current, input.next),
    'vault:forget': () => {
      store.clear();
      return status();
    },
    ...backups.handlers,
  };
  const dispatchOptions = options.onInternalError ? { onInternalError: options.onInternalError } : {};
  const inner = createDispatcher(handlers, dispatchOptions);

  /** Every call first enforces the idle lock (timers may not have run while the laptop slept), then counts as use. */
  const dispatch: Dispatch = async (method, input) => {
    checkIdle();
    if (current && method !== 'vault:status') lastActivity = clock().getTime();
    return inner(method, input);
  };

  return {
    dispatch,
    databaseFile,
    status,
    unlock,
    lock,
    checkIdle,
    lockForSystem: () => {
      if (!current) return;
      closeSession();
      options.onAutoLock?.();
    },
    runDueBackup: () => backups.runDue(),
    backupToFile: dest => backups.backupToFile(dest),
    previewBackup: (file, passphrase) => previewBackup(file, passphrase ?? requireUnlocked().passphrase),
    restoreFile: (file, passphrase) => backups.restoreFile(file, passphrase),
    session: () => requireUnlocked().session,
    close: closeSession,
  };
}
