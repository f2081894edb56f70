/** Test scripts run as child processes, the way the CLI runs: through tsx, with the test passphrase. */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { TEST_PASSPHRASE } from '../fixtures';

const ROOT = join(import.meta.dirname, '..', '..');

/** A running script: the process, and what it has written to stderr so far. */
export type ScriptChild = { child: ChildProcessByStdio<Writable, Readable, Readable>; stderr: () => string };

/**
 * Starts `node --import tsx SCRIPT ...args` from the repository root with ADVISOR_PASSPHRASE set,
 * and hands each whole line the script prints on stdout to `onLine`, in order.
 */
export function startScript(script: string, args: readonly string[], onLine: (line: string) => void): ScriptChild {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ADVISOR_PASSPHRASE: TEST_PASSPHRASE },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let pending = '';
  let stderr = '';
  // A script that died while loading cannot take its input; its exit says why.
  child.stdin.on('error', () => {});
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  });
  return { child, stderr: () => stderr };
}
