import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupFile } from '../../shared/contract-security';

/** Automatic backups are named so they sort by time and are never confused with the user's files. */
const PREFIX = 'Immigration Advisor backup ';
const PATTERN = /^Immigration Advisor backup (\d{4}-\d{2}-\d{2}) (\d{2})(\d{2})(\d{2})\.sqlite$/;

/** `Immigration Advisor backup 2026-11-29 093005.sqlite`, in UTC so clocks changing never reorder them. */
export function backupName(at: Date): string {
  const iso = at.toISOString();
  return `${PREFIX}${iso.slice(0, 10)} ${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}.sqlite`;
}

/** The automatic backups in `folder`, newest first. Other files there are ignored, never touched. */
export function listBackups(folder: string): BackupFile[] {
  const found: BackupFile[] = [];
  for (const name of readdirSync(folder)) {
    const m = PATTERN.exec(name);
    if (!m) continue;
    const [, day = '', hh = '', mm = '', ss = ''] = m;
    found.push({ name, madeAt: `${day}T${hh}:${mm}:${ss}.000Z`, bytes: statSync(join(folder, name)).size });
  }
  return found.sort((a, b) => b.name.localeCompare(a.name));
}

/** Deletes all but the newest `keep` automatic backups; returns the names deleted. */
export function pruneBackups(folder: string, keep: number): string[] {
  const old = listBackups(folder).slice(keep);
  for (const b of old) rmSync(join(folder, b.name), { force: true });
  return old.map(b => b.name);
}

/** True when the newest backup is at least a day old (or there is none): time for the daily one. */
export function backupDue(folder: string, now: Date): boolean {
  const newest = listBackups(folder)[0];
  return !newest || now.getTime() - Date.parse(newest.madeAt) >= 24 * 60 * 60 * 1000;
}
