/**
 * The columns every case read selects, and their mapping to the contract's CaseSummary; shared by
 * the case repository and the list query so a summary looks the same however it was found.
 */
import type { CaseStatus, CaseSummary } from '../../../shared/contract';

/** One case joined to its client, as SQLite returns it. */
export type SummaryRow = {
  id: string;
  reference: string;
  status: CaseStatus;
  client_id: string;
  client_name: string;
  other_names: string;
  date_of_birth: string | null;
  citizenships: string;
  target_countries: string;
  revision: number;
  spouse_name: string | null;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
  unresolved_conflicts: number;
  recorded_conflicts: number;
  updated_by: string | null;
};

/**
 * Who changed the case last: the actor of its latest audit row among those that change the case
 * (a saved comparison or a conflict decision does not). One seek backwards on `audit_by_case
 * (case_id, id)` per row, and the list reads only the rows of its page.
 */
const UPDATED_BY = `(SELECT a.actor FROM audit_log a WHERE a.case_id = k.id AND a.action IN ('create', 'update', 'delete', 'restore')
  ORDER BY a.id DESC LIMIT 1) AS updated_by`;

/** SELECT list for `cases k JOIN clients c`; the conflict counts read the partial indexes of migration 0008. */
export const SUMMARY_COLUMNS = `k.id, k.reference, k.status, k.client_id, k.client_name, c.other_names,
  c.date_of_birth, c.citizenships, k.target_countries, k.revision, k.spouse_name, k.deleted_at,
  k.created_at, k.updated_at,
  (SELECT COUNT(*) FROM conflict_hits h WHERE h.case_id = k.id AND h.resolution = 'unresolved') AS unresolved_conflicts,
  (SELECT COUNT(*) FROM conflict_hits h WHERE h.case_id = k.id AND h.resolution = 'conflict') AS recorded_conflicts,
  ${UPDATED_BY}`;

/** A row as the contract's CaseSummary. */
export function toSummary(r: SummaryRow): CaseSummary {
  return {
    id: r.id,
    reference: r.reference,
    status: r.status,
    clientId: r.client_id,
    clientName: r.client_name,
    otherNames: JSON.parse(r.other_names) as string[],
    dateOfBirth: r.date_of_birth,
    citizenships: JSON.parse(r.citizenships) as string[],
    targetCountries: JSON.parse(r.target_countries) as string[],
    revision: r.revision,
    spouseName: r.spouse_name,
    deletedAt: r.deleted_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    conflicts: { unresolved: r.unresolved_conflicts, conflict: r.recorded_conflicts },
    updatedBy: r.updated_by,
  };
}
