/**
 * The conflict check's index (migration 0009, electron/db/repos/conflict-index.ts): a check that
 * scores only the cases the index finds gives exactly what scoring every live case gives, and the
 * index follows every write (create, import, update of a name or date of birth, Trash, restore)
 * in the write's own transaction.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { CaseFile } from '../../shared/case-file';
import type { CaseRepo } from '../../electron/db/repos/case-repo';
import {
  createConflictRepo,
  type ConflictQuery,
  type ConflictRepo,
} from '../../electron/db/repos/conflict-repo';
import { CONFLICT_INDEX_VERSION } from '../../electron/db/repos/conflict-index';
import { prepareNames } from '../../shared/conflicts/match';
import { writeTransaction } from '../../electron/db/write-transaction';
import { generateCases } from '../bench/generated-cases';
import { seedFirm, type SeededFirm } from '../bench/seed-firm';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE_NAME } from '../../electron/db/connection';
import { openAdvisorAt } from '../data-folder';
import { tempDir } from '../fixtures';
import { openRepos, type Repos } from './repos';

// Opening derives the SQLCipher key on purpose slowly, and the full scans are the slow reference.
vi.setConfig({ testTimeout: 60_000 });

const at = (iso: string) => ({ actor: 'paralegal.jane', now: new Date(iso) });
const NOW = at('2026-11-29T09:00:00Z');
const file = (client: object, more: object = {}) =>
  CaseFile.parse({ format: 'immigration-advisor/case', version: 1, client, ...more });
const query = (q: Partial<ConflictQuery> & { fullName: string }): ConflictQuery => ({
  otherNames: [],
  dateOfBirth: null,
  employers: [],
  ...q,
});

/** Names that exercise every way the matcher pairs words: scripts, variants, initials, order, spacing, typos, accents. */
const TRICKY: [object, object?][] = [
  [
    { fullName: 'Li Wei', otherNames: ['李伟'], dateOfBirth: '1990-01-02' },
    { jobOffer: { employer: 'Acme Robotics Inc.' } },
  ],
  [{ fullName: '李伟' }],
  [{ fullName: 'Wei Li', dateOfBirth: '1990-02-01' }],
  [{ fullName: 'Lee Way' }],
  [{ fullName: 'Zhang Xiaoming' }, { work: [{ employer: 'International Business Machines' }] }],
  [{ fullName: 'Xiao Ming Zhang' }],
  [{ fullName: 'Chang Hsiao-ming' }],
  [{ fullName: 'P. Sharma', otherNames: ['प्रिया शर्मा'], dateOfBirth: '1998-04-12' }],
  [{ fullName: 'प्रिया शर्मा' }, { spouse: { fullName: 'Arjun Sharma', dateOfBirth: '1997-01-30' } }],
  [{ fullName: 'Pryia Sharmaa' }],
  [{ fullName: 'Sharma Priya K' }],
  [{ fullName: 'Mohammed Al Rashid' }, { jobOffer: { employer: 'IBM' } }],
  [{ fullName: 'Muhammad Alrashid' }],
  [{ fullName: 'José García' }],
  [{ fullName: 'Jose Garcia-Lopez' }],
  [{ fullName: 'Jürgen Müller' }],
  [{ fullName: 'Juergen Mueller' }],
  [{ fullName: 'Kim Kyung Soo' }],
  [{ fullName: '김경수' }],
  [{ fullName: 'Gyungsoo Kim' }],
  [{ fullName: 'Dr. Alexander Ivanov' }, { work: [{ employer: 'The Globex Corporation' }] }],
  [{ fullName: 'Sasha Ivanov' }, { work: [{ employer: 'Globex Corp' }] }],
  [{ fullName: 'A Ivanov' }],
  [{ fullName: 'Nguyen' }],
  [{ fullName: 'Md Ali' }],
  [{ fullName: 'John Aly' }],
  [{ fullName: 'Xiao Ming Dong Feng' }],
];

