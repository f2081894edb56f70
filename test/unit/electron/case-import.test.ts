// Importing case files: read as bytes (UTF-8 with or without a BOM; UTF-16 and broken UTF-8 refused,
// naming the file), remembered by content so a re-run import makes no duplicates (refused, naming
// the cases, unless asked again), and no date of birth after today. The app's Import… and the CLI's
// import and compare --case all go through these checks.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Advisor } from '../../../electron/advisor';
import { CANCELLED_DIALOGS, decodeCaseFile, type ChosenFile } from '../../../electron/dialogs';
import type { Method } from '../../../shared/contract';
import { fixturePath, loadFixture, tempDir } from '../../fixtures';
import { runCliIn } from './cli-runner';
import { expectFailure, expectOk, openTestAdvisor } from './test-advisor';

const priya = () => loadFixture('priya-sharma.case.json');
const liWei = () => loadFixture('li-wei-minimal.case.json');
const text = (value: unknown) => JSON.stringify(value, null, 2);
const BOM = [0xef, 0xbb, 0xbf];
/** `text` as UTF-16 little-endian with its BOM, as Windows Notepad used to save. */
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

let advisor: Advisor;
let close: () => void;
let nextOpen: ChosenFile[] | null = null;
beforeEach(() => {
  nextOpen = null;
  ({ advisor, close } = openTestAdvisor({ dialogs: { ...CANCELLED_DIALOGS, openCaseFiles: () => Promise.resolve(nextOpen) } }));
});
afterEach(() => close());
const ok = <M extends Method>(method: M, input: unknown) => expectOk(advisor, method, input);
const failure = (method: Method, input: unknown) => expectFailure(advisor, method, input);
const total = async () => (await ok('cases:list', {})).total;

describe('reading a case file’s bytes', () => {
  it('reads UTF-8 with or without a byte-order mark, and keeps every character', () => {
    const json = text({ ...liWei(), client: { fullName: 'Zoë 李伟 😀' } });
    expect(decodeCaseFile({ name: 'a.json', bytes: Buffer.from(json) })).toEqual({ ok: true, file: { name: 'a.json', text: json } });
    expect(decodeCaseFile({ name: 'b.json', bytes: Buffer.concat([Buffer.from(BOM), Buffer.from(json)]) })).toEqual({ ok: true, file: { name: 'b.json', text: json } });
  });

  it('refuses UTF-16 (either byte order, or NUL bytes) and bytes that are not UTF-8, naming the file', () => {
    const json = text(liWei());
    const refused = (bytes: Uint8Array) => {
      const r = decodeCaseFile({ name: 'team.json', bytes });
      return r.ok ? 'read' : `${r.problem.file} ${r.problem.message}`;
    };
    const utf16 = 'team.json is not UTF-8 text (it looks like UTF-16); save it as UTF-8 and import it again';
    expect(refused(utf16le(json))).toBe(utf16);
    expect(refused(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(json, 'utf16le').swap16()]))).toBe(utf16);
    expect(refused(Buffer.from(json, 'utf16le'))).toBe(utf16);
    // Latin-1 "Zoë": 0xEB is not UTF-8 here, and must not become U+FFFD.
    expect(refused(Buffer.concat([Buffer.from('{"client":{"fullName":"Zo'), Buffer.from([0xeb]), Buffer.from('"}}')]))).toBe(
      'team.json is not UTF-8 text (some of its bytes are not UTF-8); save it as UTF-8 and import it again',
    );
  });

  it('in the app: imports a file with a BOM, and refuses a UTF-16 one by name, importing nothing', async () => {
    nextOpen = [{ name: 'bom.json', bytes: Buffer.concat([Buffer.from(BOM), Buffer.from(text(priya()))]) }];
    const imported = await ok('cases:import-dialog', {});
    expect('imported' in imported && imported.imported.map(c => c.clientName)).toEqual(['Priya Sharma']);
    nextOpen = [{ name: 'li.json', bytes: Buffer.from(text(liWei())) }, { name: 'notepad.json', bytes: utf16le(text(liWei())) }];
    const error = await failure('cases:import-dialog', {});
    expect(error).toMatchObject({ code: 'bad-input' });
    expect(error.message).toContain('notepad.json: is not UTF-8 text (it looks like UTF-16)');
    expect(await total()).toBe(1);
  });
});

