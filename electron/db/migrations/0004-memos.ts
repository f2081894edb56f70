/**
 * 0004: advisory memos. A memo is written from one saved comparison (immutable), numbered per case,
 * with the firm's details frozen into it when it is created, so re-exporting it later gives the same
 * document even after the firm's settings change. Only the attorney's edits and the engagement
 * status change afterwards. Shipped migrations are never edited; add 0005 instead.
 */
export const sql = `
CREATE TABLE memos (
  id          TEXT PRIMARY KEY,
  case_id     TEXT NOT NULL REFERENCES cases(id),
  snapshot_id TEXT NOT NULL REFERENCES snapshots(id),
  version     INTEGER NOT NULL CHECK (version >= 1),
  engagement  TEXT NOT NULL CHECK (engagement IN ('pre-engagement', 'engaged')),
  memo_date   TEXT NOT NULL,
  firm        TEXT NOT NULL CHECK (json_valid(firm) AND json_type(firm) = 'object'),
  edits       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(edits) AND json_type(edits) = 'object'),
  actor       TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (case_id, version)
) STRICT;
CREATE INDEX memos_by_case ON memos (case_id, version DESC);
CREATE INDEX memos_by_updated ON memos (updated_at DESC);
`;
