import { join } from 'node:path';
import { ownedName, removeAbandoned } from './owned-files';

/**
 * Memos handed to the system's PDF viewer go into private temporary folders, one per memo. They
 * hold client data in the clear, so they are removed when the app quits, and those a crash left
 * behind are removed the next time it starts.
 */

const BASE = 'advisor-memo';
/** `advisor-memo.<pid>-XXXXXX` (mkdtemp's suffix), and the untagged `advisor-memo-XXXXXX` of earlier versions. */
const LEFTOVER = /^(?<stem>advisor-memo(?:\.(?<pid>\d+))?)-[A-Za-z0-9]{6}$/;

/** The mkdtemp prefix of this process's print folders in `tempDir`; they stay this process's until it ends. */
export function printFolderPrefix(tempDir: string): string {
  return `${ownedName(join(tempDir, BASE))}-`;
}

/** Removes print folders in `tempDir` whose app is no longer running; returns their names. */
export function removeAbandonedPrintFolders(tempDir: string): string[] {
  return removeAbandoned(tempDir, LEFTOVER, 'folder');
}
