/**
 * The conflict check's index (migration 0009): which stored cases can possibly match a query,
 * kept in the database and written in the same transaction as the case, so the first check after
 * opening is as fast as the rest and nothing is rebuilt in memory.
 *
 * A name match always pairs at least one word of a query rendering with one of a stored rendering
 * (the same word, a variant, an initial, a typo, or two words run together: `wordsMayPair`). The
 * index keeps those words per case and person; a check compares the query's words with the
 * vocabulary (far smaller than the cases) and takes the cases with a person whose words may pair
 * with enough of the query's (`mayScore`: two words, unless the query is one word). Employer matches
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

/** One person a conflict check compares: names as written, and the date of birth if known. */
export type ConflictPerson = { names: string[]; dateOfBirth: string | null };
/** The people and employers of one case that a conflict check compares (stored as JSON). */
export type ConflictSubjects = {
  client: ConflictPerson;
  spouse: ConflictPerson | null;
  employers: string[];
};

/** The people and employers of one case file that a conflict check compares. */
export function conflictSubjects(file: CaseFile): ConflictSubjects {
  const employers = [
    file.jobOffer?.employer,
    ...(file.work ?? []).map(w => w.employer),
    ...(file.spouse?.work ?? []).map(w => w.employer),
  ].filter(present);
  const spouseNames = [file.spouse?.fullName, ...(file.spouse?.otherNames ?? [])].filter(present);
  return {
    client: {
      names: [file.client.fullName, ...(file.client.otherNames ?? [])].filter(present),
      dateOfBirth: file.client.dateOfBirth ?? null,
    },
    spouse:
      spouseNames.length > 0
        ? { names: spouseNames, dateOfBirth: file.spouse?.dateOfBirth ?? null }
        : null,
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

/** Who in a case a key belongs to: a match is scored person by person. */
export type KeyOwner = 'client' | 'spouse' | 'employer';
type KeyRow = ['name' | 'employer', string, KeyOwner];

/** What the index keeps for one case, besides its subjects: [kind, term, owner] triples. */
export function conflictTerms(subjects: ConflictSubjects): KeyRow[] {
  const person = (p: ConflictPerson | null, owner: KeyOwner) =>
    [...nameWords(prepareNames(p?.names ?? []))].map((t): KeyRow => ['name', t, owner]);
  return [
    ...person(subjects.client, 'client'),
    ...person(subjects.spouse, 'spouse'),
    ...subjects.employers.map((t): KeyRow => ['employer', t, 'employer']),
  ];
}

/** A word of the query (or two adjacent words run together) and the query words it stands for. */
type QueryWord = { word: PreparedForm; form: number; covers: number };

/** Every word and joined pair of every rendering of the query's names, renderings numbered in order. */
function queryWords(names: readonly PreparedName[]): QueryWord[] {
  const out: QueryWord[] = [];
  let form = 0;
  for (const n of names) {
    for (const f of n.forms) {
      f.tokens.forEach((t, i) => {
        out.push({ word: wordForm(t), form, covers: 1 << i });
        const next = f.tokens[i + 1];
        if (next !== undefined) out.push({ word: wordForm(t + next), form, covers: 3 << i });
      });
      form++;
    }
  }
  return out;
}

/**
 * Whether a query rendering of `size` words, of which those in `mask` may pair with the case's
 * words, can score as a match. Where either name has two or more words, the matcher caps a match
 * on fewer than two of each side's words below the threshold (one shared surname is not a
 * match), and a one-word rendering has only one word to cover; so one covered word suffices only
 * when the query rendering is one word.
 */
function mayScore(mask: number, size: number): boolean {
  if (size === 1) return mask !== 0;
  return (mask & (mask - 1)) !== 0; // two or more bits set
}

type Term = { id: number; kind: 'name' | 'employer'; term: string };
/** A case to index: its id and its file. */
export type IndexedCase = { caseId: string; file: CaseFile };
/** Cases per statement when indexing many: bounds the JSON each statement is given. */
const CHUNK = 500;

/** Index upkeep (inside the case's write transaction) and candidate lookup. */
export type ConflictIndex = {
  /** Writes a case's keys; call inside the transaction that writes the case. */
  index(caseId: string, file: CaseFile): void;
  /** Writes the keys of many cases (an import) at once; call inside the transaction that writes them. */
  indexMany(cases: readonly IndexedCase[]): void;
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
  // Cases are written in chunks, each table by one statement over a JSON array, whatever the
  // number of cases and words: an import of thousands of cases looks each distinct term up once,
  // not once per case that uses it.
  const upsertSubjects = db.prepare<[string]>(
    `INSERT INTO conflict_subjects (case_id, subjects) SELECT value ->> 0, value ->> 1 FROM json_each(?) WHERE true
     ON CONFLICT (case_id) DO UPDATE SET subjects = excluded.subjects`,
  );
  const clearKeys = db.prepare<[string]>(
    'DELETE FROM conflict_keys WHERE case_id IN (SELECT value FROM json_each(?))',
  );
  const insertTerms = db.prepare<[string]>(
    `INSERT OR IGNORE INTO conflict_terms (kind, term)
     SELECT value ->> 0, value ->> 1 FROM json_each(?)`,
  );
  const termIds = db.prepare<[string], Term>(
    `SELECT t.id, t.kind, t.term FROM json_each(?) j
     JOIN conflict_terms t ON t.kind = j.value ->> 0 AND t.term = j.value ->> 1`,
  );
  const insertKeys = db.prepare<[string]>(
    `INSERT OR IGNORE INTO conflict_keys (term_id, case_id, owner)
     SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)`,
  );
  const allFiles = db.prepare<[], { id: string; case_file: string }>(
    'SELECT id, case_file FROM cases',
  );
  const newTerms = db.prepare<[number], Term>(
    'SELECT id, kind, term FROM conflict_terms WHERE id > ? ORDER BY id',
  );
  const keysOf = db.prepare<[string], { term_id: number; case_id: string; owner: KeyOwner }>(
    'SELECT term_id, case_id, owner FROM conflict_keys WHERE term_id IN (SELECT value FROM json_each(?))',
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

  const indexChunk = (cases: readonly IndexedCase[]) => {
    const subjects = cases.map(c => conflictSubjects(c.file));
    const terms = subjects.map(conflictTerms);
    upsertSubjects.run(
      JSON.stringify(cases.map((c, i) => [c.caseId, JSON.stringify(subjects[i])])),
    );
    clearKeys.run(JSON.stringify(cases.map(c => c.caseId)));
    const distinct = new Map<string, [string, string]>();
    for (const [kind, term] of terms.flat()) distinct.set(`${kind}\u0000${term}`, [kind, term]);
    const pairs = JSON.stringify([...distinct.values()]);
    insertTerms.run(pairs);
    const ids = new Map(termIds.all(pairs).map(t => [`${t.kind}\u0000${t.term}`, t.id]));
    const keys = cases.flatMap((c, i) =>
      (terms[i] ?? []).map(
        ([kind, term, owner]) => [ids.get(`${kind}\u0000${term}`), c.caseId, owner] as const,
      ),
    );
    // In key order, so the inserts walk the primary key's pages once rather than at random.
    keys.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
    insertKeys.run(JSON.stringify(keys));
  };
  const indexMany = (cases: readonly IndexedCase[]) => {
    for (let i = 0; i < cases.length; i += CHUNK) indexChunk(cases.slice(i, i + CHUNK));
  };

  const refresh = writeTransaction(db, () => {
    // Parsed a chunk at a time, so a firm's case files are never all in memory as objects.
    const rows = allFiles.all();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      indexChunk(chunk.map(r => ({ caseId: r.id, file: JSON.parse(r.case_file) as CaseFile })));
    }
    settings.set('conflictIndexVersion', CONFLICT_INDEX_VERSION);
  });

  return {
    index: (caseId, file) => indexMany([{ caseId, file }]),
    indexMany,
    refreshIfStale() {
      if (settings.get('conflictIndexVersion') === CONFLICT_INDEX_VERSION) return false;
      refresh();
      return true;
    },
    candidates(names, employerMayMatch) {
      readVocabulary();
      const query = queryWords(names);
      // Each stored word that may pair with a query word, and which query words it may cover.
      const covers = new Map<number, QueryWord[]>();
      for (const w of words) {
        const hit = query.filter(q => wordsMayPair(q.word, w.form));
        if (hit.length > 0) covers.set(w.id, hit);
      }
      const found = new Set<string>();
      const ids = employers.filter(e => employerMayMatch(e.term)).map(e => e.id);
      if (ids.length > 0) for (const id of casesOf.all(JSON.stringify(ids))) found.add(id);
      if (covers.size === 0) return found;
      // Per person of a case and query rendering, the query words some word of theirs may pair with.
      const covered = new Map<string, Map<number, number>>();
      for (const k of keysOf.all(JSON.stringify([...covers.keys()]))) {
        const who = `${k.owner}\u0000${k.case_id}`;
        let byForm = covered.get(who);
        if (!byForm) covered.set(who, (byForm = new Map<number, number>()));
        for (const q of covers.get(k.term_id) ?? []) {
          byForm.set(q.form, (byForm.get(q.form) ?? 0) | q.covers);
        }
      }
      const sizes = names.flatMap(n => n.forms.map(f => f.tokens.length));
      for (const [who, byForm] of covered) {
        for (const [form, mask] of byForm) {
          if (mayScore(mask, sizes[form] ?? 0)) {
            found.add(who.slice(who.indexOf('\u0000') + 1));
            break;
          }
        }
      }
      return found;
    },
  };
}
