/**
 * A restore survives a crash at any instant (issue 12). The real CLI restores a backup in a child
 * process and is killed with SIGKILL right after one file operation of the restore
 * (ADVISOR_TEST_CRASH_AT, see electron/backup/crash-hook.ts), once per step; the steps are the ones
 * a real restore reports passing, so a new one cannot be left out. Opening the folder again must
 * then find exactly the original database or exactly the restored one, never neither: it opens with
 * the passphrase, passes integrity_check, holds all of one set of cases, its security log says
 * whether a restore happened, and nothing of the interrupted restore is left but a safety copy.
 * Recovery itself is killed at each of its steps too.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RESTORE_STEPS } from '../../electron/backup/crash-hook';
import { isSafetyCopyName } from '../../electron/backup/safety-copies';
import { openEncryptedReadOnly } from '../../electron/db/cipher';
import { openAdvisorAt, openDatabaseAt } from '../data-folder';
import { loadFixture, TEST_PASSPHRASE, tempDir } from '../fixtures';
import { expectOk } from '../unit/electron/test-advisor';
import { runCliChild, type ChildRun } from './cli-child';

// Each step loads the CLI in a child (seconds) and derives the key several times, on purpose slow.
vi.setConfig({ testTimeout: 180_000 });

const folder = tempDir('advisor-restore-crash-');
afterAll(() => folder.cleanup());
const base = join(folder.dir, 'base');
const backupFile = join(folder.dir, 'backup.sqlite');
let restoredIds: string[] = [];
let originalIds: string[] = [];
let runs = 0;

/** The data folder as it stands before every restore: fresh for each kill. */
function freshCopy(of = base): string {
  const dir = join(folder.dir, `run-${String((runs += 1))}`);
  cpSync(of, dir, { recursive: true });
  return dir;
}

const restore = (dir: string, env: NodeJS.ProcessEnv = {}) => runCliChild(['restore', backupFile, '--data-dir', dir], env);

/** The steps a child passed (ADVISOR_TEST_STEP_LOG), each once, in order. */
function stepsLogged(log: string): string[] {
  return [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))];
}

function expectKilled(run: ChildRun, step: string): void {
  expect(run.stuck, `stuck at ${step}`).toBe(false);
  expect(run.signal, `not killed at ${step} (exit ${String(run.code)}):\n${run.stderr}`).toBe('SIGKILL');
}

/** Every live case id, paged through the list. */
async function caseIds(dir: string): Promise<{ ids: string[]; events: string[]; copies: string[] }> {
  const advisor = openAdvisorAt(dir);
  try {
    const ids: string[] = [];
    for (;;) {
      const page = await expectOk(advisor, 'cases:list', { limit: 500, offset: ids.length });
      ids.push(...page.items.map(c => c.id));
      if (page.items.length === 0 || ids.length >= page.total) break;
    }
    const security = await expectOk(advisor, 'security:get', {});
    return { ids: ids.sort(), events: security.events.map(e => e.event), copies: security.safetyCopies.map(c => c.name) };
  } finally {
    advisor.close();
  }
}

/** The case ids inside a safety copy, read without touching it. */
function idsIn(file: string): string[] {
  const db = openEncryptedReadOnly(file, TEST_PASSPHRASE);
  try {
    return db.prepare<[], string>('SELECT id FROM cases WHERE deleted_at IS NULL ORDER BY id').pluck().all();
  } finally {
    db.close();
  }
}

/**
 * Opens `dir` as the app does (which settles any interrupted restore) and checks it holds exactly
 * the `expected` database, whole, with a security log that agrees, and no litter.
 */
async function expectSettled(dir: string, expected: 'original' | 'restored', context: string): Promise<void> {
  const { ids, events, copies } = await caseIds(dir);
  expect(ids, `${context}: the cases`).toEqual(expected === 'original' ? originalIds : restoredIds);
  expect(events.includes('backup-restored'), `${context}: the security log says restored`).toBe(expected === 'restored');
  const db = openDatabaseAt(dir);
  try {
    expect(db.pragma('integrity_check', { simple: true }), context).toBe('ok');
  } finally {
    db.close();
  }
  // Only the database and the safety copy: no staged copy, partial, journal, intent record or temp file.
  expect(readdirSync(dir).filter(n => n !== 'advisor.sqlite' && !isSafetyCopyName(n)), `${context}: litter`).toEqual([]);
  if (expected === 'restored') {
    expect(copies, `${context}: one safety copy`).toHaveLength(1);
    expect(idsIn(join(dir, copies[0] ?? '')), `${context}: the safety copy holds the original`).toEqual(originalIds);
  } else {
    expect(copies, `${context}: no safety copy`).toEqual([]);
  }
}

