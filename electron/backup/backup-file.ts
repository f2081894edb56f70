import { renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AdvisorError } from '../../shared/result';
import { applyKey, keyedUri } from '../db/cipher';
import { Database, startBackup } from '../db/driver';
import { ownedName, release, removeAbandoned } from '../owned-files';
import { createPrivateFile } from '../private-files';
import { stepDone } from './crash-hook';

/** Pages copied per step; between steps the event loop runs, so the app stays responsive. */
const PAGES_PER_STEP = 256;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a backup to `dest` killed mid-write leaves: `dest.<pid>.partial` and its journal. */
function leftoversOf(dest: string): RegExp {
  return new RegExp(String.raw`^(?<stem>${escapeRegExp(basename(dest))}(?:\.(?<pid>\d+))?)\.partial(?:-journal)?$`);
}

/**
 * Copies `source` into `dest` with SQLite's online backup API, encrypted under `passphrase`. The
 * copy is consistent even while the app keeps writing (SQLite restarts or follows the changes), is
 * written beside `dest` (as `dest.<pid>.partial`) and renamed into place, so a failed backup never
 * leaves a half file under the backup's name, and one killed mid-way leaves a file the next backup
 * to `dest` can tell is abandoned and remove. `madeAt` is stamped inside the copy, so a renamed or
 * moved backup still says when it was made; null (a restore's working copy) removes any stamp instead.
 */
export async function backupTo(source: Database, passphrase: string, dest: string, madeAt: Date | null): Promise<{ bytes: number }> {
  removeAbandoned(dirname(dest), leftoversOf(dest), 'file');
  const stem = ownedName(dest);
  const partial = `${stem}.partial`;
  try {
    // Made private before SQLite writes a page into it; SQLite keeps an existing file's mode.
    createPrivateFile(partial);
    const backup = startBackup(source, keyedUri(partial, passphrase));
    try {
      for (;;) {
        const step = backup.transfer(PAGES_PER_STEP);
        stepDone('backup-step');
        if (step.remainingPages === 0) break;
        await new Promise(resolve => setImmediate(resolve));
      }
    } finally {
      backup.close();
    }
    stepDone('backup-copied');
    finishCopy(partial, passphrase, madeAt);
    stepDone('backup-checked');
    renameSync(partial, dest);
    stepDone('backup-renamed');
    return { bytes: statSync(dest).size };
  } catch (err) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    throw err instanceof AdvisorError ? err : new AdvisorError('internal', `The backup to ${dest} failed: ${messageOf(err)}`);
  } finally {
    release(stem);
  }
}

/** Makes the copy one self-contained file (no WAL beside it), stamps it, and checks it reads back. */
function finishCopy(file: string, passphrase: string, madeAt: Date | null): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    applyKey(copy, passphrase);
    copy.pragma('journal_mode = DELETE');
    if (madeAt) {
      copy
        .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
        .run('backupMadeAt', madeAt.toISOString());
    } else {
      copy.prepare("DELETE FROM settings WHERE key = 'backupMadeAt'").run();
    }
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AdvisorError('internal', `The backup copy failed its check (${String(check)}).`);
  } finally {
    copy.close();
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
