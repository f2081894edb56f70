import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupFile } from '../../shared/contract-security';
import { removeAbandoned } from '../owned-files';
import { stampTime, UTC_STAMP_SOURCE, utcStamp } from './utc-stamp';

/** Automatic backups are named so they sort by time and are never confused with the user's files. */
const PREFIX = 'Immigration Advisor backup ';
const PATTERN = new RegExp(String.raw`^Immigration Advisor backup ${UTC_STAMP_SOURCE}\.sqlite$`);
/** What a backup killed while being written leaves: its `.partial` (tagged with its writer's pid) and that file's journal. */
const LEFTOVER = new RegExp(String.raw`^(?<stem>Immigration Advisor backup ${UTC_STAMP_SOURCE}\.sqlite(?:\.(?<pid>\d+))?)\.partial(?:-journal)?$`);

/** `Immigration Advisor backup 2026-11-29 093005.sqlite`, in UTC so clocks changing never reorder them. */
export function backupName(at: Date): string {
  return `${PREFIX}${utcStamp(at)}.sqlite`;
}

/** The automatic backups in `folder`, newest first. Other files there are ignored, never touched. */
export function listBackups(folder: string): BackupFile[] {
  const found: BackupFile[] = [];
  for (const name of readdirSync(folder)) {
    const stamp = PATTERN.exec(name)?.groups?.stamp;
    if (stamp === undefined) continue;
    found.push({ name, madeAt: stampTime(stamp), bytes: statSync(join(folder, name)).size });
  }
  return found.sort((a, b) => b.name.localeCompare(a.name));
}

/** Deletes all but the newest `keep` automatic backups; returns the names deleted. */
export function pruneBackups(folder: string, keep: number): string[] {
  const old = listBackups(folder).slice(keep);
  for (const b of old) rmSync(join(folder, b.name), { force: true });
  return old.map(b => b.name);
}

/** Removes what automatic backups killed mid-write left in `folder` (never a live process's); returns the names. */
export function removeBackupLeftovers(folder: string): string[] {
  return removeAbandoned(folder, LEFTOVER, 'file');
}

/** True when the newest backup is at least a day old (or there is none): time for the daily one. */
export function backupDue(folder: string, now: Date): boolean {
  const newest = listBackups(folder)[0];
  return !newest || now.getTime() - Date.parse(newest.madeAt) >= 24 * 60 * 60 * 1000;
}
