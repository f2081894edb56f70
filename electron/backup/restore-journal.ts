import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AdvisorError } from '../../shared/result';
import { fileState, type FileState } from '../db/cipher';
import { DATABASE_FILE_NAME } from '../db/connection';
import { abandoned, claim, ownedName, pidOf, release, removeAbandoned } from '../owned-files';
import { stepDone } from './crash-hook';
import { syncFolder } from './durable';
import { isSafetyCopyName } from './safety-copies';

/*
 * The restore journal. A restore swaps two files in the data folder: the live database L
 * (advisor.sqlite) goes aside as a safety copy A, and the staged copy S (advisor.sqlite.restoring.<pid>,
 * complete, checked, holding its own security-log entry, flushed to disk) takes its place. The intent
 * record I (advisor.restore-intent.json, written atomically before either rename) names S and A, so
 * every open can finish or undo the swap; the commit point is the rename of L aside:
 *
 *   state                 on disk                           a crash here ends as
 *   staging               L=original, S partial or whole    original: S is litter, removed on open
 *   committed (I forward) L=original, S                     original: S removed (L never moved)
 *   set aside (I forward) A=original, S                     restored: S renamed to L
 *   swapped (I forward)   L=restored, A=original            restored: I removed
 *   done                  L=restored, A=original, no I      restored
 *   undoing (I back)      L=restored or gone, A=original    original: L removed, A renamed to L
 *
 * Before L is moved, rolling back touches nothing of the original; once it is moved, S is whole and
 * flushed, so rolling forward is one rename. `back` is written only when the restored database then
 * fails to open (see restore.ts). Every step is idempotent, so a crash while recovering is recovered
 * the same way. The database's -wal and -shm never move: a swap starts only when neither exists.
 */

/** The intent record's name in the data folder. */
export const INTENT_FILE_NAME = 'advisor.restore-intent.json';
/** The staged copy's name, before this process's pid is added. */
export const STAGED_BASE = `${DATABASE_FILE_NAME}.restoring`;

const FORMAT = 'immigration-advisor/restore-intent';
const STAGED = /^advisor\.sqlite\.restoring\.\d+$/;
const COMPANIONS = ['-wal', '-shm', '-journal'] as const;

/**
 * What an interrupted restore or an interrupted intent write leaves besides the files the record
 * names, each tagged with its writer's pid: removed on open once that process is gone.
 */
const LEFTOVERS = [
  /^(?<stem>advisor\.sqlite\.restoring(?:\.(?<pid>\d+))?)(?:\.\d+\.partial(?:-journal)?|\.partial(?:-journal)?|-wal|-shm|-journal)?$/,
  /^(?<stem>advisor\.restore-intent\.json\.(?<pid>\d+))\.tmp$/,
];

export type Intent = {
  /** forward: complete the restore if the live database has been moved aside; back: put it back. */
  direction: 'forward' | 'back';
  /** File names in the data folder: the staged copy, and the safety copy the live database becomes. */
  staged: string;
  aside: string;
  /** The process doing the swap; while it runs, no other process touches the files. */
  pid: number;
};

const intentPath = (dataDir: string) => join(dataDir, INTENT_FILE_NAME);

