import { appendFileSync } from 'node:fs';

/**
 * Test-only crash points, after each file operation of a backup or restore, for the SIGKILL test
 * (test/db/restore-crash.test.ts):
 *
 * - `ADVISOR_TEST_CRASH_AT=<step>` kills this process with SIGKILL right after that step, exactly as a
 *   power cut or a force-quit would stop it there;
 * - `ADVISOR_TEST_STEP_LOG=<file>` appends each step's name as it passes, so the test learns the steps
 *   from the code itself and cannot leave a new one out.
 *
 * Inert inside Electron (the installed app, and `npm start`): `process.versions.electron` is always
 * set there, and the packaged app's fuses forbid running it as plain Node. So only the command line,
 * run from source with Node, can be told to crash, and a crash at any step is what the restore journal
 * recovers from anyway.
 */

/**
 * The crash points a restore passes, in order: the staged copy is written (as a backup is) and gets
 * the security-log entry, then the journaled swap. The SIGKILL test checks a real restore passes
 * exactly these, then kills one restore at each.
 */
export const RESTORE_STEPS = [
  'backup-step',
  'backup-copied',
  'backup-checked',
  'backup-renamed',
  'staged-logged',
  'staged-synced',
  'intent-written',
  'intent-renamed',
  'intent-synced',
  'aside-renamed',
  'aside-synced',
  'restored-renamed',
  'swap-synced',
  'intent-removed',
  'intent-removal-synced',
] as const;

/** The crash points of finishing or undoing an interrupted swap (see restore-journal.ts). */
export const RECOVERY_STEPS = ['recover-staged-removed', 'recover-restored-removed', 'recover-renamed', 'recover-synced'] as const;

export type CrashStep = (typeof RESTORE_STEPS)[number] | (typeof RECOVERY_STEPS)[number];

export function stepDone(step: CrashStep): void {
  if ('electron' in process.versions) return;
  const log = process.env.ADVISOR_TEST_STEP_LOG;
  if (log) appendFileSync(log, `${step}\n`);
  if (process.env.ADVISOR_TEST_CRASH_AT === step) process.kill(process.pid, 'SIGKILL');
}
