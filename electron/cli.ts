/**
 * Entry point of `npm run advisor -- …` (run by tsx, so no build step is needed).
 * All the work is in cli/run.ts, which tests call in-process.
 */
import { readFileSync } from 'node:fs';
import { systemClock } from './clock';
import { terminalSecretPrompt } from './cli/prompt';
import { runCli } from './cli/run';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(`${text}\n`),
  stderr: text => process.stderr.write(`${text}\n`),
  env: process.env,
  appVersion: pkg.version,
  clock: systemClock,
  prompt: terminalSecretPrompt(),
});
