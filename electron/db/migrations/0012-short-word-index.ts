/**
 * 0012: the short-word index (issue 16, item 8). A query word of one or two characters is too short
 * for the trigram index of 0010 and was matched by LIKE over every search row; this index holds every
 * 1- and 2-character piece of each case's search text (short-words.ts), so such a word is a lookup.
 *
 * Contentless (the text is in case_search_text already) and without positions (a piece is only
 * ever looked up alone), so it stays small; its rowid is the case's rowid, as case_search's is.
 * contentless_delete lets a row be replaced or deleted by rowid alone: the search repository
 * replaces a case's row whenever it writes its search text, and the trigger below deletes it with
 * its case. The pieces are cut by the app's code (with the code points and case folding LIKE
 * uses), so the table starts empty and the next open fills it from case_search_text, as 0009's
 * index is filled (search-repo.ts, by the `shortWordIndexVersion` setting).
 */
export const sql = `
CREATE VIRTUAL TABLE case_search_short USING fts5(
  pieces, content = '', contentless_delete = 1, detail = none
);
CREATE TRIGGER case_search_text_short_ad AFTER DELETE ON case_search_text BEGIN
  DELETE FROM case_search_short WHERE rowid = old.id;
END;
`;
