/**
 * The test-only crash points: an environment variable kills a Node process (the CLI) at the named
 * step, and nothing at all inside Electron, so the installed app cannot be crashed by one.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const HOOK = join(import.meta.dirname, '..', '..', '..', 'electron', 'backup', 'crash-hook.ts');

/** Runs stepDone('intent-written') in a fresh Node process with ADVISOR_TEST_CRASH_AT set, as Electron or not. */
function passStep(asElectron: boolean) {
  const script = [
    asElectron ? "Object.defineProperty(process.versions, 'electron', { value: '41.10.0' });" : '',
    `const { stepDone } = await import(${JSON.stringify(HOOK)});`,
    "stepDone('intent-renamed');",
    "stepDone('intent-written');",
    "process.stdout.write('survived');",
  ].join('\n');
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, ADVISOR_TEST_CRASH_AT: 'intent-written' },
    encoding: 'utf8',
  });
}

describe('crash points', () => {
  it('kill a Node process with SIGKILL at the named step, not before', () => {
    const run = passStep(false);
    expect(run.signal, run.stderr).toBe('SIGKILL');
    expect(run.stdout).toBe('');
  });

  it('do nothing inside Electron, whatever the environment says', () => {
    const run = passStep(true);
    expect(run.stderr).toBe('');
    expect([run.status, run.stdout]).toEqual([0, 'survived']);
  });
});
