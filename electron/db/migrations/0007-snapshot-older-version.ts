/**
 * 0007: a saved comparison records when it was made from an older version of the case: the intake
 * held a draft with problems, so the comparison used the case as last saved whole. The column is
 * null for every comparison made from the newest facts, and for all saved before this migration
 * (the app then had no way to know). Shipped migrations are never edited; add 0008 instead.
 *
 * JSON: `{ caseSavedAt, draftSavedAt, problems: string[] }`, the problems in words as the lawyer
 * was shown them. Adding a column does not rewrite rows, so the append-only triggers stand.
 */
export const sql = `
ALTER TABLE snapshots ADD COLUMN older_version TEXT
  CHECK (older_version IS NULL OR (json_valid(older_version) AND json_type(older_version) = 'object'));
`;
