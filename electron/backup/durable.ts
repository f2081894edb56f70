import { closeSync, fsyncSync, openSync } from 'node:fs';

/** Flushes a file's contents to the disk, so a power cut after this cannot lose them. */
export function syncFile(path: string): void {
  // r+: Windows refuses to flush a handle opened read-only.
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Flushes a folder's entries, so the renames and removals in it so far survive a power cut. Windows
 * cannot open a folder as a file; NTFS journals its entries itself.
 */
export function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
