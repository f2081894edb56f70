/**
 * 0007: a saved comparison keeps its ranks, and records when it was made from an older version of the case: the intake
 * held a draft with problems, so the comparison used the case as last saved whole. The column is
 * null for every comparison made from the newest facts, and for all saved before this migration
 * (the app then had no way to know). Shipped migrations are never edited; add 0008 instead.
 *
 * JSON: `{ caseSavedAt, draftSavedAt, problems: string[] }`, the problems in words as the lawyer
 * was shown them.
 *
 * `ranks` holds the ranking as it was when saved (programme, rank, score, reasons), so reopening the
 * comparison shows the ranks the lawyer saw even after the ranking method changes. Null for
 * comparisons saved before this migration: those are ranked from their stored results.
 * Adding columns does not rewrite rows, so the append-only triggers stand.
 */
export const sql = `
ALTER TABLE snapshots ADD COLUMN older_version TEXT
  CHECK (older_version IS NULL OR (json_valid(older_version) AND json_type(older_version) = 'object'));
ALTER TABLE snapshots ADD COLUMN ranks TEXT
  CHECK (ranks IS NULL OR (json_valid(ranks) AND json_type(ranks) = 'array'));
`;
