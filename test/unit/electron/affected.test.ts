/**
 * "Affected by rule changes" (issue 17, item 4) through the dispatcher, on a real database: a firm
 * figure puts a saved comparison on the list, in words; its revert takes it off; one click makes a
 * fresh comparison that is not stale, keeps the old one, and takes the case off the list.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { openAdvisor, type Advisor } from '../../../electron/advisor';
import { firmFacts } from '../../../electron/rules/firm-data-set';
import { addOverride, revertFact } from '../../../electron/rules/override-repo';
import type { CaseStatus } from '../../../shared/contract';
import { SHIPPED_CATALOGUE } from '../../../shared/programs/index';
import { loadFixture, TEST_PASSPHRASE } from '../../fixtures';
import { expectOk, openTestAdvisor } from './test-advisor';

vi.setConfig({ testTimeout: 60_000 });

const REG = 'us-h1b.registration-fee';
const name = (id: string) => SHIPPED_CATALOGUE.programById(id)?.name;
const by = { by: 'Ann Attorney', now: new Date('2026-11-29T12:00:00Z') };
let advisor: Advisor;
let close: () => void;
beforeEach(() => ({ advisor, close } = openTestAdvisor()));
afterEach(() => close());

const db = () => advisor.vault.session().db;
const override = (value: number) => addOverride(db(), firmFacts(db()).base, { factId: REG, value, effectiveFrom: '2026-01-01', url: 'https://www.uscis.gov/g-1055' }, by);

/** A case of Priya Sharma's with one saved comparison of `programIds` as of `asOf`. */
async function savedComparison(programIds: string[], status: CaseStatus = 'advised', asOf = '2026-06-01') {
  const caseFile = loadFixture('priya-sharma.case.json');
  const record = await expectOk(advisor, 'cases:create', { caseFile, status });
  const snap = await expectOk(advisor, 'snapshots:save', { caseId: record.id, caseFile, programIds, asOf, recommendation: { programId: programIds[0] ?? null, rationale: 'Cap registration planned.' } });
  return { caseId: record.id, reference: record.reference, snapshotId: snap.id };
}

const affected = (openOnly = false) => expectOk(advisor, 'rules:affected', { openOnly });

it('a firm figure lists the comparisons it changes, in words; its revert takes them off', async () => {
  const h1b = await savedComparison(['us-h1b', 'ca-express-entry']);
  await savedComparison(['ca-express-entry']);
  expect((await affected()).cases).toEqual([]);

  override(400);
  const listed = await affected();
  expect(listed.cases).toHaveLength(1);
  const [entry] = listed.cases;
  expect(entry).toMatchObject({ caseId: h1b.caseId, reference: h1b.reference, clientName: 'Priya Sharma', status: 'advised' });
  expect(entry?.comparisons).toHaveLength(1);
  const comparison = entry?.comparisons[0];
  expect(comparison).toMatchObject({ snapshotId: h1b.snapshotId, asOf: '2026-06-01', rulesChange: null, routes: [name('us-h1b'), name('ca-express-entry')] });
  // Only the route that reads the figure, named as the screen names it; the lines say what moved.
  expect(comparison?.changes.map(c => c.route)).toEqual([name('us-h1b')]);
  expect(comparison?.changes[0]?.lines).toContain("fee 'Cap registration' 215 USD → 400 USD");
  // No ids or field paths reach the screen.
  expect(JSON.stringify(comparison?.changes)).not.toMatch(/us-h1b|ca-express-entry|registration-fee/);

  // The answer is kept between calls, but not past a change to the cases: a trashed case leaves the list.
  await expectOk(advisor, 'cases:trash', { id: h1b.caseId });
  expect((await affected()).cases).toEqual([]);
  await expectOk(advisor, 'cases:restore', { id: h1b.caseId });
  expect((await affected()).cases.map(c => c.caseId)).toEqual([h1b.caseId]);

  revertFact(db(), firmFacts(db()).base, REG, by);
  expect((await affected()).cases).toEqual([]);
});

