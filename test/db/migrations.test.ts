import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../../electron/db/driver';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyKey } from '../../electron/db/cipher';
import { openDatabase } from '../../electron/db/connection';
import { migrate, schemaVersion } from '../../electron/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/db/migrations';
import { AdvisorError } from '../../shared/result';
import { TEST_PASSPHRASE, tempDir } from '../fixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('migration 0001-init', () => {
  it('creates STRICT clients, cases and audit_log tables with their keys and checks', () => {
    const db = new Database(join(dir, 'a.sqlite'));
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(schemaVersion(db)).toBe(1);
    const tables = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all();
    expect(tables).toEqual([
      { name: 'audit_log', strict: 1 },
      { name: 'cases', strict: 1 },
      { name: 'clients', strict: 1 },
    ]);
    const cols = (t: string) => db.prepare(`SELECT name FROM pragma_table_info('${t}')`).pluck().all();
    expect(cols('cases')).toEqual(
      expect.arrayContaining(['id', 'reference', 'client_id', 'status', 'case_file', 'client_name', 'revision']),
    );
    expect(cols('audit_log')).toEqual(['id', 'at', 'actor', 'action', 'entity', 'entity_id', 'case_id', 'before', 'after']);
    expect(db.prepare("SELECT \"table\" FROM pragma_foreign_key_list('cases')").pluck().all()).toEqual(['clients']);

    // The checks hold: an unknown status and a non-JSON case file are refused.
    db.prepare("INSERT INTO clients VALUES ('c1', 'A', '[]', NULL, '[]', NULL, NULL, 't', 't')").run();
    const insertCase = db.prepare(
      "INSERT INTO cases (id, reference, client_id, status, case_file, client_name, created_at, updated_at) VALUES (?, ?, 'c1', ?, ?, 'A', 't', 't')",
    );
    expect(() => insertCase.run('k1', '2026-0001', 'archived', '{}')).toThrow(/CHECK constraint/);
    expect(() => insertCase.run('k1', '2026-0001', 'intake', 'not json')).toThrow(/CHECK constraint/);
    // Audit rows can be added but never changed or removed.
    db.prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES ('t', 'me', 'create', 'case', 'k1')").run();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });
});

