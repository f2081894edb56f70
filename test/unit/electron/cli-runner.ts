/** Runs the CLI in-process, as the command line would on `dataDir`, and collects what it printed. */
import { runCli } from '../../../electron/cli/run';
import { TEST_PASSPHRASE } from '../../fixtures';

export async function runCliIn(dataDir: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const env = { ADVISOR_DATA_DIR: dataDir, ADVISOR_PASSPHRASE: TEST_PASSPHRASE };
  const code = await runCli(argv, { stdout: t => out.push(t), stderr: t => err.push(t), env, appVersion: 't' });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
