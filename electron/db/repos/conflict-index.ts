/**
 * The conflict check's index (migration 0009): which stored cases can possibly match a query,
 * kept in the database and written in the same transaction as the case, so the first check after
 * opening is as fast as the rest and nothing is rebuilt in memory.
 *
 * A name match always pairs at least one word of a query rendering with one of a stored rendering
 * (the same word, a variant, an initial, a typo, or two words run together: `wordsMayPair`). The
 * index keeps those words per case; a check compares the query's words with the vocabulary (far
 * smaller than the cases) and takes the cases holding a word that may pair. Employer matches
 * depend only on the two names, so each distinct stored employer is compared once. The cases
 * found are then scored by the same matcher as before, so the results are the same as scoring
 * every case.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { CaseFile } from '../../../shared/case-file';
import {
  prepareNames,
  wordForm,
  wordsMayPair,
  type PreparedForm,
  type PreparedName,
} from '../../../shared/conflicts/match';
import type { SettingsRepo } from './settings-repo';
import { writeTransaction } from '../write-transaction';

/**
 * Which build of the keys the index holds. Bump it when what `conflictTerms` keeps (or the
 * transliteration and tokenising it uses) changes: the next open re-indexes every case.
 */
export const CONFLICT_INDEX_VERSION = '1';

const present = (s: string | null | undefined): s is string =>
  typeof s === 'string' && s.trim() !== '';

/** The people and employers of one case file that a conflict check compares. */
export function conflictSubjects(file: CaseFile) {
  const employers = [
    file.jobOffer?.employer,
    ...(file.work ?? []).map(w => w.employer),
    ...(file.spouse?.work ?? []).map(w => w.employer),
  ].filter(present);
  return {
    clientNames: [file.client.fullName, ...(file.client.otherNames ?? [])].filter(present),
    spouseNames: [file.spouse?.fullName, ...(file.spouse?.otherNames ?? [])].filter(present),
    employers: [...new Set(employers)],
  };
}

/** Every word of every rendering of these names, and each two adjacent words run together. */
export function nameWords(names: readonly PreparedName[]): Set<string> {
  const words = new Set<string>();
  const add = (f: PreparedForm) =>
    f.tokens.forEach((t, i) => {
      words.add(t);
      const next = f.tokens[i + 1];
      if (next !== undefined) words.add(t + next);
    });
  for (const n of names) n.forms.forEach(add);
  return words;
}

/** What the index keeps for one case. */
export function conflictTerms(file: CaseFile): { names: Set<string>; employers: string[] } {
  const s = conflictSubjects(file);
  return {
    names: nameWords(prepareNames([...s.clientNames, ...s.spouseNames])),
    employers: s.employers,
  };
}

type Term = { id: number; kind: 'name' | 'employer'; term: string };

/** Index upkeep (inside the case's write transaction) and candidate lookup. */
export type ConflictIndex = {
  /** Writes a case's keys; call inside the transaction that writes the case. */
  index(caseId: string, file: CaseFile): void;
  /** Re-indexes every case when the index is empty after the upgrade or built by another version. */
  refreshIfStale(): boolean;
  /**
   * Ids of the cases (live or trashed) that may match these names or employers, a superset of
   * those that do. `employerMayMatch` says whether a query employer may match a stored one.
   */
  candidates(
    names: readonly PreparedName[],
    employerMayMatch: (stored: string) => boolean,
  ): Set<string>;
};

export function createConflictIndex(db: Database, settings: SettingsRepo): ConflictIndex {
  // A case's terms go in as one JSON array of [kind, term] pairs: three statements per case
  // whatever its number of words, which keeps an import of thousands of cases quick.
  const insertTerms = db.prepare<[string]>(
    `INSERT OR IGNORE INTO conflict_terms (kind, term)
     SELECT value ->> 0, value ->> 1 FROM json_each(?)`,
  );
  const clearKeys = db.prepare<[string]>('DELETE FROM conflict_keys WHERE case_id = ?');
  const insertKeys = db.prepare<[string, string]>(
    `INSERT OR IGNORE INTO conflict_keys (term_id, case_id)
     SELECT t.id, ? FROM json_each(?) j JOIN conflict_terms t ON t.kind = j.value ->> 0 AND t.term = j.value ->> 1`,
  );
  const allFiles = db.prepare<[], { id: string; case_file: string }>(
    'SELECT id, case_file FROM cases',
  );
  const newTerms = db.prepare<[number], Term>(
    'SELECT id, kind, term FROM conflict_terms WHERE id > ? ORDER BY id',
  );
  const casesOf = db
    .prepare<[string], string>(
      'SELECT DISTINCT case_id FROM conflict_keys WHERE term_id IN (SELECT value FROM json_each(?))',
    )
    .pluck();

  // The vocabulary only grows, so it is read once and then only its new rows: each word's one-word
  // form is made once, not on every check.
  const words: { id: number; form: PreparedForm }[] = [];
  const employers: { id: number; term: string }[] = [];
  let lastId = 0;
  const readVocabulary = () => {
    for (const t of newTerms.all(lastId)) {
      if (t.kind === 'name') words.push({ id: t.id, form: wordForm(t.term) });
      else employers.push({ id: t.id, term: t.term });
      lastId = t.id;
    }
  };

  const index = (caseId: string, file: CaseFile) => {
    const terms = conflictTerms(file);
    const pairs = JSON.stringify([
      ...[...terms.names].map(t => ['name', t]),
      ...terms.employers.map(t => ['employer', t]),
    ]);
    clearKeys.run(caseId);
    insertTerms.run(pairs);
    insertKeys.run(caseId, pairs);
  };

  const refresh = writeTransaction(db, () => {
    for (const r of allFiles.all()) index(r.id, JSON.parse(r.case_file) as CaseFile);
    settings.set('conflictIndexVersion', CONFLICT_INDEX_VERSION);
  });

  return {
    index,
    refreshIfStale() {
      if (settings.get('conflictIndexVersion') === CONFLICT_INDEX_VERSION) return false;
      refresh();
      return true;
    },
    candidates(names, employerMayMatch) {
      readVocabulary();
      const query = [...nameWords(names)].map(wordForm);
      const ids: number[] = [];
      for (const w of words) if (query.some(q => wordsMayPair(q, w.form))) ids.push(w.id);
      for (const e of employers) if (employerMayMatch(e.term)) ids.push(e.id);
      return new Set(ids.length === 0 ? [] : casesOf.all(JSON.stringify(ids)));
    },
  };
}
