/**
 * Saved comparisons checked against a catalogue built from another data set (a pack, the firm's
 * overrides): a fee the data set changes makes the comparison stale, naming the fee.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { catalogueRules, createSnapshotRepo } from '../../electron/db/repos/snapshot-repo';
import type { CaseFile } from '../../shared/case-file';
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

it('a data set that raises a fee makes a saved comparison stale, naming the fee', () => {
  const at = { actor: 'attorney.ann', now: new Date('2026-11-29T10:00:00Z') };
  const priya = loadFixture('priya-sharma.case.json') as CaseFile;
  const caseId = r.repo.create({ caseFile: priya, status: 'intake' }, at).id;
  const shipped = createSnapshotRepo(r.db, r.repo, r.audit);
  const input = { caseId, caseFile: priya, programIds: ['us-h1b'], assumptions: {}, asOf: '2026-11-29', currency: 'USD', recommendation: { programId: null, rationale: '' }, confirmOlderVersion: false };
  const { id } = shipped.save(input, at);
  expect(shipped.get(id)).toMatchObject({ stale: false });

  const firm = buildCatalogue(withVersion('us-h1b.registration-fee', { effectiveFrom: '2026-06-01', value: 380 }));
  const repo = createSnapshotRepo(r.db, r.repo, r.audit, catalogueRules(firm));
  expect(repo.get(id)).toMatchObject({
    stale: true,
    staleChanges: expect.arrayContaining(['us-h1b: employer cost 3,595 USD → 3,760 USD', "us-h1b: fee 'Cap registration' 215 USD → 380 USD"]) as unknown,
  });
});
