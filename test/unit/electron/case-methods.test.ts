/** The intake and case-database methods, end to end through dispatch on a real temp database. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Advisor } from '../../../electron/advisor';
import { CANCELLED_DIALOGS, type Dialogs, type OpenedFile } from '../../../electron/dialogs';
import type { Method } from '../../../shared/contract';
import { chosenFiles, loadFixture } from '../../fixtures';
import { expectFailure, expectOk, openTestAdvisor } from './test-advisor';

let advisor: Advisor;
let close: () => void;
const saved: { name: string; text: string }[] = [];

/** A back end whose dialogs answer with `files` and record what is saved. */
function open(files: OpenedFile[] | null = null, options: { dialogs?: false } = {}): Advisor {
  saved.length = 0;
  const dialogs: Dialogs = {
    ...CANCELLED_DIALOGS,
    openCaseFiles: () => Promise.resolve(chosenFiles(files)),
    saveJson: (name, text) => {
      saved.push({ name, text });
      return Promise.resolve(`/home/ann/${name}`);
    },
  };
  ({ advisor, close } = openTestAdvisor(options.dialogs === false ? {} : { dialogs }));
  return advisor;
}
afterEach(() => close());

const ok = <M extends Method>(method: M, input: unknown) => expectOk(advisor, method, input);
const failure = (method: Method, input: unknown) => expectFailure(advisor, method, input);
const priya = () => loadFixture('priya-sharma.case.json');
const liWei = () => loadFixture('li-wei-minimal.case.json');
const withoutName = () => ({ ...liWei(), client: { fullName: '' } });

describe('cases:save-draft and cases:get', () => {
  it('keeps an invalid draft beside the unchanged case and returns it with the case', async () => {
    open();
    const created = await ok('cases:create', { caseFile: liWei() });
    const draft = { ...liWei(), education: [{ level: 'phd' }] };
    const saved = await ok('cases:save-draft', { id: created.id, expectedRevision: 1, draft });
    expect(saved.valid).toBe(false);
    expect(saved.issues).toEqual([{ field: 'education[0].level', message: expect.stringMatching(/^expected one of none, /) as unknown }]);
    const got = await ok('cases:get', { id: created.id });
    expect(got).toMatchObject({ revision: 1, caseFile: liWei(), draft: { data: draft, issues: saved.issues, savedAt: '2026-11-29T12:00:00.000Z' } });
    const valid = await ok('cases:save-draft', { id: created.id, expectedRevision: 1, draft: { ...liWei(), notes: 'Called twice.' } });
    expect(valid).toMatchObject({ valid: true, issues: [], record: { revision: 2, draft: null, caseFile: { notes: 'Called twice.' } } });
  });

  it('answers a draft that is not an object, or too large, with bad-input naming draft', async () => {
    open();
    const created = await ok('cases:create', { caseFile: liWei() });
    expect(await failure('cases:save-draft', { id: created.id, expectedRevision: 1, draft: [1, 2] })).toMatchObject({ code: 'bad-input', field: 'draft' });
    const huge = { notes: 'x'.repeat(2 * 1024 * 1024 + 1) };
    expect(await failure('cases:save-draft', { id: created.id, expectedRevision: 1, draft: huge })).toMatchObject({ code: 'bad-input', field: 'draft' });
  });
});

