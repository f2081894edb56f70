/** Automatic and on-demand backups, and restore with preview, through dispatch on real files. */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyKey } from '../../../electron/db/cipher';
import { Database } from '../../../electron/db/driver';
import type { Dialogs } from '../../../electron/dialogs';
import { CANCELLED_DIALOGS } from '../../../electron/dialogs';
import { LATEST_SCHEMA_VERSION } from '../../../electron/db/migrations';
import { createVault, type Vault } from '../../../electron/vault/vault';
import type { Method } from '../../../shared/contract';
import { openDatabaseAt } from '../../data-folder';
import { loadFixture, TEST_PASSPHRASE, tempDir } from '../../fixtures';
import { expectFailure, expectOk } from './test-advisor';

// Every open derives the SQLCipher key (256,000 PBKDF2 rounds, on purpose): seconds per test on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

let dir: string;
let folder: string;
let cleanup: () => void;
let now: number;
let vault: Vault;
const picks: { folder: string | null; backup: string | null } = { folder: null, backup: null };
const dialogs: Dialogs = {
  ...CANCELLED_DIALOGS,
  chooseBackupFolder: () => Promise.resolve(picks.folder),
  openBackup: () => Promise.resolve(picks.backup),
};

beforeEach(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  dir = join(t.dir, 'data');
  folder = join(t.dir, 'backups');
  mkdirSync(dir);
  mkdirSync(folder);
  now = Date.parse('2026-11-29T09:00:00Z');
  picks.folder = folder;
  picks.backup = null;
  vault = createVault({ dataDir: dir, appVersion: 't', actor: () => 'ann', clock: () => new Date(now), dialogs });
  vault.unlock(TEST_PASSPHRASE);
});
afterEach(() => {
  vault.close();
  cleanup();
});

const ok = <M extends Method>(method: M, input: unknown = {}) => expectOk(vault, method, input);
const failure = (method: Method, input: unknown = {}) => expectFailure(vault, method, input);
const addCase = (fixture = 'li-wei-minimal.case.json') => ok('cases:create', { caseFile: loadFixture(fixture) });
const caseCount = async () => (await ok('cases:list')).total;

/** Opens a backup file under a passphrase and counts its cases (throws for a wrong key). */
function casesIn(file: string, passphrase = TEST_PASSPHRASE): number {
  const db = new Database(file, { readonly: true });
  try {
    applyKey(db, passphrase);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return db.prepare<[], number>('SELECT count(*) FROM cases').pluck().get() ?? -1;
  } finally {
    db.close();
  }
}

/** A backup of one case (Priya Sharma) made a minute in, then one more case added after it. */
async function backupThenAddCase() {
  await ok('backups:choose-folder');
  await addCase('priya-sharma.case.json');
  now += 60_000;
  const made = await ok('backups:run');
  await addCase();
  return made;
}

/** Picks a backup from the folder by name; its preview is ready (same passphrase). */
async function choose(name: string) {
  const chosen = await ok('backups:choose-restore', { name });
  if ('cancelled' in chosen) throw new Error('cancelled');
  return chosen;
}

