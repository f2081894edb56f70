import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Draft } from '../../../shared/contract';
import type { FieldIssue } from '../../../shared/validation';

type DraftRow = { data: string; issues: string; saved_at: string };

/** Intake drafts that do not validate yet: at most one per case, kept exactly as typed. */
export type DraftRepo = {
  get(caseId: string): Draft | null;
  save(caseId: string, data: unknown, issues: readonly FieldIssue[], savedAt: string): Draft;
  remove(caseId: string): void;
};

/** The case_drafts table. Callers write inside their own transaction, beside the case it belongs to. */
export function createDraftRepo(db: Database): DraftRepo {
  const select = db.prepare<[string], DraftRow>('SELECT data, issues, saved_at FROM case_drafts WHERE case_id = ?');
  const upsert = db.prepare(
    `INSERT INTO case_drafts (case_id, data, issues, saved_at) VALUES (@caseId, @data, @issues, @savedAt)
     ON CONFLICT (case_id) DO UPDATE SET data = excluded.data, issues = excluded.issues, saved_at = excluded.saved_at`,
  );
  const remove = db.prepare('DELETE FROM case_drafts WHERE case_id = ?');
  return {
    get(caseId) {
      const row = select.get(caseId);
      return row
        ? { data: JSON.parse(row.data) as unknown, issues: JSON.parse(row.issues) as FieldIssue[], savedAt: row.saved_at }
        : null;
    },
    save(caseId, data, issues, savedAt) {
      upsert.run({ caseId, data: JSON.stringify(data), issues: JSON.stringify(issues), savedAt });
      return { data, issues: [...issues], savedAt };
    },
    remove(caseId) {
      remove.run(caseId);
    },
  };
}
