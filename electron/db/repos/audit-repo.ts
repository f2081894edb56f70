import type { Database } from 'better-sqlite3-multiple-ciphers';

/** What an audit row records: who did what to which record, and the record before and after. */
export type AuditEntry = {
  at: string;
  actor: string;
  action: 'create' | 'update' | 'delete' | 'restore';
  entity: 'client' | 'case';
  entityId: string;
  caseId: string | null;
  before: unknown;
  after: unknown;
};

type AuditRow = {
  id: number;
  at: string;
  actor: string;
  action: AuditEntry['action'];
  entity: AuditEntry['entity'];
  entity_id: string;
  case_id: string | null;
  before: string | null;
  after: string | null;
};

/** The append-only audit log's two operations. */
export type AuditRepo = {
  record(entry: AuditEntry): void;
  forCase(caseId: string): (AuditEntry & { id: number })[];
};

/** The append-only audit log. Callers write inside their own transaction, so a change and its audit row commit together. */
export function createAuditRepo(db: Database): AuditRepo {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, case_id, before, after)
     VALUES (@at, @actor, @action, @entity, @entityId, @caseId, @before, @after)`,
  );
  const byCase = db.prepare<[string], AuditRow>('SELECT * FROM audit_log WHERE case_id = ? ORDER BY id');
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  const parse = (v: string | null): unknown => (v === null ? null : JSON.parse(v));

  return {
    record(entry: AuditEntry): void {
      insert.run({ ...entry, before: json(entry.before), after: json(entry.after) });
    },
    /** Every audit row that concerns a case (its own rows and its client's), oldest first. */
    forCase(caseId: string): (AuditEntry & { id: number })[] {
      return byCase.all(caseId).map(r => ({
        id: r.id,
        at: r.at,
        actor: r.actor,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        caseId: r.case_id,
        before: parse(r.before),
        after: parse(r.after),
      }));
    },
  };
}
