/**
 * Files are private (issue 12, item 5): on POSIX every file the app writes is 0600 and the data
 * folder it creates is 0700, whatever the umask. The tests run with umask 0, under which a mode left
 * to the defaults would come out 0644 or 0666 (0755 for a folder), so each check would catch it.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openAdvisor } from '../../../electron/advisor';
import { runCli } from '../../../electron/cli/run';
import { defaultDataDir, isDefaultDataDir } from '../../../electron/data-dir';
import { Database } from '../../../electron/db/driver';
import { createPrivateFile, ensurePrivateFolder, writePrivateFileAtomically } from '../../../electron/private-files';
import { encryptExisting } from '../../../electron/vault/encrypt-existing';
import { safeStoragePassphraseStore, REMEMBERED_FILE_NAME } from '../../../electron/vault/remembered';
import { fixturePath, loadFixture, TEST_PASSPHRASE, tempDir, testClock } from '../../fixtures';
import { expectOk } from './test-advisor';

const mode = (path: string) => statSync(path).mode & 0o777;

let folder: ReturnType<typeof tempDir>;
let umask: number;
beforeAll(() => {
  umask = process.umask(0);
});
afterAll(() => {
  process.umask(umask);
});
beforeEach(() => {
  folder = tempDir('advisor-private-');
});
afterEach(() => folder.cleanup());

// Windows has no POSIX modes; there the files are protected by the user profile's access list.
describe.skipIf(process.platform === 'win32')('private files on POSIX', () => {
  it('creates the data folder 0700 and the database, its WAL and its shared-memory file 0600', async () => {
    const dataDir = join(folder.dir, 'new', 'Immigration Advisor');
    const advisor = openAdvisor({ dataDir, appVersion: 't', clock: testClock, passphrase: TEST_PASSPHRASE });
    try {
      await expectOk(advisor, 'cases:create', { caseFile: loadFixture('li-wei-minimal.case.json') });
      expect(mode(dataDir)).toBe(0o700);
      const database = join(dataDir, 'advisor.sqlite');
      // While the connection is open, SQLite keeps its log and index beside the database.
      expect([database, `${database}-wal`, `${database}-shm`].map(mode)).toEqual([0o600, 0o600, 0o600]);
    } finally {
      advisor.close();
    }
  });

  it('tightens an existing folder only when it is the app’s own default folder', () => {
    const chosen = join(folder.dir, 'shared-by-the-firm');
    mkdirSync(chosen, { mode: 0o755 });
    ensurePrivateFolder(chosen, false);
    expect(mode(chosen)).toBe(0o755);
    ensurePrivateFolder(chosen, true);
    expect(mode(chosen)).toBe(0o700);
    expect(isDefaultDataDir(defaultDataDir())).toBe(true);
    expect(isDefaultDataDir(chosen)).toBe(false);
  });

  it('writes backups 0600', async () => {
    const advisor = openAdvisor({ dataDir: join(folder.dir, 'data'), appVersion: 't', clock: testClock, passphrase: TEST_PASSPHRASE });
    try {
      const dest = join(folder.dir, 'backup.sqlite');
      await advisor.vault.backupToFile(dest);
      expect(mode(dest)).toBe(0o600);
      expect(readdirSync(folder.dir).sort()).toEqual(['backup.sqlite', 'data']);
    } finally {
      advisor.close();
    }
  });

  it('writes memo PDFs 0600', async () => {
    const env = { ADVISOR_DATA_DIR: join(folder.dir, 'data'), ADVISOR_PASSPHRASE: TEST_PASSPHRASE };
    const printed: string[] = [];
    const io = { stdout: (t: string) => printed.push(t), stderr: (t: string) => printed.push(t), env, appVersion: 't', clock: testClock };
    expect(await runCli(['import', fixturePath('priya-sharma.case.json')], io)).toBe(0);
    const id = printed.join('\n').split('\n').at(-1) ?? '';
    const pdf = join(folder.dir, 'memo.pdf');
    expect(await runCli(['memo', id, '--out', pdf], io), printed.join('\n')).toBe(0);
    expect(mode(pdf)).toBe(0o600);
    // Two encrypted opens, a comparison and a PDF with its fonts: seconds on a busy machine.
  }, 60_000);

  it('writes exported files 0600, replacing a wider file, and removes its temporary file when the write fails', () => {
    const target = join(folder.dir, 'Li Wei.case.json');
    writeFileSync(target, 'old', { mode: 0o644 });
    chmodSync(target, 0o644);
    writePrivateFileAtomically(target, '{"new":true}');
    expect(readFileSync(target, 'utf8')).toBe('{"new":true}');
    expect(mode(target)).toBe(0o600);

    // A folder in the way: the rename into place fails after the temporary file was written.
    const blocked = join(folder.dir, 'blocked');
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'inside'), '');
    expect(() => writePrivateFileAtomically(blocked, 'data')).toThrow();
    expect(readdirSync(folder.dir).sort()).toEqual(['Li Wei.case.json', 'blocked']);
    expect(readdirSync(blocked)).toEqual(['inside']);
  });

  it('creates private files exclusively', () => {
    const file = join(folder.dir, 'new.sqlite');
    createPrivateFile(file);
    expect(mode(file)).toBe(0o600);
    expect(() => createPrivateFile(file)).toThrow(/EEXIST/);
  });

  it('makes a database encrypted on first unlock 0600, though the plain one was 0644', () => {
    const file = join(folder.dir, 'advisor.sqlite');
    const plain = new Database(file);
    plain.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)');
    plain.close();
    chmodSync(file, 0o644);
    encryptExisting(file, TEST_PASSPHRASE);
    expect(mode(file)).toBe(0o600);
  });

  it('keeps a remembered passphrase 0600', () => {
    const safe = {
      isEncryptionAvailable: () => true,
      encryptString: (text: string) => Buffer.from(text, 'utf8').reverse(),
      decryptString: (data: Buffer) => Buffer.from(data).reverse().toString('utf8'),
    };
    safeStoragePassphraseStore(safe, folder.dir).save(TEST_PASSPHRASE);
    const file = join(folder.dir, REMEMBERED_FILE_NAME);
    expect(mode(file)).toBe(0o600);
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(folder.dir)).toEqual([REMEMBERED_FILE_NAME]);
  });
});
