/**
 * Finding cases: the search text kept beside each case (names in every script plus their Latin
 * spellings, employers, notes), and the list query with its search, filters, sorts and paging.
 *
 * The list runs in two steps so a page never reads more than its own rows: the first touches only
 * indexes (and the search index) to choose and order the page's rowids; the second reads those rows.
 * The total is counted apart from the page, so the page stops at its last row.
 */
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { CaseFile } from '../../../shared/case-file';
import { toLatin } from '../../../shared/conflicts/transliterate';
import type { CASE_SORTS, CaseStatus, CaseSummary } from '../../../shared/contract';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './case-rows';
import { createConflictIndex, type ConflictIndex, type IndexedCase } from './conflict-index';
import type { SettingsRepo } from './settings-repo';
import { SHORT_WORD, shortPieces, shortToken, WORD_SEPARATOR } from './short-words';
import { writeTransaction } from '../write-transaction';

/**
 * Which build of the search text the index holds. Bump it when `searchText` (or the
 * transliteration it uses) changes: the next open re-indexes every case.
 */
export const SEARCH_INDEX_VERSION = '1';

/** The three searchable columns of one case. */
export type SearchText = { names: string; employers: string; notes: string };

/** Filters and paging of `cases:list`. */
export type ListFilter = {
  query: string;
  status?: CaseStatus | undefined;
  sort: (typeof CASE_SORTS)[number];
  direction: 'asc' | 'desc';
  trash: boolean;
  /** Only cases with possible conflict matches nobody has decided yet. */
  unresolvedConflicts?: boolean | undefined;
  limit: number;
  offset: number;
};

const present = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== '';

