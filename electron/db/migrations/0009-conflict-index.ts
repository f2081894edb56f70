/**
 * 0009: the conflict check's index, so a check scores only the cases that can match instead of
 * preparing and comparing every stored name (issue 16, item 8).
 *
 * `conflict_terms` is the vocabulary: every word of every Latin rendering of a client's or
 * spouse's names, each two adjacent words run together, and every employer name as written. It
 * only grows; a term no case uses any more finds no keys and costs one comparison.
 * `conflict_keys` says which cases hold which terms and whose they are (client, spouse,
 * employer), for trashed cases too (the check joins the live ones), and goes with its case. `conflict_subjects` holds what a check scores of each case
 * (client's and spouse's names and dates of birth, employers: conflictSubjects), a few hundred
 * bytes, so scoring a found case does not read its whole case file.
 *
 * The terms need the app's transliteration, which SQL cannot do: the tables start empty and the
 * next open fills them (conflict-index.ts, by the `conflictIndexVersion` setting), as it does the
 * search text.
 */
export const sql = `
CREATE TABLE conflict_terms (
  id   INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('name', 'employer')),
  term TEXT NOT NULL CHECK (term <> ''),
  UNIQUE (kind, term)
);
CREATE TABLE conflict_keys (
  term_id INTEGER NOT NULL REFERENCES conflict_terms(id),
  case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  owner   TEXT NOT NULL CHECK (owner IN ('client', 'spouse', 'employer')),
  PRIMARY KEY (term_id, case_id, owner)
) WITHOUT ROWID;
CREATE INDEX conflict_keys_by_case ON conflict_keys (case_id);
CREATE TABLE conflict_subjects (
  case_id  TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  subjects TEXT NOT NULL CHECK (json_valid(subjects) AND json_type(subjects) = 'object')
) WITHOUT ROWID;
`;
