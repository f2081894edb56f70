import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditRepo } from '../../electron/db/repos/audit-repo';
import type { CaseRepo } from '../../electron/db/repos/case-repo';
import { CaseFile } from '../../shared/case-file';
import { AdvisorError } from '../../shared/result';
import { loadFixture, tempDir } from '../fixtures';
import { openRepos } from './repos';

let cleanup: () => void;
let db: Db;
let repo: CaseRepo;
let audit: AuditRepo;
beforeEach(() => {
  let dir: string;
  ({ dir, cleanup } = tempDir());
  ({ db, repo, audit } = openRepos(dir));
});
afterEach(() => {
  db.close();
  cleanup();
});
const at = (iso: string) => ({ actor: 'paralegal.jane', now: new Date(iso) });
const liWei = () => CaseFile.parse(loadFixture('li-wei-minimal.case.json'));
const count = (table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();
function thrown(f: () => unknown): AdvisorError {
  try {
    f();
  } catch (err) {
    if (err instanceof AdvisorError) return err;
    throw err;
  }
  throw new Error('expected an AdvisorError');
}

describe('intake drafts', () => {
  it('keeps an invalid draft exactly as typed, with its issues, and leaves the case untouched', () => {
    const created = repo.create({ caseFile: liWei(), status: 'intake' }, at('2026-11-29T09:00:00Z'));
    const draft = { ...loadFixture('li-wei-minimal.case.json'), client: { fullName: 'Li Wei', email: 'not-an-email', dateOfbirth: '1990' } };
    const result = repo.saveDraft({ id: created.id, expectedRevision: 1, draft }, at('2026-11-29T09:05:00Z'));
    expect(result.valid).toBe(false);
    expect([...result.issues].sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      { field: 'client.dateOfbirth', message: 'unknown field' },
      { field: 'client.email', message: 'expected an e-mail address such as name@example.com' },
    ]);
    const stored = repo.getOrThrow(created.id);
    expect(stored.revision).toBe(1);
    expect(stored.caseFile).toEqual(liWei());
    expect(stored.draft).toEqual({ data: draft, issues: result.issues, savedAt: '2026-11-29T09:05:00.000Z' });
    // A draft is not a change to the case: no audit row.
    expect(audit.forCase(created.id).map(r => r.action)).toEqual(['create', 'create']);
  });

  it('applies a draft that validates as an audited update and drops the stored draft', () => {
    const created = repo.create({ caseFile: liWei(), status: 'intake' }, at('2026-11-29T09:00:00Z'));
    repo.saveDraft({ id: created.id, expectedRevision: 1, draft: { client: {} } }, at('2026-11-29T09:01:00Z'));
    const valid = { ...liWei(), client: { ...liWei().client, email: 'li@example.com' } };
    const result = repo.saveDraft({ id: created.id, expectedRevision: 1, draft: valid }, at('2026-11-29T09:02:00Z'));
    expect(result).toMatchObject({ valid: true, issues: [], record: { revision: 2, draft: null } });
    expect(repo.getOrThrow(created.id)).toMatchObject({ revision: 2, caseFile: valid, draft: null });
    expect(count('case_drafts')).toBe(0);
    expect(audit.forCase(created.id).at(-1)?.changes).toEqual([{ field: 'client.email', before: null, after: 'li@example.com' }]);
  });

  it('refuses a draft based on a stale revision, and one too large to keep, naming the field', () => {
    const created = repo.create({ caseFile: liWei(), status: 'intake' }, at('2026-11-29T09:00:00Z'));
    repo.update({ id: created.id, expectedRevision: 1, caseFile: { ...liWei(), notes: 'x' } }, at('2026-11-29T09:01:00Z'));
    const stale = thrown(() => repo.saveDraft({ id: created.id, expectedRevision: 1, draft: {} }, at('2026-11-29T09:02:00Z')));
    expect([stale.code, stale.field]).toEqual(['conflict', 'expectedRevision']);
    const huge = thrown(() =>
      repo.saveDraft({ id: created.id, expectedRevision: 2, draft: { notes: 'x'.repeat(2 * 1024 * 1024) } }, at('2026-11-29T09:03:00Z')),
    );
    expect([huge.code, huge.field, huge.message]).toEqual(['bad-input', 'draft', 'draft: too large to save (over 2 MB)']);
    expect(count('case_drafts')).toBe(0);
  });
});