describe('importing the same file again', () => {
  const files = () => [
    { name: 'priya.json', text: text(priya()) },
    { name: 'team.json', text: text([liWei(), { ...liWei(), client: { fullName: 'Wei Li' } }]) },
  ];

  it('is refused, naming each file’s cases by matter number and client, and changes nothing', async () => {
    const first = await ok('cases:import', { files: files() });
    expect(first.imported.map(c => `${c.reference} ${c.clientName}`)).toEqual(['2026-0001 Priya Sharma', '2026-0002 Li Wei', '2026-0003 Wei Li']);
    expect(first.reimported).toEqual([]);
    const error = await failure('cases:import', { files: files() });
    expect(error.code).toBe('already-imported');
    expect(error.message.split('\n')).toEqual([
      'priya.json was imported on 2026-11-29 as 2026-0001 Priya Sharma.',
      'team.json was imported on 2026-11-29 as 2026-0002 Li Wei and 2026-0003 Wei Li.',
      'Nothing was imported, so no case was made twice.',
    ]);
    expect(await total()).toBe(3);
  });

  it('recognises the content under another name, or twice in one import, but not a changed file', async () => {
    await ok('cases:import', { files: [files()[0]] });
    const copy = { name: 'copy of priya.json', text: text(priya()) };
    expect((await failure('cases:import', { files: [copy] })).message).toMatch(/^copy of priya\.json holds the same content as priya\.json, imported on 2026-11-29 as 2026-0001 Priya Sharma\.$/m);
    const li = { name: 'li.json', text: text(liWei()) };
    expect((await failure('cases:import', { files: [li, { ...li, name: 'li again.json' }] })).message).toMatch(/^li again\.json holds the same content as li\.json, also in this import\.$/m);
    const changed = { name: 'priya.json', text: text({ ...priya(), notes: 'Updated after the consultation.' }) };
    expect((await ok('cases:import', { files: [changed] })).imported).toHaveLength(1);
  });

  it('imports them again when asked, saying which cases it already made', async () => {
    await ok('cases:import', { files: files() });
    await ok('cases:trash', { id: (await ok('cases:list', {})).items.find(c => c.reference === '2026-0001')?.id });
    const again = await ok('cases:import', { files: files(), again: true });
    expect(again.imported.map(c => c.reference)).toEqual(['2026-0004', '2026-0005', '2026-0006']);
    expect(again.reimported.map(p => [p.file, p.cases.map(c => `${c.reference}${c.trashed ? ' (in the Trash)' : ''}`)])).toEqual([
      ['priya.json', ['2026-0001 (in the Trash)']],
      ['team.json', ['2026-0002', '2026-0003']],
    ]);
    // A third time names both earlier imports.
    expect((await failure('cases:import', { files: [files()[0]] })).message.split('\n').slice(0, 2)).toEqual([
      'priya.json was imported on 2026-11-29 as 2026-0001 Priya Sharma (in the Trash).',
      'priya.json was imported on 2026-11-29 as 2026-0004 Priya Sharma.',
    ]);
  });

  it('in the app: shows what was imported before, and imports those same files only when confirmed', async () => {
    nextOpen = [{ name: 'priya.json', bytes: Buffer.from(text(priya())) }];
    await ok('cases:import-dialog', {});
    const answer = await ok('cases:import-dialog', {});
    if (!('alreadyImported' in answer)) throw new Error(`expected a warning, got ${JSON.stringify(answer)}`);
    expect(answer.alreadyImported.message).toBe('priya.json was imported on 2026-11-29 as 2026-0001 Priya Sharma.\nNothing was imported yet.');
    expect(answer.alreadyImported.previous).toEqual([{ file: 'priya.json', importedAs: 'priya.json', importedAt: '2026-11-29T12:00:00.000Z', cases: [{ reference: '2026-0001', clientName: 'Priya Sharma', trashed: false }] }]);
    expect(await total()).toBe(1);
    // The dialog is not shown again: the files chosen are the ones imported.
    nextOpen = null;
    const confirmed = await ok('cases:import-dialog', { again: answer.alreadyImported.token });
    expect('imported' in confirmed && confirmed.imported.map(c => c.reference)).toEqual(['2026-0002']);
    // A token is good once.
    expect(await failure('cases:import-dialog', { again: answer.alreadyImported.token })).toMatchObject({ code: 'not-found', field: 'again' });
    expect(await total()).toBe(2);
  });
});

