import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SafetyCopy } from '../../shared/contract-security';
import { AdvisorError } from '../../shared/result';
import { stampTime, UTC_STAMP_SOURCE, utcStamp } from './utc-stamp';

/**
 * Safety copies: the database as it was before each restore, kept in the data folder under its own
 * time (`advisor.before-restore 2026-12-03 091500.sqlite`, UTC), so a second restore never replaces
 * the first one's. They go only when the user removes one by name.
 */
const PATTERN = new RegExp(String.raw`^advisor\.before-restore ${UTC_STAMP_SOURCE}(?:-(?<n>\d+))?\.sqlite$`);
/** The one name earlier versions kept (and replaced at every restore); when it was kept is unknown. */
const UNDATED = 'advisor.before-restore.sqlite';
/** Files SQLite may keep beside a database, which go with it. */
const COMPANIONS = ['-wal', '-shm', '-journal'] as const;

/** Whether `name` is a safety copy's name (not a companion, not anything else in the folder). */
export function isSafetyCopyName(name: string): boolean {
  return name === UNDATED || PATTERN.test(name);
}

/** A new safety copy's path for a restore at `at`: a `-2`, `-3`… suffix when two fall in one second. */
export function newSafetyCopyPath(dataDir: string, at: Date): string {
  const base = `advisor.before-restore ${utcStamp(at)}`;
  for (let n = 1; ; n += 1) {
    const path = join(dataDir, `${base}${n === 1 ? '' : `-${String(n)}`}.sqlite`);
    if (!existsSync(path)) return path;
  }
}

/** The safety copies in `dataDir`, newest first; the undated one from an earlier version last. */
export function listSafetyCopies(dataDir: string): SafetyCopy[] {
  const found: (SafetyCopy & { order: number })[] = [];
  for (const name of readdirSync(dataDir)) {
    if (!isSafetyCopyName(name)) continue;
    const groups = PATTERN.exec(name)?.groups;
    const keptAt = groups?.stamp === undefined ? null : stampTime(groups.stamp);
    found.push({ name, keptAt, bytes: statSync(join(dataDir, name)).size, order: Number(groups?.n ?? 1) });
  }
  found.sort((a, b) => (b.keptAt ?? '').localeCompare(a.keptAt ?? '') || b.order - a.order);
  return found.map(c => ({ name: c.name, keptAt: c.keptAt, bytes: c.bytes }));
}

/** Deletes the safety copy `name` (and any companion file of it); only names listed are accepted. */
export function removeSafetyCopy(dataDir: string, name: string): void {
  if (!listSafetyCopies(dataDir).some(c => c.name === name)) {
    throw new AdvisorError('not-found', `There is no safety copy named ${name} in the data folder.`, 'name');
  }
  for (const suffix of COMPANIONS) rmSync(join(dataDir, `${name}${suffix}`), { force: true });
  rmSync(join(dataDir, name), { force: true });
}