describe('cases:trash, cases:restore, cases:audit, conflicts:decide', () => {
  it('moves a case to the Trash and back, every step in the trail with who and a note', async () => {
    open();
    const created = await ok('cases:create', { caseFile: priya() });
    const trashed = await ok('cases:trash', { id: created.id });
    expect(trashed).toMatchObject({ id: created.id, deletedAt: '2026-11-29T12:00:00.000Z' });
    expect(trashed).not.toHaveProperty('caseFile');
    expect((await ok('cases:list', {})).total).toBe(0);
    expect((await ok('cases:list', { trash: true })).items.map(c => c.id)).toEqual([created.id]);
    expect(await ok('cases:restore', { id: created.id })).toMatchObject({ deletedAt: null });
    await ok('conflicts:decide', { caseId: created.id, decision: 'conflict', note: 'Represents the employer in a dispute.' });
    const trail = await ok('cases:audit', { id: created.id });
    expect(trail.map(r => [r.entity, r.action, r.actor])).toEqual([
      ['client', 'create', 'attorney.ann'],
      ['case', 'create', 'attorney.ann'],
      ['case', 'delete', 'attorney.ann'],
      ['case', 'restore', 'attorney.ann'],
      ['case', 'conflict-decision', 'attorney.ann'],
    ]);
    expect(trail[4]?.note).toBe('conflict: Represents the employer in a dispute.');
    // The creation lists what was recorded, field by field, e.g. the second degree's level.
    expect(trail[1]?.changes).toContainEqual({ field: 'education[1].level', before: null, after: 'master' });
  });

  it('answers unknown ids with not-found naming the field', async () => {
    open();
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const method of ['cases:trash', 'cases:restore', 'cases:audit'] as const) {
      expect(await failure(method, { id: missing })).toMatchObject({ code: 'not-found', field: 'id' });
    }
    expect(await failure('conflicts:decide', { caseId: missing, decision: 'cleared', note: '' })).toMatchObject({ code: 'not-found', field: 'caseId' });
    expect(await failure('conflicts:decide', { caseId: missing, decision: 'maybe', note: '' })).toMatchObject({ code: 'bad-input', field: 'decision' });
  });
});

describe('settings and the actor', () => {
  it('keeps the colour theme: System until chosen, then the choice; anything else is refused naming the field', async () => {
    open();
    expect(await ok('settings:get-theme', {})).toEqual({ theme: 'system' });
    expect(await ok('settings:set-theme', { theme: 'dark' })).toEqual({ theme: 'dark' });
    expect(await ok('settings:get-theme', {})).toEqual({ theme: 'dark' });
    expect(await failure('settings:set-theme', { theme: 'sepia' })).toMatchObject({ code: 'bad-input', field: 'theme', message: 'theme: choose System, Light or Dark' });
  });

  it('writes the Settings user name to the trail instead of the system user', async () => {
    open();
    expect(await ok('settings:get', {})).toEqual({ userName: null });
    expect(await failure('settings:set', { userName: '   ' })).toMatchObject({ code: 'bad-input', field: 'userName', message: 'userName: enter a name' });
    expect(await ok('settings:set', { userName: '  Ann Lee, Esq. ' })).toEqual({ userName: 'Ann Lee, Esq.' });
    expect(await ok('settings:get', {})).toEqual({ userName: 'Ann Lee, Esq.' });
    const created = await ok('cases:create', { caseFile: liWei() });
    expect((await ok('cases:audit', { id: created.id })).map(r => r.actor)).toEqual(['Ann Lee, Esq.', 'Ann Lee, Esq.']);
  });
});

describe('cases:list input', () => {
  it('names the field of a bad sort, direction or limit', async () => {
    open();
    expect(await failure('cases:list', { sort: 'age' })).toMatchObject({ code: 'bad-input', field: 'sort', message: 'sort: expected one of updated, reference, client, status' });
    expect(await failure('cases:list', { direction: 'up' })).toMatchObject({ field: 'direction' });
    expect(await failure('cases:list', { limit: 501 })).toMatchObject({ field: 'limit' });
    expect(await failure('cases:list', { query: 'x'.repeat(201) })).toMatchObject({ field: 'query' });
  });
});

