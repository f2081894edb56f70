/**
 * 0010: the search text's rows take their case's rowid as their own id, so a full-text match is a
 * case rowid (issue 16, item 8). The list then tests each entry of a sort index (which carries the
 * rowid) against the matches, or reads the few matched cases, without a lookup by case id for
 * every match; the count of matches is the full-text count less the matches in the Trash.
 *
 * Case rowids are stable: the app never runs VACUUM (which may renumber a table's implicit
 * rowids), and backups copy pages. The search repository writes new rows with the case's rowid.
 *
 * SQLite cannot change a primary key in place, so case_search_text is rebuilt (new table, rows
 * copied with new ids, old dropped, new renamed, triggers made again) and the full-text index,
 * whose rowids are the old ids, is rebuilt from it. All in the migration's one transaction.
 */
export const sql = `
DROP TRIGGER case_search_text_ai;
DROP TRIGGER case_search_text_ad;
DROP TRIGGER case_search_text_au;
CREATE TABLE case_search_text_v2 (
  id        INTEGER PRIMARY KEY,
  case_id   TEXT NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
  names     TEXT NOT NULL,
  employers TEXT NOT NULL,
  notes     TEXT NOT NULL
) STRICT;
INSERT INTO case_search_text_v2 (id, case_id, names, employers, notes)
SELECT k.rowid, t.case_id, t.names, t.employers, t.notes FROM case_search_text t JOIN cases k ON k.id = t.case_id
ORDER BY k.rowid;
DROP TABLE case_search_text;
ALTER TABLE case_search_text_v2 RENAME TO case_search_text;
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
INSERT INTO case_search (case_search) VALUES ('rebuild');
`;
