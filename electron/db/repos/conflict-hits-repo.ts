/**
 * A case's conflict check as stored: the possible matches it found, and what the attorney decided
 * about each (cleared, conflict, or the same person as an existing client). Every decision is
 * written to the audit trail in words, in the same transaction as the decision.
 *
 * How matches are found is conflict-repo's business; this file only keeps and acts on them.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describeHit, RESOLUTION_WORDS } from '../../../shared/conflict-words';
import type { ConflictHit, ConflictMatch, ConflictReport, ConflictResolution } from '../../../shared/contract';
import { AdvisorError } from '../../../shared/result';
import type { AuditRepo } from './audit-repo';
import type { CaseRepo, ChangeContext } from './case-repo';
import { writeTransaction } from '../write-transaction';

type HitRow = {
  id: number;
  match: string;
  resolution: ConflictResolution;
  resolved_by: string | null;
  resolved_at: string | null;
  note: string | null;
  seen_at: string;
};

/** What `samePerson` did: the client the matter now belongs to, and whether the duplicate went to the Trash. */
export type SamePersonResult = { clientName: string; movedTo: string; duplicateTrashed: boolean };

export type ConflictHitsRepo = {
  report(caseId: string): ConflictReport;
  /** Stores a check's matches: new ones unresolved, decided ones kept, undecided ones no longer found dropped. */
  record(caseId: string, matches: readonly ConflictMatch[], ctx: ChangeContext): ConflictReport;
  resolve(caseId: string, hitId: number, resolution: Exclude<ConflictResolution, 'same-person'>, note: string, ctx: ChangeContext): ConflictReport;
  /** Moves the matter to the matched case's client and trashes the duplicate client once it has no matter. */
  samePerson(caseId: string, hitId: number, note: string, ctx: ChangeContext): SamePersonResult;
};