/** Keeps the first of each spelling, ignoring case ("Priya Sharma" and "priya sharma" are one). */
function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter(v => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What a case is found by: client and spouse names and other names in every script, plus their
 * Latin spellings (so "priya" finds प्रिया शर्मा and "li wei" finds 李伟); the job offer's and
 * every work entry's employer, client's and spouse's; and the attorney's notes.
 */
export function searchText(file: CaseFile): SearchText {
  const people = [
    file.client.fullName,
    ...(file.client.otherNames ?? []),
    file.spouse?.fullName,
    ...(file.spouse?.otherNames ?? []),
  ].filter(present);
  const employers = [
    file.jobOffer?.employer,
    ...(file.work ?? []).map(w => w.employer),
    ...(file.spouse?.work ?? []).map(w => w.employer),
  ].filter(present);
  return {
    names: unique([...people, ...people.flatMap(toLatin)]).join('\n'),
    employers: unique(employers).join('\n'),
    notes: file.notes ?? '',
  };
}

/**
 * Which build of the short-word index's pieces the index holds (short-words.ts). Bump it when the
 * pieces change: the next open rebuilds that index from the search text.
 */
export const SHORT_WORD_INDEX_VERSION = '1';

/** Words of a query: 3+ characters go to the trigram index, shorter ones to the short-word index. */
function queryPlan(query: string): { match: string | null; short: string | null } {
  // Eight words cover any name or phrase, and bound how many statement shapes get prepared.
  const terms = query.normalize('NFC').split(new RegExp(`${WORD_SEPARATOR.source}+`, 'u')).filter(t => t !== '').slice(0, 8);
  // Trigrams are of code points, so length is counted in code points too (李伟 is 2, not 4 bytes).
  const long = terms.filter(t => Array.from(t).length > SHORT_WORD);
  const short = terms.filter(t => Array.from(t).length <= SHORT_WORD);
  return {
    // Each word a quoted phrase ("" escapes a quote), so no query syntax (AND, NEAR, *, :) leaks in.
    match: long.length > 0 ? long.map(t => `"${t.replaceAll('"', '""')}"`).join(' ') : null,
    // Hex tokens hold no query syntax; quoted all the same.
    short: short.length > 0 ? short.map(t => `"${shortToken(t)}"`).join(' ') : null,
  };
}

const ORDER: Record<ListFilter['sort'], (dir: string) => string> = {
  // rowid breaks ties (an import stamps many cases with one time) and comes free with each index.
  updated: d => `k.updated_at ${d}, k.rowid ${d}`,
  // Year, then number: '2026-10000' sorts after '2026-9999'. Matches the cases_by_reference index.
  reference: d => `substr(k.reference, 1, 4) ${d}, length(k.reference) ${d}, k.reference ${d}`,
  client: d => `k.client_name COLLATE NOCASE ${d}, k.rowid ${d}`,
  // Workflow order, not alphabetical; within a status by last change, the same direction, so the
  // cases_by_status_order index serves both directions (ascending: the longest-waiting first).
  status: d =>
    `(CASE k.status WHEN 'intake' THEN 0 WHEN 'consultation' THEN 1 WHEN 'advised' THEN 2 ELSE 3 END) ${d}, ` +
    `k.updated_at ${d}, k.rowid ${d}`,
};

/** Up to this many full-text matches are read one by one rather than found by walking a sort index. */
const FEW_MATCHES = 500;

/** Search text upkeep and the case list. */
export type SearchRepo = {
  /**
   * Writes a case's search text and its conflict-check keys; call inside the transaction that
   * writes the case, so neither index can miss a write.
   */
  index(caseId: string, file: CaseFile): void;
  /** `index` for many cases at once (an import): the conflict keys are written in batches. */
  indexMany(cases: readonly IndexedCase[]): void;
  /** Re-indexes every case when an index was built by another version of its text or keys. */
  refreshIfStale(): boolean;
  /** The conflict check's index, kept up to date by `index`. */
  conflicts: ConflictIndex;
  list(filter: ListFilter): { items: CaseSummary[]; total: number };
};

/** The search repository over case_search_text and its FTS5 index case_search. */
export function createSearchRepo(db: Database, settings: SettingsRepo): SearchRepo {
  // Each row's id is its case's rowid (migration 0010), so a full-text match is a case rowid.
  const upsert = db.prepare(
    `INSERT INTO case_search_text (id, case_id, names, employers, notes)
     VALUES ((SELECT rowid FROM cases WHERE id = @caseId), @caseId, @names, @employers, @notes)
     ON CONFLICT (case_id) DO UPDATE SET names = excluded.names, employers = excluded.employers, notes = excluded.notes
     WHERE names IS NOT excluded.names OR employers IS NOT excluded.employers OR notes IS NOT excluded.notes`,
  );
  // Replaced whole: pieces no longer in the text go with the old row.
  const upsertShort = db.prepare(
    `INSERT OR REPLACE INTO case_search_short (rowid, pieces) VALUES ((SELECT rowid FROM cases WHERE id = @caseId), @pieces)`,
  );
  const allFiles = db.prepare<[], { id: string; case_file: string }>('SELECT id, case_file FROM cases');
  const allTexts = db.prepare<[], SearchText & { id: number }>('SELECT id, names, employers, notes FROM case_search_text');
  const insertShort = db.prepare('INSERT INTO case_search_short (rowid, pieces) VALUES (?, ?)');
  const rows = db.prepare<[string], SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM json_each(?) j JOIN cases k ON k.rowid = j.value
     JOIN clients c ON c.id = k.client_id ORDER BY j.key`,
  );
  // A handful of query shapes (sort × direction × filters × short words); each prepared once.
  const statements = new Map<string, Statement>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };

  const conflicts = createConflictIndex(db, settings);
  const write = (caseId: string, text: SearchText) => {
    upsert.run({ caseId, ...text });
    upsertShort.run({ caseId, pieces: shortPieces(text) });
  };
  const indexMany = (cases: readonly IndexedCase[]) => {
    for (const c of cases) write(c.caseId, searchText(c.file));
    conflicts.indexMany(cases);
  };

  const refresh = writeTransaction(db, () => {
    for (const r of allFiles.all()) write(r.id, searchText(JSON.parse(r.case_file) as CaseFile));
    settings.set('searchIndexVersion', SEARCH_INDEX_VERSION);
    settings.set('shortWordIndexVersion', SHORT_WORD_INDEX_VERSION);
  });
  // From the search text already stored (migration 0012, or new pieces): no case file is read.
  const refreshShort = writeTransaction(db, () => {
    db.prepare("INSERT INTO case_search_short (case_search_short) VALUES ('delete-all')").run();
    for (const t of allTexts.all()) insertShort.run(t.id, shortPieces(t));
    settings.set('shortWordIndexVersion', SHORT_WORD_INDEX_VERSION);
  });

  function list(filter: ListFilter): { items: CaseSummary[]; total: number } {
    const plan = queryPlan(filter.query);
    const params: Record<string, unknown> = {};
    const where = [filter.trash ? 'k.deleted_at IS NOT NULL' : 'k.deleted_at IS NULL'];
    if (filter.status) {
      where.push('k.status = @status');
      params.status = filter.status;
    }
    // The partial index of migration 0008 holds exactly these rows.
    if (filter.unresolvedConflicts) where.push(`k.id IN (SELECT h.case_id FROM conflict_hits h WHERE h.resolution = 'unresolved')`);
    // Both indexes' rowids are case rowids (migrations 0010, 0012), so the matches are case rowids,
    // and the page walks a sort index (which carries the rowid) testing each entry against them.
    const matches: string[] = [];
    if (plan.match !== null) {
      matches.push('SELECT rowid FROM case_search WHERE case_search MATCH @match');
      params.match = plan.match;
    }
    if (plan.short !== null) {
      matches.push('SELECT rowid FROM case_search_short WHERE case_search_short MATCH @short');
      params.short = plan.short;
    }
    const fullText = matches.length > 0 ? matches.join(' INTERSECT ') : null;
    // Walking the sort index costs the same however few the matches; a few are read one by one
    // instead (rowid to case id, then the cases_keys index for the sort keys), then sorted.
    const fullTextCount = fullText !== null ? (prepared(`SELECT COUNT(*) AS n FROM (${fullText})`).get(params) as { n: number }).n : null;
    const driven = fullTextCount !== null && fullTextCount <= FEW_MATCHES;
    let source = 'cases k';
    if (driven) source = `(${fullText}) f CROSS JOIN cases c ON c.rowid = f.rowid CROSS JOIN cases k INDEXED BY cases_keys ON k.id = c.id`;
    else if (fullText !== null) where.push(`k.rowid IN (${fullText})`);
    const order = ORDER[filter.sort](filter.direction === 'asc' ? 'ASC' : 'DESC');
    const from = `FROM ${source} WHERE ${where.join(' AND ')}`;
    const pageSql = `SELECT k.rowid AS rid ${from} ORDER BY ${order} LIMIT @limit OFFSET @offset`;
    // Live cases matching the search alone: every row of either index is a case, so their number is
    // the match count less the matches in the Trash (few), not a walk of every live case.
    const onlyFullText = fullTextCount !== null && !filter.status && !filter.unresolvedConflicts;
    const countSql =
      onlyFullText && !filter.trash
        ? `SELECT @fullTextCount - (SELECT COUNT(*) FROM cases k WHERE k.deleted_at IS NOT NULL AND k.rowid IN (${fullText ?? ''})) AS total`
        : `SELECT COUNT(*) AS total ${from}`;

    const page = prepared(pageSql).all({ ...params, limit: filter.limit, offset: filter.offset }) as { rid: number }[];
    const total = (prepared(countSql).get({ ...params, fullTextCount }) as { total: number }).total;
    const items = page.length === 0 ? [] : rows.all(JSON.stringify(page.map(p => p.rid))).map(toSummary);
    return { items, total };
  }

  return {
    index: (caseId, file) => indexMany([{ caseId, file }]),
    indexMany,
    refreshIfStale() {
      const keys = conflicts.refreshIfStale();
      if (settings.get('searchIndexVersion') !== SEARCH_INDEX_VERSION) refresh();
      else if (settings.get('shortWordIndexVersion') !== SHORT_WORD_INDEX_VERSION) refreshShort();
      else return keys;
      return true;
    },
    list,
    conflicts,
  };
}
