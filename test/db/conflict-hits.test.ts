/** Conflict hits as stored: resolutions with who, when and a note, audited in words; Same person moves the matter in one transaction. */
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditRepo } from '../../electron/db/repos/audit-repo';
import type { CaseRepo } from '../../electron/db/repos/case-repo';
import { createConflictHitsRepo, type ConflictHitsRepo } from '../../electron/db/repos/conflict-hits-repo';
import { createConflictRepo, type ConflictRepo } from '../../electron/db/repos/conflict-repo';
import { CaseFile } from '../../shared/case-file';
import { conflictQueryFor } from '../../shared/conflicts/query';
import type { AdvisorError } from '../../shared/result';
import { tempDir } from '../fixtures';
import { filter, openRepos } from './repos';

let cleanup: () => void;
let db: Db;
let repo: CaseRepo;
let audit: AuditRepo;
let checker: ConflictRepo;
let hits: ConflictHitsRepo;
const at = (iso: string) => ({ actor: 'A. Attorney', now: new Date(iso) });
const file = (client: object, more: object = {}) => CaseFile.parse({ format: 'immigration-advisor/case', version: 1, client, ...more });
const create = (f: CaseFile, when = '2026-12-01T09:00:00Z') => repo.create({ caseFile: f, status: 'intake' }, at(when));
/** Runs the case's conflict check as the app does, and stores what it finds. */
const run = (caseId: string, when = '2026-12-02T09:00:00Z') => {
  const record = repo.getOrThrow(caseId);
  return hits.record(caseId, checker.check({ ...conflictQueryFor(record.caseFile), excludeCaseId: caseId }), at(when));
};
const listed = (unresolvedConflicts: boolean) => repo.list(filter({ unresolvedConflicts })).items.map(c => c.reference);

beforeEach(() => {
  let dir: string;
  ({ dir, cleanup } = tempDir());
  let search: ReturnType<typeof openRepos>['search'];
  ({ db, repo, audit, search } = openRepos(dir));
  checker = createConflictRepo(db, search.conflicts);
  hits = createConflictHitsRepo(db, repo, audit);
});
afterEach(() => {
  db.close();
  cleanup();
});

