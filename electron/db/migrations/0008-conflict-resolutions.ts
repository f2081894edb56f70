/**
 * 0008: conflict hits and what the attorney decided about each, and clients in the Trash.
 *
 * A conflict check of a case stores each possible match it found (`conflict_hits`), so the case list
 * can show and filter the cases with hits nobody has decided yet, without re-running every check.
 * Each hit keeps its resolution (unresolved, cleared, conflict, or same person), who decided and
 * when, and an optional note; the match itself is kept as found (`match`, JSON), for showing later.
 * `conflict_checks` says when a case was last checked, so "never checked" is not shown as "no hits".
 *
 * A client made twice (the same person entered as a new client) is soft-deleted once its matter has
 * moved to the existing client: `clients.deleted_at`, as cases have. Shipped migrations are never
 * edited; add 0009 instead.
 */
export const sql = `
ALTER TABLE clients ADD COLUMN deleted_at TEXT;

CREATE TABLE conflict_checks (
  case_id    TEXT PRIMARY KEY REFERENCES cases(id),
  checked_at TEXT NOT NULL,
  actor      TEXT NOT NULL
) STRICT;

CREATE TABLE conflict_hits (
  id              INTEGER PRIMARY KEY,
  case_id         TEXT NOT NULL REFERENCES cases(id),
  matched_case_id TEXT NOT NULL,
  role            TEXT NOT NULL CHECK (role IN ('client', 'spouse', 'employer')),
  matched_name    TEXT NOT NULL,
  match           TEXT NOT NULL CHECK (json_valid(match)),
  -- The last check that found it: a decided hit the latest check no longer finds is kept, as a record.
  seen_at         TEXT NOT NULL,
  resolution      TEXT NOT NULL DEFAULT 'unresolved'
                  CHECK (resolution IN ('unresolved', 'cleared', 'conflict', 'same-person')),
  resolved_by     TEXT,
  resolved_at     TEXT,
  note            TEXT,
  UNIQUE (case_id, matched_case_id, role, matched_name)
) STRICT;
-- The case list's badge and filter read only this: the cases with hits nobody has decided yet.
CREATE INDEX conflict_hits_unresolved ON conflict_hits (case_id) WHERE resolution = 'unresolved';
CREATE INDEX conflict_hits_conflict ON conflict_hits (case_id) WHERE resolution = 'conflict';
`;
