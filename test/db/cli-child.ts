/**
 * Runs the real command line (electron/cli.ts under tsx, as `npm run advisor` does) in a child
 * process, for tests that kill it part-way (ADVISOR_TEST_CRASH_AT) and then look at what it left.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { TEST_PASSPHRASE } from '../fixtures';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'electron', 'cli.ts');
/** A child still running this long after it started is stuck, not slow. */
const STUCK_MS = 120_000;

/** How the child ended; `stuck` when the test killed it for running too long (not a crash point). */
export type ChildRun = { code: number | null; signal: NodeJS.Signals | null; stuck: boolean; stdout: string; stderr: string };

/** Runs `advisor ARGS` with the test passphrase and `env`, and resolves once the child has gone. */
export function runCliChild(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ChildRun> {
  const inherited = { ...process.env };
  // Only what the test asks for: a crash point left in the outer environment would kill every child.
  delete inherited.ADVISOR_TEST_CRASH_AT;
  delete inherited.ADVISOR_TEST_STEP_LOG;
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    env: { ...inherited, ADVISOR_PASSPHRASE: TEST_PASSPHRASE, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let stuck = false;
  const timer = setTimeout(() => {
    stuck = true;
    child.kill('SIGKILL');
  }, STUCK_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stuck, stdout, stderr });
    });
  });
}
