/** Runs the CLI in-process, as the command line would on `dataDir`, and collects what it printed. */
import type { Clock } from '../../../electron/clock';
import { runCli } from '../../../electron/cli/run';
import { TEST_PASSPHRASE, testClock } from '../../fixtures';

/** The CLI on `dataDir` with the test passphrase, its clock reading `clock`. */
export async function runCliAt(dataDir: string, clock: Clock, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const env = { ADVISOR_DATA_DIR: dataDir, ADVISOR_PASSPHRASE: TEST_PASSPHRASE };
  const code = await runCli(argv, { stdout: t => out.push(t), stderr: t => err.push(t), env, appVersion: 't', clock });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The CLI on `dataDir` on the tests' clock. */
export function runCliIn(dataDir: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCliAt(dataDir, testClock, ...argv);
}
