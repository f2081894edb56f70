/** Saved comparisons built in memory (no database), for tests of the memo PDF. */
import type { CaseFile } from '../../../shared/case-file';
import type { Snapshot } from '../../../shared/contract';
import { resolveAssumptions } from '../../../shared/programs/assumptions';
import { evaluate } from '../../../shared/rules/evaluate';
import { loadFixture } from '../../fixtures';

/** The Priya fixture as loose JSON, for a test to change before it is evaluated. */
export type RawCaseFile = { client: Record<string, unknown>; work?: Record<string, unknown>[]; jobOffer?: Record<string, unknown> | null; notes?: string };

/**
 * A saved comparison of the Priya fixture (H-1B, K visa, Express Entry) after `edit` changed its
 * case file. Not parsed: the schema refuses what some tests need to reach the PDF (a lone
 * surrogate, a name longer than the intake allows), and the PDF must cope with it anyway.
 */
export function snapshotOf(edit: (raw: RawCaseFile) => void, over: Partial<Snapshot> = {}): Snapshot {
  const raw = loadFixture('priya-sharma.case.json') as RawCaseFile;
  edit(raw);
  const caseFile = raw as unknown as CaseFile;
  const assumptions = resolveAssumptions({}, '2026-11-29');
  const programIds = ['us-h1b', 'cn-k', 'ca-express-entry'];
  return {
    id: 'snapshot-1', caseId: '6f1c2f3e-1111-4222-8333-444455556666', createdAt: '2026-11-29T09:00:00.000Z', actor: 'attorney.ann',
    rulesVersion: 'test', asOf: '2026-11-29', currency: 'USD', programIds, assumptions,
    recommendation: { programId: 'ca-express-entry', rationale: 'Permanent residence within a year.' }, whatIf: [], stale: false, staleChanges: [], olderVersion: null, ranks: null,
    caseFile, results: evaluate(caseFile, programIds, { asOf: '2026-11-29', assumptions, currency: 'USD' }),
    ...over,
  };
}
