/**
 * The short-word index (migration 0012, short-words.ts) finds exactly what the LIKE scan it replaces
 * found, on names, employers and notes in several scripts; it is filled on the first open of a
 * schema-11 database and kept with every write of the search text.
 */
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRepo } from '../../electron/db/repos/case-repo';
import { SHORT_WORD_INDEX_VERSION } from '../../electron/db/repos/search-repo';
import type { SettingsRepo } from '../../electron/db/repos/settings-repo';
import { shortPieces, shortToken } from '../../electron/db/repos/short-words';
import { CaseFile, type CaseFileInput } from '../../shared/case-file';
import { loadFixture, tempDir } from '../fixtures';
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

const ctx = { actor: 'test', now: new Date('2026-11-01T09:00:00Z') };
const parse = (client: CaseFileInput['client'], more: Partial<CaseFileInput> = {}) =>
  CaseFile.parse({ format: 'immigration-advisor/case', version: 1, client, ...more });
const add = (client: CaseFileInput['client'], more: Partial<CaseFileInput> = {}) =>
  repo.create({ caseFile: parse(client, more), status: 'intake' }, ctx);
const ids = (query: string, trash = false) =>
  repo.list(filter({ query, trash, limit: 1000 })).items.map(c => c.id).sort();

/** What the list found for a short word before 0012: LIKE over each column of every search row. */
function likeScan(word: string, trash = false): string[] {
  const like = `%${word.normalize('NFC').replace(/[\\%_]/gu, c => `\\${c}`)}%`;
  return db
    .prepare<[string, string, string], string>(
      `SELECT k.id FROM case_search_text t JOIN cases k ON k.rowid = t.id
       WHERE k.deleted_at IS ${trash ? 'NOT NULL' : 'NULL'}
         AND (t.names LIKE ? ESCAPE '\\' OR t.employers LIKE ? ESCAPE '\\' OR t.notes LIKE ? ESCAPE '\\')
       ORDER BY k.id`,
    )
    .pluck()
    .all(like, like, like);
}

/**
 * Every 1- and 2-code-point piece of the stored search text (spaces and separators included, so
 * pieces across a word's end are tried), each also upper- and lower-cased, plus pieces found nowhere.
 */
function words(): string[] {
  const texts = db.prepare<[], string>("SELECT names || char(10) || employers || char(10) || notes FROM case_search_text").pluck().all();
  const all = new Set<string>(['zq', 'Q', '丽丽', 'é', 'É', 'ß', '%', '_', '\\']);
  for (const text of texts) {
    const chars = Array.from(text);
    chars.forEach((c, i) => {
      for (const w of [c, c + (chars[i + 1] ?? '')]) for (const v of [w, w.toUpperCase(), w.toLowerCase()]) all.add(v);
    });
  }
  // A query splits on white space, commas and semicolons: such a piece is two words (or none).
  return [...all].filter(w => !/[\s,;]/u.test(w) && Array.from(w).length <= 2);
}

function expectSameAsLike(trash = false): number {
  const list = words();
  const differing = list.filter(w => JSON.stringify(ids(w, trash)) !== JSON.stringify(likeScan(w, trash)));
  expect(differing).toEqual([]);
  return list.length;
}

