/**
 * "Affected by rule changes" (issue 17, item 4): the cases whose saved comparisons the firm's facts
 * (the applied pack and the firm's own figures) now answer differently, in words, and the one click
 * that answers the same question again with today's facts.
 *
 * Fast on a large firm: each call reads the light columns of the snapshots (no results or case
 * files) and asks the snapshot repo, whose checks are kept per snapshot and carried over a change
 * of facts for every comparison whose routes read none of the changed figures. Only the comparisons
 * of a changed route, or ones never checked since the app opened, run through the engine.
 */
import type { AffectedCase, AffectedComparison, CaseStatus, SnapshotSummary } from '../../shared/contract';
import { localDate } from '../../shared/dates';
import { rulesChange } from '../../shared/memo/format';
import { ASSUMPTIONS } from '../../shared/programs/assumptions';
import type { Catalogue } from '../../shared/programs/catalogue';
import { isProgramId } from '../../shared/programs/index';
import { AdvisorError } from '../../shared/result';
import type { Database } from '../db/driver';
import type { CaseRepo, ChangeContext } from '../db/repos/case-repo';
import type { SnapshotRepo, StaleRoutes } from '../db/repos/snapshot-repo';

export type AffectedList = {
  /** The affected cases, by matter number; `openOnly` leaves out closed cases. */
  list(openOnly: boolean): { rulesVersion: string; cases: AffectedCase[] };
  /** A new comparison answering the given one's question with today's facts; the given one is kept. */
  fresh(snapshotId: string, confirmOlderVersion: boolean, ctx: ChangeContext): SnapshotSummary;
};

type Row = { id: string; caseId: string; createdAt: string; asOf: string; rulesVersion: string; programIds: string; reference: string; clientName: string; status: CaseStatus };

/**
 * Every saved comparison of a case not in the Trash, newest first within each case: only columns
 * stored before the large ones, so no row's case file or results is read.
 */
const CANDIDATES = `SELECT s.id, s.case_id AS caseId, s.created_at AS createdAt, s.as_of AS asOf, s.rules_version AS rulesVersion, s.program_ids AS programIds,
       c.reference, c.client_name AS clientName, c.status
  FROM snapshots s JOIN cases c ON c.id = s.case_id
 WHERE c.deleted_at IS NULL
 ORDER BY c.reference, s.case_id, s.created_at DESC, s.rowid DESC`;

/**
 * Of each case, the newest comparison of each set of routes: an older one of the same routes has
 * been answered again since, so a fresh comparison takes its case off the list.
 */
function newestPerQuestion(rows: readonly Row[]): Row[] {
  const seen = new Set<string>();
  return rows.filter(r => {
    const key = `${r.caseId}\n${[...(JSON.parse(r.programIds) as string[])].sort().join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const routeName = (catalogue: Catalogue, id: string) => catalogue.programById(id)?.name ?? 'a route no longer in the catalogue';

/** What changed for one comparison, in words: routes by name, never their ids. */
function inWords(row: Row, check: StaleRoutes, catalogue: Catalogue): AffectedComparison {
  return {
    snapshotId: row.id,
    createdAt: row.createdAt,
    asOf: row.asOf,
    routes: (JSON.parse(row.programIds) as string[]).map(id => routeName(catalogue, id)),
    rulesChange: check.rulesThen === check.rulesNow ? null : rulesChange(check.rulesThen, check.rulesNow),
    changes: check.routes.map(r => ({ route: routeName(catalogue, r.programId), lines: r.lines })),
  };
}

/** The assumptions the old comparison used that are still asked, with a value still offered. */
function stillAsked(assumptions: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(assumptions).filter(([k, v]) => ASSUMPTIONS.find(a => a.key === k)?.options.some(o => o.value === v)));
}

/**
 * Moves with every write the list depends on: each change to a case (status, name, Trash) and each
 * saved comparison is on the audit log; a comparison added by other means still moves the count.
 */
const FINGERPRINT = `SELECT (SELECT coalesce(max(id), 0) FROM audit_log) AS audit,
  (SELECT count(*) || ':' || coalesce(max(rowid), 0) FROM snapshots) AS saved`;

type Answer = ReturnType<AffectedList['list']>;

export function createAffectedList(db: Database, cases: CaseRepo, snapshots: SnapshotRepo, catalogue: () => Catalogue): AffectedList {
  const candidates = db.prepare<[], Row>(CANDIDATES);
  const fingerprint = db.prepare<[], { audit: number; saved: string }>(FINGERPRINT);
  // The last answer of each filter, with the facts' identity and the fingerprint it was worked out from.
  const answers = new Map<boolean, { key: string; answer: Answer }>();

  function listNow(openOnly: boolean, now: Catalogue): Answer {
    const rows = newestPerQuestion(candidates.all()).filter(r => !openOnly || r.status !== 'closed');
    const checks = snapshots.staleRoutes(rows);
    const byCase = new Map<string, AffectedCase>();
    rows.forEach((row, i) => {
      const check = checks[i];
      if (!check?.stale) return;
      const entry = byCase.get(row.caseId) ?? { caseId: row.caseId, reference: row.reference, clientName: row.clientName, status: row.status, comparisons: [] };
      entry.comparisons.push(inWords(row, check, now));
      byCase.set(row.caseId, entry);
    });
    return { rulesVersion: now.version, cases: [...byCase.values()] };
  }

  return {
    list(openOnly) {
      const now = catalogue();
      const print = fingerprint.get();
      if (!print) throw new Error('the affected list fingerprint query returned no row');
      const key = `${now.identity}|${String(print.audit)}|${print.saved}`;
      const known = answers.get(openOnly);
      if (known?.key === key) return known.answer;
      const answer = listNow(openOnly, now);
      answers.set(openOnly, { key, answer });
      return answer;
    },
    fresh(snapshotId, confirmOlderVersion, ctx) {
      const old = snapshots.get(snapshotId);
      const record = cases.getOrThrow(old.caseId, 'snapshotId');
      if (record.deletedAt !== null) {
        throw new AdvisorError('bad-input', `Matter ${record.reference} is in the Trash; restore it before making a fresh comparison`, 'snapshotId');
      }
      // Said in words here: the save's own refusal names a field.
      if (record.draft && !confirmOlderVersion) {
        throw new AdvisorError(
          'bad-input',
          `The intake of matter ${record.reference} holds changes with problems; fix them in the intake, or make the comparison from Compare, which can use the case as last saved`,
          'confirmOlderVersion',
        );
      }
      // Advice given today is about the rules in force today; a comparison for a later filing date keeps its date.
      const today = localDate(ctx.now);
      return snapshots.save(
        {
          caseId: old.caseId,
          caseFile: record.caseFile,
          programIds: old.programIds.filter(isProgramId),
          assumptions: stillAsked(old.assumptions),
          asOf: old.asOf > today ? old.asOf : today,
          currency: old.currency,
          // The old rationale was written for other figures: the attorney recommends afresh.
          recommendation: { programId: null, rationale: '' },
          confirmOlderVersion,
        },
        ctx,
      );
    },
  };
}
