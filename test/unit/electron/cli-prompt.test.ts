/**
 * The passphrase prompt at a real terminal: `script` gives the CLI a pseudo-terminal, so its raw-mode
 * prompt runs as it does for a person, and what the terminal shows can be read back.
 */
import { spawn, spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { fixturePath, TEST_PASSPHRASE, tempDir } from '../../fixtures';

const hasScript = spawnSync('script', ['--version']).status === 0;

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** Runs `npm run advisor -- list` under a pseudo-terminal, typing `typed` once the prompt shows. */
function listAtTerminal(typed: string): Promise<{ code: number | null; screen: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ADVISOR_DATA_DIR: dir };
  delete env.ADVISOR_PASSPHRASE;
  const child = spawn('script', ['-qfec', 'npm run --silent advisor -- list', '/dev/null'], { env });
  let screen = '';
  let typedYet = false;
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString('utf8');
    if (!typedYet && screen.includes('Passphrase: ')) {
      typedYet = true;
      child.stdin.write(`${typed}\r`);
    }
  });
  return new Promise(resolve => child.on('close', code => resolve({ code, screen })));
}

// Skipped only where util-linux's `script` is missing (it is part of every Debian base system).
describe.skipIf(!hasScript)('the passphrase prompt at a terminal', () => {
  it('asks without echoing what is typed, and opens the database', async () => {
    const io = { stdout: () => undefined, stderr: () => undefined, env: { ADVISOR_DATA_DIR: dir, ADVISOR_PASSPHRASE: TEST_PASSPHRASE }, appVersion: 't' };
    expect(await runCli(['import', fixturePath('li-wei-minimal.case.json')], io)).toBe(0);
    const { code, screen } = await listAtTerminal(TEST_PASSPHRASE);
    expect(screen).toContain('Passphrase: ');
    expect(screen).toContain('Li Wei');
    // The passphrase never reached the screen, not even in part.
    expect(screen).not.toContain(TEST_PASSPHRASE.slice(0, 8));
    expect(code).toBe(0);
  }, 60_000);

  it('a wrong one at the prompt exits 1 with the message', async () => {
    const io = { stdout: () => undefined, stderr: () => undefined, env: { ADVISOR_DATA_DIR: dir, ADVISOR_PASSPHRASE: TEST_PASSPHRASE }, appVersion: 't' };
    expect(await runCli(['import', fixturePath('li-wei-minimal.case.json')], io)).toBe(0);
    const { code, screen } = await listAtTerminal('not the passphrase');
    expect(screen).toMatch(/That passphrase does not open this database/);
    expect(screen).not.toContain('not the passphrase');
    expect(code).toBe(1);
  }, 60_000);
});
