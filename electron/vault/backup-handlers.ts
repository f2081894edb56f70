import { randomUUID } from 'node:crypto';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BACKUP_KEEP, type BackupFile, type BackupPreview, type SecuritySettings } from '../../shared/contract-security';
import { AdvisorError } from '../../shared/result';
import { backupTo } from '../backup/backup-file';
import { previewBackup } from '../backup/preview';
import { discardStaged, prepareRestore, putBack, swapIn } from '../backup/restore';
import { backupDue, backupName, listBackups, pruneBackups, removeBackupLeftovers } from '../backup/rotation';
import { listSafetyCopies, newSafetyCopyPath, removeSafetyCopy } from '../backup/safety-copies';
import type { Clock } from '../clock';
import { createSecurityLogRepo } from '../db/repos/security-log-repo';
import type { Dialogs } from '../dialogs';
import type { HandlersFor } from '../dispatcher';
import { autoLockMinutesOf } from './auto-lock-setting';
import type { Unlocked } from './vault';

/** What the backup handlers need from the vault. */
export type BackupControl = {
  unlocked: () => Unlocked | null;
  /** The unlocked session, or the `locked` error. */
  requireUnlocked: () => Unlocked;
  /** Opens the database again under `passphrase`; throws if it cannot. */
  reopen: (passphrase: string) => void;
  close: () => void;
  dataDir: string;
  databaseFile: string;
  dialogs: Dialogs;
  clock: Clock;
};

type BackupMethod =
  | 'security:get'
  | 'security:set'
  | 'backups:choose-folder'
  | 'backups:run'
  | 'backups:choose-restore'
  | 'backups:preview'
  | 'backups:restore'
  | 'backups:remove-safety-copy';

/** A backup picked for restoring; its passphrase is known once a preview has opened it. */
type Pending = { file: string; passphrase: string | null; preview: BackupPreview | null };

function intSetting(raw: string | null, fallback: number): number {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) ? n : fallback;
}

