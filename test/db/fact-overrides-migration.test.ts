// Migration 0011 (its firm-figures part, 0011-fact-overrides.ts): the firm's figures table with its checks and keep-everything
// triggers, and the audit log rebuilt to take firm-level rows without losing a row.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../electron/db/driver';
import { migrate } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { tempDir } from '../fixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const at = MIGRATIONS.findIndex(m => m.name === '0011-rule-packs-and-firm-figures');

/** A database just before 0011, with a case and audit rows of every kind 0003 allowed. */
function beforeOverrides(): Database {
  const db = new Database(join(dir, 'a.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, at));
  db.prepare("INSERT INTO clients (id, full_name, created_at, updated_at) VALUES ('c1', 'Li Wei', 't1', 't1')").run();
  db.prepare(
    `INSERT INTO cases (id, reference, client_id, status, case_file, client_name, created_at, updated_at)
     VALUES ('k1', '2026-0001', 'c1', 'intake', '{"client":{"fullName":"Li Wei"}}', 'Li Wei', 't1', 't1')`,
  ).run();
  const audit = db.prepare(`INSERT INTO audit_log (at, actor, action, entity, entity_id, case_id, after, note, changes) VALUES (?, 'jane', ?, 'case', 'k1', 'k1', ?, ?, ?)`);
  audit.run('t1', 'create', '{"reference":"2026-0001"}', null, null);
  audit.run('t2', 'snapshot', null, 'Saved a comparison', null);
  audit.run('t3', 'conflict-decision', null, 'cleared', '[{"field":"conflictCheck","before":null,"after":"cleared"}]');
  return db;
}

const row = (over: Record<string, unknown> = {}) => ({
  id: 'o1', fact_id: 'us-h1b.registration-fee', value: 250, unknown_reason: null, effective_from: '2027-01-01',
  source_url: 'https://www.uscis.gov/g-1055', note: null, attorney: 'Ann Attorney', created_at: '2026-11-29T12:00:00.000Z', ...over,
});
const insert = (db: Database, r: Record<string, unknown>) =>
  db.prepare(`INSERT INTO fact_overrides (${Object.keys(r).join(', ')}) VALUES (${Object.keys(r).map(k => `@${k}`).join(', ')})`).run(r);

describe('migration 0011: firm figures', () => {
  it('rebuilds the audit log to take firm-level rows, keeping every row, its id, indexes and triggers', () => {
    const db = beforeOverrides();
    const before = db.prepare('SELECT * FROM audit_log ORDER BY id').all();
    migrate(db);
    expect(db.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(before);
    db.prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id, note) VALUES ('t4', 'Ann', 'create', 'firm', 'o1', 'Firm figure for …')").run();
    expect(() => db.prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES ('t', 'me', 'create', 'pack', 'x')").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' ORDER BY name").pluck().all()).toEqual(['audit_by_case', 'audit_by_entity']);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'audit_log_v%'").all()).toEqual([]);
    db.close();
  });

  it('keeps firm figures checked, whole and revertable once', () => {
    const db = beforeOverrides();
    migrate(db);
    insert(db, row());
    insert(db, row({ id: 'o2', value: null, unknown_reason: 'Suspended.', source_url: null, note: 'Counsel alert' }));
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'fact_overrides'").pluck().get()).toBe(1);
    for (const bad of [
      { value: -1 }, // a negative figure
      { value: null }, // unknown without its reason
      { unknown_reason: 'why' }, // a reason with a figure
      { source_url: null }, // neither a source nor a note
      { source_url: 'ftp://x' },
      { effective_from: '1 Jan 2027' },
      { attorney: ' ' },
    ]) {
      expect(() => insert(db, row({ id: 'bad', ...bad })), JSON.stringify(bad)).toThrow(/CHECK constraint/);
    }
    expect(() => db.prepare('DELETE FROM fact_overrides').run()).toThrow(/kept/);
    expect(() => db.prepare("UPDATE fact_overrides SET note = 'edited' WHERE id = 'o1'").run()).toThrow(/only ever reverted, once/);
    expect(() => db.prepare("UPDATE fact_overrides SET reverted_at = 't5' WHERE id = 'o1'").run()).toThrow(/CHECK constraint/);
    db.prepare("UPDATE fact_overrides SET reverted_at = 't5', reverted_by = 'Bo' WHERE id = 'o1'").run();
    expect(() => db.prepare("UPDATE fact_overrides SET reverted_at = 't6', reverted_by = 'Cy' WHERE id = 'o1'").run()).toThrow(/only ever reverted, once/);
    expect(db.prepare('SELECT id, reverted_by FROM fact_overrides ORDER BY id').all()).toEqual([{ id: 'o1', reverted_by: 'Bo' }, { id: 'o2', reverted_by: null }]);
    db.close();
  });
});
