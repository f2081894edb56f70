/** Encryption at rest, the passphrase, auto-lock and "remember": the vault through dispatch, on real files. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureConnection } from '../../../electron/db/connection';
import { Database } from '../../../electron/db/driver';
import { migrate } from '../../../electron/db/migrate';
import { CANCELLED_DIALOGS } from '../../../electron/dialogs';
import { openSession } from '../../../electron/session';
import type { PassphraseStore } from '../../../electron/vault/remembered';
import { createVault, type Vault } from '../../../electron/vault/vault';
import { METHODS, type Method } from '../../../shared/contract';
import { OPEN_WHILE_LOCKED } from '../../../shared/contract-security';
import { loadFixture, TEST_PASSPHRASE, tempDir } from '../../fixtures';
import { expectFailure, expectOk } from './test-advisor';

// Every open derives the SQLCipher key (256,000 PBKDF2 rounds, on purpose): seconds per test on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

let dir: string;
let cleanup: () => void;
let now: number;
let keychain: string | null;
let autoLocks: number;
let vault: Vault;
const store: PassphraseStore = {
  available: () => true,
  load: () => keychain,
  saved: () => keychain !== null,
  save: p => (keychain = p),
  clear: () => (keychain = null),
};
const open = () =>
  createVault({
    dataDir: dir,
    appVersion: 't',
    actor: () => 'ann',
    clock: () => new Date(now),
    passphraseStore: store,
    onAutoLock: () => (autoLocks += 1),
  });

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  now = Date.parse('2026-11-29T09:00:00Z');
  keychain = null;
  autoLocks = 0;
  vault = open();
});
afterEach(() => {
  vault.close();
  cleanup();
});

const ok = <M extends Method>(method: M, input: unknown = {}) => expectOk(vault, method, input);
const failure = (method: Method, input: unknown = {}) => expectFailure(vault, method, input);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** The database and its WAL and shared-memory files, as bytes: everything SQLite keeps on disk. */
const onDisk = () =>
  Buffer.concat(readdirSync(dir).filter(f => f.startsWith('advisor.sqlite')).map(f => readFileSync(join(dir, f))));

