/**
 * The passphrase prompt. At a real terminal: `script` gives the CLI a pseudo-terminal, so its raw-mode
 * prompt runs as it does for a person, and what the terminal shows can be read back. Against a
 * stand-in terminal: the order of what the prompt does, which a real terminal shows only by luck.
 */
import { spawn, spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { terminalSecretPrompt, type PromptTerminal } from '../../../electron/cli/prompt';
import { fixturePath, TEST_PASSPHRASE, tempDir } from '../../fixtures';
import { runCliIn } from './cli-runner';

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
    expect((await runCliIn(dir, 'import', fixturePath('li-wei-minimal.case.json'))).code).toBe(0);
    const { code, screen } = await listAtTerminal(TEST_PASSPHRASE);
    expect(screen).toContain('Passphrase: ');
    expect(screen).toContain('Li Wei');
    // The passphrase never reached the screen, not even in part.
    expect(screen).not.toContain(TEST_PASSPHRASE.slice(0, 8));
    expect(code).toBe(0);
  }, 60_000);

  it('a wrong one at the prompt exits 1 with the message', async () => {
    expect((await runCliIn(dir, 'import', fixturePath('li-wei-minimal.case.json'))).code).toBe(0);
    const { code, screen } = await listAtTerminal('not the passphrase');
    expect(screen).toMatch(/That passphrase does not open this database/);
    expect(screen).not.toContain('not the passphrase');
    expect(code).toBe(1);
  }, 60_000);
});

/** A terminal that records, in order, the echo switching and everything written to it. */
function standInTerminal() {
  const events: string[] = [];
  const keys = new EventEmitter();
  const terminal: PromptTerminal = {
    stdin: {
      isTTY: true,
      setRawMode: raw => events.push(raw ? 'echo off' : 'echo on'),
      resume: () => undefined,
      pause: () => undefined,
      setEncoding: () => undefined,
      on: (event, listener) => keys.on(event, listener),
      off: (event, listener) => keys.off(event, listener),
    },
    stderr: { write: text => events.push(`shows ${JSON.stringify(text)}`) },
  };
  return { terminal, events, type: (text: string) => keys.emit('data', text) };
}

describe('the passphrase prompt, step by step', () => {
  it('turns echo off before the question shows, and never shows a key', async () => {
    const { terminal, events, type } = standInTerminal();
    const prompt = terminalSecretPrompt(terminal);
    const answer = prompt?.('Passphrase: ');
    // Keys typed the moment the question appears already find echo off.
    expect(events).toEqual(['echo off', 'shows "Passphrase: "']);
    type('secret');
    type('x\u007f\r');
    expect(await answer).toBe('secret');
    expect(events).toEqual(['echo off', 'shows "Passphrase: "', 'echo on', 'shows "\\n"']);
  });

  it('Ctrl-C cancels, with echo back on', async () => {
    const { terminal, events, type } = standInTerminal();
    const answer = terminalSecretPrompt(terminal)?.('Passphrase: ');
    type('sec\u0003');
    await expect(answer).rejects.toThrow('Cancelled.');
    expect(events.at(-2)).toBe('echo on');
  });

  it('is absent when stdin is not a terminal', () => {
    const { terminal } = standInTerminal();
    expect(terminalSecretPrompt({ ...terminal, stdin: { ...terminal.stdin, isTTY: false } })).toBeNull();
  });
});
