import type { Database } from 'better-sqlite3-multiple-ciphers';
import { diffFields, type FieldDiff } from '../../../shared/audit-diff';
import type { AuditView } from '../../../shared/contract';

/** What an audit row can record. */
export type AuditAction = 'create' | 'update' | 'delete' | 'restore' | 'conflict-decision' | 'snapshot';

/**
 * What an audit row records: who did what to which record, when. A creation keeps the new record
 * whole in `after`; later changes keep only the fields they changed, in `changes`, each with its
 * value before and after (rows written before schema 2 hold whole records in `before`/`after`).
 */
export type AuditEntry = {
  at: string;
  actor: string;
  action: AuditAction;
  entity: 'client' | 'case';
  entityId: string;
  caseId: string | null;
  before: unknown;
  after: unknown;
  note?: string | null;
  changes?: readonly FieldDiff[] | null;
};

type AuditRow = {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  entity: AuditEntry['entity'];
  entity_id: string;
  case_id: string | null;
  before: string | null;
  after: string | null;
  note: string | null;
  changes: string | null;
};

/** A stored audit row, its JSON parsed. */
export type StoredAuditEntry = Omit<AuditEntry, 'note' | 'changes'> & {
  id: number;
  note: string | null;
  changes: FieldDiff[] | null;
};

/** The append-only audit log's operations. */
export type AuditRepo = {
  record(entry: AuditEntry): void;
  forCase(caseId: string): StoredAuditEntry[];
  /** The trail of a case and of its client, oldest first, with field-level changes. */
  view(caseId: string, clientId: string): AuditView[];
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A case row's `{ reference, status, caseFile }` as one flat record, so paths read `client.email`. */
function flattenCase(v: unknown): unknown {
  if (!isObject(v) || !isObject(v.caseFile)) return v;
  const { caseFile, ...rest } = v;
  return { ...rest, ...caseFile };
}

/**
 * Field-level changes of a row that stored whole records (every creation, and the changes written
 * before schema 2). A creation lists every known field of the new record, after-only; the file's
 * constant `format` and `version` are left out, as they say nothing about the client.
 */
function derivedChanges(e: StoredAuditEntry): FieldDiff[] {
  const before = e.entity === 'case' ? flattenCase(e.before) : e.before;
  const after = e.entity === 'case' ? flattenCase(e.after) : e.after;
  const changes = diffFields(before, after);
  return e.action === 'create' && e.entity === 'case'
    ? changes.filter(c => c.field !== 'format' && c.field !== 'version')
    : changes;
}

/** The append-only audit log. Callers write inside their own transaction, so a change and its audit row commit together. */
export function createAuditRepo(db: Database): AuditRepo {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, case_id, before, after, note, changes)
     VALUES (@at, @actor, @action, @entity, @entityId, @caseId, @before, @after, @note, @changes)`,
  );
  const byCase = db.prepare<[string], AuditRow>('SELECT * FROM audit_log WHERE case_id = ? ORDER BY id');
  const trail = db.prepare<{ caseId: string; clientId: string }, AuditRow>(
    `SELECT * FROM audit_log WHERE case_id = @caseId OR (entity = 'client' AND entity_id = @clientId) ORDER BY id`,
  );
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  const parse = (v: string | null): unknown => (v === null ? null : JSON.parse(v));
  const toEntry = (r: AuditRow): StoredAuditEntry => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    caseId: r.case_id,
    before: parse(r.before),
    after: parse(r.after),
    note: r.note,
    changes: parse(r.changes) as FieldDiff[] | null,
  });

  return {
    record(entry: AuditEntry): void {
      insert.run({
        ...entry,
        before: json(entry.before),
        after: json(entry.after),
        note: entry.note ?? null,
        changes: json(entry.changes),
      });
    },
    /** Every audit row written for a case (its own rows and its client's), oldest first. */
    forCase(caseId: string): StoredAuditEntry[] {
      return byCase.all(caseId).map(toEntry);
    },
    view(caseId, clientId) {
      return trail.all({ caseId, clientId }).map(row => {
        const e = toEntry(row);
        return {
          id: e.id,
          at: e.at,
          actor: e.actor,
          action: e.action,
          entity: e.entity,
          note: e.note,
          changes: e.changes ?? derivedChanges(e),
        };
      });
    },
  };
}