describe('migration 0002-intake-search', () => {
  it('adds the Trash, drafts, settings and search, rebuilds the audit log, and keeps every old row', () => {
    const db = new Database(join(dir, 'a.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 1));
    // Version 1 data: a client, a case with spouse, employers and notes, and two audit rows.
    const caseFile = {
      client: { fullName: 'Priya Sharma' },
      spouse: { fullName: 'Arjun Sharma', otherNames: ['अर्जुन शर्मा'], work: [{ employer: 'Bharat Circuits' }] },
      work: [{ employer: 'Acme Robotics' }, { occupation: 'Intern' }],
      jobOffer: { employer: 'Initech' },
      notes: 'Met at the Pune seminar.',
    };
    db.prepare(`INSERT INTO clients VALUES ('c1', 'Priya Sharma', '["प्रिया शर्मा"]', '1998-04-12', '["IN"]', NULL, NULL, 't1', 't1')`).run();
    db.prepare(
      `INSERT INTO cases (id, reference, client_id, status, case_file, client_name, spouse_name, created_at, updated_at)
       VALUES ('k1', '2026-0001', 'c1', 'advised', ?, 'Priya Sharma', 'Arjun Sharma', 't1', 't2')`,
    ).run(JSON.stringify(caseFile));
    const insertAudit = db.prepare(
      "INSERT INTO audit_log (at, actor, action, entity, entity_id, case_id, before, after) VALUES (?, 'jane', ?, 'case', 'k1', 'k1', ?, ?)",
    );
    insertAudit.run('t1', 'create', null, '{"reference":"2026-0001"}');
    insertAudit.run('t2', 'update', '{"status":"intake"}', '{"status":"advised"}');
    const before = db.prepare('SELECT * FROM audit_log ORDER BY id').all();

    migrate(db, MIGRATIONS.slice(0, 2));
    expect(schemaVersion(db)).toBe(2);
    const cols = (t: string) => db.prepare(`SELECT name FROM pragma_table_info('${t}')`).pluck().all();
    expect(cols('cases')).toContain('deleted_at');
    expect(cols('case_drafts')).toEqual(['case_id', 'data', 'issues', 'saved_at']);
    expect(cols('settings')).toEqual(['key', 'value']);
    expect(cols('audit_log')).toEqual(['id', 'at', 'actor', 'action', 'entity', 'entity_id', 'case_id', 'before', 'after', 'note', 'changes']);
    const strict = db.prepare("SELECT name FROM pragma_table_list WHERE strict = 1 ORDER BY name").pluck().all();
    expect(strict).toEqual(['audit_log', 'case_drafts', 'case_search_text', 'cases', 'clients', 'settings']);

    // Old rows survive: the case, now live (not trashed), and the audit rows with their ids.
    expect(db.prepare('SELECT reference, status, deleted_at FROM cases').get()).toEqual({ reference: '2026-0001', status: 'advised', deleted_at: null });
    const after = db.prepare('SELECT id, at, actor, action, entity, entity_id, case_id, before, after FROM audit_log ORDER BY id').all();
    expect(after).toEqual(before);
    expect(db.prepare('SELECT note, changes FROM audit_log').all()).toEqual([{ note: null, changes: null }, { note: null, changes: null }]);

    // Existing cases are searchable at once, in their own scripts (Latin spellings come from the app).
    expect(db.prepare('SELECT names, employers, notes FROM case_search_text').get()).toEqual({
      names: 'Priya Sharma\nप्रिया शर्मा\nArjun Sharma\nअर्जुन शर्मा',
      employers: 'Initech\nAcme Robotics\nBharat Circuits',
      notes: 'Met at the Pune seminar.',
    });
    const match = db.prepare('SELECT case_id FROM case_search WHERE case_search MATCH ?').pluck();
    expect(match.all('"अर्जुन"')).toEqual(['k1']);
    expect(match.all('"robotics"')).toEqual(['k1']);
    expect(match.all('"pune seminar"')).toEqual(['k1']);

    // The new audit log accepts a conflict decision with a note, and is still append-only.
    db.prepare(
      "INSERT INTO audit_log (at, actor, action, entity, entity_id, case_id, note) VALUES ('t3', 'jane', 'conflict-decision', 'case', 'k1', 'k1', 'cleared')",
    ).run();
    expect(() => db.prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES ('t', 'me', 'export', 'case', 'k1')").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' ORDER BY name").pluck().all();
    expect(indexes).toEqual(['audit_by_case', 'audit_by_entity']);

    // Drafts hold JSON only and belong to an existing case.
    expect(() => db.prepare("INSERT INTO case_drafts VALUES ('k1', 'not json', '[]', 't')").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("INSERT INTO case_drafts VALUES ('nope', '{}', '[]', 't')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('migration 0003-snapshots', () => {
  /** A version-2 database with a client, a case and three audit rows, one a conflict decision. */
  function atVersion2() {
    const db = new Database(join(dir, 'a.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 2));
    db.prepare(`INSERT INTO clients VALUES ('c1', 'Li Wei', '["李伟"]', NULL, '["CN"]', NULL, NULL, 't1', 't1')`).run();
    db.prepare(
      `INSERT INTO cases (id, reference, client_id, status, case_file, client_name, created_at, updated_at)
       VALUES ('k1', '2026-0001', 'c1', 'intake', '{"client":{"fullName":"Li Wei"}}', 'Li Wei', 't1', 't1')`,
    ).run();
    const audit = db.prepare(
      `INSERT INTO audit_log (at, actor, action, entity, entity_id, case_id, before, after, note, changes)
       VALUES (?, 'jane', ?, 'case', 'k1', 'k1', NULL, ?, ?, ?)`,
    );
    audit.run('t1', 'create', '{"reference":"2026-0001"}', null, null);
    audit.run('t2', 'update', null, null, '[{"field":"notes","before":null,"after":"x"}]');
    audit.run('t3', 'conflict-decision', null, 'cleared: no overlap', '[{"field":"conflictCheck","before":null,"after":"cleared"}]');
    return db;
  }
  const row = (over: Record<string, string> = {}) => ({
    id: 's1', case_id: 'k1', created_at: '2026-11-29T12:00:00.000Z', actor: 'jane', rules_version: '2026-11-29.1',
    as_of: '2026-11-29', currency: 'USD', program_ids: '["us-h1b"]', assumptions: '{}', case_file: '{}', results: '[]',
    recommendation: '{"programId":null,"rationale":""}', what_if: '[]', ...over,
  });
  const insertSnapshot = (db: Database, r: Record<string, string>) =>
    db.prepare(`INSERT INTO snapshots (${Object.keys(r).join(', ')}) VALUES (${Object.keys(r).map(k => `@${k}`).join(', ')})`).run(r);

  it('adds an append-only STRICT snapshots table tied to cases, indexed by case and time', () => {
    const db = atVersion2();
    migrate(db, MIGRATIONS.slice(0, 3));
    expect(schemaVersion(db)).toBe(3);
    const cols = db.prepare("SELECT name, type, \"notnull\", pk FROM pragma_table_info('snapshots')").all();
    expect(cols).toEqual(
      ['id', 'case_id', 'created_at', 'actor', 'rules_version', 'as_of', 'currency', 'program_ids', 'assumptions', 'case_file', 'results', 'recommendation', 'what_if']
        .map(name => ({ name, type: 'TEXT', notnull: 1, pk: name === 'id' ? 1 : 0 })),
    );
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'snapshots'").pluck().get()).toBe(1);
    expect(db.prepare("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('snapshots')").all()).toEqual([{ table: 'cases', from: 'case_id', to: 'id' }]);
    expect(db.prepare("SELECT name FROM pragma_index_info('snapshots_by_case')").pluck().all()).toEqual(['case_id', 'created_at']);

    insertSnapshot(db, row());
    // JSON columns hold JSON of the right shape; the case must exist; nothing is optional (STRICT makes the key NOT NULL too).
    expect(() => insertSnapshot(db, row({ id: 's2', results: 'not json' }))).toThrow(/CHECK constraint/);
    expect(() => insertSnapshot(db, row({ id: 's2', program_ids: '{"us-h1b":1}' }))).toThrow(/CHECK constraint/);
    expect(() => insertSnapshot(db, row({ id: 's2', case_id: 'nope' }))).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('INSERT INTO snapshots (id, case_id) VALUES (?, ?)').run('s3', 'k1')).toThrow(/NOT NULL/);

    // Immutable: no update, no delete, and the case it belongs to cannot be removed under it.
    expect(() => db.prepare("UPDATE snapshots SET results = '[]', actor = 'someone else'").run()).toThrow(/saved comparisons cannot be changed/);
    expect(() => db.prepare('DELETE FROM snapshots').run()).toThrow(/saved comparisons cannot be deleted/);
    expect(() => db.prepare("DELETE FROM cases WHERE id = 'k1'").run()).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT id, actor FROM snapshots').all()).toEqual([{ id: 's1', actor: 'jane' }]);
    db.close();
  });

  it("rebuilds the audit log to accept 'snapshot', keeping every row, its id, indexes and triggers", () => {
    const db = atVersion2();
    const before = db.prepare('SELECT * FROM audit_log ORDER BY id').all();
    migrate(db);
    expect(db.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(before);
    db.prepare(
      "INSERT INTO audit_log (at, actor, action, entity, entity_id, case_id, note) VALUES ('t4', 'jane', 'snapshot', 'case', 'k1', 'k1', 'Saved a comparison')",
    ).run();
    expect(() => db.prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES ('t', 'me', 'export', 'case', 'k1')").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' ORDER BY name").pluck().all();
    expect(indexes).toEqual(['audit_by_case', 'audit_by_entity']);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'audit_log_v%'").all()).toEqual([]);
    db.close();
  });
});

describe('migrating', () => {
  it('is at the latest version after opening, and opening again changes nothing', () => {
    const file = join(dir, 'advisor.sqlite');
    openDatabase(file, TEST_PASSPHRASE).close();
    const db = openDatabase(file, TEST_PASSPHRASE);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('rolls a failing migration back whole: no half-made table, version unchanged', () => {
    const db = new Database(join(dir, 'a.sqlite'));
    const broken = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: 'broken', sql: 'CREATE TABLE half (x INTEGER) STRICT; SELECT * FROM missing_table;' },
    ];
    expect(() => migrate(db, broken)).toThrow(/missing_table/);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses to skip a version', () => {
    const db = new Database(join(dir, 'a.sqlite'));
    expect(() => migrate(db, [{ version: 2, name: 'gap', sql: 'SELECT 1' }])).toThrow(/out of order/);
    expect(schemaVersion(db)).toBe(0);
    db.close();
  });
});

describe('a database written by a newer version', () => {
  it('is refused with a clear message and left byte-for-byte unchanged', () => {
    const file = join(dir, 'advisor.sqlite');
    const db = new Database(file);
    applyKey(db, TEST_PASSPHRASE);
    db.exec('CREATE TABLE future (x INTEGER)');
    db.pragma(`user_version = ${String(LATEST_SCHEMA_VERSION + 5)}`);
    db.close();
    const before = sha(file);

    let error: unknown;
    try {
      openDatabase(file, TEST_PASSPHRASE);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AdvisorError);
    expect((error as AdvisorError).code).toBe('database-too-new');
    expect((error as AdvisorError).message).toMatch(/newer version of Immigration Advisor.*has not been changed/s);
    expect(sha(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('a file that is not a database at all gets a message, not a crash, and is not changed', () => {
    const file = join(dir, 'advisor.sqlite');
    writeFileSync(file, 'these are my notes, not a database'.repeat(100));
    const before = sha(file);
    // Without the key, noise and an encrypted database look the same: the message covers both.
    expect(() => openDatabase(file, TEST_PASSPHRASE)).toThrow(/does not open this database/);
    expect(sha(file)).toBe(before);
  });
});

describe('migration 0004-memos', () => {
  it('adds a memos table numbered per case, tied to a case and a saved comparison', () => {
    const db = new Database(join(dir, 'a.sqlite'));
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'memos'").pluck().get()).toBe(1);
    expect(db.prepare("SELECT \"table\" FROM pragma_foreign_key_list('memos') ORDER BY \"table\"").pluck().all()).toEqual(['cases', 'snapshots']);
    const unique = db.prepare("SELECT COUNT(*) FROM pragma_index_list('memos') WHERE \"unique\" = 1 AND origin = 'u'").pluck().get();
    expect(unique).toBe(1);
    db.close();
  });
});

describe('migration 0005-security-log', () => {
  it('adds an append-only security log that takes only the known events', () => {
    const db = new Database(join(dir, 'a.sqlite'));
    migrate(db, MIGRATIONS.slice(0, 5));
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'security_log'").pluck().get()).toBe(1);
    const insert = db.prepare('INSERT INTO security_log (at, actor, event, detail) VALUES (?, ?, ?, ?)');
    insert.run('2026-11-29T09:00:00.000Z', 'ann', 'passphrase-changed', '');
    expect(() => insert.run('2026-11-29T09:00:00.000Z', 'ann', 'passphrase-forgotten', '')).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE security_log SET actor = 'mallory'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM security_log').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT actor FROM security_log').pluck().all()).toEqual(['ann']);
    db.close();
  });
});

describe('migration 0006-imported-files', () => {
  it('adds a STRICT table of imported files by SHA-256, indexed by hash, that takes only a hex hash and a JSON list of case ids', () => {
    const db = new Database(join(dir, 'a.sqlite'));
    migrate(db, MIGRATIONS.slice(0, 6));
    expect(schemaVersion(db)).toBe(6);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'imported_files'").pluck().get()).toBe(1);
    expect(db.prepare("SELECT name FROM pragma_index_list('imported_files')").pluck().all()).toContain('imported_files_by_hash');
    const insert = db.prepare('INSERT INTO imported_files (sha256, file_name, case_ids, actor, imported_at) VALUES (?, ?, ?, ?, ?)');
    const hash = 'ab'.repeat(32);
    insert.run(hash, 'priya.json', '["c1","c2"]', 'ann', '2026-11-29T09:00:00.000Z');
    expect(() => insert.run('AB'.repeat(32), 'priya.json', '[]', 'ann', '2026-11-29T09:00:00.000Z')).toThrow(/CHECK constraint/);
    expect(() => insert.run(hash.slice(1), 'priya.json', '[]', 'ann', '2026-11-29T09:00:00.000Z')).toThrow(/CHECK constraint/);
    expect(() => insert.run(hash, 'priya.json', '{"id":"c1"}', 'ann', '2026-11-29T09:00:00.000Z')).toThrow(/CHECK constraint/);
    db.close();
  });
});