describe('dates of birth after today', () => {
  // The test advisor's clock reads 2026-11-29 at noon UTC.
  const bornOn = (date: string) => ({ ...priya(), client: { ...(priya().client as object), dateOfBirth: date } });

  it('are refused on create, update and import, naming the field; today and before are taken', async () => {
    expect(await failure('cases:create', { caseFile: bornOn('2026-12-25') })).toMatchObject({
      code: 'bad-input',
      field: 'caseFile.client.dateOfBirth',
      message: 'caseFile.client.dateOfBirth: must not be after today (2026-11-29)',
    });
    const created = await ok('cases:create', { caseFile: bornOn('2026-11-01') });
    expect(await failure('cases:update', { id: created.id, expectedRevision: 1, caseFile: bornOn('2027-01-01') })).toMatchObject({ field: 'caseFile.client.dateOfBirth' });
    expect(await failure('cases:import', { caseFiles: [liWei(), bornOn('2030-01-01')] })).toMatchObject({ field: 'caseFiles[1].client.dateOfBirth' });
    const draft = await ok('cases:save-draft', { id: created.id, expectedRevision: 1, draft: bornOn('2026-12-25') });
    expect(draft.issues).toEqual([{ field: 'client.dateOfBirth', message: 'must not be after today (2026-11-29)' }]);
    expect(await total()).toBe(1);
  });
});

describe('the CLI', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir('advisor-cli-import-')));
  afterEach(() => cleanup());

  it('refuses a file imported before, naming its cases and --again, and with --again imports it and warns', async () => {
    const file = fixturePath('priya-sharma.case.json');
    expect((await runCliIn(dir, 'import', file)).code).toBe(0);
    const refused = await runCliIn(dir, 'import', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^.*priya-sharma\.case\.json was imported on \d{4}-\d{2}-\d{2} as \d{4}-0001 Priya Sharma\.$/m);
    expect(refused.stderr).toContain('Nothing was imported, so no case was made twice.\nTo import it again anyway, run import --again.');
    const again = await runCliIn(dir, 'import', '--again', file);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Warning: imported again, as --again asked:\n.*priya-sharma\.case\.json was imported on .* as \d{4}-0001 Priya Sharma\.\nImported Priya Sharma as case \d{4}-0002\./);
  });

  it('imports a file with a BOM, and refuses UTF-16 in import and compare --case, naming the file (exit 2)', async () => {
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, Buffer.concat([Buffer.from(BOM), Buffer.from(text(liWei()))]));
    expect(await runCliIn(dir, 'import', bom)).toMatchObject({ code: 0, stdout: expect.stringContaining('Imported Li Wei as case') as unknown });
    const wide = join(dir, 'wide.json');
    writeFileSync(wide, utf16le(text(liWei())));
    const imported = await runCliIn(dir, 'import', wide);
    expect(imported).toMatchObject({ code: 2 });
    expect(imported.stderr).toBe(`${wide} is not UTF-8 text (it looks like UTF-16); save it as UTF-8 and import it again\nNothing was imported.`);
    const compared = await runCliIn(dir, 'compare', '--case', wide);
    expect(compared).toMatchObject({ code: 2, stderr: `${wide} is not UTF-8 text (it looks like UTF-16); save it as UTF-8 and import it again` });
  });
});
