import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRepo } from '../../electron/db/repos/case-repo';
import type { SettingsRepo } from '../../electron/db/repos/settings-repo';
import { SEARCH_INDEX_VERSION } from '../../electron/db/repos/search-repo';
import { sql as searchByCaseRowid } from '../../electron/db/migrations/0010-search-by-case-rowid';
import { CaseFile, type CaseFileInput } from '../../shared/case-file';
import type { CaseStatus } from '../../shared/contract';
import { loadFixture, tempDir, testClock } from '../fixtures';
import { filter, openRepos } from './repos';

let dir: string;
let cleanup: () => void;
let db: Db;
let repo: CaseRepo;
let settings: SettingsRepo;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  ({ db, repo, settings } = openRepos(dir));
});
afterEach(() => {
  db.close();
  cleanup();
});

let minute = 0;
/** Creates a case one minute after the previous one, so "most recently changed" is well defined. */
function add(client: CaseFileInput['client'], more: Partial<CaseFileInput> = {}, status: CaseStatus = 'intake') {
  minute++;
  const caseFile = CaseFile.parse({ format: 'immigration-advisor/case', version: 1, client, ...more });
  const now = new Date(Date.UTC(2026, 10, 1, 9, minute));
  return repo.create({ caseFile, status }, { actor: 'test', now });
}
const names = (f: Parameters<typeof filter>[0]) => repo.list(filter(f)).items.map(c => c.clientName);

describe('searching cases', () => {
  beforeEach(() => {
    minute = 0;
    repo.create({ caseFile: CaseFile.parse(loadFixture('priya-sharma.case.json')), status: 'intake' }, { actor: 't', now: new Date('2026-10-01T00:00:00Z') });
    repo.create({ caseFile: CaseFile.parse(loadFixture('li-wei-minimal.case.json')), status: 'intake' }, { actor: 't', now: new Date('2026-10-02T00:00:00Z') });
    add({ fullName: 'P. Sharma', otherNames: ['प्रिया शर्मा'] });
    add({ fullName: 'José García' }, { jobOffer: { employer: 'Huawei Technologies' } });
    add({ fullName: 'Wang Xiaoming', otherNames: ['王小明'] }, { spouse: { fullName: 'Zhang Li', otherNames: ['张丽'] }, notes: 'Referred by Dr. Okafor' });
  });

  it('finds a name in Latin letters, in any case, including names stored only in Devanagari', () => {
    expect(names({ query: 'priya' }).sort()).toEqual(['P. Sharma', 'Priya Sharma']);
    expect(names({ query: 'SHARMA' }).sort()).toEqual(['P. Sharma', 'Priya Sharma']);
  });

  it('finds a name typed in Devanagari', () => {
    expect(names({ query: 'प्रिया' }).sort()).toEqual(['P. Sharma', 'Priya Sharma']);
  });

  it('finds a two-character Chinese name, and Chinese names by their pinyin', () => {
    expect(names({ query: '李伟' })).toEqual(['Li Wei']);
    expect(names({ query: '王小明' })).toEqual(['Wang Xiaoming']);
    expect(names({ query: 'xiaoming' })).toEqual(['Wang Xiaoming']);
    // The spouse's name, through its pinyin: 张丽 → "zhang li".
    expect(names({ query: '张丽' })).toEqual(['Wang Xiaoming']);
  });

  it('matches words in any order, short words included', () => {
    expect(names({ query: 'sharma priya' }).sort()).toEqual(['P. Sharma', 'Priya Sharma']);
    expect(names({ query: 'wei li' })).toEqual(['Li Wei']);
  });

  it('finds accented names without the accents', () => {
    expect(names({ query: 'jose garcia' })).toEqual(['José García']);
  });

  it('finds cases by employer (job offer, work, and the spouse’s work) and by notes', () => {
    expect(names({ query: 'acme robotics' })).toEqual(['Priya Sharma']);
    expect(names({ query: 'Bharat Circuits' })).toEqual(['Priya Sharma']);
    expect(names({ query: 'huawei' })).toEqual(['José García']);
    expect(names({ query: 'okafor' })).toEqual(['Wang Xiaoming']);
    expect(names({ query: 'for the attorney' })).toEqual(['Priya Sharma']);
  });

  it('treats query syntax and LIKE wildcards as plain text', () => {
    for (const q of ['"', '" OR 1', 'AND OR NOT', 'NEAR(a b)', 'names:priya', 'pri*', '%', '_', '\\', "'; DROP TABLE cases; --"]) {
      expect(() => repo.list(filter({ query: q }))).not.toThrow();
    }
    expect(repo.list(filter({ query: '%' })).total).toBe(0);
    expect(repo.list(filter({ query: 'names:priya' })).total).toBe(0);
    expect(repo.list(filter({ query: 'pri*' })).total).toBe(0);
  });

  it('follows a change of name at once, and a search combines with the status filter', () => {
    const created = add({ fullName: 'Anna Schmidt' });
    expect(names({ query: 'schmidt' })).toEqual(['Anna Schmidt']);
    const file = CaseFile.parse({ ...created.caseFile, client: { fullName: 'Anna Müller' } });
    repo.update({ id: created.id, expectedRevision: 1, caseFile: file, status: 'advised' }, { actor: 't', now: testClock() });
    expect(names({ query: 'schmidt' })).toEqual([]);
    expect(names({ query: 'muller' })).toEqual(['Anna Müller']);
    expect(names({ query: 'muller', status: 'advised' })).toEqual(['Anna Müller']);
    expect(names({ query: 'muller', status: 'intake' })).toEqual([]);
  });
});

