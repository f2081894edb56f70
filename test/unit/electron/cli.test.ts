import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../../../electron/db/driver';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCliIn } from './cli-runner';
import { TEST_PASSPHRASE, fixturePath, loadFixture, tempDir } from '../../fixtures';

// Every command opens the encrypted database and so derives its key: slow on purpose, slower on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** Runs the CLI in-process against the temp data folder. */
const cli = (...argv: string[]) => runCliIn(dir, ...argv);

describe('advisor CLI', () => {
  it('imports a case file, prints the id last, and exports it back unchanged', async () => {
    const imported = await cli('import', fixturePath('priya-sharma.case.json'));
    expect(imported.code).toBe(0);
    const id = imported.stdout.trim().split('\n').at(-1) ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(imported.stdout).toContain('Imported Priya Sharma as case 2026-0001.');

    const exported = await cli('export', id);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual(loadFixture('priya-sharma.case.json'));
  });

  it('lists cases as a table and as JSON', async () => {
    await cli('import', fixturePath('priya-sharma.case.json'));
    await cli('import', fixturePath('li-wei-minimal.case.json'));
    const table = await cli('list');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Reference\s+Client\s+Status/);
    expect(table.stdout).toContain('Li Wei');
    const json = JSON.parse((await cli('list', '--json')).stdout) as { clientName: string }[];
    expect(json.map(c => c.clientName).sort()).toEqual(['Li Wei', 'Priya Sharma']);
    expect((await cli('list', '--status', 'closed')).stdout).toBe('No cases with status closed.');
  });

  it('exits 2 for a wrong case file, naming the field as written in the file, and stores nothing', async () => {
    const bad = loadFixture('priya-sharma.case.json') as { education: { level: string }[] };
    bad.education[1]!.level = 'phd';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const result = await cli('import', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a valid case file');
    expect(result.stderr).toMatch(/^education\[1\]\.level: expected one of/m);
    expect((await cli('list')).stdout).toBe('No cases yet.');
  });

  it('exits 2 for invalid JSON, a bad status, an unknown command or flag, a missing file', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "format": ');
    expect(await cli('import', file)).toMatchObject({ code: 2, stderr: expect.stringContaining('not valid JSON') as unknown });
    expect(await cli('list', '--status', 'archived')).toMatchObject({ code: 2, stderr: '--status: expected one of intake, consultation, advised, closed' });
    expect((await cli('export', 'not-a-uuid')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('list', '--colour')).code).toBe(2);
    expect(await cli('import', join(dir, 'missing.json'))).toMatchObject({ code: 2, stderr: `import: there is no file ${join(dir, 'missing.json')}.` });
    expect(await cli('import', dir)).toMatchObject({ code: 2, stderr: `import: ${dir} is a folder, not a file.` });
  });

  it('imports several files at once (one case, or an array), all or nothing, the last id last', async () => {
    const team = join(dir, 'team.json');
    writeFileSync(team, JSON.stringify([loadFixture('li-wei-minimal.case.json'), loadFixture('priya-sharma.case.json')]));
    const result = await cli('import', fixturePath('priya-sharma.case.json'), team);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    // What was stored first; then the conflict check, where the two Priyas find each other; the ids last.
    expect(lines.slice(0, 8)).toEqual([
      'Imported Priya Sharma as case 2026-0001.',
      'Imported Li Wei as case 2026-0002.',
      'Imported Priya Sharma as case 2026-0003.',
      '  2026-0001 may conflict with 2026-0003 (client Priya Sharma), high: Same name; Same date of birth (1998-04-12)',
      '  2026-0001 may conflict with 2026-0003 (employer Acme Robotics), high: Same company name',
      '  2026-0003 may conflict with 2026-0001 (client Priya Sharma), high: Same name; Same date of birth (1998-04-12)',
      '  2026-0003 may conflict with 2026-0001 (employer Acme Robotics), high: Same company name',
      'Conflict check: possible conflicts for 2 of 3 imported clients, listed above. Review them in the app (the case’s Conflict check) and record a decision.',
    ]);
    const ids = lines.slice(8);
    expect(ids).toHaveLength(3);
    expect(ids.every(id => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
    // Each check is stored, undecided, as the app stores a new client's; `conflicts CASE` shows it.
    const stored = JSON.parse((await cli('conflicts', '2026-0001')).stdout) as { reference: string; checkedAt: string | null; hits: { reference: string; role: string; resolution: string; resolvedBy: string | null }[] };
    expect(stored.reference).toBe('2026-0001');
    expect(stored.checkedAt).not.toBeNull();
    expect(stored.hits.map(h => [h.reference, h.role, h.resolution, h.resolvedBy])).toEqual([
      ['2026-0003', 'client', 'unresolved', null],
      ['2026-0003', 'employer', 'unresolved', null],
    ]);
    expect(await cli('conflicts', '2026-0001', '--name', 'Priya')).toMatchObject({ code: 2, stderr: 'conflicts takes a stored CASE or --name NAME, not both.' });

    // Export: one id gives the object, several an array, each exactly as imported.
    expect(JSON.parse((await cli('export', ids[1]!)).stdout)).toEqual(loadFixture('li-wei-minimal.case.json'));
    const both = await cli('export', ids[1]!, ids[2]!);
    expect(JSON.parse(both.stdout)).toEqual([loadFixture('li-wei-minimal.case.json'), loadFixture('priya-sharma.case.json')]);
    expect((await cli('export', ids[0]!, '00000000-0000-4000-8000-000000000000')).code).toBe(2);
  });

  it('imports nothing when one file is wrong, and names each file and field (exit 2)', async () => {
    const team = join(dir, 'team.json');
    const bad = { ...loadFixture('li-wei-minimal.case.json'), client: { fullName: 'Li Wei', dateOfbirth: '1990-01-01' } };
    writeFileSync(team, JSON.stringify([loadFixture('priya-sharma.case.json'), bad]));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '[{');
    const result = await cli('import', fixturePath('li-wei-minimal.case.json'), team, broken);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      `${team} is not a valid case file:`,
      '[1].client.dateOfbirth: unknown field',
      expect.stringMatching(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON \\(`)) as unknown,
      'Nothing was imported.',
    ]);
    expect((await cli('list')).stdout).toBe('No cases yet.');
    expect((await cli('import')).code).toBe(2);
  });

  it('searches in any script, lists with --query, and checks conflicts, as JSON', async () => {
    await cli('import', fixturePath('priya-sharma.case.json'), fixturePath('li-wei-minimal.case.json'));
    const found = JSON.parse((await cli('search', '李伟')).stdout) as { clientName: string }[];
    expect(found.map(c => c.clientName)).toEqual(['Li Wei']);
    const byEmployer = JSON.parse((await cli('search', 'acme', 'robotics')).stdout) as { clientName: string }[];
    expect(byEmployer.map(c => c.clientName)).toEqual(['Priya Sharma']);
    expect(JSON.parse((await cli('search', 'nobody')).stdout)).toEqual([]);
    expect((await cli('search')).code).toBe(2);
    expect((await cli('list', '--query', 'priya')).stdout).toContain('Priya Sharma');
    expect((await cli('list', '--query', 'nobody')).stdout).toBe('No cases match "nobody".');
    expect((await cli('list', '--sort', 'age')).code).toBe(2);

    const conflicts = await cli('conflicts', '--name', 'प्रिया शर्मा', '--dob', '1998-04-12', '--employer', 'ACME Robotics Inc');
    expect(conflicts.code).toBe(0);
    const { matches } = JSON.parse(conflicts.stdout) as { matches: { role: string; reference: string; reasons: string[] }[] };
    expect(matches.map(m => [m.role, m.reference])).toEqual([
      ['client', '2026-0001'],
      ['employer', '2026-0001'],
    ]);
    expect(matches[0]?.reasons).toContain('Same date of birth (1998-04-12)');
    expect((await cli('conflicts')).code).toBe(2);
    expect((await cli('conflicts', '--name', '')).code).toBe(2);
    expect(await cli('conflicts', '--name', 'Li Wei', '--dob', '12/04/1998')).toMatchObject({ code: 2, stderr: '--dob: expected a date written YYYY-MM-DD, got "12/04/1998".' });
  });

  it('prefers --data-dir over ADVISOR_DATA_DIR', async () => {
    const other = join(dir, 'other');
    await cli('import', fixturePath('li-wei-minimal.case.json'), '--data-dir', other);
    expect((await cli('list')).stdout).toBe('No cases yet.');
    expect((await cli('list', '--data-dir', other)).stdout).toContain('Li Wei');
  });

  it('exits 1 with a clear message for a (not yet encrypted) database from a newer version', async () => {
    const db = new Database(join(dir, 'advisor.sqlite'));
    db.pragma('user_version = 99');
    db.close();
    const result = await cli('list');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/newer version of Immigration Advisor/);
  });

  // Three real processes, each starting tsx: seconds on a busy machine, so not the default 5 s timeout.
  it('runs as a real process with no build step: `npm run advisor` exit codes', () => {
    const run = (...args: string[]) =>
      spawnSync('npm', ['run', '--silent', 'advisor', '--', ...args], {
        env: { ...process.env, ADVISOR_DATA_DIR: dir, ADVISOR_PASSPHRASE: TEST_PASSPHRASE },
        encoding: 'utf8',
      });
    const ok = run('import', fixturePath('li-wei-minimal.case.json'));
    expect(ok.status).toBe(0);
    const id = ok.stdout.trim().split('\n').at(-1) ?? '';
    expect(JSON.parse(run('export', id).stdout)).toEqual(loadFixture('li-wei-minimal.case.json'));
    const badFile = join(dir, 'bad.json');
    writeFileSync(badFile, readFileSync(fixturePath('li-wei-minimal.case.json'), 'utf8').replace('"Li Wei"', '""'));
    const bad = run('import', badFile);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('client.fullName: required');
  }, 30_000);
});
