/**
 * Saved comparisons against a real database file: what is stored, in what order, that nothing can
 * change it, and that a snapshot says when today's rules would answer differently.
 * Figures: the engine's own for the Priya Sharma fixture (us-h1b employer total 3,595 USD on
 * 2026-11-29, wage level II odds 30.58%, level IV 61.16%, DHS-modelled figures in us.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSnapshotRepo, type SaveSnapshotInput, type SnapshotRepo } from '../../electron/db/repos/snapshot-repo';
import { diffFields } from '../../shared/audit-diff';
import { rankAssessments } from '../../shared/compare/ranking';
import type { CaseFile } from '../../shared/case-file';
import { Snapshot, SnapshotSummary } from '../../shared/contract';
import type { AdvisorError } from '../../shared/result';
import { evaluate } from '../../shared/rules/evaluate';
import type { Assessment } from '../../shared/rules/types';
import { loadFixture, tempDir } from '../fixtures';
import { openRepos, type Repos } from './repos';
import { RULES_VERSION } from '../../shared/programs/index';

let r: Repos;
let snapshots: SnapshotRepo;
let cleanup: () => void;
beforeEach(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  r = openRepos(t.dir);
  snapshots = createSnapshotRepo(r.db, r.repo, r.audit);
});
afterEach(() => {
  r.db.close();
  cleanup();
});

const at = (time: string) => ({ actor: 'attorney.ann', now: new Date(`2026-11-29T${time}Z`) });
const priya = () => loadFixture('priya-sharma.case.json') as CaseFile;

function input(caseId: string, over: Partial<SaveSnapshotInput> = {}): SaveSnapshotInput {
  return {
    caseId,
    caseFile: priya(),
    programIds: ['us-h1b', 'ca-express-entry'],
    assumptions: {},
    asOf: '2026-11-29',
    currency: 'USD',
    recommendation: { programId: 'us-h1b', rationale: 'Offer in hand; change of status, so no $100,000 payment.' },
    confirmOlderVersion: false,
    ...over,
  };
}
const newCase = () => r.repo.create({ caseFile: priya(), status: 'intake' }, at('09:00:00')).id;
const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return err as AdvisorError;
  }
  throw new Error('did not throw');
};

describe('saving a comparison', () => {
  it('stores the engine’s own results, every assumption used, who saved it and when', () => {
    const caseId = newCase();
    const summary = snapshots.save(input(caseId, { assumptions: { 'us-h1b-100k-payment': 'vacated' } }), at('10:00:00'));
    expect(SnapshotSummary.parse(summary)).toEqual(summary);
    expect(summary).toMatchObject({
      caseId,
      createdAt: '2026-11-29T10:00:00.000Z',
      actor: 'attorney.ann',
      rulesVersion: RULES_VERSION,
      asOf: '2026-11-29',
      currency: 'USD',
      programIds: ['us-h1b', 'ca-express-entry'],
      // Defaults are stored too, so a later change of default cannot change what this comparison used.
      assumptions: { 'us-h1b-100k-payment': 'vacated', 'us-h1b-weighted-selection': 'weighted', 'cn-k-work-authorised': 'unclear' },
      recommendation: { programId: 'us-h1b', rationale: 'Offer in hand; change of status, so no $100,000 payment.' },
      whatIf: [],
      stale: false,
      staleChanges: [],
    });
    const got = snapshots.get(summary.id);
    expect(got.results.map(a => [a.programId, a.status, a.costs.totals.employer.amount])).toEqual([
      ['us-h1b', 'eligible', 3595],
      // Priya's degrees have no ECA on file, so Express Entry's FSW is closed to her.
      ['ca-express-entry', 'ineligible', 0],
    ]);
  });

  it('keeps the ranks as saved, ranked by the saved case file’s priorities; a comparison saved before ranks were kept has none', () => {
    const caseId = newCase();
    const file = { ...priya(), goals: { ...priya().goals, priorities: ['cost', 'speed'] } } as CaseFile;
    const s = snapshots.save(input(caseId, { caseFile: file }), at('10:00:00'));
    const got = snapshots.get(s.id);
    expect(got.ranks).toEqual(rankAssessments(got.results, ['cost', 'speed']));
    expect(got.ranks?.map(x => x.rank).sort()).toEqual([1, 2]);
    // As a database from before migration 0007 holds it: the ranks column empty.
    const row = r.db.prepare('SELECT * FROM snapshots WHERE id = ?').get(s.id) as Record<string, unknown>;
    const columns = Object.keys(row);
    r.db.prepare(`INSERT INTO snapshots (${columns.join(', ')}) VALUES (${columns.map(c => `@${c}`).join(', ')})`).run({ ...row, id: 'old', ranks: null });
    expect(snapshots.get('old').ranks).toBeNull();
  });

  it('get returns exactly what was saved: the case file used and the results, byte for byte', () => {
    const caseId = newCase();
    const { id } = snapshots.save(input(caseId), at('10:00:00'));
    const got = snapshots.get(id);
    expect(Snapshot.parse(got)).toEqual(got);
    expect(got.caseFile).toEqual(priya());
    const expected = evaluate(priya(), ['us-h1b', 'ca-express-entry'], { asOf: '2026-11-29', currency: 'USD' });
    expect(JSON.stringify(got.results)).toBe(JSON.stringify(expected));
    const stored = r.db.prepare<[string], { case_file: string; results: string }>('SELECT case_file, results FROM snapshots WHERE id = ?').get(id)!;
    expect(JSON.parse(stored.case_file)).toEqual(got.caseFile);
    expect(stored.results).toBe(JSON.stringify(got.results));
  });

  it('records the what-if changes against the stored case file, and evaluates the what-if file', () => {
    const caseId = newCase();
    const whatIf = priya() as CaseFile & { jobOffer: { usWageLevel: number } };
    whatIf.jobOffer.usWageLevel = 4;
    const summary = snapshots.save(input(caseId, { caseFile: whatIf, programIds: ['us-h1b'] }), at('10:00:00'));
    expect(summary.whatIf).toEqual([{ field: 'jobOffer.usWageLevel', before: 2, after: 4 }]);
    expect(summary.whatIf).toEqual(diffFields(priya(), whatIf));
    const got = snapshots.get(summary.id);
    expect(got.caseFile.jobOffer?.usWageLevel).toBe(4);
    expect(got.results[0]?.odds).toMatchObject({ kind: 'probability', probability: 0.6116 });
    // The stored case itself is untouched by a what-if.
    expect(r.repo.getOrThrow(caseId).caseFile).toEqual(priya());
  });

  it('writes one audit row on the case, in the same transaction', () => {
    const caseId = newCase();
    const { id } = snapshots.save(input(caseId), at('10:00:00'));
    const last = r.repo.audit(caseId).at(-1);
    expect(last).toMatchObject({
      at: '2026-11-29T10:00:00.000Z',
      actor: 'attorney.ann',
      action: 'snapshot',
      entity: 'case',
      note: `Saved a comparison of us-h1b, ca-express-entry (rules ${RULES_VERSION}, as of 2026-11-29, USD); recommended us-h1b`,
      changes: [{ field: 'snapshots', before: null, after: id }],
    });
  });

  it('refuses an unknown case (not-found) and a trashed one (bad-input), storing nothing', () => {
    const missing = thrown(() => snapshots.save(input('00000000-0000-4000-8000-000000000000'), at('10:00:00')));
    expect(missing).toMatchObject({ code: 'not-found', field: 'caseId' });
    const caseId = newCase();
    r.repo.trash(caseId, at('09:30:00'));
    const trashed = thrown(() => snapshots.save(input(caseId), at('10:00:00')));
    expect(trashed).toMatchObject({ code: 'bad-input', field: 'caseId', message: expect.stringMatching(/in the Trash/) as unknown });
    expect(r.db.prepare('SELECT COUNT(*) FROM snapshots').pluck().get()).toBe(0);
    expect(r.repo.audit(caseId).map(a => a.action)).toEqual(['create', 'create', 'delete']);
  });
});

describe('a comparison made while the intake holds a draft with problems', () => {
  /** The intake autosaves funds without a currency: kept as a draft, the case file untouched. */
  function withBadDraft(): string {
    const caseId = newCase();
    const draft = { ...priya(), funds: { amount: 50_000 } } as unknown as Record<string, unknown>;
    expect(r.repo.saveDraft({ id: caseId, expectedRevision: 1, draft }, at('09:05:00')).valid).toBe(false);
    return caseId;
  }

  it('is refused unless the lawyer confirms, naming the problem in words and the version it would use', () => {
    const caseId = withBadDraft();
    const refused = thrown(() => snapshots.save(input(caseId), at('10:00:00')));
    expect(refused).toMatchObject({ code: 'bad-input', field: 'confirmOlderVersion' });
    expect(refused.message).toContain('the intake has 1 problem (Funds available: currency (one with an exchange rate) — missing)');
    expect(refused.message).toContain('the case as saved at 2026-11-29T09:00:00.000Z');
    expect(r.db.prepare('SELECT COUNT(*) FROM snapshots').pluck().get()).toBe(0);
  });

  it('once confirmed, records that it was made from the older version, in the listing, get and the audit note', () => {
    const caseId = withBadDraft();
    const saved = snapshots.save(input(caseId, { confirmOlderVersion: true }), at('10:00:00'));
    const older = {
      caseSavedAt: '2026-11-29T09:00:00.000Z',
      draftSavedAt: '2026-11-29T09:05:00.000Z',
      problems: ['Funds available: currency (one with an exchange rate) — missing'],
    };
    expect(saved.olderVersion).toEqual(older);
    expect(snapshots.list(caseId)[0]?.olderVersion).toEqual(older);
    expect(Snapshot.parse(snapshots.get(saved.id)).olderVersion).toEqual(older);
    expect(r.repo.audit(caseId).at(-1)?.note).toContain('from the case as saved at 2026-11-29T09:00:00.000Z, confirmed while the intake had 1 problem');
  });

  it('with no draft, or once the draft is valid again, is from the newest facts: no confirmation, no mark', () => {
    const caseId = withBadDraft();
    r.repo.saveDraft({ id: caseId, expectedRevision: 1, draft: priya() }, at('09:10:00'));
    expect(snapshots.save(input(caseId), at('10:00:00')).olderVersion).toBeNull();
    expect(snapshots.save(input(newCase()), at('10:01:00')).olderVersion).toBeNull();
  });

  it('the database refuses an older-version record that is not a JSON object', () => {
    const caseId = newCase();
    const id = snapshots.save(input(caseId), at('10:00:00')).id;
    const row = r.db.prepare('SELECT * FROM snapshots WHERE id = ?').get(id) as Record<string, unknown>;
    const columns = Object.keys(row);
    const copy = r.db.prepare(`INSERT INTO snapshots (${columns.join(', ')}) VALUES (${columns.map(c => `@${c}`).join(', ')})`);
    expect(() => copy.run({ ...row, id: 'copy', older_version: '["not", "an object"]' })).toThrow(/CHECK constraint failed/);
  });
});

