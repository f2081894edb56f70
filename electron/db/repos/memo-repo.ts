import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { MemoSummary, type FirmSettings } from '../../../shared/contract';
import { AdvisorError } from '../../../shared/result';
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

/** A stored memo: its summary, the firm details frozen into it, and the attorney's edits by section. */
export type StoredMemo = MemoSummary & { firm: FirmSettings; edits: Record<string, string> };

export type MemoRepo = {
  create(input: { caseId: string; snapshotId: string; engagement: MemoSummary['engagement']; firm: FirmSettings }, ctx: ChangeContext): StoredMemo;
  get(id: string): StoredMemo;
  list(caseId: string | undefined): MemoSummary[];
  update(id: string, change: { engagement?: MemoSummary['engagement'] | undefined; edits?: Record<string, string> | undefined }, ctx: ChangeContext): StoredMemo;
};

const COLUMNS = `m.id, m.case_id, k.reference, k.client_name, m.snapshot_id, m.version, m.engagement, m.memo_date,
  m.firm, m.edits, m.actor, m.created_at, m.updated_at`;

function toMemo(r: Row): StoredMemo {
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
    edits: JSON.parse(r.edits) as Record<string, string>,
  };
}
/** The listing fields of a stored memo (zod drops the firm details and the edits). */
export const memoSummary = (m: StoredMemo): MemoSummary => MemoSummary.parse(m);

/** Memos, numbered per case. SQL never leaves this file. */
export function createMemoRepo(db: Database): MemoRepo {
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
      insert.run({ ...input, id, version: nextVersion.get(input.caseId) ?? 1, date: at.slice(0, 10), firm: JSON.stringify(input.firm), actor: ctx.actor, at });
      return get(id);
    }),
    get,
    list: caseId => (caseId ? byCase.all(caseId) : recent.all()).map(r => memoSummary(toMemo(r))),
    update(id, change, ctx) {
      const memo = get(id);
      save.run({ id, engagement: change.engagement ?? memo.engagement, edits: JSON.stringify(change.edits ?? memo.edits), at: ctx.now.toISOString() });
      return get(id);
    },
  };
}
