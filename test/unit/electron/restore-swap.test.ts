/**
 * The swap itself, when the file system refuses a step (a file held open on Windows, a failing
 * disk): it settles at once to exactly one database, as a later open would, and says whether the
 * restore happened. And it refuses before touching anything when another process has the database
 * open or a safety copy would be overwritten. The files are markers; the swap never reads them.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { swapIn } from '../../../electron/backup/restore';
import { tempDir } from '../../fixtures';

/** Which call of renameSync fails (1: the intent record's, 2: setting the live database aside, 3: the copy in), if any. */
const failing = vi.hoisted(() => ({ call: 0, seen: 0 }));
vi.mock('node:fs', async original => {
  const real = await original<typeof fs>();
  return {
    ...real,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      failing.seen += 1;
      if (failing.seen === failing.call) throw Object.assign(new Error('EBUSY: resource busy or locked, rename'), { code: 'EBUSY' });
      real.renameSync(from, to);
    },
  };
});

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  failing.call = 0;
  failing.seen = 0;
  fs.writeFileSync(join(dir, 'advisor.sqlite'), 'original');
  fs.writeFileSync(join(dir, STAGED), 'restored');
});
afterEach(() => cleanup());

const STAGED = 'advisor.sqlite.restoring.4242';
const ASIDE = 'advisor.before-restore 2026-12-03 091500.sqlite';
const swap = () => swapIn(join(dir, STAGED), join(dir, 'advisor.sqlite'), join(dir, ASIDE));
const names = () => fs.readdirSync(dir).sort();
const live = () => fs.readFileSync(join(dir, 'advisor.sqlite'), 'utf8');

describe('a swap the file system interrupts', () => {
  it('rolls back when the live database cannot be set aside, and reports the failure', () => {
    failing.call = 2;
    expect(swap).toThrow(/EBUSY/);
    expect([live(), names()]).toEqual(['original', ['advisor.sqlite']]);
  });

  it('rolls forward when the copy cannot be renamed in at first, and reports the restore done', () => {
    failing.call = 3;
    expect(swap).not.toThrow();
    expect([live(), names()]).toEqual(['restored', [ASIDE, 'advisor.sqlite']]);
  });

  it('changes nothing when the intent record cannot be put in place', () => {
    failing.call = 1;
    expect(swap).toThrow(/EBUSY/);
    // The staged copy stays for the caller to discard; the record's temporary file does not.
    expect([live(), names()]).toEqual(['original', ['advisor.sqlite', STAGED]]);
  });
});

describe('a swap refused before it starts', () => {
  it('while another process has the database open (its -wal and -shm are there)', () => {
    fs.writeFileSync(join(dir, 'advisor.sqlite-wal'), '');
    fs.writeFileSync(join(dir, 'advisor.sqlite-shm'), '');
    expect(swap).toThrow(/open in another Immigration Advisor window or command.*Nothing was replaced/);
    expect(live()).toBe('original');
    expect(failing.seen).toBe(0);
  });

  it('rather than overwrite a safety copy of the same name', () => {
    fs.writeFileSync(join(dir, ASIDE), 'an earlier restore’s');
    expect(swap).toThrow(/Nothing was replaced/);
    expect(fs.readFileSync(join(dir, ASIDE), 'utf8')).toBe('an earlier restore’s');
    expect(failing.seen).toBe(0);
  });
});