const QUERIES: ConflictQuery[] = [
  query({ fullName: 'Li Wei' }),
  query({ fullName: 'Lee Wei', dateOfBirth: '1990-01-02' }),
  query({ fullName: '李伟' }),
  query({ fullName: 'Xiaoming Zhang' }),
  query({ fullName: 'Zhang Xiao Ming' }),
  query({ fullName: 'Priya Sharma', dateOfBirth: '1998-04-12' }),
  query({ fullName: 'P Sharma' }),
  query({ fullName: 'शर्मा प्रिया' }),
  query({ fullName: 'Arjun Sharma', dateOfBirth: '1997-01-03' }),
  query({ fullName: 'Mohamed Alrashid' }),
  query({ fullName: 'Jose Garcia' }),
  query({ fullName: 'Jurgen Muller' }),
  query({ fullName: 'Kyungsoo Kim' }),
  query({ fullName: 'Gyung Soo Kim' }),
  query({ fullName: 'Alex Ivanov', employers: ['Globex', 'IBM Corp'] }),
  query({ fullName: 'Nguyen' }),
  query({ fullName: 'Mohammed A' }),
  query({ fullName: 'Jon Ali' }),
  query({ fullName: 'Xiaoming Dongfeng' }),
  query({ fullName: 'Nobody Atall', employers: ['International Business Machines Corp.'] }),
];

