/**
 * 0006: imported files, remembered by content. Each import records the SHA-256 of every file's
 * text and the cases it produced, so importing the same file again (a paralegal re-running an
 * import whose output was lost to a crash) is caught and names the cases it made the first time,
 * instead of quietly making them twice. Shipped migrations are never edited; add 0007 instead.
 */
export const sql = `
CREATE TABLE imported_files (
  id          INTEGER PRIMARY KEY,
  sha256      TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  file_name   TEXT NOT NULL,
  case_ids    TEXT NOT NULL CHECK (json_valid(case_ids) AND json_type(case_ids) = 'array'),
  actor       TEXT NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX imported_files_by_hash ON imported_files (sha256);
`;
