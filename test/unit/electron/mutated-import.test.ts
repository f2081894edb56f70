// 1,000 mutated case-file documents (from the Priya and Li Wei fixtures), imported in batches mixed
// with untouched fixtures through the real `cases:import` and `cases:import-dialog` paths. A batch
// is all or nothing: every case is stored and exports back as it came in, or nothing changed in any
// table and the error names only the mutated files or items at fault.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Advisor } from '../../../electron/advisor';
import { CANCELLED_DIALOGS, type OpenedFile } from '../../../electron/dialogs';
import type { CaseSummary } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { chosenFiles, fixturePath } from '../../fixtures';
import { fingerprinter, type DatabaseFingerprinter } from './db-fingerprint';
import { canonicalJson, mutatedDocument, parsedCases, type MutatedDocument } from './mutated-case-files';
import { openTestAdvisor } from './test-advisor';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
const MUTATED = 1_000;
const FIXTURES = ['priya-sharma.case.json', 'li-wei-minimal.case.json'].map(name => readFileSync(fixturePath(name), 'utf8'));

/** One file of a batch: its name, its text, and whether it was mutated (a pristine fixture never is to blame). */
type BatchFile = { name: string; text: string; mutated: MutatedDocument | null };

let advisor: Advisor;
let close: () => void;
let db: DatabaseFingerprinter;
let nextOpen: OpenedFile[] = [];
let saved = '';

beforeAll(() => {
  ({ advisor, close } = openTestAdvisor({
    dialogs: {
      ...CANCELLED_DIALOGS,
      openCaseFiles: () => Promise.resolve(chosenFiles(nextOpen)),
      saveJson: (name, text) => {
        saved = text;
        return Promise.resolve(`/exports/${name}`);
      },
    },
  }));
  db = fingerprinter(advisor.databaseFile);
});
afterAll(() => {
  db.close();
  close();
});

/** The 1,000 mutated documents, the same on every run, with their positions in the batches. */
const documents = fc.sample(mutatedDocument(FIXTURES), { seed: SEED, numRuns: MUTATED });

/** Batches of 1-4 mutated documents and 0-2 untouched fixtures, shuffled by a seeded draw. */
function batches(): BatchFile[][] {
  const shapes = fc.sample(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 2 }), fc.nat()), { seed: SEED + 1, numRuns: MUTATED });
  const out: BatchFile[][] = [];
  let next = 0;
  for (const [mutatedCount, pristine, shuffle] of shapes) {
    if (next >= documents.length) break;
    const files: BatchFile[] = documents.slice(next, next + mutatedCount).map((d, i) => ({ name: `mutated-${String(next + i)}.json`, text: d.text, mutated: d }));
    next += files.length;
    for (let i = 0; i < pristine; i++) files.push({ name: `fixture-${String(out.length)}-${String(i)}.json`, text: FIXTURES[(shuffle + i) % FIXTURES.length] ?? '', mutated: null });
    // A rotation, so the pristine files are not always last.
    const k = shuffle % files.length;
    out.push([...files.slice(k), ...files.slice(0, k)]);
  }
  return out;
}

/** What the batch's case files export as, when all of them were stored. */
async function exported(imported: readonly CaseSummary[]): Promise<unknown[]> {
  const r = await advisor.dispatch('cases:export-dialog', { ids: imported.map(c => c.id) });
  expect(r.ok).toBe(true);
  const json: unknown = JSON.parse(saved);
  return imported.length === 1 ? [json] : (json as unknown[]);
}

/**
 * Checks one batch's answer: all stored and each case exports as it was imported, or nothing
 * changed, the error is bad-input, and it blames some file or item, only mutated ones.
 */
async function checkBatch(files: BatchFile[], cases: unknown[] | null, result: Result<unknown>, before: unknown, blamed: (message: string, field: string | undefined) => string[]) {
  const mustFail = files.some(f => f.mutated?.mustFail);
  if (result.ok) {
    expect(mustFail, `imported a batch holding a document that cannot be a case file: ${files.map(f => f.mutated?.kind ?? 'fixture').join(', ')}`).toBe(false);
    const { imported } = result.value as { imported: CaseSummary[] };
    expect(imported).toHaveLength(cases?.length ?? -1);
    const back = await exported(imported);
    expect(back.map(canonicalJson)).toEqual((cases ?? []).map(canonicalJson));
    return 'imported';
  }
  expect(result.error.code, result.error.message).toBe('bad-input');
  expect(db.take()).toEqual(before);
  const names = blamed(result.error.message, result.error.field);
  expect(names.length, `the error names no file or item: ${result.error.message}`).toBeGreaterThan(0);
  for (const name of names) expect(files.find(f => f.name === name)?.mutated, `${name} is blamed but is an untouched fixture`).toBeTruthy();
  return 'refused';
}

describe('importing 1,000 mutated case files', () => {
  const all = batches();
  const viaDialog = all.filter((_, i) => i % 2 === 0);
  // cases:import takes parsed JSON: batches whose texts do not all parse go through the dialog too.
  const viaImport = all.filter((b, i) => i % 2 === 1 && b.every(f => parsedCases(f.text) !== null));
  const rerouted = all.filter((b, i) => i % 2 === 1 && !b.every(f => parsedCases(f.text) !== null));

  it('uses every document, mutated in every way', () => {
    expect(all.flat().filter(f => f.mutated)).toHaveLength(MUTATED);
    expect(new Set(documents.map(d => d.kind)).size).toBe(11);
  });

  it('through the Import dialog: each batch of files is stored whole or not at all, naming the bad files', async () => {
    const outcomes: string[] = [];
    for (const files of [...viaDialog, ...rerouted]) {
      const before = db.take();
      nextOpen = files.map(f => ({ name: f.name, text: f.text }));
      const parsed = files.map(f => parsedCases(f.text));
      const cases = parsed.every(p => p !== null) ? parsed.flat() : null;
      let result = await advisor.dispatch('cases:import-dialog', {});
      // The fixtures recur from batch to batch: import them again, as a user who confirms would.
      const again = result.ok ? (result.value as { alreadyImported?: { token: string } }).alreadyImported?.token : undefined;
      if (again !== undefined) result = await advisor.dispatch('cases:import-dialog', { again });
      // Each problem line starts with the file it is in: `mutated-12.json: client.fullName: required`.
      const blamed = (message: string) => [...new Set(message.split('\n').flatMap(line => /^((?:mutated|fixture)-[\d-]+\.json)\b/u.exec(line)?.[1] ?? []))];
      outcomes.push(await checkBatch(files, cases, result, before, blamed));
    }
    // Both outcomes happen: the batches are neither all good nor all bad.
    expect(new Set(outcomes)).toEqual(new Set(['imported', 'refused']));
  }, 60_000);

  it('through cases:import: each batch of case files is stored whole or not at all, naming the bad items', async () => {
    const outcomes: string[] = [];
    for (const files of viaImport) {
      const before = db.take();
      // One item per file here: a file holding a list is one (wrong) item, as a caller might send it.
      const items = files.map(f => JSON.parse(f.text) as unknown);
      const result = await advisor.dispatch('cases:import', { caseFiles: items });
      const blamed = (message: string, field: string | undefined) =>
        [...new Set([field ?? '', ...message.split('\n')].flatMap(line => /^caseFiles\[(\d+)\]/u.exec(line)?.[1] ?? []))].map(i => files[Number(i)]?.name ?? `item ${i}`);
      outcomes.push(await checkBatch(files, items, result, before, blamed));
    }
    expect(new Set(outcomes)).toEqual(new Set(['imported', 'refused']));
  }, 60_000);
});