describe('a conflict check, stored', () => {
  it('is "never checked" until run, then lists its hits as unresolved, counted and filtered in the case list', () => {
    const existing = create(file({ fullName: '李伟', dateOfBirth: '1990-01-02' }));
    const other = create(file({ fullName: 'Meera Nair' }));
    const fresh = create(file({ fullName: 'Li Wei', dateOfBirth: '1990-01-02' }));
    expect(hits.report(fresh.id)).toEqual({ checkedAt: null, checkedBy: null, hits: [] });

    const report = run(fresh.id);
    expect(report).toMatchObject({ checkedAt: '2026-12-02T09:00:00.000Z', checkedBy: 'A. Attorney' });
    expect(report.hits).toHaveLength(1);
    expect(report.hits[0]).toMatchObject({ caseId: existing.id, role: 'client', matchedName: '李伟', resolution: 'unresolved', resolvedBy: null, current: true });
    // A check that finds nothing is a check: not "never checked".
    expect(run(other.id)).toMatchObject({ checkedAt: '2026-12-02T09:00:00.000Z', hits: [] });

    expect(repo.getOrThrow(fresh.id).conflicts).toEqual({ unresolved: 1, conflict: 0 });
    expect(repo.getOrThrow(other.id).conflicts).toEqual({ unresolved: 0, conflict: 0 });
    expect(listed(true)).toEqual([fresh.reference]);
    expect(listed(false)).toHaveLength(3);
  });

  it('stores each decision with who, when and the note, audits it in words, and undoes it', () => {
    create(file({ fullName: '李伟', dateOfBirth: '1990-01-02' }));
    const fresh = create(file({ fullName: 'Li Wei', dateOfBirth: '1990-01-02' }));
    const hitId = run(fresh.id).hits[0]!.id;

    const cleared = hits.resolve(fresh.id, hitId, 'cleared', '  Different passport number. ', at('2026-12-03T10:00:00Z'));
    expect(cleared.hits[0]).toMatchObject({ resolution: 'cleared', resolvedBy: 'A. Attorney', resolvedAt: '2026-12-03T10:00:00.000Z', note: 'Different passport number.' });
    expect(listed(true)).toEqual([]);
    const decision = audit.forCase(fresh.id).at(-1)!;
    expect(decision).toMatchObject({ action: 'conflict-decision', actor: 'A. Attorney', at: '2026-12-03T10:00:00.000Z' });
    expect(decision.note).toBe('Possible match with the client of matter 2026-0001, 李伟: cleared. Note: Different passport number.');
    expect(decision.changes).toEqual([{ field: 'conflictCheck', before: 'not decided', after: 'cleared' }]);

    const undone = hits.resolve(fresh.id, hitId, 'unresolved', '', at('2026-12-03T10:05:00Z'));
    expect(undone.hits[0]).toMatchObject({ resolution: 'unresolved', resolvedBy: null, resolvedAt: null, note: null });
    expect(audit.forCase(fresh.id).at(-1)?.note).toBe('Possible match with the client of matter 2026-0001, 李伟: decision undone (was cleared).');
    expect(listed(true)).toEqual([fresh.reference]);

    hits.resolve(fresh.id, hitId, 'conflict', '', at('2026-12-03T10:10:00Z'));
    expect(repo.getOrThrow(fresh.id).conflicts).toEqual({ unresolved: 0, conflict: 1 });
  });

  it('keeps decisions when run again, and drops an undecided hit the check no longer finds', () => {
    const a = create(file({ fullName: 'Priya Sharma' }));
    const b = create(file({ fullName: 'Arjun Sharma' }, { spouse: { fullName: 'Priya Sharma' } }));
    const fresh = create(file({ fullName: 'Priya Sharma' }));
    const first = run(fresh.id);
    expect(first.hits.map(h => [h.caseId, h.role])).toEqual([[a.id, 'client'], [b.id, 'spouse']]);
    hits.resolve(fresh.id, first.hits[0]!.id, 'cleared', '', at('2026-12-02T10:00:00Z'));

    // Renamed: neither matches any more. The decision stays on record; the undecided hit goes.
    const record = repo.getOrThrow(fresh.id);
    repo.update({ id: fresh.id, expectedRevision: record.revision, caseFile: file({ fullName: 'Someone Else' }) }, at('2026-12-02T11:00:00Z'));
    const again = run(fresh.id, '2026-12-02T12:00:00Z');
    expect(again.hits.map(h => [h.caseId, h.resolution, h.current])).toEqual([[a.id, 'cleared', false]]);
  });

  it('refuses a hit of another case, naming no id', () => {
    create(file({ fullName: 'Priya Sharma' }));
    const fresh = create(file({ fullName: 'Priya Sharma' }));
    const other = create(file({ fullName: 'Meera Nair' }));
    const hitId = run(fresh.id).hits[0]!.id;
    expect(() => hits.resolve(other.id, hitId, 'cleared', '', at('2026-12-03T10:00:00Z'))).toThrow(
      expect.objectContaining({ code: 'not-found', field: 'hitId', message: 'That possible match is no longer listed for this case. Run the conflict check again.' }) as AdvisorError,
    );
  });
});

