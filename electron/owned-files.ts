import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Temporary files and folders (a backup being written, a restore's staged copy, a memo handed to the
 * PDF viewer) carry the id of the process writing them. The app and the CLI may use one data folder
 * at the same time, so a leftover may only be removed once the process that wrote it is gone:
 * removing by name alone would pull a file from under another process's backup in flight.
 */

/** Names this process is writing now, by their owned stem (`….<pid>`). */
const claimed = new Set<string>();

/** `${base}.<pid>`: a name owned by this process, treated as in flight until `release`d. */
export function ownedName(base: string): string {
  const stem = `${base}.${String(process.pid)}`;
  claim(stem);
  return stem;
}

/** Marks `stem`, which records this process's pid inside or in its name, as in flight. */
export function claim(stem: string): void {
  claimed.add(resolve(stem));
}

/** Marks an owned name as finished with: from now on a leftover under it is litter. */
export function release(stem: string): void {
  claimed.delete(resolve(stem));
}

/** Whether process `pid` exists (EPERM: it exists but belongs to someone else). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: unknown }).code === 'EPERM';
  }
}

/**
 * Whether a temporary name's writer is gone. `pid` null: untagged, from a version before tags,
 * whose writer has long finished. Our own pid may also be a dead process's that ours reuses (a
 * container starts every process as the same pid), so for it the claims decide.
 */
export function abandoned(stem: string, pid: number | null): boolean {
  if (pid === null) return true;
  if (pid === process.pid) return !claimed.has(resolve(stem));
  return !running(pid);
}

/** A pid read from a name: a positive integer process.kill can take, else null (not one of ours). */
export function pidOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  const pid = Number(text);
  return Number.isSafeInteger(pid) && pid > 0 && pid < 2 ** 31 ? pid : null;
}

/**
 * Removes the entries of `folder` that `pattern` recognises and whose writer is gone; returns their
 * names. The pattern's named groups: `stem` (the owned name, without suffixes such as `.partial`)
 * and `pid` (absent for untagged names). `kind` says whether files or folders are ours to remove, so
 * a folder named like a file (or a link) is never touched. A folder that cannot be read removes nothing.
 */
export function removeAbandoned(folder: string, pattern: RegExp, kind: 'file' | 'folder'): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = pattern.exec(name);
    const stem = m?.groups?.stem;
    if (!m || stem === undefined) continue;
    const tag = m.groups?.pid;
    const pid = pidOf(tag);
    // A tag that is no pid was not written by us.
    if (tag !== undefined && pid === null) continue;
    if (!abandoned(join(folder, stem), pid)) continue;
    const path = join(folder, name);
    try {
      const stat = lstatSync(path);
      if (kind === 'file' ? !stat.isFile() : !stat.isDirectory()) continue;
      rmSync(path, { recursive: kind === 'folder', force: true });
      removed.push(name);
    } catch {
      // Another process removed it first, or it is not ours to remove (another user's): leave it.
    }
  }
  return removed;
}