/** Every text value in the case file, to look for on disk. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 4 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

describe('encryption at rest', () => {
  it('starts new, refuses everything but the vault, and takes a passphrase of at least 10 characters', async () => {
    expect((await ok('vault:status')).state).toBe('new');
    expect(await failure('cases:list')).toMatchObject({ code: 'locked' });
    expect(await failure('vault:setup', { passphrase: 'short' })).toMatchObject({ code: 'bad-input', field: 'passphrase' });
    expect(await failure('vault:unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({ code: 'conflict' });
    expect(await ok('vault:setup', { passphrase: TEST_PASSPHRASE })).toMatchObject({ state: 'unlocked', autoLockMinutes: 10 });
    expect(await failure('vault:setup', { passphrase: TEST_PASSPHRASE })).toMatchObject({ code: 'conflict' });
  });

  it('keeps no client name or any other field of the case readable in the files on disk', async () => {
    await ok('vault:setup', { passphrase: TEST_PASSPHRASE });
    const caseFile = loadFixture('priya-sharma.case.json');
    const created = await ok('cases:create', { caseFile });
    await ok('cases:update', { id: created.id, expectedRevision: 1, caseFile: { ...caseFile, notes: 'Privileged: wants to leave employer Zyxwv' }, status: 'consultation' });
    await ok('snapshots:save', { caseId: created.id, caseFile, programIds: ['us-h1b'], asOf: '2026-11-29', recommendation: { programId: null, rationale: '' } });
    const needles = [...stringsOf(caseFile), 'Privileged: wants to leave', 'Zyxwv', created.reference, 'Sharma', 'Bharat'];
    expect(needles.length).toBeGreaterThan(20);
    // While open (WAL and all) and after closing.
    for (const stage of ['open', 'closed']) {
      if (stage === 'closed') vault.close();
      const bytes = onDisk();
      for (const needle of needles) {
        expect.soft(bytes.includes(Buffer.from(needle, 'utf8')), `${stage}: "${needle}" found on disk`).toBe(false);
        expect.soft(bytes.includes(Buffer.from(needle, 'utf16le')), `${stage}: "${needle}" (UTF-16) found on disk`).toBe(false);
      }
    }
    expect(readFileSync(join(dir, 'advisor.sqlite')).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  });

  it('answers a wrong passphrase clearly, changes nothing and stays locked; the right one opens it', async () => {
    await ok('vault:setup', { passphrase: TEST_PASSPHRASE });
    await ok('cases:create', { caseFile: loadFixture('li-wei-minimal.case.json') });
    await ok('vault:lock');
    vault.close();
    const before = sha(join(dir, 'advisor.sqlite'));
    vault = open();
    expect((await ok('vault:status')).state).toBe('locked');
    const wrong = await failure('vault:unlock', { passphrase: 'not the passphrase' });
    expect(wrong).toMatchObject({ code: 'wrong-passphrase', field: 'passphrase' });
    expect(wrong.message).toMatch(/does not open this database.*Nothing was changed/s);
    expect(sha(join(dir, 'advisor.sqlite'))).toBe(before);
    expect((await ok('vault:status')).state).toBe('locked');
    expect(await failure('cases:list')).toMatchObject({ code: 'locked' });
    await ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect((await ok('cases:list')).total).toBe(1);
  });

  it('re-keys on a passphrase change: the old one no longer opens it, the new one does, nothing is lost', async () => {
    await ok('vault:setup', { passphrase: TEST_PASSPHRASE, remember: true });
    const c = await ok('cases:create', { caseFile: loadFixture('priya-sharma.case.json') });
    const next = 'a completely different passphrase';
    expect(await failure('vault:change-passphrase', { current: 'wrong guess!', next })).toMatchObject({ code: 'wrong-passphrase', field: 'current' });
    expect(await failure('vault:change-passphrase', { current: TEST_PASSPHRASE, next: 'short' })).toMatchObject({ code: 'bad-input', field: 'next' });
    await ok('vault:change-passphrase', { current: TEST_PASSPHRASE, next });
    // The remembered copy follows, or the next start would fail to unlock.
    expect(keychain).toBe(next);
    expect((await ok('security:get')).events).toEqual([
      { at: '2026-11-29T09:00:00.000Z', actor: 'ann', event: 'passphrase-changed', detail: 'The database was re-encrypted under a new passphrase.' },
      { at: '2026-11-29T09:00:00.000Z', actor: 'ann', event: 'database-created', detail: 'Encrypted with SQLCipher 4 under a new passphrase.' },
    ]);
    expect((await ok('cases:get', { id: c.id })).caseFile).toEqual(loadFixture('priya-sharma.case.json'));
    vault.close();
    vault = open();
    expect(await failure('vault:unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({ code: 'wrong-passphrase' });
    await ok('vault:unlock', { passphrase: next });
    expect((await ok('cases:get', { id: c.id })).caseFile).toEqual(loadFixture('priya-sharma.case.json'));
  });

  it('encrypts a database from before encryption on first unlock, without losing a row', async () => {
    // A plain database as the previous version wrote it, with two cases and their audit trail.
    const file = join(dir, 'advisor.sqlite');
    const plain = new Database(file);
    configureConnection(plain);
    migrate(plain);
    const legacy = openSession(plain, { appVersion: 'old', dataDir: dir, databaseFile: file, actor: () => 'ann', clock: () => new Date(now), dialogs: CANCELLED_DIALOGS });
    const imported = await legacy.handlers['cases:import']({ caseFiles: [loadFixture('priya-sharma.case.json'), loadFixture('li-wei-minimal.case.json')] });
    const audit = await legacy.handlers['cases:audit']({ id: imported.imported[0]!.id });
    plain.close();
    expect(readFileSync(file).includes('Priya Sharma')).toBe(true);

    expect((await ok('vault:status')).state).toBe('unencrypted');
    expect(await failure('cases:list')).toMatchObject({ code: 'locked' });
    await ok('vault:setup', { passphrase: TEST_PASSPHRASE });
    const list = await ok('cases:list');
    expect(list.items.map(i => i.clientName).sort()).toEqual(['Li Wei', 'Priya Sharma']);
    expect((await ok('cases:get', { id: imported.imported[0]!.id })).caseFile).toEqual(loadFixture('priya-sharma.case.json'));
    expect(await ok('cases:audit', { id: imported.imported[0]!.id })).toEqual(audit);
    expect((await ok('security:get')).events.map(e => e.event)).toEqual(['database-encrypted']);
    vault.close();
    expect(onDisk().includes('Priya Sharma')).toBe(false);
    expect(readdirSync(dir).filter(f => f.includes('encrypting'))).toEqual([]);
  });

  it('refuses a plain database from a newer version before encrypting anything', async () => {
    const file = join(dir, 'advisor.sqlite');
    const plain = new Database(file);
    plain.pragma('user_version = 99');
    plain.close();
    const before = sha(file);
    expect(await failure('vault:setup', { passphrase: TEST_PASSPHRASE })).toMatchObject({ code: 'database-too-new' });
    expect(sha(file)).toBe(before);
    expect((await ok('vault:status')).state).toBe('unencrypted');
  });
});

describe('locked', () => {
  it('answers only the methods open while locked; every other one says locked', async () => {
    await ok('vault:setup', { passphrase: TEST_PASSPHRASE });
    await ok('vault:lock');
    const open = new Set<string>(OPEN_WHILE_LOCKED);
    for (const method of METHODS.filter(m => !open.has(m))) {
      const r = await vault.dispatch(method, {});
      // Input is checked first (a malformed call is bad-input either way); a valid one meets the lock.
      if (!r.ok && r.error.code !== 'bad-input') expect(r.error.code, method).toBe('locked');
      expect(r.ok, method).toBe(false);
    }
    expect(await ok('app:info')).toMatchObject({ appVersion: 't', schemaVersion: null });
    expect((await ok('vault:status')).autoLockMinutes).toBeNull();
  });
});

describe('auto-lock', () => {
  it('locks after the configured idle time, tells the window, and counts every call as use', async () => {
    await ok('vault:setup', { passphrase: TEST_PASSPHRASE });
    await ok('security:set', { autoLockMinutes: 5, backupKeep: 14 });
    now += 4 * 60_000;
    expect(vault.checkIdle()).toBe(false);
    await ok('vault:activity');
    now += 4 * 60_000;
    expect(vault.checkIdle()).toBe(false);
    // vault:status is a poll, not use: it must not keep the app unlocked forever.
    await ok('vault:status');
    now += 61_000 + 60_000;
    expect(vault.checkIdle()).toBe(true);
    expect(autoLocks).toBe(1);
    expect((await ok('vault:status')).state).toBe('locked');
  });

  it('locks on the next call when the timer could not run (a sleeping laptop)', async () => {
    await ok('vault:setup', { passphrase: TEST_PASSPHRASE });
    now += 11 * 60_000;
    expect(await failure('cases:list')).toMatchObject({ code: 'locked' });
  });

  it('locks when the operating system locks the screen', async () => {
    await ok('vault:setup', { passphrase: TEST_PASSPHRASE });
    vault.lockForSystem();
    expect((await ok('vault:status')).state).toBe('locked');
    expect(autoLocks).toBe(1);
  });
});

describe('remember on this computer', () => {
  it('saves the passphrase in the OS store only when asked, and forgets it', async () => {
    await ok('vault:setup', { passphrase: TEST_PASSPHRASE });
    expect(keychain).toBeNull();
    await ok('vault:lock');
    expect(await ok('vault:unlock', { passphrase: TEST_PASSPHRASE, remember: true })).toMatchObject({ remembered: true, canRemember: true });
    expect(keychain).toBe(TEST_PASSPHRASE);
    // Absent leaves it as it is.
    await ok('vault:lock');
    await ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(keychain).toBe(TEST_PASSPHRASE);
    expect(await ok('vault:forget')).toMatchObject({ remembered: false });
    expect(keychain).toBeNull();
    expect(existsSync(join(dir, 'remembered-passphrase.bin'))).toBe(false);
  });
});

describe('passphrases with awkward characters', () => {
  it('keys by bytes, so quotes and non-Latin text work; control characters are refused for a new one', async () => {
    const quoted = `it's "quoted" -- ; DROP TABLE cases; पासवर्ड 密码`;
    await ok('vault:setup', { passphrase: quoted });
    await ok('cases:create', { caseFile: loadFixture('li-wei-minimal.case.json') });
    await ok('vault:lock');
    expect(await failure('vault:unlock', { passphrase: quoted.slice(0, -1) })).toMatchObject({ code: 'wrong-passphrase' });
    await ok('vault:unlock', { passphrase: quoted });
    expect((await ok('cases:list')).total).toBe(1);
    for (const bad of ['tab\there is bad', 'nul\u0000 is bad too', 'broken \ud800 surrogate']) {
      expect(await failure('vault:change-passphrase', { current: quoted, next: bad })).toMatchObject({ code: 'bad-input', field: 'next' });
    }
  });
});
