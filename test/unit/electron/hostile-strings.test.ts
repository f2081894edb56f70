// Hostile strings through the real dispatcher and the CLI: every valid Unicode string, control
// characters included, is stored and returned exactly; a lone surrogate (not a character) is
// refused with the field named and nothing stored; the CLI shows them all without letting one act.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Advisor } from '../../../electron/advisor';
import type { CaseFile } from '../../../shared/case-file';
import { HOSTILE, megabyteNote } from '../../hostile-strings';
import { loadFixture } from '../../fixtures';
import { runCliIn } from './cli-runner';
import { fingerprinter, type DatabaseFingerprinter } from './db-fingerprint';
import { expectFailure, expectOk, openTestAdvisor } from './test-advisor';

/** Anything a terminal would act on rather than print (ESC, CSI, BEL, CR, BS…) or that reorders a line. */
// eslint-disable-next-line no-control-regex -- control characters are what this test looks for
const ACTING = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

let advisor: Advisor;
let close: () => void;
let db: DatabaseFingerprinter;
const ids: Record<string, string> = {};
const files: Record<string, CaseFile> = {};

/** Li Wei's file with `s` in every free-text field a person types. */
function caseFileWith(s: string): CaseFile {
  const file = loadFixture('li-wei-minimal.case.json') as CaseFile;
  return {
    ...file,
    client: { ...file.client, fullName: `Li ${s}`, otherNames: [s, '李伟'], phone: s },
    spouse: { fullName: `Mei ${s}`, otherNames: [s] },
    work: [{ occupation: s, employer: `Acme ${s}` }],
    achievements: { awards: [s] },
    notes: s,
  };
}

beforeAll(async () => {
  ({ advisor, close } = openTestAdvisor());
  db = fingerprinter(advisor.databaseFile);
  for (const [label, s] of Object.entries(HOSTILE)) {
    files[label] = caseFileWith(s);
    ids[label] = (await expectOk(advisor, 'cases:create', { caseFile: files[label] })).id;
  }
});
afterAll(() => {
  db.close();
  close();
});

describe('hostile strings in storage', () => {
  it.each(Object.keys(HOSTILE))('stores %s exactly: the case file, its summary and the list row', async label => {
    const id = ids[label] ?? '';
    const record = await expectOk(advisor, 'cases:get', { id });
    expect(record.caseFile).toEqual(files[label]);
    expect(record.clientName).toBe(files[label]?.client.fullName);
    expect(record.otherNames).toEqual(files[label]?.client.otherNames);
    expect(record.spouseName).toBe(files[label]?.spouse?.fullName);
    const listed = await expectOk(advisor, 'cases:list', { limit: 500 });
    expect(listed.items.find(c => c.id === id)).toEqual(expect.objectContaining({ clientName: record.clientName, otherNames: record.otherNames }));
  });

  it('finds a hostile name by its visible words', async () => {
    const found = await expectOk(advisor, 'cases:list', { query: 'Robert' });
    expect(found.items.map(c => c.id)).toEqual([ids.sql]);
  });

  it('stores a 1 MB note exactly, finds it by a word inside, and never puts it in the list', async () => {
    const note = megabyteNote();
    const created = await expectOk(advisor, 'cases:create', { caseFile: { ...caseFileWith('plain'), notes: note } });
    expect((await expectOk(advisor, 'cases:get', { id: created.id })).caseFile.notes).toBe(note);
    const found = await expectOk(advisor, 'cases:list', { query: 'Consultation' });
    expect(found.items.map(c => c.id)).toContain(created.id);
    // The list carries summaries only: a page is small whatever the notes hold.
    expect(JSON.stringify(found).length).toBeLessThan(10_000);
  });

  it.each([
    ['client.fullName', (f: CaseFile) => ({ ...f, client: { ...f.client, fullName: 'Li \ud800Wei' } })],
    ['client.otherNames[1]', (f: CaseFile) => ({ ...f, client: { ...f.client, otherNames: ['ok', 'Wei\udc00'] } })],
    ['work[0].employer', (f: CaseFile) => ({ ...f, work: [{ employer: 'Acme \udfff\ud800' }] })],
    ['notes', (f: CaseFile) => ({ ...f, notes: 'cut here \ud83d' })],
  ] as const)('refuses a lone surrogate in %s, naming the field, and stores nothing', async (field, broken) => {
    const before = db.take();
    const error = await expectFailure(advisor, 'cases:create', { caseFile: broken(caseFileWith('plain')) });
    expect(error).toMatchObject({ code: 'bad-input', field: `caseFile.${field}` });
    expect(error.message).toContain('broken character');
    expect(db.take()).toEqual(before);
  });
});

describe('hostile strings on the command line', () => {
  /** The CLI on the test advisor's data folder. */
  const cli = (...argv: string[]) => runCliIn(dirname(advisor.databaseFile), ...argv);

  it('lists hostile names in the table with every acting character escaped visibly', async () => {
    const { code, stdout } = await cli('list');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(ACTING);
    // Long names are cut to the column (with an ellipsis); --json, below, has them whole.
    expect(stdout).toContain('Li ANSI \\u001b[2J\\u001b[H');
    expect(stdout).toContain('Li Bidi \\u202eevil');
    // One line per case: a newline or CR in a name cannot start a fake row.
    const { total } = await expectOk(advisor, 'cases:list', {});
    expect(stdout.split('\n')).toHaveLength(2 + total);
  });

  it('prints JSON (list --json, search, export) that is exact and holds nothing raw that acts', async () => {
    const listed = await cli('list', '--json');
    expect(listed.stdout).not.toMatch(ACTING);
    const names = (JSON.parse(listed.stdout) as { id: string; clientName: string }[]).map(c => [c.id, c.clientName]);
    for (const [label, id] of Object.entries(ids)) expect(names).toContainEqual([id, files[label]?.client.fullName]);

    const searched = await cli('search', 'Bidi');
    expect(searched.stdout).not.toMatch(ACTING);
    expect((JSON.parse(searched.stdout) as { clientName: string }[]).map(c => c.clientName)).toEqual([files.bidi?.client.fullName]);

    const exported = await cli('export', ...Object.values(ids));
    expect(exported.code).toBe(0);
    expect(exported.stdout).not.toMatch(ACTING);
    expect(JSON.parse(exported.stdout)).toEqual(Object.keys(ids).map(label => files[label]));
  });

  it('escapes the file’s own text and name quoted in import errors', async () => {
    const dir = dirname(advisor.databaseFile);
    const garbled = join(dir, 'bad\u001b[2J\u202e.json');
    writeFileSync(garbled, '\u001b[2J\u009b31m not JSON');
    const unparsable = await cli('import', garbled);
    expect(unparsable).toMatchObject({ code: 2, stderr: expect.stringContaining('not valid JSON') as unknown });
    expect(unparsable.stderr).toContain('\\u001b[2J');
    expect(unparsable.stderr).not.toMatch(ACTING);
    const missing = await cli('import', join(dir, `missing\u001b]0;x\u0007.json`));
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('there is no file') as unknown });
    expect(missing.stderr).not.toMatch(ACTING);
  });
});