describe('sorting, paging and the Trash', () => {
  beforeEach(() => {
    minute = 0;
    add({ fullName: 'carl' }, {}, 'closed');
    add({ fullName: 'Adam' }, {}, 'consultation');
    add({ fullName: 'bob' }, {}, 'intake');
    add({ fullName: 'Dana' }, {}, 'advised');
  });

  it('sorts by last change, matter number, client (ignoring case) and status (workflow order)', () => {
    expect(names({})).toEqual(['Dana', 'bob', 'Adam', 'carl']);
    expect(names({ direction: 'asc' })).toEqual(['carl', 'Adam', 'bob', 'Dana']);
    expect(names({ sort: 'reference', direction: 'asc' })).toEqual(['carl', 'Adam', 'bob', 'Dana']);
    expect(names({ sort: 'client', direction: 'asc' })).toEqual(['Adam', 'bob', 'carl', 'Dana']);
    expect(names({ sort: 'client', direction: 'desc' })).toEqual(['Dana', 'carl', 'bob', 'Adam']);
    expect(names({ sort: 'status', direction: 'asc' })).toEqual(['bob', 'Adam', 'Dana', 'carl']);
    expect(names({ sort: 'status', direction: 'desc' })).toEqual(['carl', 'Dana', 'Adam', 'bob']);
  });

  it('sorts matter numbers as numbers within a year: 2026-10000 after 2026-9999', () => {
    const ids = repo.list(filter()).items.map(c => c.id);
    // Renumber two cases directly: creating ten thousand cases here would only slow the test.
    db.prepare("UPDATE cases SET reference = '2026-10000' WHERE id = ?").run(ids[3]);
    db.prepare("UPDATE cases SET reference = '2026-9999' WHERE id = ?").run(ids[2]);
    db.prepare("UPDATE cases SET reference = '2025-0500' WHERE id = ?").run(ids[1]);
    expect(repo.list(filter({ sort: 'reference', direction: 'asc' })).items.map(c => c.reference)).toEqual([
      '2025-0500', '2026-0004', '2026-9999', '2026-10000',
    ]);
  });

  it('pages with limit and offset and reports the total, with and without a query', () => {
    const page = repo.list(filter({ sort: 'client', direction: 'asc', limit: 3, offset: 0 }));
    expect([page.total, page.items.map(c => c.clientName)]).toEqual([4, ['Adam', 'bob', 'carl']]);
    const last = repo.list(filter({ sort: 'client', direction: 'asc', limit: 3, offset: 3 }));
    expect([last.total, last.items.map(c => c.clientName)]).toEqual([4, ['Dana']]);
    // "a" is one character: matched with LIKE, in Adam, carl and Dana.
    const searched = repo.list(filter({ query: 'a', sort: 'client', direction: 'asc', limit: 2, offset: 2 }));
    expect([searched.total, searched.items.map(c => c.clientName)]).toEqual([3, ['Dana']]);
    const beyond = repo.list(filter({ query: 'a', limit: 2, offset: 10 }));
    expect([beyond.total, beyond.items]).toEqual([3, []]);
  });

  it('hides trashed cases from the list and the search, and lists only them in the Trash', () => {
    const bob = repo.list(filter({ query: 'bob' })).items[0]!;
    const trashed = repo.trash(bob.id, { actor: 't', now: new Date('2026-11-02T00:00:00Z') });
    expect(trashed.deletedAt).toBe('2026-11-02T00:00:00.000Z');
    expect(names({})).toEqual(['Dana', 'Adam', 'carl']);
    expect(names({ query: 'bob' })).toEqual([]);
    expect(names({ trash: true })).toEqual(['bob']);
    expect(names({ trash: true, query: 'bob' })).toEqual(['bob']);
    expect(repo.list(filter({ trash: true })).total).toBe(1);
    repo.restore(bob.id, { actor: 't', now: new Date('2026-11-03T00:00:00Z') });
    expect(names({ trash: true })).toEqual([]);
    expect(names({})[0]).toBe('bob');
  });
});