describe('Same person', () => {
  const clientOf = (caseId: string) => db.prepare<[string], string>('SELECT client_id FROM cases WHERE id = ?').pluck().get(caseId);
  const trashedAt = (clientId: string) => db.prepare<[string], string | null>('SELECT deleted_at FROM clients WHERE id = ?').pluck().get(clientId);

  it('moves the matter to the existing client and the now-empty duplicate to the Trash, audited on both clients', () => {
    const existing = create(file({ fullName: '李伟', dateOfBirth: '1990-01-02' }));
    const fresh = create(file({ fullName: 'Li Wei', dateOfBirth: '1990-01-02' }));
    const hitId = run(fresh.id).hits[0]!.id;

    const moved = hits.samePerson(fresh.id, hitId, 'Same passport.', at('2026-12-03T10:00:00Z'));
    expect(moved).toEqual({ clientName: '李伟', movedTo: existing.clientId, duplicateTrashed: true });
    expect(clientOf(fresh.id)).toBe(existing.clientId);
    expect(trashedAt(fresh.clientId)).toBe('2026-12-03T10:00:00.000Z');
    expect(trashedAt(existing.clientId)).toBeNull();
    // The matter itself is live, in the list, with its decision recorded.
    expect(repo.getOrThrow(fresh.id)).toMatchObject({ clientId: existing.clientId, deletedAt: null, conflicts: { unresolved: 0, conflict: 0 } });
    expect(hits.report(fresh.id).hits[0]).toMatchObject({ resolution: 'same-person', resolvedBy: 'A. Attorney', note: 'Same passport.' });

    // Audited on the moved matter, on the existing client (seen from its own matter too) and on the duplicate.
    const notes = (caseId: string) => repo.audit(caseId).map(r => `${r.entity} ${r.action}: ${r.note ?? ''}`);
    expect(notes(fresh.id)).toEqual(
      expect.arrayContaining([
        'case conflict-decision: Possible match with the client of matter 2026-0001, 李伟: same person. Note: Same passport.',
        'case update: Matter moved to the existing client 李伟 (also the client of matter 2026-0001): the same person.',
        'client update: Matter 2026-0002 moved to this client from a duplicate client record (Li Wei).',
        'client delete: Duplicate client record moved to the Trash: the same person as 李伟 (matter 2026-0001).',
      ]),
    );
    expect(notes(existing.id)).toContain('client update: Matter 2026-0002 moved to this client from a duplicate client record (Li Wei).');
    // Done once: asked again, it is refused and changes nothing.
    expect(() => hits.samePerson(fresh.id, hitId, '', at('2026-12-03T11:00:00Z'))).toThrow(expect.objectContaining({ code: 'conflict' }) as AdvisorError);
  });

  it('is offered only for a match with a client, not a spouse or an employer', () => {
    create(file({ fullName: 'Arjun Sharma' }, { spouse: { fullName: 'Priya Sharma' } }));
    const fresh = create(file({ fullName: 'Priya Sharma' }));
    const hitId = run(fresh.id).hits[0]!.id;
    expect(() => hits.samePerson(fresh.id, hitId, '', at('2026-12-03T10:00:00Z'))).toThrow(
      expect.objectContaining({ code: 'bad-input', message: 'Only a match with an existing client can be the same person; this one is a spouse.' }) as AdvisorError,
    );
  });

  it('rolls back whole when a step inside fails: the matter stays, the duplicate stays live, the hit undecided', () => {
    const existing = create(file({ fullName: '李伟' }));
    const fresh = create(file({ fullName: 'Li Wei' }));
    const hitId = run(fresh.id).hits[0]!.id;
    // The last write of the move (the duplicate's audit row) fails.
    const failing: AuditRepo = {
      ...audit,
      record(entry) {
        if (entry.entity === 'client' && entry.action === 'delete') throw new Error('disk full');
        audit.record(entry);
      },
    };
    const auditRows = audit.forCase(fresh.id).length;
    expect(() => createConflictHitsRepo(db, repo, failing).samePerson(fresh.id, hitId, '', at('2026-12-03T10:00:00Z'))).toThrow('disk full');
    expect(clientOf(fresh.id)).toBe(fresh.clientId);
    expect(clientOf(fresh.id)).not.toBe(existing.clientId);
    expect(trashedAt(fresh.clientId)).toBeNull();
    expect(hits.report(fresh.id).hits[0]?.resolution).toBe('unresolved');
    expect(audit.forCase(fresh.id)).toHaveLength(auditRows);
  });
});