describe('backups', () => {
  it('needs a folder; choosing one makes the first backup at once, encrypted and self-contained', async () => {
    expect(await failure('backups:run')).toMatchObject({ code: 'bad-input', field: 'backupFolder' });
    await addCase('priya-sharma.case.json');
    const settings = await ok('backups:choose-folder');
    expect(settings).toMatchObject({ backupFolder: folder, backupKeep: 14, lastBackupError: null });
    if ('cancelled' in settings) throw new Error('cancelled');
    expect(settings.backups).toHaveLength(1);
    const [made] = settings.backups;
    expect(made?.name).toBe('Immigration Advisor backup 2026-11-29 090000.sqlite');
    const file = join(folder, made!.name);
    // Encrypted: no name in the bytes, and not even the SQLite header; one file, no WAL beside it.
    expect(readFileSync(file).includes('Priya')).toBe(false);
    expect(readFileSync(file).subarray(0, 6).toString()).not.toBe('SQLite');
    expect(readdirSync(folder)).toEqual([made!.name]);
    expect(casesIn(file)).toBe(1);
    expect(() => casesIn(file, 'another passphrase')).toThrow(/not a database/);
  });

  it('keeps the newest N, makes one a day, and never touches other files in the folder', async () => {
    await ok('backups:choose-folder');
    await ok('security:set', { autoLockMinutes: 10, backupKeep: 3 });
    writeFileSync(join(folder, 'my notes.txt'), 'keep me');
    for (let day = 1; day <= 5; day += 1) {
      await addCase();
      // A day passes; the idle lock has long struck, and unlocking runs the due backup.
      now += 24 * 60 * 60 * 1000;
      vault.checkIdle();
      vault.unlock(TEST_PASSPHRASE);
      await vault.runDueBackup();
      // A second check the same day finds the backup fresh and makes none.
      now += 60_000;
      await vault.runDueBackup();
    }
    const { backups } = await ok('security:get');
    expect(backups.map(b => b.name)).toEqual([
      'Immigration Advisor backup 2026-12-04 090400.sqlite',
      'Immigration Advisor backup 2026-12-03 090300.sqlite',
      'Immigration Advisor backup 2026-12-02 090200.sqlite',
    ]);
    expect(backups.map(b => casesIn(join(folder, b.name)))).toEqual([5, 4, 3]);
    expect(readFileSync(join(folder, 'my notes.txt'), 'utf8')).toBe('keep me');
  });

  it('is consistent while the app keeps writing during the backup', async () => {
    await ok('backups:choose-folder');
    for (let i = 0; i < 40; i += 1) await addCase('priya-sharma.case.json');
    now += 60_000;
    const running = ok('backups:run');
    // Writes interleave with the copy's steps; SQLite's backup follows them.
    const writes = Promise.all(Array.from({ length: 10 }, () => addCase()));
    const [made] = await Promise.all([running, writes]);
    const n = casesIn(join(folder, made.name));
    expect(n).toBeGreaterThanOrEqual(40);
    expect(n).toBeLessThanOrEqual(50);
  });

  it('records why an automatic backup failed, for Settings, instead of throwing', async () => {
    await ok('backups:choose-folder');
    const gone = join(folder, 'gone');
    mkdirSync(gone);
    picks.folder = gone;
    await ok('backups:choose-folder');
    // The folder vanishes, as a disconnected drive would.
    rmSync(gone, { recursive: true, force: true });
    now += 2 * 24 * 60 * 60 * 1000;
    await ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    await vault.runDueBackup();
    expect((await ok('security:get')).lastBackupError).toMatch(/gone/);
  });

  it('refuses a folder it cannot write to, naming the field', async () => {
    picks.folder = join(folder, 'does-not-exist');
    expect(await failure('backups:choose-folder')).toMatchObject({ code: 'bad-input', field: 'backupFolder' });
  });
});