describe('listing', () => {
  it('lists a case’s comparisons newest first, same-millisecond saves in the order made, and no other case’s', () => {
    const caseId = newCase();
    const other = newCase();
    const first = snapshots.save(input(caseId), at('10:00:00'));
    const third = snapshots.save(input(caseId, { currency: 'EUR' }), at('11:00:00'));
    const second = snapshots.save(input(caseId, { currency: 'INR' }), at('10:30:00'));
    const fourth = snapshots.save(input(caseId, { currency: 'CAD' }), at('11:00:00'));
    snapshots.save(input(other), at('12:00:00'));
    expect(snapshots.list(caseId).map(s => s.id)).toEqual([fourth.id, third.id, second.id, first.id]);
    expect(snapshots.list(caseId).every(s => !s.stale)).toBe(true);
    expect(thrown(() => snapshots.list('00000000-0000-4000-8000-000000000000'))).toMatchObject({ code: 'not-found', field: 'caseId' });
    expect(thrown(() => snapshots.get('nope'))).toMatchObject({ code: 'not-found', field: 'id' });
  });
});

describe('immutability', () => {
  it('the database itself refuses to change or delete a snapshot, or the case under it', () => {
    const caseId = newCase();
    const { id } = snapshots.save(input(caseId), at('10:00:00'));
    expect(() => r.db.prepare("UPDATE snapshots SET results = '[]' WHERE id = ?").run(id)).toThrow(/cannot be changed/);
    expect(() => r.db.prepare("UPDATE snapshots SET recommendation = '{}' WHERE id = ?").run(id)).toThrow(/cannot be changed/);
    expect(() => r.db.prepare('DELETE FROM snapshots WHERE id = ?').run(id)).toThrow(/cannot be deleted/);
    expect(() => r.db.prepare('DELETE FROM cases WHERE id = ?').run(caseId)).toThrow(/FOREIGN KEY/);
    expect(snapshots.get(id).results).toHaveLength(2);
  });
});