/** Backups (automatic, on demand) and restore-with-preview, over the vault's unlocked session. */
export function createBackupHandlers(c: BackupControl) {
  const pending = new Map<string, Pending>();
  let inFlight: Promise<BackupFile> | null = null;
  let lastBackupError: string | null = null;

  const require = c.requireUnlocked;
  const folderOf = (u: Unlocked) => u.session.settings.get('backupFolder');
  const keepOf = (u: Unlocked) => intSetting(u.session.settings.get('backupKeep'), BACKUP_KEEP.default);

  function settings(): SecuritySettings {
    const u = require();
    const folder = folderOf(u);
    let backups: BackupFile[] = [];
    if (folder) {
      try {
        backups = listBackups(folder);
      } catch (err) {
        lastBackupError = `The backup folder ${folder} cannot be read: ${err instanceof Error ? err.message : String(err)}`;
      }
    }
    return {
      autoLockMinutes: autoLockMinutesOf(u.session.settings),
      backupFolder: folder,
      backupKeep: keepOf(u),
      backups,
      lastBackupError,
      events: u.session.securityLog.recent(20),
      safetyCopies: listSafetyCopies(c.dataDir),
    };
  }

  /** One backup at a time; a second request waits for the running one. */
  function backupNow(): Promise<BackupFile> {
    if (inFlight) return inFlight;
    const u = require();
    const folder = folderOf(u);
    if (!folder) return Promise.reject(new AdvisorError('bad-input', 'Choose a backup folder first.', 'backupFolder'));
    const madeAt = c.clock();
    const name = backupName(madeAt);
    const run = async (): Promise<BackupFile> => {
      removeBackupLeftovers(folder);
      const { bytes } = await backupTo(u.session.db, u.passphrase, join(folder, name), madeAt);
      pruneBackups(folder, keepOf(u));
      lastBackupError = null;
      return { name, madeAt: madeAt.toISOString(), bytes };
    };
    inFlight = run().finally(() => (inFlight = null));
    return inFlight;
  }

  async function runDue(): Promise<void> {
    const u = c.unlocked();
    const folder = u && folderOf(u);
    if (!folder) return;
    try {
      // On every unlock: what backups killed mid-write left goes, even when none is due today.
      removeBackupLeftovers(folder);
      if (backupDue(folder, c.clock())) await backupNow();
    } catch (err) {
      // Locking mid-backup closes the connection; that is not a failure worth reporting.
      if (c.unlocked()) lastBackupError = err instanceof Error ? err.message : String(err);
    }
  }

  function pendingOf(token: string): Pending {
    const p = pending.get(token);
    if (!p) throw new AdvisorError('not-found', 'That backup is no longer selected; choose it again.', 'token');
    return p;
  }

  function choose(file: string): { token: string; name: string; preview: BackupPreview | null } {
    const u = require();
    const token = randomUUID();
    let preview: BackupPreview | null = null;
    try {
      preview = previewBackup(file, u.passphrase);
    } catch (err) {
      // Made under an earlier passphrase: the user is asked for that one next.
      if (!(err instanceof AdvisorError && err.code === 'wrong-passphrase')) throw err;
    }
    pending.set(token, { file, passphrase: preview ? u.passphrase : null, preview });
    return { token, name: basename(file), preview };
  }

  /**
   * Replaces the live database with a backup. The live one becomes a new safety copy (earlier ones
   * stay), and is put back if the restored one will not open; a crash anywhere is settled by the
   * journal on the next open (backup/restore-journal.ts).
   */
  async function restoreFile(file: string, backupPassphrase: string): Promise<{ restored: BackupPreview; keptAside: string }> {
    const u = require();
    const preview = previewBackup(file, backupPassphrase);
    if (inFlight) await inFlight.catch(() => undefined);
    const passphrase = u.passphrase;
    const ctx = u.session.context();
    const aside = newSafetyCopyPath(c.dataDir, ctx.now);
    const made = preview.madeAt ?? 'an unknown date';
    const detail = `${preview.name} (made ${made}; ${String(preview.cases)} cases) replaced the database, which is kept at ${aside}.`;
    // The copy is made and checked while the current database stays open and untouched. The entry
    // goes into the copy, whose own log is the backup's; the replaced database keeps its own.
    const staged = await prepareRestore(file, backupPassphrase, c.databaseFile, passphrase, db =>
      createSecurityLogRepo(db).record('backup-restored', detail, ctx),
    );
    c.close();
    try {
      swapIn(staged, c.databaseFile, aside);
    } catch (err) {
      discardStaged(staged);
      c.reopen(passphrase);
      throw err;
    }
    try {
      c.reopen(passphrase);
    } catch (err) {
      putBack(c.databaseFile, aside, staged);
      c.reopen(passphrase);
      throw err;
    }
    return { restored: preview, keptAside: aside };
  }

  function restore(token: string) {
    const p = pendingOf(token);
    if (!p.passphrase || !p.preview) throw new AdvisorError('bad-input', 'Preview the backup with its passphrase before restoring it.', 'token');
    return restoreFile(p.file, p.passphrase);
  }

  /** A backup to a file the caller names (the CLI's `backup --out`), outside the rotation. */
  async function backupToFile(dest: string): Promise<BackupFile> {
    const u = require();
    const madeAt = c.clock();
    const { bytes } = await backupTo(u.session.db, u.passphrase, dest, madeAt);
    return { name: dest, madeAt: madeAt.toISOString(), bytes };
  }

  const handlers: HandlersFor<BackupMethod> = {
    'security:get': () => settings(),
    'security:set': input => {
      const { settings: repo } = require().session;
      repo.set('autoLockMinutes', String(input.autoLockMinutes));
      repo.set('backupKeep', String(input.backupKeep));
      return settings();
    },
    'backups:choose-folder': async () => {
      require();
      const folder = await c.dialogs.chooseBackupFolder();
      if (!folder) return { cancelled: true as const };
      try {
        if (!statSync(folder).isDirectory()) throw new Error('not a folder');
        accessSync(folder, constants.W_OK);
      } catch {
        throw new AdvisorError('bad-input', `Backups cannot be written to ${folder}. Choose a folder you can write to.`, 'backupFolder');
      }
      const { session } = require();
      session.settings.set('backupFolder', folder);
      session.securityLog.record('backup-folder-set', folder, session.context());
      lastBackupError = null;
      await runDue();
      return settings();
    },
    'backups:run': () => backupNow(),
    'backups:choose-restore': async input => {
      const u = require();
      if (input.name !== undefined) {
        const folder = folderOf(u);
        const listed = folder ? listBackups(folder).some(b => b.name === input.name) : false;
        if (!folder || !listed) throw new AdvisorError('not-found', `There is no backup named ${input.name} in the backup folder.`, 'name');
        return choose(join(folder, input.name));
      }
      const file = await c.dialogs.openBackup();
      if (!file) return { cancelled: true as const };
      if (!existsSync(file)) throw new AdvisorError('not-found', `${file} does not exist.`);
      return choose(file);
    },
    'backups:preview': input => {
      require();
      const p = pendingOf(input.token);
      p.preview = previewBackup(p.file, input.passphrase);
      p.passphrase = input.passphrase;
      return p.preview;
    },
    'backups:restore': input => restore(input.token),
    'backups:remove-safety-copy': input => {
      require();
      removeSafetyCopy(c.dataDir, input.name);
      return settings();
    },
  };

  return {
    handlers,
    runDue,
    backupToFile,
    restoreFile,
    /** Drops picked backups and their passphrases (on lock). */
    forget: () => pending.clear(),
    /** Refuses to re-key while a backup is being written under the old key. */
    assertIdle: () => {
      if (inFlight) throw new AdvisorError('conflict', 'A backup is being made; try again in a moment.');
    },
  };
}