/** Whether a crash right after `step` ends restored: once the live database has been moved aside. */
const outcomeAfter = (step: (typeof RESTORE_STEPS)[number]) => (RESTORE_STEPS.indexOf(step) >= RESTORE_STEPS.indexOf('aside-renamed') ? 'restored' : 'original');

beforeAll(async () => {
  mkdirSync(base);
  const advisor = openAdvisorAt(base);
  try {
    // Long notes make the backup span several copy steps, so one kill lands mid-copy.
    const padded = Array.from({ length: 12 }, (_, i) => ({ ...loadFixture('priya-sharma.case.json'), notes: `${String(i)} ${'Background. '.repeat(6000)}` }));
    await expectOk(advisor, 'cases:import', { caseFiles: padded });
    await advisor.vault.backupToFile(backupFile);
    await expectOk(advisor, 'cases:create', { caseFile: loadFixture('li-wei-minimal.case.json') });
  } finally {
    advisor.close();
  }
  originalIds = (await caseIds(base)).ids;
  restoredIds = idsIn(backupFile);
  expect(restoredIds).toHaveLength(12);
  expect(originalIds).toHaveLength(13);
}, 120_000);

describe('restore, killed at every step', () => {
  it('passes exactly the declared steps when not killed, and ends restored', async () => {
    const dir = freshCopy();
    const log = join(folder.dir, 'steps.log');
    const run = await restore(dir, { ADVISOR_TEST_STEP_LOG: log });
    expect(run.code, run.stderr).toBe(0);
    expect(stepsLogged(log)).toEqual([...RESTORE_STEPS]);
    await expectSettled(dir, 'restored', 'not killed');
  });

  it.each(RESTORE_STEPS)('killed right after %s, opens as exactly one database', async step => {
    const dir = freshCopy();
    expectKilled(await restore(dir, { ADVISOR_TEST_CRASH_AT: step }), step);
    await expectSettled(dir, outcomeAfter(step), `killed after ${step}`);
  });
});

describe('recovery, killed at every step', () => {
  // One crash for each way recovery goes: roll back (the live database never moved), roll forward
  // (it was set aside), and finish (the copy is in place, only the record remains).
  it.each(['intent-synced', 'aside-synced', 'swap-synced'] as const)('after a crash at %s, recovery killed anywhere still ends as one database', async step => {
    const crashed = freshCopy();
    expectKilled(await restore(crashed, { ADVISOR_TEST_CRASH_AT: step }), step);
    const log = join(folder.dir, `recovery-${step}.log`);
    const probe = freshCopy(crashed);
    const listed = await runCliChild(['list', '--data-dir', probe], { ADVISOR_TEST_STEP_LOG: log });
    expect(listed.code, listed.stderr).toBe(0);
    const recoverySteps = stepsLogged(log);
    expect(recoverySteps.length, 'recovery passed no step').toBeGreaterThan(0);
    for (const recoveryStep of recoverySteps) {
      const dir = freshCopy(crashed);
      expectKilled(await runCliChild(['list', '--data-dir', dir], { ADVISOR_TEST_CRASH_AT: recoveryStep }), recoveryStep);
      await expectSettled(dir, outcomeAfter(step), `killed after ${step}, then recovery killed after ${recoveryStep}`);
    }
  });
});

describe('a backup killed mid-copy', () => {
  it('leaves its partial file and journal, which the next backup to that file removes', async () => {
    const dir = freshCopy();
    const out = join(folder.dir, 'out');
    mkdirSync(out);
    const dest = join(out, 'copy.sqlite');
    expectKilled(await runCliChild(['backup', '--out', dest, '--data-dir', dir], { ADVISOR_TEST_CRASH_AT: 'backup-step' }), 'backup-step');
    // The pid in the names is the killed child's.
    expect(readdirSync(out).map(n => n.replace(/\.\d+\./, '.<pid>.')).sort()).toEqual(['copy.sqlite.<pid>.partial', 'copy.sqlite.<pid>.partial-journal']);
    const again = await runCliChild(['backup', '--out', dest, '--data-dir', dir]);
    expect(again.code, again.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['copy.sqlite']);
    expect(idsIn(dest)).toEqual(originalIds);
  });
});