describe('cases:import', () => {
  it('stores a batch in one go, each case audited as imported', async () => {
    open();
    const result = await ok('cases:import', { caseFiles: [priya(), liWei()] });
    expect(result.imported.map(c => [c.reference, c.clientName, c.status, c.revision])).toEqual([
      ['2026-0001', 'Priya Sharma', 'intake', 1],
      ['2026-0002', 'Li Wei', 'intake', 1],
    ]);
    const ids = result.imported.map(c => c.id);
    expect((await ok('cases:get', { id: ids[0] })).caseFile).toEqual(priya());
    expect((await ok('cases:audit', { id: ids[1] })).map(r => r.note)).toEqual(['Imported from a case file', 'Imported from a case file']);
    expect((await ok('cases:list', { query: '李伟' })).items.map(c => c.id)).toEqual([ids[1]]);
  });

  it('stores nothing when any file is wrong, and lists every problem by index and field', async () => {
    open();
    const bad = { ...priya(), education: [{ level: 'phd' }] };
    const error = await failure('cases:import', { caseFiles: [liWei(), withoutName(), priya(), bad] });
    expect(error.code).toBe('bad-input');
    expect(error.field).toBe('caseFiles[1].client.fullName');
    expect(error.message.split('\n')).toEqual([
      'caseFiles[1].client.fullName: required',
      expect.stringMatching(/^caseFiles\[3\]\.education\[0\]\.level: expected one of none, secondary/) as unknown,
    ]);
    expect((await ok('cases:list', {})).total).toBe(0);
    expect(await failure('cases:import', { caseFiles: [] })).toMatchObject({ code: 'bad-input', field: 'caseFiles' });
  });
});

describe('cases:import-dialog and cases:export-dialog', () => {
  it('imports several files (one case, or an array) and exports them back exactly', async () => {
    const batch = [priya(), withNotes(liWei(), 'Second file, first case'), liWei()];
    open([
      { name: 'priya.case.json', text: JSON.stringify(batch[0]) },
      { name: 'team.json', text: JSON.stringify(batch.slice(1)) },
    ]);
    const result = await ok('cases:import-dialog', {});
    if (!('imported' in result)) throw new Error('cancelled');
    const ids = result.imported.map(c => c.id);
    expect(ids).toHaveLength(3);
    expect((await ok('cases:audit', { id: ids[2] }))[0]?.note).toBe('Imported from team.json');

    expect(await ok('cases:export-dialog', { ids })).toEqual({ savedTo: '/home/ann/cases-2026-11-29.json', count: 3 });
    expect(JSON.parse(saved[0]!.text)).toEqual(batch);
    expect(saved[0]!.text).toBe(`${JSON.stringify(batch, null, 2)}\n`);

    expect(await ok('cases:export-dialog', { ids: [ids[0]] })).toEqual({ savedTo: '/home/ann/2026-0001 Priya Sharma.case.json', count: 1 });
    expect(JSON.parse(saved[1]!.text)).toEqual(priya());
  });

  it('imports nothing when any file is wrong, naming each file and field', async () => {
    open([
      { name: 'good.json', text: JSON.stringify(liWei()) },
      { name: 'team.json', text: JSON.stringify([priya(), withoutName()]) },
      { name: 'notes.txt', text: 'Li Wei, born 1990' },
      { name: 'empty.json', text: '[]' },
    ]);
    const error = await failure('cases:import-dialog', {});
    expect(error.code).toBe('bad-input');
    expect(error.message.split('\n')).toEqual([
      'Nothing was imported. Correct these and import again:',
      'team.json: [1].client.fullName: required',
      expect.stringMatching(/^notes\.txt: not valid JSON \(/) as unknown,
      'empty.json: holds an empty list, not a case file',
    ]);
    expect((await ok('cases:list', {})).total).toBe(0);
  });

  it('reports cancelled dialogs, and cancels by default where there are no dialogs', async () => {
    open(null);
    expect(await ok('cases:import-dialog', {})).toEqual({ cancelled: true });
    close();
    open(null, { dialogs: false });
    const created = await ok('cases:create', { caseFile: liWei() });
    expect(await ok('cases:export-dialog', { ids: [created.id] })).toEqual({ cancelled: true });
    expect(await ok('cases:import-dialog', {})).toEqual({ cancelled: true });
  });

  it('names the unknown id in an export, and keeps file names safe', async () => {
    open();
    const created = await ok('cases:create', { caseFile: { ...liWei(), client: { fullName: 'A/B: "C"?' } } });
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await failure('cases:export-dialog', { ids: [created.id, missing] })).toMatchObject({ code: 'not-found', field: 'ids[1]' });
    expect(saved).toEqual([]);
    await ok('cases:export-dialog', { ids: [created.id] });
    expect(saved[0]?.name).toBe('2026-0001 A-B- -C-.case.json');
  });
});

function withNotes(file: Record<string, unknown>, notes: string) {
  return { ...file, notes };
}