export function createConflictHitsRepo(db: Database, cases: CaseRepo, audit: AuditRepo): ConflictHitsRepo {
  const checkOf = db.prepare<[string], { checked_at: string; actor: string }>('SELECT checked_at, actor FROM conflict_checks WHERE case_id = ?');
  const setCheck = db.prepare(
    `INSERT INTO conflict_checks (case_id, checked_at, actor) VALUES (@caseId, @at, @actor)
     ON CONFLICT (case_id) DO UPDATE SET checked_at = excluded.checked_at, actor = excluded.actor`,
  );
  const hitsOf = db.prepare<[string], HitRow>('SELECT id, match, resolution, resolved_by, resolved_at, note, seen_at FROM conflict_hits WHERE case_id = ?');
  const hitById = db.prepare<[number, string], HitRow & { matched_case_id: string }>(
    'SELECT id, match, resolution, resolved_by, resolved_at, note, seen_at, matched_case_id FROM conflict_hits WHERE id = ? AND case_id = ?',
  );
  // A match found again keeps its decision; its reasons and score are the latest check's.
  const upsertHit = db.prepare(
    `INSERT INTO conflict_hits (case_id, matched_case_id, role, matched_name, match, seen_at)
     VALUES (@caseId, @matchedCaseId, @role, @matchedName, @match, @at)
     ON CONFLICT (case_id, matched_case_id, role, matched_name) DO UPDATE SET match = excluded.match, seen_at = excluded.seen_at`,
  );
  const dropUnseen = db.prepare("DELETE FROM conflict_hits WHERE case_id = @caseId AND resolution = 'unresolved' AND seen_at <> @at");
  const setResolution = db.prepare(
    'UPDATE conflict_hits SET resolution = @resolution, resolved_by = @by, resolved_at = @at, note = @note WHERE id = @id',
  );
  const caseClient = db.prepare<[string], { client_id: string; reference: string; deleted_at: string | null; full_name: string }>(
    'SELECT k.client_id, k.reference, k.deleted_at, c.full_name FROM cases k JOIN clients c ON c.id = k.client_id WHERE k.id = ?',
  );
  const moveCase = db.prepare('UPDATE cases SET client_id = @clientId, updated_at = @at WHERE id = @id');
  const casesOfClient = db.prepare<[string], number>('SELECT COUNT(*) FROM cases WHERE client_id = ?').pluck();
  const trashClient = db.prepare('UPDATE clients SET deleted_at = @at, updated_at = @at WHERE id = @id AND deleted_at IS NULL');

  function report(caseId: string): ConflictReport {
    const check = checkOf.get(caseId);
    const hits: ConflictHit[] = hitsOf.all(caseId).map(r => ({
      ...(JSON.parse(r.match) as ConflictMatch),
      id: r.id,
      resolution: r.resolution,
      resolvedBy: r.resolved_by,
      resolvedAt: r.resolved_at,
      note: r.note,
      current: r.seen_at === check?.checked_at,
    }));
    hits.sort((a, b) => Number(b.current) - Number(a.current) || b.score - a.score || a.reference.localeCompare(b.reference));
    return { checkedAt: check?.checked_at ?? null, checkedBy: check?.actor ?? null, hits };
  }

  function hitOf(caseId: string, hitId: number) {
    const row = hitById.get(hitId, caseId);
    if (!row) throw new AdvisorError('not-found', 'That possible match is no longer listed for this case. Run the conflict check again.', 'hitId');
    return { row, match: JSON.parse(row.match) as ConflictMatch };
  }

  /** One audit row on the case for a decision, in words. */
  function auditDecision(caseId: string, match: ConflictMatch, before: ConflictResolution, after: ConflictResolution, note: string, ctx: ChangeContext) {
    const what = after === 'unresolved' ? `decision undone (was ${RESOLUTION_WORDS[before]})` : RESOLUTION_WORDS[after];
    audit.record({
      at: ctx.now.toISOString(),
      actor: ctx.actor,
      action: 'conflict-decision',
      entity: 'case',
      entityId: caseId,
      caseId,
      before: null,
      after: null,
      note: `${describeHit(match)}: ${what}.${note === '' ? '' : ` Note: ${note}`}`,
      changes: [{ field: 'conflictCheck', before: RESOLUTION_WORDS[before], after: RESOLUTION_WORDS[after] }],
    });
  }

  const record = writeTransaction(db, (caseId: string, matches: readonly ConflictMatch[], ctx: ChangeContext): ConflictReport => {
    cases.getOrThrow(caseId, 'caseId');
    const at = ctx.now.toISOString();
    setCheck.run({ caseId, at, actor: ctx.actor });
    for (const m of matches) {
      upsertHit.run({ caseId, matchedCaseId: m.caseId, role: m.role, matchedName: m.matchedName, match: JSON.stringify(m), at });
    }
    dropUnseen.run({ caseId, at });
    return report(caseId);
  });

  const resolve = writeTransaction(
    db,
    (caseId: string, hitId: number, resolution: Exclude<ConflictResolution, 'same-person'>, note: string, ctx: ChangeContext): ConflictReport => {
      const { row, match } = hitOf(caseId, hitId);
      if (row.resolution === 'same-person') {
        throw new AdvisorError('conflict', 'This matter has already moved to the existing client as the same person; that cannot be undone here.', 'hitId');
      }
      if (row.resolution === resolution) return report(caseId);
      const text = note.trim();
      const undo = resolution === 'unresolved';
      setResolution.run({ id: hitId, resolution, by: undo ? null : ctx.actor, at: undo ? null : ctx.now.toISOString(), note: undo || text === '' ? null : text });
      auditDecision(caseId, match, row.resolution, resolution, text, ctx);
      return report(caseId);
    },
  );

  const samePerson = writeTransaction(db, (caseId: string, hitId: number, note: string, ctx: ChangeContext): SamePersonResult => {
    const { row, match } = hitOf(caseId, hitId);
    if (match.role !== 'client') {
      throw new AdvisorError('bad-input', `Only a match with an existing client can be the same person; this one is a ${match.role}.`, 'hitId');
    }
    const here = caseClient.get(caseId);
    const there = caseClient.get(row.matched_case_id);
    if (!here) throw new AdvisorError('not-found', 'There is no such case.', 'caseId');
    if (!there) throw new AdvisorError('not-found', `Matter ${match.reference} no longer exists.`, 'hitId');
    if (there.deleted_at !== null) throw new AdvisorError('conflict', `Matter ${there.reference} is in the Trash. Restore it first.`, 'hitId');
    if (here.client_id === there.client_id) throw new AdvisorError('conflict', `This matter already belongs to ${there.full_name}.`, 'hitId');

    const at = ctx.now.toISOString();
    const text = note.trim();
    moveCase.run({ id: caseId, clientId: there.client_id, at });
    // The duplicate goes to the Trash only once no matter (live or trashed) refers to it.
    const duplicateTrashed = casesOfClient.get(here.client_id) === 0 && trashClient.run({ id: here.client_id, at }).changes === 1;
    setResolution.run({ id: hitId, resolution: 'same-person', by: ctx.actor, at, note: text === '' ? null : text });
    auditDecision(caseId, match, row.resolution, 'same-person', text, ctx);

    const base = { at, actor: ctx.actor, caseId, before: null, after: null } as const;
    audit.record({
      ...base,
      action: 'update',
      entity: 'case',
      entityId: caseId,
      note: `Matter moved to the existing client ${there.full_name} (also the client of matter ${there.reference}): the same person.`,
      changes: [{ field: 'client', before: here.full_name, after: there.full_name }],
    });
    audit.record({
      ...base,
      action: 'update',
      entity: 'client',
      entityId: there.client_id,
      note: `Matter ${here.reference} moved to this client from a duplicate client record (${here.full_name}).`,
      changes: [{ field: 'matters', before: null, after: here.reference }],
    });
    if (duplicateTrashed) {
      audit.record({
        ...base,
        action: 'delete',
        entity: 'client',
        entityId: here.client_id,
        note: `Duplicate client record moved to the Trash: the same person as ${there.full_name} (matter ${there.reference}).`,
        changes: [{ field: 'deletedAt', before: null, after: at }],
      });
    }
    return { clientName: there.full_name, movedTo: there.client_id, duplicateTrashed };
  });

  return { report, record, resolve, samePerson };
}
