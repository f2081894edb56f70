import type { CaseSummary, PreviousImport } from '../../../shared/contract';
import type { Database } from '../driver';
import { writeTransaction } from '../write-transaction';
import type { ChangeContext } from './case-repo';

/** One file of an import: its name, the SHA-256 of its text, and how many cases it holds. */
export type ImportedFile = { name: string; sha256: string; count: number };
/** What a content hash was imported as before. */
export type EarlierImport = Omit<PreviousImport, 'file'> & { sha256: string };

/** Imported files by content (migration 0006). */
export type ImportRepo = {
  /** Every earlier import of any of these hashes, oldest first, with the cases it made. */
  earlier(hashes: readonly string[]): EarlierImport[];
  /**
   * Runs `store` (which creates the cases of `files`, in order) and records which cases each file
   * made, in one write transaction: the cases and the record of them are kept together or not at all.
   */
  storeAndRecord(files: readonly ImportedFile[], store: () => CaseSummary[], ctx: ChangeContext): CaseSummary[];
};

type EarlierRow = { id: number; sha256: string; file_name: string; imported_at: string; reference: string | null; client_name: string | null; deleted_at: string | null };

export function createImportRepo(db: Database): ImportRepo {
  const insert = db.prepare('INSERT INTO imported_files (sha256, file_name, case_ids, actor, imported_at) VALUES (?, ?, ?, ?, ?)');
  // The cases in the order the file made them; a case id with no case left (none is ever deleted) is skipped.
  const select = db.prepare<[string], EarlierRow>(
    `SELECT f.id, f.sha256, f.file_name, f.imported_at, k.reference, k.client_name, k.deleted_at
     FROM imported_files f, json_each(f.case_ids) j JOIN cases k ON k.id = j.value
     WHERE f.sha256 IN (SELECT value FROM json_each(?))
     ORDER BY f.id, j.key`,
  );
  return {
    earlier(hashes) {
      const byImport = new Map<number, EarlierImport>();
      for (const row of select.all(JSON.stringify(hashes))) {
        let found = byImport.get(row.id);
        if (!found) byImport.set(row.id, (found = { sha256: row.sha256, importedAs: row.file_name, importedAt: row.imported_at, cases: [] }));
        if (row.reference !== null) found.cases.push({ reference: row.reference, clientName: row.client_name ?? '', trashed: row.deleted_at !== null });
      }
      return [...byImport.values()];
    },
    // IMMEDIATE: the write lock is held from the start, so a check `store` makes first (imported
    // before?) cannot be raced by another process importing the same file.
    storeAndRecord: writeTransaction(db, (files: readonly ImportedFile[], store: () => CaseSummary[], ctx: ChangeContext) => {
      const created = store();
      const at = ctx.now.toISOString();
      let next = 0;
      for (const file of files) {
        const ids = created.slice(next, next + file.count).map(c => c.id);
        next += file.count;
        insert.run(file.sha256, file.name, JSON.stringify(ids), ctx.actor, at);
      }
      return created;
    }),
  };
}
