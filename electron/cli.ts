/**
 * Entry point of `npm run advisor -- …` (run by tsx, so no build step is needed).
 * All the work is in cli/run.ts, which tests call in-process.
 */
import { readFileSync } from 'node:fs';
import { systemClock } from './clock';
import { terminalSecretPrompt } from './cli/prompt';
import { runCli } from './cli/run';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

// `advisor list | head -1`: once the reader has gone, writing fails with EPIPE. That is the reader's
// choice, not a failure: stop printing quietly (no stack trace) and let the command finish as it would.
let readerGone = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE' || readerGone) {
    readerGone = true;
    return;
  }
  throw err;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: text => {
    if (!readerGone) process.stdout.write(`${text}\n`);
  },
  stderr: text => process.stderr.write(`${text}\n`),
  env: process.env,
  appVersion: pkg.version,
  clock: systemClock,
  prompt: terminalSecretPrompt(),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
});