describe('staleness', () => {
  /** Inserts a copy of snapshot `id` whose stored results were changed by `tamper`: what an older catalogue would have stored. */
  function olderCopy(id: string, tamper: (results: Assessment[]) => void, rulesVersion = RULES_VERSION): string {
    const row = r.db.prepare<[string], Record<string, unknown>>('SELECT * FROM snapshots WHERE id = ?').get(id)!;
    const results = JSON.parse(row.results as string) as Assessment[];
    tamper(results);
    const copy = { ...row, id: `${id}-older`, results: JSON.stringify(results), rules_version: rulesVersion };
    const cols = Object.keys(copy);
    r.db.prepare(`INSERT INTO snapshots (${cols.join(', ')}) VALUES (${cols.map(c => `@${c}`).join(', ')})`).run(copy);
    return copy.id;
  }
  const h1b = (results: Assessment[]) => results.find(a => a.programId === 'us-h1b')!;
  const ee = (results: Assessment[]) => results.find(a => a.programId === 'ca-express-entry')!;

  it('flags a snapshot whose stored results today’s catalogue no longer gives, line by line', () => {
    const caseId = newCase();
    const { id } = snapshots.save(input(caseId), at('10:00:00'));
    // As if saved when the employer paid 3,760 USD, registration cost 380 USD, the language gate
    // failed and Express Entry was still shown as eligible.
    const older = olderCopy(id, results => {
      h1b(results).costs.totals.employer.amount = 3760;
      h1b(results).costs.items.find(i => i.label === 'Cap registration')!.amount.amount = 380;
      ee(results).status = 'eligible';
      ee(results).gates.find(g => g.id === 'ca-ee-language')!.status = 'not-met';
    }, '2026-11-20.1');
    const languageLabel = ee(snapshots.get(id).results).gates.find(g => g.id === 'ca-ee-language')!.label;
    const listed = createSnapshotRepo(r.db, r.repo, r.audit).list(caseId);
    expect(listed.find(s => s.id === id)).toMatchObject({ stale: false, staleChanges: [] });
    expect(listed.find(s => s.id === older)).toMatchObject({
      stale: true,
      staleChanges: [
        `rules 2026-11-20.1 → ${RULES_VERSION}`,
        'us-h1b: employer cost 3,760 USD → 3,595 USD',
        "us-h1b: fee 'Cap registration' 380 USD → 215 USD",
        'ca-express-entry: status Likely eligible — 1 question for you → Not eligible',
        `ca-express-entry: criterion “${languageLabel}” not met → met`,
      ],
    });
    expect(snapshots.get(older)).toMatchObject({ stale: true, staleChanges: listed.find(s => s.id === older)!.staleChanges });
  });

  it('a new rules version that gives the same results is not stale', () => {
    const caseId = newCase();
    const { id } = snapshots.save(input(caseId), at('10:00:00'));
    const tomorrow = createSnapshotRepo(r.db, r.repo, r.audit, { version: '2026-12-05.1', evaluate });
    expect(tomorrow.get(id)).toMatchObject({ rulesVersion: RULES_VERSION, stale: false, staleChanges: [] });
  });

  it('a new rules version that moves a fee is stale, and says which rules and which fee', () => {
    const caseId = newCase();
    const { id } = snapshots.save(input(caseId), at('10:00:00'));
    // A catalogue of 2026-12-05 in which the cap registration rose from 215 to 380 USD.
    const raised: typeof evaluate = (...args) =>
      evaluate(...args).map(a => {
        if (a.programId !== 'us-h1b') return a;
        const items = a.costs.items.map(i => (i.label === 'Cap registration' ? { ...i, amount: { amount: 380, currency: 'USD' }, converted: { amount: 380, currency: 'USD' } } : i));
        return { ...a, costs: { ...a.costs, items, totals: { ...a.costs.totals, employer: { amount: 3760, currency: 'USD' } } } };
      });
    const tomorrow = createSnapshotRepo(r.db, r.repo, r.audit, { version: '2026-12-05.1', evaluate: raised });
    expect(tomorrow.list(caseId)).toMatchObject([
      {
        id,
        stale: true,
        staleChanges: [
          `rules ${RULES_VERSION} → 2026-12-05.1`,
          'us-h1b: employer cost 3,595 USD → 3,760 USD',
          "us-h1b: fee 'Cap registration' 215 USD → 380 USD",
        ],
      },
    ]);
  });

  it('is worked out once per snapshot and rules version, then answered from the cache', () => {
    const caseId = newCase();
    const { id } = snapshots.save(input(caseId), at('10:00:00'));
    let runs = 0;
    const counting: typeof evaluate = (...args) => {
      runs++;
      return evaluate(...args);
    };
    const repo = createSnapshotRepo(r.db, r.repo, r.audit, { version: '2026-12-05.1', evaluate: counting });
    repo.list(caseId);
    repo.list(caseId);
    repo.get(id);
    expect(runs).toBe(1);

    // Behind the app's back (triggers dropped, test only), the stored results are rewritten: a repo
    // that already answered keeps its answer; a fresh one re-checks and finds the difference.
    r.db.exec('DROP TRIGGER snapshots_no_update');
    const stored = snapshots.get(id).results;
    h1b(stored).odds = { kind: 'probability', probability: 0.1529, basis: 'wage level I' };
    r.db.prepare('UPDATE snapshots SET results = ? WHERE id = ?').run(JSON.stringify(stored), id);
    expect(repo.list(caseId)[0]).toMatchObject({ stale: false });
    expect(createSnapshotRepo(r.db, r.repo, r.audit).list(caseId)[0]).toMatchObject({ stale: true, staleChanges: ['us-h1b: odds 15.3% → 30.6%'] });
  });

  it('reads results saved before the odds had states: a figure stays; a blank is "no lottery" only for a route without one', () => {
    const caseId = newCase();
    const noWage = priya() as CaseFile & { jobOffer: { usWageLevel?: number } };
    delete noWage.jobOffer.usWageLevel;
    const { id } = snapshots.save(input(caseId, { caseFile: noWage, programIds: ['us-h1b', 'us-o1a'] }), at('10:00:00'));
    // Rewritten in the old shape (test only): odds a bare figure or null, and no conditional costs.
    r.db.exec('DROP TRIGGER snapshots_no_update');
    const old = snapshots.get(id).results.map(a => {
      const costs: Partial<Assessment['costs']> = { ...a.costs };
      delete costs.conditional;
      return { ...a, costs, odds: null };
    });
    r.db.prepare('UPDATE snapshots SET results = ? WHERE id = ?').run(JSON.stringify(old), id);
    const fresh = createSnapshotRepo(r.db, r.repo, r.audit);
    const got = fresh.get(id);
    expect(got.results.map(a => a.odds.kind)).toEqual(['unknown', 'none']);
    expect(got.results.every(a => Array.isArray(a.costs.conditional))).toBe(true);
    // The H-1B blank was "not computed", as today's answer (the wage level is missing): nothing stale.
    expect(fresh.list(caseId)[0]).toMatchObject({ stale: false, staleChanges: [] });
  });
});