/** Writes the intent record atomically and durably: temp file flushed, renamed over, folder flushed. */
export function writeIntent(dataDir: string, intent: Omit<Intent, 'pid'>): void {
  const path = intentPath(dataDir);
  claim(path);
  const stem = ownedName(path);
  const temp = `${stem}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, JSON.stringify({ format: FORMAT, version: 1, ...intent, pid: process.pid }));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  stepDone('intent-written');
  try {
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  } finally {
    release(stem);
  }
  stepDone('intent-renamed');
  syncFolder(dataDir);
  stepDone('intent-synced');
}

/** Removes the intent record, durably: the swap it described is over. */
export function clearIntent(dataDir: string): void {
  rmSync(intentPath(dataDir), { force: true });
  stepDone('intent-removed');
  syncFolder(dataDir);
  stepDone('intent-removal-synced');
  release(intentPath(dataDir));
}

function unreadable(dataDir: string, why: string): AdvisorError {
  return new AdvisorError(
    'conflict',
    `${join(dataDir, INTENT_FILE_NAME)} is not a restore record this version can read (${why}), so an interrupted restore cannot be finished. Nothing was changed. Check that advisor.sqlite in that folder is the database you want, then move the record out of the folder.`,
  );
}

function readIntent(dataDir: string): Intent {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(intentPath(dataDir), 'utf8'));
  } catch (err) {
    throw unreadable(dataDir, err instanceof Error ? err.message : String(err));
  }
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const pid = pidOf(typeof r.pid === 'number' ? String(r.pid) : undefined);
  // Only names of our own making: a damaged or hostile record cannot rename any other file.
  if (r.format !== FORMAT || r.version !== 1) throw unreadable(dataDir, 'unknown format');
  if (r.direction !== 'forward' && r.direction !== 'back') throw unreadable(dataDir, 'direction');
  if (typeof r.staged !== 'string' || !STAGED.test(r.staged)) throw unreadable(dataDir, 'staged copy');
  if (typeof r.aside !== 'string' || !isSafetyCopyName(r.aside)) throw unreadable(dataDir, 'safety copy');
  if (pid === null) throw unreadable(dataDir, 'process');
  return { direction: r.direction, staged: r.staged, aside: r.aside, pid };
}

/** Removes a database file and whatever SQLite keeps beside it. */
function removeDatabase(path: string): void {
  for (const suffix of COMPANIONS) rmSync(`${path}${suffix}`, { force: true });
  rmSync(path, { force: true });
}

/** Puts `from` in place of the live database; a -wal or -shm left there belongs to no database now. */
function renameIntoPlace(from: string, live: string): void {
  for (const suffix of COMPANIONS) rmSync(`${live}${suffix}`, { force: true });
  renameSync(from, live);
  stepDone('recover-renamed');
}

/**
 * Finishes or undoes a swap a crash interrupted, as the table above says; nothing to do without an
 * intent record. Refuses (changing nothing) while the process that wrote the record still runs.
 * Returns which database is live afterwards.
 */
export function recoverRestore(dataDir: string): 'no restore' | 'original' | 'restored' {
  if (!existsSync(intentPath(dataDir))) return 'no restore';
  const intent = readIntent(dataDir);
  if (!abandoned(intentPath(dataDir), intent.pid)) {
    throw new AdvisorError(
      'conflict',
      `A restore is being made by another Immigration Advisor window or command (process ${String(intent.pid)}). Try again once it has finished.`,
    );
  }
  const live = join(dataDir, DATABASE_FILE_NAME);
  const staged = join(dataDir, intent.staged);
  const aside = join(dataDir, intent.aside);
  const has = existsSync;
  let outcome: 'original' | 'restored';
  if (intent.direction === 'forward' && has(staged) && !has(live)) {
    renameIntoPlace(staged, live);
    outcome = 'restored';
  } else if (intent.direction === 'forward' && has(live) && !has(staged)) {
    outcome = 'restored';
  } else {
    // Rolling back: the staged copy goes; the original comes back if it was moved aside.
    if (intent.direction === 'back' && has(aside)) {
      removeDatabase(live);
      stepDone('recover-restored-removed');
    }
    if (has(aside) && !has(live)) renameIntoPlace(aside, live);
    removeDatabase(staged);
    stepDone('recover-staged-removed');
    if (!has(live)) {
      throw new AdvisorError(
        'conflict',
        `A restore in ${dataDir} was interrupted, and neither the database (advisor.sqlite) nor its copies (${intent.staged}, ${intent.aside}) are there any more. Nothing was created. Restore a backup, or put the database back, before opening the folder.`,
      );
    }
    outcome = 'original';
  }
  syncFolder(dataDir);
  stepDone('recover-synced');
  clearIntent(dataDir);
  return outcome;
}

/** Completes this process's own swap from wherever it stopped (after an error), as a later open would. */
export function recoverOwnRestore(dataDir: string): ReturnType<typeof recoverRestore> {
  release(intentPath(dataDir));
  return recoverRestore(dataDir);
}

/** The files a restore leaves in `dataDir` that hold (or describe) a database: record, staged copies, safety copies. */
export function restoreLeftovers(dataDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return [];
  }
  return names.filter(n => n === INTENT_FILE_NAME || n.startsWith(STAGED_BASE) || isSafetyCopyName(n)).sort();
}

/**
 * Whether the data folder holds a database, as the vault decides between first-run setup and unlock:
 * a missing database beside a restore's leftovers is never `absent` (a new, empty database), but
 * `encrypted`, so the app asks for the passphrase and unlocking recovers it or says why it cannot.
 */
export function dataFolderState(dataDir: string): FileState {
  const found = fileState(join(dataDir, DATABASE_FILE_NAME));
  return found === 'absent' && restoreLeftovers(dataDir).length > 0 ? 'encrypted' : found;
}

/**
 * Runs before every open of the database, in the app and the CLI alike: finishes or undoes an
 * interrupted restore, then refuses to go on to a new database while a missing one's copies are
 * there (naming them), and removes the litter of restores killed before their intent record was written.
 */
export function settleDataFolder(dataDir: string): void {
  recoverRestore(dataDir);
  if (fileState(join(dataDir, DATABASE_FILE_NAME)) === 'absent') {
    const left = restoreLeftovers(dataDir);
    if (left.length === 0) return;
    throw new AdvisorError(
      'conflict',
      `The database advisor.sqlite is missing from ${dataDir}, but a restore left ${left.join(', ')} there. Nothing was created, so a new, empty database cannot hide them. To use one of them, rename it to advisor.sqlite; to start afresh, move them out of the folder first.`,
    );
  }
  for (const pattern of LEFTOVERS) removeAbandoned(dataDir, pattern, 'file');
}