it('one click makes a fresh comparison with today’s facts: not stale, the old one kept, the case off the list', async () => {
  const h1b = await savedComparison(['us-h1b']);
  override(400);
  expect((await affected()).cases).toHaveLength(1);

  const fresh = await expectOk(advisor, 'rules:fresh-comparison', { snapshotId: h1b.snapshotId });
  // The test clock's day: the same question asked today.
  expect(fresh).toMatchObject({ caseId: h1b.caseId, stale: false, asOf: '2026-11-29', programIds: ['us-h1b'], currency: 'USD', recommendation: { programId: null } });
  const list = await expectOk(advisor, 'snapshots:list', { caseId: h1b.caseId });
  expect(list.map(s => [s.id, s.stale])).toEqual([
    [fresh.id, false],
    [h1b.snapshotId, true],
  ]);
  expect((await affected()).cases).toEqual([]);
});

it('a comparison made for a later date keeps its date', async () => {
  const later = await savedComparison(['us-h1b'], 'advised', '2027-03-01');
  override(400);
  const fresh = await expectOk(advisor, 'rules:fresh-comparison', { snapshotId: later.snapshotId });
  expect(fresh.asOf).toBe('2027-03-01');
});

it('filters to open cases', async () => {
  const open = await savedComparison(['us-h1b'], 'consultation');
  const closed = await savedComparison(['us-h1b'], 'closed');
  override(400);
  expect((await affected()).cases.map(c => c.caseId).sort()).toEqual([open.caseId, closed.caseId].sort());
  expect((await affected(true)).cases.map(c => c.caseId)).toEqual([open.caseId]);
});

it('refuses a fresh comparison for a trashed case or an unknown comparison, naming it in words', async () => {
  const h1b = await savedComparison(['us-h1b']);
  await expectOk(advisor, 'cases:trash', { id: h1b.caseId });
  const trashed = await advisor.dispatch('rules:fresh-comparison', { snapshotId: h1b.snapshotId });
  expect(trashed).toMatchObject({ ok: false, error: { code: 'bad-input', message: `Matter ${h1b.reference} is in the Trash; restore it before making a fresh comparison` } });
  const unknown = await advisor.dispatch('rules:fresh-comparison', { snapshotId: 'nope' });
  expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
  const bad = await advisor.dispatch('rules:affected', { openOnly: 'yes' });
  expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input' } });
});

it('after the app opens again, finds the comparisons made before a firm figure and not those made after it', async () => {
  const before = await savedComparison(['us-h1b']);
  addOverride(db(), firmFacts(db()).base, { factId: REG, value: 400, effectiveFrom: '2026-01-01', note: 'USCIS notice.' }, { by: 'Ann Attorney', now: new Date('2026-11-30T09:00:00Z') });
  const { dataDir } = await expectOk(advisor, 'app:info', {});
  // Closed twice is harmless: afterEach closes the first one again, then removes the folder.
  advisor.close();
  advisor = openAdvisor({ dataDir, appVersion: '9.9.9', actor: () => 'attorney.ann', clock: () => new Date('2026-12-01T09:00:00Z'), passphrase: TEST_PASSPHRASE });
  try {
    await savedComparison(['us-h1b']);
    expect((await affected()).cases.map(c => c.caseId)).toEqual([before.caseId]);
  } finally {
    advisor.close();
  }
});

it('while the intake holds a draft with problems, asks in words first; confirmed, uses the case as last saved', async () => {
  const h1b = await savedComparison(['us-h1b']);
  const record = await expectOk(advisor, 'cases:get', { id: h1b.caseId });
  await expectOk(advisor, 'cases:save-draft', { id: h1b.caseId, expectedRevision: record.revision, draft: { ...record.caseFile, client: { ...record.caseFile.client, dateOfBirth: '1990-02-30' } } });
  const refused = await advisor.dispatch('rules:fresh-comparison', { snapshotId: h1b.snapshotId });
  expect(refused).toMatchObject({ ok: false, error: { code: 'bad-input', field: 'confirmOlderVersion' } });
  expect(refused.ok ? '' : refused.error.message).toBe(
    `The intake of matter ${h1b.reference} holds changes with problems; fix them in the intake, or make the comparison from Compare, which can use the case as last saved`,
  );
  const fresh = await expectOk(advisor, 'rules:fresh-comparison', { snapshotId: h1b.snapshotId, confirmOlderVersion: true });
  expect(fresh.olderVersion).toMatchObject({ caseSavedAt: record.updatedAt });
});
