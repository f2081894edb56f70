/**
 * 0001: clients, cases and the audit log. Shipped migrations are never edited; add 0002 instead.
 * STRICT tables so a wrong type is an error, not a silent coercion.
 */
export const sql = `
CREATE TABLE clients (
  id            TEXT PRIMARY KEY,
  full_name     TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
  other_names   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(other_names)),
  date_of_birth TEXT,
  citizenships  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(citizenships)),
  email         TEXT,
  phone         TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;

CREATE TABLE cases (
  id               TEXT PRIMARY KEY,
  reference        TEXT NOT NULL UNIQUE,
  client_id        TEXT NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
  status           TEXT NOT NULL DEFAULT 'intake'
                   CHECK (status IN ('intake', 'consultation', 'advised', 'closed')),
  case_file        TEXT NOT NULL CHECK (json_valid(case_file)),
  client_name      TEXT NOT NULL,
  spouse_name      TEXT,
  target_countries TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(target_countries)),
  revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX cases_by_updated ON cases (updated_at DESC);
CREATE INDEX cases_by_status ON cases (status, updated_at DESC);
CREATE INDEX cases_by_client ON cases (client_id);

-- Append-only: the app never updates or deletes audit rows.
CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
  entity    TEXT NOT NULL CHECK (entity IN ('client', 'case')),
  entity_id TEXT NOT NULL,
  case_id   TEXT,
  before    TEXT CHECK (before IS NULL OR json_valid(before)),
  after     TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;
CREATE INDEX audit_by_case ON audit_log (case_id, id);
CREATE INDEX audit_by_entity ON audit_log (entity, entity_id, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`;
