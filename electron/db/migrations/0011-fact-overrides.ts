/**
 * Schema 11, part two: the firm's own figures (issue 17, item 2); run with 0011-rule-packs.ts as one step.
 *
 * `fact_overrides` holds each figure an attorney entered over a fact of the rules: the value (or
 * unknown, with the reason), the first day it is in force, a source URL and/or a note (one at
 * least), who entered it and when. Rows are never deleted and never changed, except once, to say
 * who reverted the figure and when, so the history of a fact's firm figures stays whole.
 *
 * Entering and reverting a figure is recorded on the audit log as a firm-level row (entity
 * 'firm', no case), in words. SQLite cannot alter a CHECK constraint, so audit_log is rebuilt as
 * 0003 did (rows copied with their ids, indexes and append-only triggers made again), inside the
 * migration's one transaction.
 */
export const sql = `
CREATE TABLE fact_overrides (
  id             TEXT PRIMARY KEY,
  fact_id        TEXT NOT NULL CHECK (fact_id <> ''),
  value          REAL CHECK (value IS NULL OR value >= 0),
  unknown_reason TEXT CHECK (unknown_reason IS NULL OR length(trim(unknown_reason)) > 0),
  effective_from TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  source_url     TEXT CHECK (source_url IS NULL OR source_url GLOB 'http://*' OR source_url GLOB 'https://*'),
  note           TEXT CHECK (note IS NULL OR length(trim(note)) > 0),
  attorney       TEXT NOT NULL CHECK (length(trim(attorney)) > 0),
  created_at     TEXT NOT NULL,
  reverted_at    TEXT,
  reverted_by    TEXT,
  CHECK ((value IS NULL) <> (unknown_reason IS NULL)),
  CHECK (source_url IS NOT NULL OR note IS NOT NULL),
  CHECK ((reverted_at IS NULL) = (reverted_by IS NULL))
) STRICT;
-- A fact's history, and the active figures, in the order they were entered.
CREATE INDEX fact_overrides_by_fact ON fact_overrides (fact_id, created_at);

CREATE TRIGGER fact_overrides_revert_only BEFORE UPDATE ON fact_overrides
WHEN OLD.reverted_at IS NOT NULL OR NEW.reverted_at IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.fact_id IS NOT OLD.fact_id OR NEW.value IS NOT OLD.value
  OR NEW.unknown_reason IS NOT OLD.unknown_reason OR NEW.effective_from IS NOT OLD.effective_from
  OR NEW.source_url IS NOT OLD.source_url OR NEW.note IS NOT OLD.note
  OR NEW.attorney IS NOT OLD.attorney OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'a firm figure is only ever reverted, once'); END;
CREATE TRIGGER fact_overrides_no_delete BEFORE DELETE ON fact_overrides
BEGIN SELECT RAISE(ABORT, 'firm figures are kept, reverted or not'); END;

CREATE TABLE audit_log_v12 (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'conflict-decision', 'snapshot')),
  entity    TEXT NOT NULL CHECK (entity IN ('client', 'case', 'firm')),
  entity_id TEXT NOT NULL,
  case_id   TEXT,
  before    TEXT CHECK (before IS NULL OR json_valid(before)),
  after     TEXT CHECK (after IS NULL OR json_valid(after)),
  note      TEXT,
  changes   TEXT CHECK (changes IS NULL OR json_valid(changes))
) STRICT;
INSERT INTO audit_log_v12 (id, at, actor, action, entity, entity_id, case_id, before, after, note, changes)
SELECT id, at, actor, action, entity, entity_id, case_id, before, after, note, changes FROM audit_log ORDER BY id;
DROP TABLE audit_log;
ALTER TABLE audit_log_v12 RENAME TO audit_log;
CREATE INDEX audit_by_case ON audit_log (case_id, id);
CREATE INDEX audit_by_entity ON audit_log (entity, entity_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`;
