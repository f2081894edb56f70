/**
 * 0003: saved comparisons (snapshots), and an audit action saying one was saved. Shipped
 * migrations are never edited; add 0004 instead.
 *
 * A snapshot is evidence of the advice given: the case file it used (with any what-if changes),
 * the engine's results, the rules version and the attorney's recommendation. Like the audit log it
 * is append-only, enforced by triggers, so no code path (or SQL typed by hand) can rewrite history.
 * `case_id` has no ON DELETE action: a case with saved comparisons cannot be removed outright.
 *
 * Saving one is recorded on the case's trail as action 'snapshot': not 'update', because the case
 * itself did not change. SQLite cannot alter a CHECK constraint, so audit_log is rebuilt exactly as
 * 0002 did (rows copied with their ids, indexes and append-only triggers made again), all inside
 * the migration's one transaction.
 */
export const sql = `
CREATE TABLE snapshots (
  id             TEXT PRIMARY KEY,
  case_id        TEXT NOT NULL REFERENCES cases(id),
  created_at     TEXT NOT NULL,
  actor          TEXT NOT NULL,
  rules_version  TEXT NOT NULL,
  as_of          TEXT NOT NULL,
  currency       TEXT NOT NULL,
  program_ids    TEXT NOT NULL CHECK (json_valid(program_ids) AND json_type(program_ids) = 'array'),
  assumptions    TEXT NOT NULL CHECK (json_valid(assumptions) AND json_type(assumptions) = 'object'),
  case_file      TEXT NOT NULL CHECK (json_valid(case_file) AND json_type(case_file) = 'object'),
  results        TEXT NOT NULL CHECK (json_valid(results) AND json_type(results) = 'array'),
  recommendation TEXT NOT NULL CHECK (json_valid(recommendation) AND json_type(recommendation) = 'object'),
  what_if        TEXT NOT NULL CHECK (json_valid(what_if) AND json_type(what_if) = 'array')
) STRICT;
-- A case's comparisons, newest first, without reading the large JSON columns.
CREATE INDEX snapshots_by_case ON snapshots (case_id, created_at);

CREATE TRIGGER snapshots_no_update BEFORE UPDATE ON snapshots
BEGIN SELECT RAISE(ABORT, 'saved comparisons cannot be changed'); END;
CREATE TRIGGER snapshots_no_delete BEFORE DELETE ON snapshots
BEGIN SELECT RAISE(ABORT, 'saved comparisons cannot be deleted'); END;

CREATE TABLE audit_log_v3 (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'conflict-decision', 'snapshot')),
  entity    TEXT NOT NULL CHECK (entity IN ('client', 'case')),
  entity_id TEXT NOT NULL,
  case_id   TEXT,
  before    TEXT CHECK (before IS NULL OR json_valid(before)),
  after     TEXT CHECK (after IS NULL OR json_valid(after)),
  note      TEXT,
  changes   TEXT CHECK (changes IS NULL OR json_valid(changes))
) STRICT;
INSERT INTO audit_log_v3 (id, at, actor, action, entity, entity_id, case_id, before, after, note, changes)
SELECT id, at, actor, action, entity, entity_id, case_id, before, after, note, changes FROM audit_log ORDER BY id;
DROP TABLE audit_log;
ALTER TABLE audit_log_v3 RENAME TO audit_log;
CREATE INDEX audit_by_case ON audit_log (case_id, id);
CREATE INDEX audit_by_entity ON audit_log (entity, entity_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`;
