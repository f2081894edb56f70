import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditRepo } from '../../electron/db/repos/audit-repo';
import type { CaseRepo } from '../../electron/db/repos/case-repo';
import { SUMMARY_COLUMNS } from '../../electron/db/repos/case-rows';
import { CaseFile } from '../../shared/case-file';
import { CaseId } from '../../shared/contract';
import type { AdvisorError } from '../../shared/result';
import { loadFixture, tempDir } from '../fixtures';
import { filter, openRepos } from './repos';

let dir: string;
let cleanup: () => void;
let db: Db;
let repo: CaseRepo;
let audit: AuditRepo;
const at = (iso: string) => ({ actor: 'paralegal.jane', now: new Date(iso) });
const priya = () => CaseFile.parse(loadFixture('priya-sharma.case.json'));
const liWei = () => CaseFile.parse(loadFixture('li-wei-minimal.case.json'));

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  ({ db, repo, audit } = openRepos(dir));
});
afterEach(() => {
  db.close();
  cleanup();
});
const count = (table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();

describe('creating a case', () => {
  it('stores the client, the case and the exact case file, with listing columns extracted', () => {
    const record = repo.create({ caseFile: priya(), status: 'intake' }, at('2026-11-29T09:00:00Z'));
    expect(record).toMatchObject({
      reference: '2026-0001',
      status: 'intake',
      clientName: 'Priya Sharma',
      otherNames: ['प्रिया शर्मा'],
      dateOfBirth: '1998-04-12',
      citizenships: ['IN'],
      targetCountries: ['US', 'CN', 'CA', 'DE'],
      revision: 1,
      createdAt: '2026-11-29T09:00:00.000Z',
    });
    expect(repo.get(record.id)?.caseFile).toEqual(loadFixture('priya-sharma.case.json'));
    expect(count('clients')).toBe(1);
  });

  it('gives cases and clients UUIDs that sort in the order they were made (version 7), so id indexes grow at one end', () => {
    const made = ['2026-03-01T00:00:00Z', '2026-03-01T00:00:00.001Z', '2031-07-15T12:00:00Z'].map(t =>
      repo.create({ caseFile: liWei(), status: 'intake' }, at(t)),
    );
    const ids = made.flatMap(r => [r.id, r.clientId]);
    for (const id of ids) expect(CaseId.parse(id)).toBe(id);
    expect(ids.map(id => id[14])).toEqual(Array(6).fill('7'));
    // The first 48 bits are the change's time in milliseconds.
    expect(made[0]?.id.replace('-', '').slice(0, 12)).toBe(new Date('2026-03-01T00:00:00Z').getTime().toString(16).padStart(12, '0'));
    const cases = made.map(r => r.id);
    expect([...cases].sort()).toEqual(cases);
    expect(new Set(ids).size).toBe(6);
  });

  it('numbers matters per year and never reuses a number', () => {
    const refs = [
      repo.create({ caseFile: priya(), status: 'intake' }, at('2026-03-01T00:00:00Z')).reference,
      repo.create({ caseFile: liWei(), status: 'intake' }, at('2026-12-31T23:59:59Z')).reference,
      repo.create({ caseFile: liWei(), status: 'intake' }, at('2027-01-01T00:00:00Z')).reference,
    ];
    expect(refs).toEqual(['2026-0001', '2026-0002', '2027-0001']);
  });

  it('writes an audit row for the client and for the case: who, when, what, after', () => {
    const record = repo.create({ caseFile: liWei(), status: 'intake' }, at('2026-11-29T09:00:00Z'));
    const rows = audit.forCase(record.id);
    expect(rows.map(r => [r.entity, r.action, r.actor, r.at, r.before])).toEqual([
      ['client', 'create', 'paralegal.jane', '2026-11-29T09:00:00.000Z', null],
      ['case', 'create', 'paralegal.jane', '2026-11-29T09:00:00.000Z', null],
    ]);
    expect(rows[1]?.after).toEqual({ reference: '2026-0001', status: 'intake', caseFile: liWei() });
  });

  it('writes nothing at all when any part of the change fails', () => {
    db.exec("CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log WHEN NEW.entity = 'case' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    expect(() => repo.create({ caseFile: priya(), status: 'intake' }, at('2026-11-29T09:00:00Z'))).toThrow(/disk trouble/);
    expect([count('clients'), count('cases'), count('audit_log')]).toEqual([0, 0, 0]);
  });
});

describe('updating a case', () => {
  it('bumps the revision, follows the client’s name, and audits before and after', () => {
    const created = repo.create({ caseFile: liWei(), status: 'intake' }, at('2026-11-29T09:00:00Z'));
    const edited = { ...liWei(), client: { ...liWei().client, fullName: 'Li Wei (李伟)', dateOfBirth: '1999-02-03' } };
    const updated = repo.update(
      { id: created.id, expectedRevision: 1, caseFile: edited, status: 'consultation' },
      at('2026-11-29T10:00:00Z'),
    );
    expect(updated).toMatchObject({ revision: 2, status: 'consultation', clientName: 'Li Wei (李伟)', dateOfBirth: '1999-02-03' });
    expect(updated.updatedAt).toBe('2026-11-29T10:00:00.000Z');
    const rows = audit.forCase(created.id).filter(r => r.action === 'update');
    expect(rows.map(r => r.entity)).toEqual(['client', 'case']);
    // Field by field, before and after (schema 2 keeps the changed fields, not whole copies).
    expect(rows[0]?.changes).toEqual([
      { field: 'fullName', before: 'Li Wei', after: 'Li Wei (李伟)' },
      { field: 'dateOfBirth', before: null, after: '1999-02-03' },
    ]);
    expect(rows[1]?.changes).toEqual([
      { field: 'status', before: 'intake', after: 'consultation' },
      { field: 'client.fullName', before: 'Li Wei', after: 'Li Wei (李伟)' },
      { field: 'client.dateOfBirth', before: null, after: '1999-02-03' },
    ]);
  });

  it('refuses an edit based on a stale revision and changes nothing', () => {
    const created = repo.create({ caseFile: liWei(), status: 'intake' }, at('2026-11-29T09:00:00Z'));
    repo.update({ id: created.id, expectedRevision: 1, caseFile: priya() }, at('2026-11-29T10:00:00Z'));
    const auditRows = count('audit_log');
    let error: unknown;
    try {
      repo.update({ id: created.id, expectedRevision: 1, caseFile: liWei() }, at('2026-11-29T11:00:00Z'));
    } catch (err) {
      error = err;
    }
    expect((error as AdvisorError).code).toBe('conflict');
    expect((error as AdvisorError).message).toMatch(/changed elsewhere/);
    expect(repo.get(created.id)).toMatchObject({ revision: 2, clientName: 'Priya Sharma' });
    expect(count('audit_log')).toBe(auditRows);
  });

  it('says which id does not exist', () => {
    expect(() => repo.getOrThrow('00000000-0000-4000-8000-000000000000')).toThrow(/no case with id 00000000/);
  });
});

describe('listing cases', () => {
  it('pages most recently changed first, filters by status, and counts the total', () => {
    for (let i = 0; i < 5; i++) {
      repo.create({ caseFile: liWei(), status: i % 2 ? 'advised' : 'intake' }, at(`2026-11-0${String(i + 1)}T00:00:00Z`));
    }
    const firstPage = repo.list(filter({ limit: 2, offset: 0 }));
    expect(firstPage.total).toBe(5);
    expect(firstPage.items.map(c => c.reference)).toEqual(['2026-0005', '2026-0004']);
    expect(repo.list(filter({ limit: 2, offset: 4 })).items.map(c => c.reference)).toEqual(['2026-0001']);
    const advised = repo.list(filter({ status: 'advised', limit: 10, offset: 0 }));
    expect(advised.total).toBe(2);
    expect(advised.items.every(c => c.status === 'advised')).toBe(true);
  });

  it('says who changed each case last, from its audit trail, not who only looked or decided', () => {
    const created = repo.create({ caseFile: liWei(), status: 'intake' }, { actor: 'Jane Doe', now: new Date('2026-11-01T00:00:00Z') });
    const other = repo.create({ caseFile: priya(), status: 'intake' }, { actor: 'Jane Doe', now: new Date('2026-11-01T00:01:00Z') });
    const lastBy = () => Object.fromEntries(repo.list(filter({ limit: 10, offset: 0 })).items.map(c => [c.id, c.updatedBy]));
    expect(lastBy()).toEqual({ [created.id]: 'Jane Doe', [other.id]: 'Jane Doe' });
    repo.update({ id: created.id, expectedRevision: created.revision, caseFile: { ...liWei(), notes: 'Called back' } }, { actor: 'Sam Lee', now: new Date('2026-11-02T00:00:00Z') });
    // A conflict decision is written to the trail but does not change the case.
    repo.recordDecision(other.id, 'cleared', '', { actor: 'Ann Partner', now: new Date('2026-11-03T00:00:00Z') });
    expect(lastBy()).toEqual({ [created.id]: 'Sam Lee', [other.id]: 'Jane Doe' });
    repo.trash(other.id, { actor: 'Ann Partner', now: new Date('2026-11-04T00:00:00Z') });
    expect(repo.get(other.id)?.updatedBy).toBe('Ann Partner');
    // The last changer is read through the audit index, not by scanning the trail.
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT ${SUMMARY_COLUMNS} FROM cases k JOIN clients c ON c.id = k.client_id WHERE k.id = ?`).all('x') as { detail: string }[];
    expect(plan.map(p => p.detail).join(' ')).toMatch(/SEARCH a USING INDEX audit_by_case \(case_id=\?\)/);
    expect(plan.map(p => p.detail).join(' ')).not.toMatch(/SCAN a|TEMP B-TREE/);
  });

  it('keeps the cases after the database is closed and opened again', () => {
    const created = repo.create({ caseFile: priya(), status: 'intake' }, at('2026-11-29T09:00:00Z'));
    db.close();
    ({ db, repo } = openRepos(dir));
    expect(repo.get(created.id)?.caseFile).toEqual(priya());
  });
});
