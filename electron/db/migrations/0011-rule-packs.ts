/**
 * 0011: signed rule packs (issue 17, item 3). `rule_packs` holds at most two data sets: the one
 * `installed` (the rules the firm now uses in place of those shipped with the app) and the
 * `previous` one, kept so a rollback restores it exactly. A previous slot of source 'shipped' means
 * "the rules shipped with the app" (no data stored: the app has them). No installed row: the shipped
 * rules are used. `rule_pack_log` says in words who applied or rolled back what, and when;
 * append-only, like the audit and security logs. Shipped migrations are never edited.
 */
export const sql = `
CREATE TABLE rule_packs (
  slot          TEXT PRIMARY KEY CHECK (slot IN ('installed', 'previous')),
  source        TEXT NOT NULL CHECK (source IN ('pack', 'shipped')),
  label         TEXT NOT NULL,
  content_hash  TEXT NOT NULL CHECK (length(content_hash) = 64),
  -- A pack's data set and envelope as applied; NULL for the shipped rules.
  data_set      TEXT CHECK (data_set IS NULL OR (json_valid(data_set) AND json_type(data_set) = 'object')),
  release_notes TEXT,
  published_at  TEXT,
  key_id        TEXT,
  applied_by    TEXT,
  applied_at    TEXT,
  CHECK ((source = 'pack') = (data_set IS NOT NULL AND release_notes IS NOT NULL AND published_at IS NOT NULL
                              AND key_id IS NOT NULL AND applied_by IS NOT NULL AND applied_at IS NOT NULL)),
  CHECK (slot = 'previous' OR source = 'pack')
) STRICT;

CREATE TABLE rule_pack_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  event      TEXT NOT NULL CHECK (event IN ('applied', 'rolled-back')),
  from_label TEXT NOT NULL,
  to_label   TEXT NOT NULL,
  detail     TEXT NOT NULL
) STRICT;
CREATE TRIGGER rule_pack_log_no_update BEFORE UPDATE ON rule_pack_log
BEGIN SELECT RAISE(ABORT, 'the rule pack log is append-only'); END;
CREATE TRIGGER rule_pack_log_no_delete BEFORE DELETE ON rule_pack_log
BEGIN SELECT RAISE(ABORT, 'the rule pack log is append-only'); END;
`;
