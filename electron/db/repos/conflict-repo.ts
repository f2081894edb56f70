/**
 * Conflict-of-interest checks: the people and employers of every live case, compared with a new
 * client's names, date of birth and employers by shared/conflicts.
 *
 * The conflict index (conflict-index.ts, kept in the database) names the cases that may match;
 * only those are read and scored, so a check costs the same on the first call after opening as
 * after. Preparing a name (normalising, transliterating, tokenising) costs far more than comparing
 * two prepared names, so each scored case's prepared names are cached under its id and revision.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { CaseFile } from '../../../shared/case-file';
import {
  matchEmployer,
  matchNames,
  prepareNames,
  type EmployerMatch,
  type PreparedName,
} from '../../../shared/conflicts/match';
import type { ConflictMatch } from '../../../shared/contract';
import {
  conflictSubjects,
  type ConflictIndex,
  type ConflictPerson,
  type ConflictSubjects,
} from './conflict-index';

/** What a conflict check compares. */
export type ConflictQuery = {
  fullName: string;
  otherNames: readonly string[];
  dateOfBirth: string | null;
  employers: readonly string[];
  excludeCaseId?: string | undefined;
};

/** At most this many matches are returned, best first. */
export const MAX_CONFLICT_MATCHES = 50;
/** Bound on remembered employer comparisons (a few MB at most). */
const MAX_EMPLOYER_PAIRS = 100_000;

type Person = { names: PreparedName[]; dateOfBirth: string | null };
type Candidate = { revision: number; client: Person; spouse: Person | null; employers: string[] };

const present = (s: string | null | undefined): s is string =>
  typeof s === 'string' && s.trim() !== '';

/** The people and employers of one case, names prepared. */
function candidateOf(s: ConflictSubjects, revision: number): Candidate {
  const person = (p: ConflictPerson) => ({
    names: prepareNames(p.names),
    dateOfBirth: p.dateOfBirth,
  });
  return {
    revision,
    client: person(s.client),
    spouse: s.spouse && person(s.spouse),
    employers: s.employers,
  };
}

/** Conflict checks over the live (not trashed) cases. */
export type ConflictRepo = {
  check(query: ConflictQuery): ConflictMatch[];
  /** The same check scoring every live case, without the index: what `check` must equal. */
  checkEveryCase(query: ConflictQuery): ConflictMatch[];
};

type LiveRow = { id: string; reference: string; revision: number };

