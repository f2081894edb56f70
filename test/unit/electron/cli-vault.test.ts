/** The CLI and the encrypted database: the passphrase from the environment or a prompt, backup and restore. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import type { SecretPrompt } from '../../../electron/cli/passphrase';
import { fixturePath, TEST_PASSPHRASE, tempDir, testClock } from '../../fixtures';

// Every CLI command opens the database and so derives its key: slow on purpose.
vi.setConfig({ testTimeout: 30_000 });

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function cli(argv: string[], env: NodeJS.ProcessEnv = { ADVISOR_PASSPHRASE: TEST_PASSPHRASE }, prompt: SecretPrompt = null) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: t => out.push(t), stderr: t => err.push(t), env: { ADVISOR_DATA_DIR: dir, ...env }, appVersion: 't', clock: testClock, prompt });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
/** A prompt that answers from a script and records the questions. */
function scripted(...answers: string[]) {
  const asked: string[] = [];
  const prompt: SecretPrompt = question => {
    asked.push(question);
    return Promise.resolve(answers.shift() ?? '');
  };
  return { prompt, asked };
}
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const count = async (env?: NodeJS.ProcessEnv) => (JSON.parse((await cli(['list', '--json'], env)).stdout) as unknown[]).length;

describe('the CLI passphrase', () => {
  it('exits 1 with a clear message for a wrong ADVISOR_PASSPHRASE, and changes nothing', async () => {
    expect((await cli(['import', fixturePath('li-wei-minimal.case.json')])).code).toBe(0);
    const before = sha(join(dir, 'advisor.sqlite'));
    const wrong = await cli(['list'], { ADVISOR_PASSPHRASE: 'not the passphrase' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/That passphrase does not open this database.*Nothing was changed/s);
    expect(sha(join(dir, 'advisor.sqlite'))).toBe(before);
  });

  it('without ADVISOR_PASSPHRASE and no terminal, says how to give one (exit 1)', async () => {
    const r = await cli(['list'], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/set ADVISOR_PASSPHRASE/);
    expect(existsSync(join(dir, 'advisor.sqlite'))).toBe(false);
  });

  it('asks twice for a new database, refuses two different entries, then asks once', async () => {
    const differ = scripted('first passphrase!!', 'second passphrase!');
    const refused = await cli(['import', fixturePath('li-wei-minimal.case.json')], {}, differ.prompt);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/passphrase: the two entries differ/);
    expect(existsSync(join(dir, 'advisor.sqlite'))).toBe(false);

    const twice = scripted('typed at the terminal', 'typed at the terminal');
    expect((await cli(['import', fixturePath('li-wei-minimal.case.json')], {}, twice.prompt)).code).toBe(0);
    expect(twice.asked).toEqual(['New database. Choose a passphrase: ', 'Type it again: ']);

    const once = scripted('typed at the terminal');
    const listed = await cli(['list'], {}, once.prompt);
    expect(listed.stdout).toContain('Li Wei');
    expect(once.asked).toEqual(['Passphrase: ']);
  });

  it('refuses a short passphrase for a new database, naming the field (exit 2)', async () => {
    const r = await cli(['import', fixturePath('li-wei-minimal.case.json')], { ADVISOR_PASSPHRASE: 'short' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/passphrase: use at least 10 characters/);
  });
});

describe('backup and restore from the CLI', () => {
  it('backup --out writes an encrypted copy; restore previews, then replaces; --dry-run only previews', async () => {
    await cli(['import', fixturePath('priya-sharma.case.json')]);
    const out = join(dir, 'copy.sqlite');
    const backup = await cli(['backup', '--out', out]);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Backed up 1 cases of 1 clients to .*copy\.sqlite/);
    expect(readFileSync(out).includes('Priya')).toBe(false);
    await cli(['import', fixturePath('li-wei-minimal.case.json')]);
    expect(await count()).toBe(2);

    const dry = await cli(['restore', out, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Clients:\s+1\nCases:\s+1/);
    expect(dry.stdout).toContain('Dry run: nothing was changed.');
    expect(await count()).toBe(2);

    const restored = await cli(['restore', out]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Restored\. The database it replaced is kept at .*advisor\.before-restore \d{4}-\d\d-\d\d \d{6}\.sqlite/);
    expect(await count()).toBe(1);
  });

  it('restores a backup made under another passphrase with ADVISOR_BACKUP_PASSPHRASE', async () => {
    const other = tempDir();
    try {
      const theirs = { ADVISOR_PASSPHRASE: 'the other office passphrase', ADVISOR_DATA_DIR: other.dir };
      await cli(['import', fixturePath('priya-sharma.case.json')], theirs);
      const out = join(other.dir, 'theirs.sqlite');
      await cli(['backup', '--out', out], theirs);
      await cli(['import', fixturePath('li-wei-minimal.case.json')]);

      const without = await cli(['restore', out]);
      expect(without.code).toBe(1);
      expect(without.stderr).toMatch(/ADVISOR_BACKUP_PASSPHRASE/);
      const wrong = await cli(['restore', out], { ADVISOR_PASSPHRASE: TEST_PASSPHRASE, ADVISOR_BACKUP_PASSPHRASE: 'nope nope nope' });
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toMatch(/does not open the backup theirs\.sqlite/);
      const right = await cli(['restore', out], { ADVISOR_PASSPHRASE: TEST_PASSPHRASE, ADVISOR_BACKUP_PASSPHRASE: 'the other office passphrase' });
      expect(right.code).toBe(0);
      // Restored under this database's own passphrase.
      expect((await cli(['list'])).stdout).toContain('Priya Sharma');
    } finally {
      other.cleanup();
    }
  });

  it('safety-copies lists what restores kept; remove deletes only the one named', async () => {
    expect((await cli(['safety-copies'])).stdout).toMatch(/^No safety copies in .*: no restore has replaced this database\.$/);
    await cli(['import', fixturePath('priya-sharma.case.json')]);
    const out = join(dir, 'copy.sqlite');
    await cli(['backup', '--out', out]);
    await cli(['import', fixturePath('li-wei-minimal.case.json')]);
    await cli(['restore', out]);
    await cli(['restore', out]);
    const listed = await cli(['safety-copies']);
    expect(listed.code).toBe(0);
    const names = [...listed.stdout.matchAll(/advisor\.before-restore \d{4}-\d\d-\d\d \d{6}(?:-2)?\.sqlite/g)].map(m => m[0]);
    expect(names).toHaveLength(2);
    expect(listed.stdout).toMatch(/^Kept \(UTC\)\s+Size\s+File\n[- ]+\n\d{4}-\d\d-\d\dT[\d:.]+Z\s+\d+\.\d MB\s+advisor\.before-restore /);

    expect(await cli(['safety-copies', 'remove', 'advisor.sqlite'])).toMatchObject({ code: 2, stderr: 'There is no safety copy named advisor.sqlite in the data folder.' });
    expect((await cli(['safety-copies', 'remove'])).code).toBe(2);
    expect((await cli(['safety-copies', 'delete', names[0] ?? ''])).stderr).toMatch(/Unknown safety-copies action "delete"/);
    const removed = await cli(['safety-copies', 'remove', names[1] ?? '']);
    expect(removed).toMatchObject({ code: 0, stdout: `Deleted the safety copy ${names[1] ?? ''}.` });
    expect(existsSync(join(dir, names[0] ?? ''))).toBe(true);
    expect(existsSync(join(dir, names[1] ?? ''))).toBe(false);
    expect((await cli(['safety-copies'])).stdout).toContain(names[0]);
  });

  it('names what is missing: backup without --out, restore without a file (exit 2)', async () => {
    expect((await cli(['backup'])).code).toBe(2);
    expect((await cli(['restore'])).code).toBe(2);
  });

  it('refuses a backup into a missing folder and a restore of a missing file, naming them, before asking for a passphrase', async () => {
    const asked = scripted('never asked');
    const folder = join(dir, 'no such folder');
    expect(await cli(['backup', '--out', join(folder, 'copy.sqlite')], {}, asked.prompt)).toEqual({ code: 2, stdout: '', stderr: `--out: the folder ${folder} does not exist.` });
    expect(await cli(['backup', '--out', dir], {}, asked.prompt)).toMatchObject({ code: 2, stderr: `--out: ${dir} is a folder; give the name of the file to write in it.` });
    const missing = join(dir, 'missing.sqlite');
    expect(await cli(['restore', missing], {}, asked.prompt)).toEqual({ code: 2, stdout: '', stderr: `restore: there is no file ${missing}.` });
    expect(asked.asked).toEqual([]);
  });

  it('says a text file or a PDF is not an Immigration Advisor backup (exit 2), and changes nothing', async () => {
    await cli(['import', fixturePath('priya-sharma.case.json')]);
    const pdf = join(dir, 'memo.pdf');
    expect((await cli(['memo', '2026-0001', '--out', pdf])).code).toBe(0);
    const before = sha(join(dir, 'advisor.sqlite'));
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'not a backup at all'.repeat(500));
    // Before: taken for noise under another passphrase, so it asked for ADVISOR_BACKUP_PASSPHRASE (exit 1).
    expect(await cli(['restore', notes])).toEqual({ code: 2, stdout: '', stderr: 'notes.txt is not an Immigration Advisor backup: it is a text file. Nothing was changed.' });
    expect(await cli(['restore', pdf, '--dry-run'])).toMatchObject({ code: 2, stderr: 'memo.pdf is not an Immigration Advisor backup: it is a PDF document. Nothing was changed.' });
    expect(sha(join(dir, 'advisor.sqlite'))).toBe(before);
    expect(existsSync(join(dir, 'advisor.before-restore.sqlite'))).toBe(false);
  });
});
