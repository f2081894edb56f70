/**
 * "Affected by rule changes" at a firm's scale, for `npm run bench -- firm`: saved comparisons on
 * many of the seeded firm's cases (copies of two made by the app: one of the H-1B and Express
 * Entry, one of Express Entry alone), then the firm-wide list asked after the app opens, again,
 * after a firm figure for one H-1B fee, and after its revert. Prints figures, never fails on them.
 */
import type { Advisor } from '../../electron/advisor';
import { firmFacts } from '../../electron/rules/firm-data-set';
import { addOverride, revertFact } from '../../electron/rules/override-repo';
import { openAdvisorAt } from '../data-folder';
import { loadFixture } from '../fixtures';

type Out = (line: string) => void;

/** Copies of each of the two comparisons: a tenth of the firm's cases each. */
const COPIES = 3_000;

async function ok<T>(advisor: Advisor, method: string, input: unknown): Promise<T> {
  const r = await advisor.dispatch(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.message}`);
  return r.value as T;
}

/** Saves a comparison of `programIds` on the firm's first case, then copies it onto other cases with SQL. */
async function seedComparisons(advisor: Advisor, programIds: string[], skip: number): Promise<void> {
  const { items } = await ok<{ items: { id: string }[] }>(advisor, 'cases:list', { limit: 1 });
  const caseId = items[0]?.id ?? '';
  // Priya Sharma's facts, whose H-1B costs include the fee the firm figure changes.
  const saved = await ok<{ id: string }>(advisor, 'snapshots:save', {
    caseId, caseFile: loadFixture('priya-sharma.case.json'), programIds, asOf: '2026-11-29', recommendation: { programId: null, rationale: '' }, confirmOlderVersion: true,
  });
  const { db } = advisor.vault.session();
  const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all('snapshots') as { name: string }[]).map(c => c.name).filter(n => n !== 'id' && n !== 'case_id');
  db.prepare(
    `INSERT INTO snapshots (id, case_id, ${columns.join(', ')})
     SELECT lower(hex(randomblob(16))), c.id, ${columns.map(n => `s.${n}`).join(', ')}
       FROM snapshots s, (SELECT id FROM cases WHERE deleted_at IS NULL AND id <> ? ORDER BY rowid LIMIT ? OFFSET ?) c
      WHERE s.id = ?`,
  ).run(caseId, COPIES, skip, saved.id);
}

async function timedList(advisor: Advisor): Promise<{ ms: number; cases: number }> {
  const start = process.hrtime.bigint();
  const { cases } = await ok<{ cases: unknown[] }>(advisor, 'rules:affected', {});
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cases: cases.length };
}

export async function benchAffected(dir: string, out: Out): Promise<void> {
  const seeding = openAdvisorAt(dir);
  try {
    await seedComparisons(seeding, ['us-h1b', 'ca-express-entry'], 0);
    await seedComparisons(seeding, ['ca-express-entry'], COPIES);
  } finally {
    seeding.close();
  }
  // Opened afresh: nothing checked yet, as after an unlock.
  const advisor = openAdvisorAt(dir);
  try {
    const line = (what: string, r: { ms: number; cases: number }) => out(`rules:affected ${what}: ${r.ms.toFixed(1)} ms (${String(r.cases)} cases listed)`);
    out('');
    out(`saved comparisons: ${String(2 * COPIES + 2)} (half H-1B and Express Entry, half Express Entry alone)`);
    line('first call after opening (no figure changed since they were saved)', await timedList(advisor));
    line('again', await timedList(advisor));
    const { db } = advisor.vault.session();
    const by = { by: 'Bench Attorney', now: new Date('2026-12-01T09:00:00Z') };
    addOverride(db, firmFacts(db).base, { factId: 'us-h1b.registration-fee', value: 400, effectiveFrom: '2026-01-01', note: 'bench' }, by);
    line('after a firm figure for an H-1B fee (the H-1B comparisons run through the engine)', await timedList(advisor));
    line('again', await timedList(advisor));
    revertFact(db, firmFacts(db).base, 'us-h1b.registration-fee', by);
    line('after its revert', await timedList(advisor));
  } finally {
    advisor.close();
  }
}