describe('conflict index: same results as scoring every case', () => {
  const folder = tempDir('advisor-conflict-index-');
  let firm: SeededFirm;
  let repos: Repos;
  let conflicts: ConflictRepo;
  beforeAll(() => {
    firm = seedFirm(`${folder.dir}/firm`, { clients: 200, cases: 400, auditRows: 1200 }, 11);
    repos = openRepos(`${folder.dir}/firm`);
    for (const [client, more] of TRICKY)
      repos.repo.create({ caseFile: file(client, more), status: 'intake' }, NOW);
    conflicts = createConflictRepo(repos.db, repos.search.conflicts);
  });
  afterAll(() => {
    repos.db.close();
    folder.cleanup();
  });

  it.each(QUERIES.map(q => [q.fullName, q] as const))('%s', (_, q) => {
    const expected = conflicts.checkEveryCase(q);
    expect(conflicts.check(q)).toEqual(expected);
  });

  it('for every seeded person, as stored and misspelt, and scores far fewer cases than are stored', () => {
    const swap = (s: string) =>
      s.length > 3 ? s.slice(0, 1) + s.charAt(2) + s.charAt(1) + s.slice(3) : s;
    const reverse = (s: string) => s.split(' ').reverse().join(' ');
    const people = firm.cases.flatMap(c => [
      c.caseFile.client,
      ...(c.caseFile.spouse ? [c.caseFile.spouse] : []),
    ]);
    let found = 0;
    for (const p of people.slice(0, 100)) {
      const name = p.fullName ?? '';
      for (const fullName of [name, swap(name), reverse(name)]) {
        const q = query({ fullName, dateOfBirth: p.dateOfBirth ?? null });
        const expected = conflicts.checkEveryCase(q);
        expect(conflicts.check(q), fullName).toEqual(expected);
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(100);
    const candidates = repos.search.conflicts.candidates(
      prepareNames(['Juergen Mueller']),
      () => false,
    );
    const stored = repos.db.prepare('SELECT COUNT(*) FROM cases').pluck().get() as number;
    expect(candidates.size).toBeGreaterThan(0);
    expect(candidates.size).toBeLessThan(stored / 10);
  });
});

describe('conflict index upkeep', () => {
  let cleanup: () => void;
  let dir: string;
  let db: Db;
  let repo: CaseRepo;
  let repos: Repos;
  let conflicts: ConflictRepo;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    repos = openRepos(dir);
    ({ db, repo } = repos);
    conflicts = createConflictRepo(db, repos.search.conflicts);
  });
  afterEach(() => {
    db.close();
    cleanup();
  });
  /** The references found for a name, by the index, after checking the full scan agrees. */
  const found = (fullName: string, more: Partial<ConflictQuery> = {}) => {
    const q = query({ fullName, ...more });
    const matches = conflicts.check(q);
    expect(matches).toEqual(conflicts.checkEveryCase(q));
    return matches.map(m => `${m.reference} ${m.role}`);
  };
  const keysOf = (caseId: string) =>
    db
      .prepare(
        'SELECT t.term FROM conflict_keys k JOIN conflict_terms t ON t.id = k.term_id WHERE k.case_id = ? ORDER BY t.term',
      )
      .pluck()
      .all(caseId);

  it('indexes a created case: words of every rendering, joined pairs, employers', () => {
    const created = repo.create(
      {
        caseFile: file(
          { fullName: 'Li Wei', otherNames: ['李伟'] },
          { jobOffer: { employer: 'Acme Inc.' } },
        ),
        status: 'intake',
      },
      NOW,
    );
    expect(keysOf(created.id)).toEqual(expect.arrayContaining(['li', 'wei', 'liwei', 'Acme Inc.']));
    expect(found('Wei Li')).toEqual(['2026-0001 client']);
  });

  it('indexes every case of an import, in the import transaction', () => {
    repo.createMany(
      [
        { caseFile: file({ fullName: 'Priya Sharma' }), note: null },
        {
          caseFile: file({ fullName: 'Ana Souza' }, { spouse: { fullName: 'Arjun Sharma' } }),
          note: null,
        },
      ],
      NOW,
    );
    expect(found('Priya Sharma')).toEqual(['2026-0001 client']);
    expect(found('Arjun Sharma')).toEqual(['2026-0002 spouse']);
    // A failed import stores none of its cases, and none of their keys.
    const before = db.prepare('SELECT COUNT(*) FROM conflict_keys').pluck().get();
    expect(() =>
      repo.createMany(
        [
          { caseFile: file({ fullName: 'Wang Fang' }), note: null },
          { caseFile: { bad: true } as unknown as CaseFile, note: null },
        ],
        NOW,
      ),
    ).toThrow();
    expect(db.prepare('SELECT COUNT(*) FROM conflict_keys').pluck().get()).toBe(before);
    expect(found('Wang Fang')).toEqual([]);
  });

  it('writes the same keys for a large import, in chunks, as for each case on its own', () => {
    // More cases than one chunk of conflict-index.ts holds (500), sharing many words and employers.
    const items = generateCases(1200).map(c => ({ caseFile: CaseFile.parse(c), note: null }));
    const created = repo.createMany(items, NOW);
    const allKeys = () =>
      db
        .prepare(
          `SELECT k.case_id, k.owner, t.kind, t.term FROM conflict_keys k JOIN conflict_terms t ON t.id = k.term_id
           ORDER BY k.case_id, k.owner, t.kind, t.term`,
        )
        .all();
    const subjects = () =>
      db.prepare('SELECT case_id, subjects FROM conflict_subjects ORDER BY case_id').all();
    const batched = { keys: allKeys(), subjects: subjects() };
    expect(batched.subjects).toHaveLength(1200);
    db.prepare('DELETE FROM conflict_keys').run();
    db.prepare('DELETE FROM conflict_subjects').run();
    writeTransaction(db, () =>
      created.forEach((c, i) => {
        const caseFile = items[i]?.caseFile;
        if (caseFile) repos.search.conflicts.index(c.id, caseFile);
      }),
    )();
    expect({ keys: allKeys(), subjects: subjects() }).toEqual(batched);
  });

  it('follows a renamed client and spouse: the new names are found, the old ones no longer', () => {
    const c = repo.create({ caseFile: file({ fullName: 'Priya Sharma' }), status: 'intake' }, NOW);
    expect(found('Priya Sharma')).toEqual(['2026-0001 client']);
    repo.update(
      {
        id: c.id,
        expectedRevision: 1,
        caseFile: file({ fullName: 'Meera Nair' }, { spouse: { fullName: 'Kenji Sato' } }),
      },
      NOW,
    );
    expect(found('Priya Sharma')).toEqual([]);
    expect(found('Meera Nair')).toEqual(['2026-0001 client']);
    expect(found('Kenji Sato')).toEqual(['2026-0001 spouse']);
    expect(keysOf(c.id)).not.toContain('sharma');
  });

  it('follows a changed date of birth', () => {
    const c = repo.create(
      { caseFile: file({ fullName: 'Wei Zhang', dateOfBirth: '1990-01-02' }), status: 'intake' },
      NOW,
    );
    const before = conflicts.check(query({ fullName: 'Wei Zhang', dateOfBirth: '1990-01-02' }));
    repo.update(
      {
        id: c.id,
        expectedRevision: 1,
        caseFile: file({ fullName: 'Wei Zhang', dateOfBirth: '1985-07-07' }),
      },
      NOW,
    );
    const after = conflicts.check(query({ fullName: 'Wei Zhang', dateOfBirth: '1990-01-02' }));
    expect(after).toEqual(
      conflicts.checkEveryCase(query({ fullName: 'Wei Zhang', dateOfBirth: '1990-01-02' })),
    );
    expect(before[0]?.reasons).toContain('Same date of birth (1990-01-02)');
    expect(after[0]?.reasons).toContain('Different date of birth (1990-01-02 / 1985-07-07)');
  });

  it('leaves a trashed case out and finds it again once restored', () => {
    const c = repo.create(
      {
        caseFile: file({ fullName: 'Olga Petrova' }, { work: [{ employer: 'Initech' }] }),
        status: 'intake',
      },
      NOW,
    );
    repo.trash(c.id, NOW);
    expect(found('Olga Petrova', { employers: ['Initech LLC'] })).toEqual([]);
    repo.restore(c.id, NOW);
    expect(found('Olga Petrova', { employers: ['Initech LLC'] })).toEqual([
      '2026-0001 client',
      '2026-0001 employer',
    ]);
  });

  it('keeps the old keys when an update is refused', () => {
    const c = repo.create({ caseFile: file({ fullName: 'Ivan Petrov' }), status: 'intake' }, NOW);
    // A stale revision is refused after nothing is written: the old keys stand.
    expect(() =>
      repo.update(
        { id: c.id, expectedRevision: 7, caseFile: file({ fullName: 'Omar Haddad' }) },
        NOW,
      ),
    ).toThrow();
    expect(found('Ivan Petrov')).toEqual(['2026-0001 client']);
    expect(found('Omar Haddad')).toEqual([]);
  });

  it('is filled on the first open after the upgrade, and again when its version changes', () => {
    repo.create({ caseFile: file({ fullName: 'Fatima Khan' }), status: 'intake' }, NOW);
    // As a database migrated to 0009 is: tables empty, no version recorded.
    db.exec(
      "DELETE FROM conflict_keys; DELETE FROM conflict_terms; DELETE FROM settings WHERE key = 'conflictIndexVersion'",
    );
    db.close();
    const reopened = openRepos(dir);
    db = reopened.db;
    conflicts = createConflictRepo(db, reopened.search.conflicts);
    expect(reopened.settings.get('conflictIndexVersion')).toBe(CONFLICT_INDEX_VERSION);
    expect(found('Fatima Khan')).toEqual(['2026-0001 client']);
  });
});

describe('conflict index of a database from an earlier version', () => {
  it('is filled when a schema-6 database is first opened, so its cases are found', async () => {
    const { dir, cleanup } = tempDir();
    const data = join(dir, 'data');
    mkdirSync(data);
    copyFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'databases', 'v6-encrypted.sqlite'),
      join(data, DATABASE_FILE_NAME),
    );
    const advisor = openAdvisorAt(data);
    try {
      const result = await advisor.dispatch('conflicts:check', { fullName: 'Priya Sharma' });
      if (!result.ok) throw new Error(result.error.message);
      const { matches } = result.value as { matches: { role: string; matchedName: string }[] };
      expect(matches).toContainEqual(
        expect.objectContaining({ role: 'client', matchedName: 'Priya Sharma' }),
      );
    } finally {
      advisor.close();
      cleanup();
    }
  });
});