/** The conflict checker over the conflict index, with its cache of prepared candidates. */
export function createConflictRepo(db: Database, index: ConflictIndex): ConflictRepo {
  // Read from the cases_keys index alone (named, or the planner picks a narrower index that
  // then reads every row): no case file is read unless it changed.
  const live = db.prepare<[], LiveRow>(
    'SELECT id, reference, revision FROM cases INDEXED BY cases_keys WHERE deleted_at IS NULL',
  );
  // CROSS JOIN keeps json_each outside: otherwise the planner may walk every live case and scan
  // the id list for each.
  const liveOf = db.prepare<[string], LiveRow>(
    'SELECT k.id, k.reference, k.revision FROM json_each(?) j CROSS JOIN cases k ON k.id = j.value WHERE k.deleted_at IS NULL',
  );
  const files = db.prepare<[string], { id: string; revision: number; case_file: string }>(
    'SELECT k.id, k.revision, k.case_file FROM json_each(?) j JOIN cases k ON k.id = j.value',
  );
  // What the index stored of each case: a few hundred bytes instead of the whole case file. Not
  // joined with cases: the revision comes from the live row already read through cases_keys, and
  // reading it from the case row would read the case file's overflow pages too. The subjects are
  // written in the same transaction as the case, so they are of that revision.
  const subjects = db.prepare<[string], { id: string; subjects: string }>(
    'SELECT s.case_id AS id, s.subjects FROM json_each(?) j CROSS JOIN conflict_subjects s ON s.case_id = j.value',
  );
  // One cache per way of reading, so the full scan stays an independent reference.
  const cache = new Map<string, Candidate>();
  const scanCache = new Map<string, Candidate>();
  // Many cases share an employer, and the intake re-checks with the same employers as the name is
  // typed: each distinct pair is compared once, not once per case and per check.
  const employerMatches = new Map<string, EmployerMatch | null>();
  const compareEmployer = (q: string, c: string): EmployerMatch | null => {
    const key = `${q}\u0000${c}`;
    let m = employerMatches.get(key);
    if (m === undefined) {
      if (employerMatches.size >= MAX_EMPLOYER_PAIRS) employerMatches.clear();
      employerMatches.set(key, (m = matchEmployer(q, c)));
    }
    return m;
  };

  function refresh(rows: readonly LiveRow[], indexed: boolean): Map<string, Candidate> {
    const into = indexed ? cache : scanCache;
    const stale = rows.filter(r => into.get(r.id)?.revision !== r.revision);
    const revisions = new Map(stale.map(r => [r.id, r.revision]));
    for (let i = 0; i < stale.length; i += 1000) {
      const ids = JSON.stringify(stale.slice(i, i + 1000).map(r => r.id));
      if (indexed) {
        for (const f of subjects.all(ids)) {
          const revision = revisions.get(f.id) ?? 0;
          into.set(f.id, candidateOf(JSON.parse(f.subjects) as ConflictSubjects, revision));
        }
      } else {
        for (const f of files.all(ids)) {
          const file = JSON.parse(f.case_file) as CaseFile;
          into.set(f.id, candidateOf(conflictSubjects(file), f.revision));
        }
      }
    }
    // Forget trashed cases, so the cache never outgrows the live list for long.
    if (!indexed && into.size > rows.length) {
      const ids = new Set(rows.map(r => r.id));
      for (const id of into.keys()) if (!ids.has(id)) into.delete(id);
    }
    return into;
  }

  /** Scores these live cases against the query; the same whichever cases are given, so long as every match is among them. */
  function score(
    query: ConflictQuery,
    rows: readonly LiveRow[],
    candidates: ReadonlyMap<string, Candidate>,
    person: { names: PreparedName[]; dateOfBirth: string | null },
    queryEmployers: readonly string[],
  ): ConflictMatch[] {
    const matches: ConflictMatch[] = [];
    for (const row of rows) {
      if (row.id === query.excludeCaseId) continue;
      const c = candidates.get(row.id);
      if (!c) continue;
      const base = { caseId: row.id, reference: row.reference };
      const client = matchNames(person, c.client);
      if (client) matches.push({ ...base, role: 'client', ...client });
      const spouse = c.spouse && matchNames(person, c.spouse);
      if (spouse) matches.push({ ...base, role: 'spouse', ...spouse });
      // One employer row per case: the best pair, so a job offer and a work entry at the same
      // company do not list the case twice.
      let employer: ConflictMatch | null = null;
      for (const q of queryEmployers) {
        for (const stored of c.employers) {
          const m = compareEmployer(q, stored);
          if (m && (!employer || m.score > employer.score)) {
            employer = { ...base, role: 'employer', matchedName: stored, queryName: q, ...m };
          }
        }
      }
      if (employer) matches.push(employer);
    }
    // References are unique, so this order does not depend on the order the cases were scored in.
    matches.sort((a, b) => b.score - a.score || a.reference.localeCompare(b.reference));
    return matches.slice(0, MAX_CONFLICT_MATCHES);
  }

  function run(query: ConflictQuery, indexed: boolean): ConflictMatch[] {
    const person = {
      names: prepareNames([query.fullName, ...query.otherNames].filter(present)),
      dateOfBirth: query.dateOfBirth,
    };
    const queryEmployers = [...new Set(query.employers.filter(present))];
    let rows: LiveRow[];
    if (indexed) {
      const ids = index.candidates(person.names, stored =>
        queryEmployers.some(q => compareEmployer(q, stored) !== null),
      );
      rows = ids.size === 0 ? [] : liveOf.all(JSON.stringify([...ids]));
    } else rows = live.all();
    return score(query, rows, refresh(rows, indexed), person, queryEmployers);
  }

  return {
    check: query => run(query, true),
    checkEveryCase: query => run(query, false),
  };
}