describe('updates and the audit trail', () => {
  it('writes nothing and keeps the revision when an update changes nothing', () => {
    const created = repo.create({ caseFile: liWei(), status: 'intake' }, at('2026-11-29T09:00:00Z'));
    const rows = count('audit_log');
    // Same facts, written differently: key order changed, an unknown written as absent instead of null.
    const same = CaseFile.parse({
      version: 1,
      format: 'immigration-advisor/case',
      client: { citizenships: ['CN'], fullName: 'Li Wei', otherNames: ['李伟'] },
      jobOffer: null,
    });
    const result = repo.update({ id: created.id, expectedRevision: 1, caseFile: same, status: 'intake' }, at('2026-11-29T10:00:00Z'));
    expect(result).toMatchObject({ revision: 1, updatedAt: '2026-11-29T09:00:00.000Z' });
    expect(count('audit_log')).toBe(rows);
  });

  it('shows the trail oldest first: creation field by field, then each change, a note, trash and restore', () => {
    const created = repo.create({ caseFile: liWei(), status: 'intake' }, at('2026-11-29T09:00:00Z'));
    const edited = { ...liWei(), education: [{ level: 'bachelor' as const }, { level: 'master' as const, field: 'CS' }] };
    repo.update({ id: created.id, expectedRevision: 1, caseFile: edited }, at('2026-11-29T10:00:00Z'));
    const again = { ...edited, education: [{ level: 'bachelor' as const }, { level: 'doctorate' as const, field: 'CS' }] };
    repo.update({ id: created.id, expectedRevision: 2, caseFile: again, status: 'consultation' }, at('2026-11-29T11:00:00Z'));
    repo.recordDecision(created.id, 'cleared', ' Different person: other date of birth. ', at('2026-11-29T12:00:00Z'));
    repo.trash(created.id, at('2026-11-29T13:00:00Z'));
    repo.trash(created.id, at('2026-11-29T13:30:00Z')); // already in the Trash: nothing written
    repo.restore(created.id, at('2026-11-29T14:00:00Z'));

    const trail = repo.audit(created.id);
    expect(trail.map(r => [r.entity, r.action, r.at.slice(11, 16), r.actor])).toEqual([
      ['client', 'create', '09:00', 'paralegal.jane'],
      ['case', 'create', '09:00', 'paralegal.jane'],
      ['case', 'update', '10:00', 'paralegal.jane'],
      ['case', 'update', '11:00', 'paralegal.jane'],
      ['case', 'conflict-decision', '12:00', 'paralegal.jane'],
      ['case', 'delete', '13:00', 'paralegal.jane'],
      ['case', 'restore', '14:00', 'paralegal.jane'],
    ]);
    expect(trail[0]?.changes).toEqual([
      { field: 'fullName', before: null, after: 'Li Wei' },
      { field: 'otherNames', before: null, after: ['李伟'] },
      { field: 'citizenships', before: null, after: ['CN'] },
    ]);
    expect(trail[1]?.changes).toEqual([
      { field: 'reference', before: null, after: '2026-0001' },
      { field: 'status', before: null, after: 'intake' },
      { field: 'client.fullName', before: null, after: 'Li Wei' },
      { field: 'client.otherNames', before: null, after: ['李伟'] },
      { field: 'client.citizenships', before: null, after: ['CN'] },
    ]);
    expect(trail[2]?.changes).toEqual([
      { field: 'education[0].level', before: null, after: 'bachelor' },
      { field: 'education[1].level', before: null, after: 'master' },
      { field: 'education[1].field', before: null, after: 'CS' },
    ]);
    expect(trail[3]?.changes).toEqual([
      { field: 'status', before: 'intake', after: 'consultation' },
      { field: 'education[1].level', before: 'master', after: 'doctorate' },
    ]);
    expect(trail[4]).toMatchObject({
      note: 'cleared: Different person: other date of birth.',
      changes: [{ field: 'conflictCheck', before: null, after: 'cleared' }],
    });
    expect(trail[5]?.changes).toEqual([{ field: 'deletedAt', before: null, after: '2026-11-29T13:00:00.000Z' }]);
    expect(trail[6]?.changes).toEqual([{ field: 'deletedAt', before: '2026-11-29T13:00:00.000Z', after: null }]);
    expect(repo.getOrThrow(created.id)).toMatchObject({ deletedAt: null, revision: 3 });
  });

  it('records a conflict decision only for a case that exists, naming caseId', () => {
    const error = thrown(() => repo.recordDecision('00000000-0000-4000-8000-000000000000', 'conflict', '', at('2026-11-29T09:00:00Z')));
    expect([error.code, error.field]).toEqual(['not-found', 'caseId']);
  });
});
