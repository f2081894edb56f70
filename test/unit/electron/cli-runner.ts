/** Runs the CLI in-process, as the command line would on a data folder, and collects what it printed. */
import type { Clock } from '../../../electron/clock';
import { runCli, type CliIo } from '../../../electron/cli/run';
import { TEST_PASSPHRASE, testClock } from '../../fixtures';

export type CliResult = { code: number; stdout: string; stderr: string };

/**
 * A runner on the data folder `dataDir()` names (asked afresh each run, so a per-test folder works),
 * with the test passphrase and the tests' clock; `io` overrides any of it (a prompt, a terminal width, a clock).
 */
export function cliOn(dataDir: () => string, io: Partial<CliIo> = {}): (...argv: string[]) => Promise<CliResult> {
  return async (...argv) => {
    const out: string[] = [];
    const err: string[] = [];
    const env = { ADVISOR_DATA_DIR: dataDir(), ADVISOR_PASSPHRASE: TEST_PASSPHRASE };
    const code = await runCli(argv, { stdout: t => out.push(t), stderr: t => err.push(t), env, appVersion: 't', clock: testClock, ...io });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  };
}

/** The CLI on `dataDir`, its clock reading `clock`. */
export function runCliAt(dataDir: string, clock: Clock, ...argv: string[]): Promise<CliResult> {
  return cliOn(() => dataDir, { clock })(...argv);
}

/** The CLI on `dataDir` on the tests' clock. */
export function runCliIn(dataDir: string, ...argv: string[]): Promise<CliResult> {
  return cliOn(() => dataDir)(...argv);
}
