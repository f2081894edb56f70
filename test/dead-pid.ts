import { spawnSync } from 'node:child_process';

/**
 * The pid of a process that has just exited: a writer that is gone. Pids are handed out in turn,
 * so it is not reused in the moments a test needs it.
 */
export function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  if (pid <= 0) throw new Error('could not start a process to learn a dead pid');
  return pid;
}
