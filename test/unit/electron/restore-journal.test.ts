/**
 * The restore journal's state machine, one state at a time: every combination of files a crash can
 * leave is settled to exactly the original or exactly the restored database, twice over (recovery
 * is idempotent), and what cannot be settled is refused with the files named, never replaced by a
 * new database. The files are markers: recovery only renames and removes, it never reads them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { putBack } from '../../../electron/backup/restore';
import { dataFolderState, INTENT_FILE_NAME, recoverRestore, settleDataFolder } from '../../../electron/backup/restore-journal';
import { createVault } from '../../../electron/vault/vault';
import { TEST_PASSPHRASE, tempDir, testClock } from '../../fixtures';
import { deadPid } from '../../dead-pid';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  dir = join(t.dir, 'data');
  mkdirSync(dir);
});
afterEach(() => cleanup());

const LIVE = 'advisor.sqlite';
const STAGED = 'advisor.sqlite.restoring.4242';
const ASIDE = 'advisor.before-restore 2026-12-03 091500.sqlite';

const put = (name: string, text: string) => writeFileSync(join(dir, name), text);
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const names = () => readdirSync(dir).sort();
function intent(direction: 'forward' | 'back', pid = deadPid(), extra: Record<string, unknown> = {}) {
  put(INTENT_FILE_NAME, JSON.stringify({ format: 'immigration-advisor/restore-intent', version: 1, direction, staged: STAGED, aside: ASIDE, pid, ...extra }));
}

describe('recovering an interrupted swap', () => {
  it.each([
    // [state, files before, outcome, what advisor.sqlite holds after, files after]
    ['committed, nothing moved: rolled back', 'forward', { [LIVE]: 'original', [STAGED]: 'restored' }, 'original', [LIVE]],
    ['live set aside: rolled forward', 'forward', { [ASIDE]: 'original', [STAGED]: 'restored' }, 'restored', [ASIDE, LIVE]],
    ['copy in place: finished', 'forward', { [LIVE]: 'restored', [ASIDE]: 'original' }, 'restored', [ASIDE, LIVE]],
    ['copy lost after the set-aside: the original back', 'forward', { [ASIDE]: 'original' }, 'original', [LIVE]],
    ['undo, restored still live: the original back', 'back', { [LIVE]: 'restored', [ASIDE]: 'original' }, 'original', [LIVE]],
    ['undo, restored removed: the original back', 'back', { [ASIDE]: 'original' }, 'original', [LIVE]],
    ['undo done, record left: nothing to move', 'back', { [LIVE]: 'original' }, 'original', [LIVE]],
  ] as const)('%s', (_, direction, files, outcome, after) => {
    for (const [name, text] of Object.entries(files)) put(name, text);
    intent(direction);
    expect(recoverRestore(dir)).toBe(outcome);
    expect(read(LIVE)).toBe(outcome);
    expect(names()).toEqual([...after].sort());
    // Run again (a crash during recovery means exactly this): nothing left to do.
    expect(recoverRestore(dir)).toBe('no restore');
    expect(read(LIVE)).toBe(outcome);
  });

  it('never lets a -wal or -shm left beside a missing database into the one put in place', () => {
    put(ASIDE, 'original');
    put(STAGED, 'restored');
    put(`${LIVE}-wal`, 'frames of some other database');
    put(`${LIVE}-shm`, 'index');
    intent('forward');
    expect(recoverRestore(dir)).toBe('restored');
    expect(names()).toEqual([ASIDE, LIVE]);
  });

  it('refuses, naming the files, when neither the database nor its copies are left; the record stays', () => {
    intent('forward');
    expect(() => recoverRestore(dir)).toThrow(/neither the database \(advisor\.sqlite\) nor its copies \(advisor\.sqlite\.restoring\.4242, advisor\.before-restore 2026-12-03 091500\.sqlite\)/);
    expect(names()).toEqual([INTENT_FILE_NAME]);
  });

  it('leaves a swap alone while the process making it still runs', () => {
    put(ASIDE, 'original');
    put(STAGED, 'restored');
    // The test runner's parent: alive for as long as this test runs, and not this process.
    intent('forward', process.ppid);
    expect(() => recoverRestore(dir)).toThrow(/another Immigration Advisor window or command \(process \d+\)/);
    expect(names()).toEqual([ASIDE, INTENT_FILE_NAME, STAGED].sort());
    expect(dataFolderState(dir)).toBe('encrypted');
  });

  it('finishes a record with this process’s pid that this process did not write (a reused pid)', () => {
    put(ASIDE, 'original');
    put(STAGED, 'restored');
    intent('forward', process.pid);
    expect(recoverRestore(dir)).toBe('restored');
  });

  it.each([
    ['not JSON', 'not json at all'],
    ['a staged copy outside the folder', JSON.stringify({ format: 'immigration-advisor/restore-intent', version: 1, direction: 'forward', staged: '../advisor.sqlite', aside: ASIDE, pid: 1 })],
    ['a safety copy not of our naming', JSON.stringify({ format: 'immigration-advisor/restore-intent', version: 1, direction: 'back', staged: STAGED, aside: 'notes.txt', pid: 1 })],
    ['another format', JSON.stringify({ format: 'something else', version: 1 })],
  ])('refuses a record that is %s, renaming nothing', (_, text) => {
    put(LIVE, 'original');
    put('notes.txt', 'the user’s');
    put(INTENT_FILE_NAME, text);
    expect(() => recoverRestore(dir)).toThrow(/advisor\.restore-intent\.json is not a restore record this version can read .*Nothing was changed/);
    expect(names()).toEqual([LIVE, INTENT_FILE_NAME, 'notes.txt'].sort());
    expect(read(LIVE)).toBe('original');
  });
});

describe('putting the original back when the restored database will not open', () => {
  it('journals the undo: the safety copy is live again, the restored copy gone', () => {
    put(LIVE, 'restored');
    put(`${LIVE}-wal`, 'restored frames');
    put(ASIDE, 'original');
    putBack(join(dir, LIVE), join(dir, ASIDE), join(dir, STAGED));
    expect(names()).toEqual([LIVE]);
    expect(read(LIVE)).toBe('original');
  });
});

describe('a missing database beside a restore’s leftovers', () => {
  it.each([ASIDE, 'advisor.before-restore.sqlite', STAGED])('is not a new database while %s is there: refused, naming it', leftover => {
    put(leftover, 'a database');
    expect(dataFolderState(dir)).toBe('encrypted');
    expect(() => settleDataFolder(dir)).toThrow(new RegExp(`advisor\\.sqlite is missing .*left ${leftover.replaceAll('.', '\\.')} there. Nothing was created`));
    expect(names()).toEqual([leftover]);
  });

  it('holds for leftovers recovery itself keeps: a finished swap whose database then went missing', () => {
    put(ASIDE, 'original');
    put(LIVE, 'restored');
    intent('forward');
    settleDataFolder(dir);
    writeFileSync(join(dir, LIVE), '');
    expect(() => settleDataFolder(dir)).toThrow(/advisor\.before-restore 2026-12-03 091500\.sqlite there/);
  });

  it('makes the vault ask to unlock, never to set up, and unlocking says why it cannot', async () => {
    put(ASIDE, 'a database');
    const vault = createVault({ dataDir: dir, appVersion: 't', clock: testClock });
    try {
      expect(vault.status().state).toBe('locked');
      expect(() => vault.unlock(TEST_PASSPHRASE)).toThrow(/advisor\.sqlite is missing .*Nothing was created/);
      const setup = await vault.dispatch('vault:setup', { passphrase: TEST_PASSPHRASE });
      expect(setup.ok ? 'ok' : setup.error.code).toBe('conflict');
      expect(existsSync(join(dir, LIVE))).toBe(false);
    } finally {
      vault.close();
    }
  });

  it('an empty folder is a new database', () => {
    expect(dataFolderState(dir)).toBe('absent');
    expect(() => settleDataFolder(dir)).not.toThrow();
  });
});

describe('litter of restores killed before writing their intent record', () => {
  it('is removed on open once its process is gone; a live process’s and other files stay', () => {
    const dead = String(deadPid());
    const live = String(process.ppid);
    put(LIVE, 'the database');
    const litter = [
      `advisor.sqlite.restoring.${dead}`,
      `advisor.sqlite.restoring.${dead}-wal`,
      `advisor.sqlite.restoring.${dead}.${dead}.partial`,
      `advisor.sqlite.restoring.${dead}.${dead}.partial-journal`,
      `advisor.restore-intent.json.${dead}.tmp`,
      // Left by versions before the pid was in the name.
      'advisor.sqlite.restoring',
      'advisor.sqlite.restoring.partial',
    ];
    const kept = [
      `advisor.sqlite.restoring.${live}`,
      `advisor.sqlite.restoring.${live}.${live}.partial`,
      `advisor.restore-intent.json.${live}.tmp`,
      'advisor.sqlite.restoring.notes.txt',
      'advisor.sqlite.bak',
      'notes.txt',
      ASIDE,
    ];
    for (const name of [...litter, ...kept]) put(name, 'x');
    settleDataFolder(dir);
    expect(names()).toEqual([LIVE, ...kept].sort());
  });
});
