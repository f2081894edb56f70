import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { MemoSummary, type FirmSettings } from '../../../shared/contract';
import { AdvisorError } from '../../../shared/result';
import type { AuditRepo } from './audit-repo';
import type { ChangeContext } from './case-repo';
import { writeTransaction } from '../write-transaction';

type Row = {
  id: string;
  case_id: string;
  reference: string;
  client_name: string;
  snapshot_id: string;
  version: number;
  engagement: MemoSummary['engagement'];
  memo_date: string;
  firm: string;
  edits: string;
  actor: string;
  created_at: string;
  updated_at: string;
};

/**
 * A stored memo: its summary, the firm details frozen into it, the attorney's edits by section (and
 * by `analysis:<programme id>`), and the routes chosen for discussion in order (null: the default).
 */
export type StoredMemo = MemoSummary & { firm: FirmSettings; edits: Record<string, string>; discussed: string[] | null };

/** What a memo change may set. */
export type MemoChange = { engagement?: MemoSummary['engagement'] | undefined; edits?: Record<string, string> | undefined; discussed?: readonly string[] | undefined };

/** One audit row of a memo change, in words: `Memo v2: edited Bottom line`, with the text before and after. */
export type MemoAuditNote = { note: string; field?: string; before?: string | null; after?: string | null };

/**
 * The routes chosen are kept in the edits column's JSON object under this key (no migration: the
 * column already holds the attorney's choices as a JSON object, and old memos simply lack it).
 * No section id or route edit key (`analysis:…`) can be this word.
 */
const DISCUSSED_KEY = 'discussed';

export type MemoRepo = {
  create(input: { caseId: string; snapshotId: string; engagement: MemoSummary['engagement']; firm: FirmSettings }, ctx: ChangeContext): StoredMemo;
  get(id: string): StoredMemo;
  list(caseId: string | undefined): MemoSummary[];
  /** Saves the change and its audit rows (one per note, on the memo's case) in one transaction. */
  update(id: string, change: MemoChange, ctx: ChangeContext, notes: readonly MemoAuditNote[]): StoredMemo;
};

const COLUMNS = `m.id, m.case_id, k.reference, k.client_name, m.snapshot_id, m.version, m.engagement, m.memo_date,
  m.firm, m.edits, m.actor, m.created_at, m.updated_at`;

function toMemo(r: Row): StoredMemo {
  const { [DISCUSSED_KEY]: discussed, ...edits } = JSON.parse(r.edits) as Record<string, unknown>;
  return {
    id: r.id,
    caseId: r.case_id,
    reference: r.reference,
    clientName: r.client_name,
    snapshotId: r.snapshot_id,
    version: r.version,
    engagement: r.engagement,
    date: r.memo_date,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    actor: r.actor,
    firm: JSON.parse(r.firm) as FirmSettings,
    edits: edits as Record<string, string>,
    discussed: Array.isArray(discussed) ? discussed.filter((x): x is string => typeof x === 'string') : null,
  };
}
/** The listing fields of a stored memo (zod drops the firm details and the edits). */
export const memoSummary = (m: StoredMemo): MemoSummary => MemoSummary.parse(m);

/** Memos, numbered per case. SQL never leaves this file. */
export function createMemoRepo(db: Database, audit: AuditRepo): MemoRepo {
  const insert = db.prepare(
    `INSERT INTO memos (id, case_id, snapshot_id, version, engagement, memo_date, firm, edits, actor, created_at, updated_at)
     VALUES (@id, @caseId, @snapshotId, @version, @engagement, @date, @firm, '{}', @actor, @at, @at)`,
  );
  const nextVersion = db.prepare<[string], number>('SELECT COALESCE(MAX(version), 0) + 1 FROM memos WHERE case_id = ?').pluck();
  const snapshotCase = db.prepare<[string], string>('SELECT case_id FROM snapshots WHERE id = ?').pluck();
  const byId = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM memos m JOIN cases k ON k.id = m.case_id WHERE m.id = ?`);
  const byCase = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM memos m JOIN cases k ON k.id = m.case_id WHERE m.case_id = ? ORDER BY m.version DESC`);
  const recent = db.prepare<[], Row>(`SELECT ${COLUMNS} FROM memos m JOIN cases k ON k.id = m.case_id WHERE k.deleted_at IS NULL ORDER BY m.updated_at DESC LIMIT 100`);
  const save = db.prepare('UPDATE memos SET engagement = @engagement, edits = @edits, updated_at = @at WHERE id = @id');

  /** A memo's audit row sits on its case, so it shows in the case's audit trail. */
  function record(caseId: string, ctx: ChangeContext, n: MemoAuditNote): void {
    const changes = n.field ? [{ field: n.field, before: n.before ?? null, after: n.after ?? null }] : [];
    audit.record({ at: ctx.now.toISOString(), actor: ctx.actor, action: 'update', entity: 'case', entityId: caseId, caseId, before: null, after: null, note: n.note, changes });
  }

  function get(id: string): StoredMemo {
    const row = byId.get(id);
    if (!row) throw new AdvisorError('not-found', `There is no memo with id ${id}.`, 'id');
    return toMemo(row);
  }

  return {
    create: writeTransaction(db, (input: Parameters<MemoRepo['create']>[0], ctx: ChangeContext) => {
      if (snapshotCase.get(input.snapshotId) !== input.caseId) {
        throw new AdvisorError('not-found', `Case ${input.caseId} has no saved comparison ${input.snapshotId}.`, 'snapshotId');
      }
      const id = randomUUID();
      const at = ctx.now.toISOString();
      const version = nextVersion.get(input.caseId) ?? 1;
      insert.run({ ...input, id, version, date: at.slice(0, 10), firm: JSON.stringify(input.firm), actor: ctx.actor, at });
      const engagement = input.engagement === 'engaged' ? 'engaged' : 'before engagement';
      record(input.caseId, ctx, { note: `Memo v${String(version)} written from a saved comparison (${engagement})` });
      return get(id);
    }),
    get,
    list: caseId => (caseId ? byCase.all(caseId) : recent.all()).map(r => memoSummary(toMemo(r))),
    update: writeTransaction(db, (id: string, change: MemoChange, ctx: ChangeContext, notes: readonly MemoAuditNote[]) => {
      const memo = get(id);
      const discussed = change.discussed ?? memo.discussed;
      const edits = { ...(change.edits ?? memo.edits), ...(discussed ? { [DISCUSSED_KEY]: discussed } : {}) };
      save.run({ id, engagement: change.engagement ?? memo.engagement, edits: JSON.stringify(edits), at: ctx.now.toISOString() });
      for (const n of notes) record(memo.caseId, ctx, n);
      return get(id);
    }),
  };
}