describe('totals of a search', () => {
  it('counts the live matches of a word (less those in the Trash), with a status, a short word or in the Trash', () => {
    add({ fullName: 'Ann Globex' }, { jobOffer: { employer: 'Globex' } }, 'advised');
    const bea = add({ fullName: 'Bea' }, { jobOffer: { employer: 'Globex Corp' } });
    add({ fullName: 'Cy' }, { notes: 'Worked at globex once.' }, 'advised');
    add({ fullName: 'Dee' }, { jobOffer: { employer: 'Initech' } });
    const total = (f: Parameters<typeof filter>[0]) => repo.list(filter({ limit: 1, ...f })).total;
    expect(total({ query: 'globex' })).toBe(3);
    repo.trash(bea.id, { actor: 't', now: new Date('2026-11-02T00:00:00Z') });
    // The page holds one row; the total is of every match, whichever way it is counted.
    expect(total({ query: 'globex' })).toBe(2);
    expect(total({ query: 'globex', status: 'advised' })).toBe(2);
    expect(total({ query: 'globex', status: 'intake' })).toBe(0);
    expect(total({ query: 'globex cy' })).toBe(1);
    expect(total({ query: 'globex', trash: true })).toBe(1);
    expect(total({ query: 'nobody' })).toBe(0);
    expect(repo.list(filter({ query: 'globex', limit: 1, offset: 1 })).items.map(c => c.clientName)).toEqual(['Ann Globex']);
  });
});

describe('a search with many matches', () => {
  it('pages, sorts and counts the same when the matches are too many to read one by one', () => {
    // Over FEW_MATCHES (500) "globex" cases, so the list walks a sort index; "initech" has few.
    const items = Array.from({ length: 520 }, (_, i) => ({
      caseFile: CaseFile.parse({
        format: 'immigration-advisor/case',
        version: 1,
        client: { fullName: `Client ${String(i).padStart(3, '0')}` },
        jobOffer: { employer: i % 10 === 0 ? 'Initech Globex' : 'Globex' },
      }),
      note: null,
    }));
    const created = repo.createMany(items, { actor: 't', now: new Date('2026-11-01T00:00:00Z') });
    repo.trash(created[1]!.id, { actor: 't', now: new Date('2026-11-02T00:00:00Z') });
    repo.trash(created[10]!.id, { actor: 't', now: new Date('2026-11-02T00:00:00Z') });
    const page = (f: Parameters<typeof filter>[0]) => {
      const r = repo.list(filter({ limit: 5, sort: 'client', direction: 'desc', ...f }));
      return [r.total, r.items.map(c => c.clientName)];
    };
    expect(page({ query: 'globex' })).toEqual([518, ['Client 519', 'Client 518', 'Client 517', 'Client 516', 'Client 515']]);
    expect(page({ query: 'globex', offset: 515 })).toEqual([518, ['Client 003', 'Client 002', 'Client 000']]);
    expect(page({ query: 'globex', trash: true })).toEqual([2, ['Client 010', 'Client 001']]);
    expect(page({ query: 'initech' })).toEqual([51, ['Client 510', 'Client 500', 'Client 490', 'Client 480', 'Client 470']]);
    expect(page({ query: 'initech', offset: 49 })).toEqual([51, ['Client 020', 'Client 000']]);
    expect(page({ query: 'initech', trash: true })).toEqual([1, ['Client 010']]);
    expect(page({ query: 'globex', sort: 'reference', direction: 'asc', limit: 2 })[1]).toEqual(['Client 000', 'Client 002']);
    expect(page({ query: 'initech', sort: 'reference', direction: 'asc', limit: 2 })[1]).toEqual(['Client 000', 'Client 020']);
  });
});

describe('the search index', () => {
  it('keys each row by its case’s rowid (migration 0010 renumbers older rows), so a full-text match is a case', () => {
    add({ fullName: 'Ann Adams' });
    add({ fullName: 'Bea Adams' });
    const mismatched = () =>
      db.prepare('SELECT COUNT(*) FROM case_search_text t JOIN cases k ON k.id = t.case_id WHERE t.id <> k.rowid').pluck().get();
    expect(mismatched()).toBe(0);
    // As before 0010, when the ids were the search table's own: then the migration, as it runs.
    db.exec(`UPDATE case_search_text SET id = id + 100; INSERT INTO case_search (case_search) VALUES ('rebuild')`);
    expect(mismatched()).toBe(2);
    db.exec(`BEGIN; ${searchByCaseRowid} COMMIT;`);
    expect(mismatched()).toBe(0);
    db.prepare("INSERT INTO case_search (case_search) VALUES ('integrity-check')").run();
    expect(names({ query: 'adams' }).sort()).toEqual(['Ann Adams', 'Bea Adams']);
    // A new case's row takes its case's rowid, not the next free id.
    add({ fullName: 'Cy Adams' });
    expect(mismatched()).toBe(0);
    expect(names({ query: 'adams' })).toEqual(['Cy Adams', 'Bea Adams', 'Ann Adams']);
  });


  it('is rebuilt on open when it was built by another version of the search text', () => {
    add({ fullName: 'P. Sharma', otherNames: ['प्रिया शर्मा'] });
    // What a database migrated from schema 1 holds: names only as written, no Latin spellings.
    db.prepare("UPDATE case_search_text SET names = 'P. Sharma\nप्रिया शर्मा'").run();
    settings.set('searchIndexVersion', '0');
    expect(names({ query: 'priya' })).toEqual([]);
    db.close();
    ({ db, repo, settings } = openRepos(dir));
    expect(settings.get('searchIndexVersion')).toBe(SEARCH_INDEX_VERSION);
    expect(names({ query: 'priya' })).toEqual(['P. Sharma']);
  });
});
