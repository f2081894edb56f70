/**
 * When the firm's facts change, only the saved comparisons of a route that reads a changed figure
 * run through the engine again; the others keep their last answer (what keeps the firm-wide
 * "Affected by rule changes" list fast on a large firm).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { catalogueRules, createSnapshotRepo, type Rules, type SavedRef } from '../../electron/db/repos/snapshot-repo';
import type { SnapshotSummary } from '../../shared/contract';
import type { CaseFile } from '../../shared/case-file';
import { BUNDLED_FACTS } from '../../shared/facts/bundled';
import type { FactDataSet } from '../../shared/facts/schema';
import { buildCatalogue } from '../../shared/programs/index';
import { loadFixture, tempDir } from '../fixtures';
import { withVersion } from '../unit/shared/facts/firm-data-set';
import { openRepos, type Repos } from './repos';

let r: Repos;
let cleanup: () => void;
beforeEach(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  r = openRepos(t.dir);
});
afterEach(() => {
  r.db.close();
  cleanup();
});

/** A saved comparison as the firm-wide check is given it. */
const ref = (s: SnapshotSummary): SavedRef => ({ id: s.id, createdAt: s.createdAt, rulesVersion: s.rulesVersion, programIds: JSON.stringify(s.programIds) });

/** The rules of a data set, counting the routes the engine is asked to assess. */
function counted(dataSet: FactDataSet, runs: string[]): Rules {
  const rules = catalogueRules(buildCatalogue(dataSet), dataSet);
  return { ...rules, evaluate: (file, ids, options) => (runs.push(...ids), rules.evaluate(file, ids, options)) };
}

it('re-checks only the comparisons whose routes read a changed figure, and keeps the others’ answers', () => {
  const at = { actor: 'attorney.ann', now: new Date('2026-11-29T10:00:00Z') };
  const priya = loadFixture('priya-sharma.case.json') as CaseFile;
  const caseId = r.repo.create({ caseFile: priya, status: 'intake' }, at).id;
  const runs: string[] = [];
  const shipped = counted(BUNDLED_FACTS, runs);
  const firm = counted(withVersion('us-h1b.registration-fee', { effectiveFrom: '2026-06-01', value: 380 }), runs);
  let rules = shipped;
  const repo = createSnapshotRepo(r.db, r.repo, r.audit, () => rules);
  const save = (programIds: string[]) =>
    ref(repo.save({ caseId, caseFile: priya, programIds, assumptions: {}, asOf: '2026-11-29', currency: 'USD', recommendation: { programId: null, rationale: '' }, confirmOlderVersion: false }, at));
  const h1b = save(['us-h1b']);
  const canada = save(['ca-express-entry']);
  runs.length = 0;

  expect(repo.staleRoutes([h1b, canada]).map(c => c.stale)).toEqual([false, false]);
  expect(runs).toEqual([]);

  rules = firm;
  const [h1bCheck, canadaCheck] = repo.staleRoutes([h1b, canada]);
  expect(runs).toEqual(['us-h1b']);
  expect(h1bCheck).toMatchObject({ stale: true, routes: [{ programId: 'us-h1b', lines: expect.arrayContaining(["fee 'Cap registration' 215 USD → 380 USD"]) as unknown }] });
  expect(canadaCheck).toMatchObject({ stale: false, routes: [] });
  // Asked again under the same facts: nothing runs.
  repo.staleRoutes([h1b, canada]);
  expect(runs).toEqual(['us-h1b']);

  // The figure reverted: the H-1B comparison is checked again and is current; the other still not run.
  rules = shipped;
  expect(repo.staleRoutes([h1b, canada]).map(c => c.stale)).toEqual([false, false]);
  expect(runs).toEqual(['us-h1b', 'us-h1b']);
  expect(repo.get(h1b.id)).toMatchObject({ stale: false, staleChanges: [] });
});

it('without the figures each route reads, every comparison is checked again', () => {
  const at = { actor: 'attorney.ann', now: new Date('2026-11-29T10:00:00Z') };
  const priya = loadFixture('priya-sharma.case.json') as CaseFile;
  const caseId = r.repo.create({ caseFile: priya, status: 'intake' }, at).id;
  const runs: string[] = [];
  let rules: Rules = counted(BUNDLED_FACTS, runs);
  const repo = createSnapshotRepo(r.db, r.repo, r.audit, () => rules);
  const saved = ref(repo.save({ caseId, caseFile: priya, programIds: ['ca-express-entry'], assumptions: {}, asOf: '2026-11-29', currency: 'USD', recommendation: { programId: null, rationale: '' }, confirmOlderVersion: false }, at));
  runs.length = 0;
  const firm = counted(withVersion('us-h1b.registration-fee', { effectiveFrom: '2026-06-01', value: 380 }), runs);
  const { version, identity = version, evaluate } = firm;
  rules = { version, identity, evaluate };
  expect(repo.staleRoutes([saved])).toEqual([{ stale: false, rulesThen: BUNDLED_FACTS.label, rulesNow: BUNDLED_FACTS.label, routes: [] }]);
  expect(runs).toEqual(['ca-express-entry']);
});

it('the firm-wide check trusts the firm’s history when the figures have not changed since; a case’s own list still runs the engine', () => {
  const at = { actor: 'attorney.ann', now: new Date('2026-11-29T10:00:00Z') };
  const priya = loadFixture('priya-sharma.case.json') as CaseFile;
  const caseId = r.repo.create({ caseFile: priya, status: 'intake' }, at).id;
  const runs: string[] = [];
  const saved = ref(createSnapshotRepo(r.db, r.repo, r.audit).save(
    { caseId, caseFile: priya, programIds: ['us-h1b'], assumptions: {}, asOf: '2026-11-29', currency: 'USD', recommendation: { programId: null, rationale: '' }, confirmOlderVersion: false },
    at,
  ));
  // A new repo: nothing checked yet, as after the app opens.
  const asked: string[] = [];
  const repo = createSnapshotRepo(r.db, r.repo, r.audit, { ...counted(BUNDLED_FACTS, runs), unchangedSince: saved => (asked.push(saved.createdAt), true) });
  expect(repo.staleRoutes([saved])).toMatchObject([{ stale: false }]);
  expect([runs, asked]).toEqual([[], ['2026-11-29T10:00:00.000Z']]);
  expect(repo.list(caseId)).toMatchObject([{ stale: false }]);
  expect(runs).toEqual(['us-h1b']);
});