describe('the short-word index', () => {
  it('finds exactly what the LIKE scan found, in every script, case and accent', () => {
    repo.create({ caseFile: CaseFile.parse(loadFixture('priya-sharma.case.json')), status: 'intake' }, ctx);
    repo.create({ caseFile: CaseFile.parse(loadFixture('li-wei-minimal.case.json')), status: 'intake' }, ctx);
    add({ fullName: 'José García', otherNames: ['JOSE GARCIA'] }, { jobOffer: { employer: 'Ōtsuka & Co.' } });
    add({ fullName: 'Émile Zola', otherNames: ['émile'] }, { notes: 'Decomposed: Jose\u0301; 100% sure_ok "quoted" back\\slash' });
    add({ fullName: 'Wang Xiaoming', otherNames: ['王小明'] }, { spouse: { fullName: 'Zhang Li', otherNames: ['张丽'] }, notes: 'Referred by Dr. Okafor, 2 kids' });
    add({ fullName: 'P. Sharma', otherNames: ['प्रिया शर्मा'] }, { notes: 'Straße; İstanbul; 👩‍⚖️ met; a,b;c' });
    const tried = expectSameAsLike();
    expect(tried).toBeGreaterThan(300);
    // Short words with each other and with a long one, in any order.
    for (const q of ['wei li', 'li 李伟', 'sh ar ma', 'zh 丽 wang', 'é zola', 'O 2 kids']) {
      const expected = q
        .split(' ')
        .map(w => (Array.from(w).length <= 2 ? likeScan(w) : ids(w)))
        .reduce((a, b) => a.filter(x => b.includes(x)));
      expect(ids(q), q).toEqual(expected);
    }
    expect(ids('wei li')).toHaveLength(1);
  });

  it('follows an edit, an import, the Trash and a restore', () => {
    const a = add({ fullName: 'Qa Yu' });
    expect(ids('qa')).toEqual([a.id]);
    repo.update({ id: a.id, expectedRevision: a.revision, caseFile: parse({ fullName: 'Vo Yu' }) }, ctx);
    expect(ids('qa')).toEqual([]);
    expect(ids('vo')).toEqual([a.id]);
    const imported = repo.createMany([{ caseFile: parse({ fullName: 'Qa Ng' }), note: null }, { caseFile: parse({ fullName: 'Ox Ng' }), note: null }], ctx);
    expect(ids('qa')).toEqual([imported[0]?.id]);
    expect(ids('ng')).toEqual(imported.map(c => c.id).sort());
    repo.trash(a.id, ctx);
    expect(ids('vo')).toEqual([]);
    expect(ids('vo', true)).toEqual([a.id]);
    repo.restore(a.id, ctx);
    expect(ids('vo')).toEqual([a.id]);
    expectSameAsLike();
  });

  it('loses a case’s pieces with its search row', () => {
    const a = add({ fullName: 'Qa Yu' });
    const rows = () => db.prepare("SELECT rowid FROM case_search_short WHERE case_search_short MATCH ?").pluck().all(`"${shortToken('qa')}"`);
    expect(rows()).toHaveLength(1);
    // As a case's deletion cascades to its search row.
    db.prepare('DELETE FROM case_search_text WHERE case_id = ?').run(a.id);
    expect(rows()).toEqual([]);
  });

  it('cuts pieces of code points, folds only ASCII letters, and leaves out separators', () => {
    const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');
    const pieces = shortPieces({ names: 'Li 李伟', employers: 'É', notes: '' }).split(' ');
    expect(pieces.sort()).toEqual(['l', 'li', 'i', '李', '李伟', '伟', 'É'].map(hex).sort());
    expect(shortToken('LI')).toBe(hex('li'));
  });
});

describe('the short-word index of a schema-11 database', () => {
  it('is filled on the first open after migration 0012', () => {
    db.close();
    const file = join(dir, 'advisor.sqlite');
    // The new database's own journal files must not be laid over the fixture.
    for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    copyFileSync(join(import.meta.dirname, '..', 'fixtures', 'databases', 'v11-encrypted.sqlite'), file);
    ({ db, repo, settings } = openRepos(dir));
    expect(settings.get('shortWordIndexVersion')).toBe(SHORT_WORD_INDEX_VERSION);
    // The fixture's Li Wei is in the Trash, Priya Sharma is not.
    expect(repo.list(filter({ query: '李伟', trash: true })).items.map(c => c.clientName)).toEqual(['Li Wei']);
    expect(repo.list(filter({ query: 'sh' })).items.map(c => c.clientName)).toEqual(['Priya Sharma']);
    expectSameAsLike();
    expectSameAsLike(true);
  });
});
