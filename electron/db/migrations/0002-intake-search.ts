/**
 * 0002: the Trash, intake drafts, settings, full-text search and an audit log that can hold
 * conflict decisions and field-level changes. Shipped migrations are never edited; add 0003 instead.
 *
 * SQLite cannot alter a CHECK constraint, so audit_log is rebuilt: new table, rows copied with their
 * ids, old table dropped, new one renamed, then its indexes and append-only triggers made again.
 * It all runs in the migration's one transaction, so a failure leaves version 1 exactly as it was.
 */
export const sql = `
ALTER TABLE cases ADD COLUMN deleted_at TEXT;

-- Every list query filters on deleted_at first (live cases or the Trash), then sorts: one index
-- per sort keeps a page of the newest, by client or by matter number off the full table.
DROP INDEX cases_by_updated;
DROP INDEX cases_by_status;
CREATE INDEX cases_by_updated ON cases (deleted_at, updated_at);
CREATE INDEX cases_by_status ON cases (deleted_at, status, updated_at);
CREATE INDEX cases_by_client_name ON cases (deleted_at, client_name COLLATE NOCASE);
-- Matter numbers sort by year, then number: '2026-10000' comes after '2026-9999'.
CREATE INDEX cases_by_reference ON cases (deleted_at, substr(reference, 1, 4), length(reference), reference);
-- Status in workflow order, as the list sorts it (search-repo.ts spells the same expression).
CREATE INDEX cases_by_status_order ON cases (deleted_at,
  (CASE status WHEN 'intake' THEN 0 WHEN 'consultation' THEN 1 WHEN 'advised' THEN 2 ELSE 3 END), updated_at);
-- Every key a search result is filtered and sorted by, found by case id without reading the row
-- (the case file makes rows large); also covers the conflict check's scan of live cases.
CREATE INDEX cases_keys ON cases (id, deleted_at, status, updated_at, reference, client_name, revision);

CREATE TABLE case_drafts (
  case_id  TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  data     TEXT NOT NULL CHECK (json_valid(data)),
  issues   TEXT NOT NULL CHECK (json_valid(issues)),
  saved_at TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Search text per case, kept by the case repository in the same transaction as the case.
-- A plain table with a unique case_id, so an update finds its row through an index (a delete by an
-- UNINDEXED FTS column scans the whole index), and 1-2 character queries scan plain rows.
CREATE TABLE case_search_text (
  id        INTEGER PRIMARY KEY,
  case_id   TEXT NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
  names     TEXT NOT NULL,
  employers TEXT NOT NULL,
  notes     TEXT NOT NULL
) STRICT;

-- Trigram: substrings in any script ("riya", "प्रिया", "华为技术"); diacritics folded so "jose"
-- finds "José". External content: the text lives once, in case_search_text.
CREATE VIRTUAL TABLE case_search USING fts5(
  case_id UNINDEXED, names, employers, notes,
  content = 'case_search_text', content_rowid = 'id',
  tokenize = 'trigram remove_diacritics 1'
);
CREATE TRIGGER case_search_text_ai AFTER INSERT ON case_search_text BEGIN
  INSERT INTO case_search (rowid, case_id, names, employers, notes)
  VALUES (new.id, new.case_id, new.names, new.employers, new.notes);
END;
CREATE TRIGGER case_search_text_ad AFTER DELETE ON case_search_text BEGIN
  INSERT INTO case_search (case_search, rowid, case_id, names, employers, notes)
  VALUES ('delete', old.id, old.case_id, old.names, old.employers, old.notes);
END;
CREATE TRIGGER case_search_text_au AFTER UPDATE ON case_search_text BEGIN
  INSERT INTO case_search (case_search, rowid, case_id, names, employers, notes)
  VALUES ('delete', old.id, old.case_id, old.names, old.employers, old.notes);
  INSERT INTO case_search (rowid, case_id, names, employers, notes)
  VALUES (new.id, new.case_id, new.names, new.employers, new.notes);
END;

-- Existing cases, in their own scripts. Latin spellings ("priya" for प्रिया) come from code, so
-- the app adds them when it next opens the database (search-repo.ts, SEARCH_INDEX_VERSION).
INSERT INTO case_search_text (case_id, names, employers, notes)
SELECT k.id,
  concat_ws(char(10), c.full_name,
    (SELECT group_concat(j.value, char(10)) FROM json_each(c.other_names) j),
    json_extract(k.case_file, '$.spouse.fullName'),
    (SELECT group_concat(j.value, char(10)) FROM json_each(k.case_file, '$.spouse.otherNames') j)),
  concat_ws(char(10), json_extract(k.case_file, '$.jobOffer.employer'),
    (SELECT group_concat(json_extract(j.value, '$.employer'), char(10)) FROM json_each(k.case_file, '$.work') j),
    (SELECT group_concat(json_extract(j.value, '$.employer'), char(10)) FROM json_each(k.case_file, '$.spouse.work') j)),
  coalesce(json_extract(k.case_file, '$.notes'), '')
FROM cases k JOIN clients c ON c.id = k.client_id;

-- The audit log, rebuilt to allow conflict decisions, with a note and field-level changes.
CREATE TABLE audit_log_v2 (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'conflict-decision')),
  entity    TEXT NOT NULL CHECK (entity IN ('client', 'case')),
  entity_id TEXT NOT NULL,
  case_id   TEXT,
  before    TEXT CHECK (before IS NULL OR json_valid(before)),
  after     TEXT CHECK (after IS NULL OR json_valid(after)),
  note      TEXT,
  changes   TEXT CHECK (changes IS NULL OR json_valid(changes))
) STRICT;
INSERT INTO audit_log_v2 (id, at, actor, action, entity, entity_id, case_id, before, after)
SELECT id, at, actor, action, entity, entity_id, case_id, before, after FROM audit_log ORDER BY id;
DROP TABLE audit_log;
ALTER TABLE audit_log_v2 RENAME TO audit_log;
CREATE INDEX audit_by_case ON audit_log (case_id, id);
CREATE INDEX audit_by_entity ON audit_log (entity, entity_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`;
