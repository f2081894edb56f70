/**
 * The saved comparisons a rule pack's diff is checked against, with their cases, read without the
 * large JSON columns (results, case files): a firm may hold thousands.
 */
import type { SavedComparisonRef } from '../../shared/facts/pack-diff';
import type { Database } from '../db/driver';

type Row = { id: string; caseId: string; caseReference: string; clientName: string; caseOpen: number; createdAt: string; programIds: string };

/** Every saved comparison, newest first, with its case's matter number, client and whether the case is open. */
export function savedComparisonRefs(db: Database): SavedComparisonRef[] {
  const rows = db
    .prepare<[], Row>(
      `SELECT s.id, s.case_id AS caseId, c.reference AS caseReference, c.client_name AS clientName,
              (c.status <> 'closed' AND c.deleted_at IS NULL) AS caseOpen, s.created_at AS createdAt, s.program_ids AS programIds
         FROM snapshots s JOIN cases c ON c.id = s.case_id
        ORDER BY s.created_at DESC, s.id`,
    )
    .all();
  return rows.map(r => ({ ...r, caseOpen: r.caseOpen === 1, programIds: JSON.parse(r.programIds) as string[] }));
}