describe('restore from backup', () => {
  it('previews date and counts first, replaces only on confirmation, and keeps the current database aside', async () => {
    const made = await backupThenAddCase();
    await addCase();
    expect(await caseCount()).toBe(3);

    const chosen = await choose(made.name);
    expect(chosen.preview).toMatchObject({ name: made.name, madeAt: '2026-11-29T09:01:00.000Z', clients: 1, cases: 1, schemaVersion: LATEST_SCHEMA_VERSION });
    // Previewing changed nothing.
    expect(await caseCount()).toBe(3);

    const restored = await ok('backups:restore', { token: chosen.token });
    expect(restored.restored.cases).toBe(1);
    expect(await caseCount()).toBe(1);
    expect((await ok('cases:list')).items[0]?.clientName).toBe('Priya Sharma');
    expect(restored.keptAside).toBe(join(dir, 'advisor.before-restore 2026-11-29 090100.sqlite'));
    expect(casesIn(restored.keptAside)).toBe(3);
    // The restore is in the restored database's security log, after the backup's own entries.
    expect((await ok('security:get')).events.map(e => e.event)).toEqual(['backup-restored', 'backup-folder-set', 'database-created']);
    expect((await ok('security:get')).events[0]).toMatchObject({ actor: 'ann', detail: expect.stringContaining(`${made.name} (made 2026-11-29T09:01:00.000Z; 1 cases)`) as unknown });
    // The token is spent with the lock; a second restore of the same pick must be chosen again.
    await ok('vault:lock');
    await ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(await failure('backups:restore', { token: chosen.token })).toMatchObject({ code: 'not-found' });
  });

  it('asks for the passphrase a backup was made under, and the restored database keeps the current one', async () => {
    await ok('backups:choose-folder');
    await addCase('priya-sharma.case.json');
    now += 60_000;
    const made = await ok('backups:run');
    const next = 'the new firm passphrase';
    await ok('vault:change-passphrase', { current: TEST_PASSPHRASE, next });
    await addCase();

    picks.backup = join(folder, made.name);
    const chosen = await ok('backups:choose-restore');
    if ('cancelled' in chosen) throw new Error('cancelled');
    expect(chosen.preview).toBeNull();
    expect(await failure('backups:restore', { token: chosen.token })).toMatchObject({ code: 'bad-input' });
    expect(await failure('backups:preview', { token: chosen.token, passphrase: 'wrong one' })).toMatchObject({ code: 'wrong-passphrase' });
    expect(await ok('backups:preview', { token: chosen.token, passphrase: TEST_PASSPHRASE })).toMatchObject({ cases: 1 });
    await ok('backups:restore', { token: chosen.token });
    expect(await caseCount()).toBe(1);
    vault.close();
    vault = createVault({ dataDir: dir, appVersion: 't', clock: () => new Date(now), dialogs });
    expect(() => vault.unlock(TEST_PASSPHRASE)).toThrow(/does not open/);
    vault.unlock(next);
    expect(await caseCount()).toBe(1);
  });

  it('refuses a damaged file or a stranger before touching anything', async () => {
    await addCase();
    const junk = join(folder, 'junk.sqlite');
    writeFileSync(junk, 'not a backup at all'.repeat(500));
    picks.backup = junk;
    const chosen = await ok('backups:choose-restore');
    if ('cancelled' in chosen) throw new Error('cancelled');
    // Noise looks like a backup under another passphrase; no passphrase makes it readable.
    expect(chosen.preview).toBeNull();
    expect(await failure('backups:preview', { token: chosen.token, passphrase: TEST_PASSPHRASE })).toMatchObject({ code: 'wrong-passphrase' });
    expect(await failure('backups:choose-restore', { name: '../advisor.sqlite' })).toMatchObject({ code: 'bad-input', field: 'name' });
    expect(await failure('backups:choose-restore', { name: 'junk.sqlite' })).toMatchObject({ code: 'not-found' });
    expect(await caseCount()).toBe(1);
    expect((await ok('security:get')).safetyCopies).toEqual([]);
  });

  it('keeps every safety copy, newest first with date and size, until one is removed by name', async () => {
    const made = await backupThenAddCase();
    const restore = async () => ok('backups:restore', { token: (await choose(made.name)).token });
    const first = await restore();
    await addCase();
    await addCase();
    now += 60_000;
    const second = await restore();
    // Two restores in one second: the second copy gets a suffix, not the first one's name.
    await addCase();
    const third = await restore();
    expect([first, second, third].map(r => r.keptAside.slice(dir.length + 1))).toEqual([
      'advisor.before-restore 2026-11-29 090100.sqlite',
      'advisor.before-restore 2026-11-29 090200.sqlite',
      'advisor.before-restore 2026-11-29 090200-2.sqlite',
    ]);
    const { safetyCopies } = await ok('security:get');
    expect(safetyCopies.map(c => [c.name, c.keptAt])).toEqual([
      ['advisor.before-restore 2026-11-29 090200-2.sqlite', '2026-11-29T09:02:00.000Z'],
      ['advisor.before-restore 2026-11-29 090200.sqlite', '2026-11-29T09:02:00.000Z'],
      ['advisor.before-restore 2026-11-29 090100.sqlite', '2026-11-29T09:01:00.000Z'],
    ]);
    expect(safetyCopies.every(c => c.bytes > 0)).toBe(true);
    // Each holds the database as that restore found it.
    expect([third, second, first].map(r => casesIn(r.keptAside))).toEqual([2, 3, 2]);

    expect(await failure('backups:remove-safety-copy', { name: 'advisor.sqlite' })).toMatchObject({ code: 'not-found', field: 'name' });
    expect(await failure('backups:remove-safety-copy', { name: '../advisor.sqlite' })).toMatchObject({ code: 'bad-input', field: 'name' });
    const after = await ok('backups:remove-safety-copy', { name: 'advisor.before-restore 2026-11-29 090200.sqlite' });
    expect(after.safetyCopies.map(c => c.name)).toEqual(['advisor.before-restore 2026-11-29 090200-2.sqlite', 'advisor.before-restore 2026-11-29 090100.sqlite']);
    // (-wal and -shm: the open database's, and those casesIn's read-only opens leave beside the copies.)
    expect(readdirSync(dir).filter(n => !/-(wal|shm)$/.test(n)).sort()).toEqual(['advisor.before-restore 2026-11-29 090100.sqlite', 'advisor.before-restore 2026-11-29 090200-2.sqlite', 'advisor.sqlite']);
    expect(readdirSync(dir).filter(n => n.includes('090200.'))).toEqual([]);
  });

  it('lists the undated copy an earlier version kept, last, with its date unknown', async () => {
    writeFileSync(join(dir, 'advisor.before-restore.sqlite'), 'an old copy');
    expect((await ok('security:get')).safetyCopies).toEqual([{ name: 'advisor.before-restore.sqlite', keptAt: null, bytes: 11 }]);
  });

  it('refuses while another connection has the database open, replacing nothing', async () => {
    const chosen = await choose((await backupThenAddCase()).name);
    const other = openDatabaseAt(dir);
    try {
      expect(await failure('backups:restore', { token: chosen.token })).toMatchObject({ code: 'conflict', message: expect.stringMatching(/open in another .*Nothing was replaced/) as unknown });
    } finally {
      other.close();
    }
    expect(await caseCount()).toBe(2);
    expect((await ok('security:get')).safetyCopies).toEqual([]);
    expect(readdirSync(dir).filter(n => !n.startsWith('advisor.sqlite-'))).toEqual(['advisor.sqlite']);
  });
});

