import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Advisor } from '../../../electron/advisor';
import { Database } from '../../../electron/db/driver';
import { LATEST_SCHEMA_VERSION } from '../../../electron/db/migrations';
import { createDispatcher, type Handlers } from '../../../electron/dispatcher';
import { METHODS, type Method } from '../../../shared/contract';
import { AdvisorError } from '../../../shared/result';
import { loadFixture, TEST_PASSPHRASE } from '../../fixtures';
import { expectOk, openTestAdvisor } from './test-advisor';

let advisor: Advisor;
let close: () => void;
beforeEach(() => ({ advisor, close } = openTestAdvisor()));
afterEach(() => close());

const ok = <M extends Method>(method: M, input: unknown) => expectOk(advisor, method, input);

describe('dispatch', () => {
  it('creates, reads, lists and updates a case through the contract, outputs matching their schemas', async () => {
    const created = await ok('cases:create', { caseFile: loadFixture('priya-sharma.case.json') });
    expect(created).toMatchObject({ reference: '2026-0001', status: 'intake', clientName: 'Priya Sharma' });
    expect((await ok('cases:get', { id: created.id })).caseFile).toEqual(loadFixture('priya-sharma.case.json'));
    expect((await ok('cases:list', {})).items.map(c => c.id)).toEqual([created.id]);
    const updated = await ok('cases:update', {
      id: created.id,
      expectedRevision: 1,
      caseFile: loadFixture('li-wei-minimal.case.json'),
      status: 'consultation',
    });
    expect(updated).toMatchObject({ revision: 2, clientName: 'Li Wei', status: 'consultation' });
    expect(await ok('app:info', {})).toMatchObject({ appVersion: '9.9.9', schemaVersion: LATEST_SCHEMA_VERSION, caseFileVersion: 1 });
  });

  it('answers bad input with code bad-input and the field path inside the input', async () => {
    const file = loadFixture('priya-sharma.case.json') as { education: { level: string }[] };
    file.education[0]!.level = 'phd';
    const result = await advisor.dispatch('cases:create', { caseFile: file });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'bad-input',
        field: 'caseFile.education[0].level',
        message: expect.stringMatching(/^caseFile\.education\[0\]\.level: expected one of none, /) as unknown,
      },
    });
  });

  it('answers unknown methods, including prototype names, with unknown-method', async () => {
    for (const method of ['cases:drop', '__proto__', 'constructor', 'toString', 42, null, undefined]) {
      const result = await advisor.dispatch(method, {});
      expect(result.ok ? 'ok' : result.error.code).toBe('unknown-method');
    }
  });

  it('turns a missing case into not-found and a stale edit into conflict', async () => {
    const missing = await advisor.dispatch('cases:get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.ok ? null : missing.error.code).toBe('not-found');
    const created = await ok('cases:create', { caseFile: loadFixture('li-wei-minimal.case.json') });
    // A real change (an update that changes nothing keeps the revision, so could not go stale).
    const input = { id: created.id, expectedRevision: 1, caseFile: loadFixture('li-wei-minimal.case.json'), status: 'advised' };
    await ok('cases:update', input);
    const stale = await advisor.dispatch('cases:update', input);
    expect(stale.ok ? null : stale.error).toMatchObject({ code: 'conflict', field: 'expectedRevision' });
  });

  it('never throws and never stores anything for malformed input, whatever the method', async () => {
    const hostile: unknown[] = [
      undefined, null, 0, -1, NaN, '', 'x'.repeat(100_000), [], [[[]]], true, {},
      { id: "' OR 1=1 --" }, { caseFile: null }, { caseFile: { format: 'immigration-advisor/case' } },
      { limit: 1e9 }, { limit: -1, offset: 'a' }, { status: 'archived' }, JSON.parse('{"__proto__": {"x": 1}}'),
      { caseFile: { format: 'immigration-advisor/case', version: 1, client: { fullName: 'A', evil: '<script>' } } },
    ];
    for (const method of METHODS) {
      for (const input of hostile) {
        const result = await advisor.dispatch(method, input);
        // vault:setup on a database that has a passphrase is a conflict; a wrong one is refused as such.
        if (!result.ok) expect(['bad-input', 'not-found', 'conflict', 'wrong-passphrase']).toContain(result.error.code);
        // `vault:lock {}` is valid input and locks; unlock so the remaining methods are exercised.
        if (advisor.vault.status().state === 'locked') advisor.vault.unlock(TEST_PASSPHRASE);
      }
    }
    const page = await ok('cases:list', {});
    expect(page.total).toBe(0);
  });
});

describe('createDispatcher', () => {
  const handlers = (impl: () => never): Handlers =>
    Object.fromEntries(METHODS.map(m => [m, impl])) as unknown as Handlers;

  it('reports an unexpected handler failure as internal, to the caller and to the error hook', async () => {
    const seen: string[] = [];
    const dispatch = createDispatcher(handlers(() => { throw new TypeError('boom'); }), {
      onInternalError: (method, err) => seen.push(`${method}: ${(err as Error).message}`),
    });
    const result = await dispatch('cases:list', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'cases:list failed: boom' } });
    expect(seen).toEqual(['cases:list: boom']);
  });

  it('passes a deliberate AdvisorError through with its code and field', async () => {
    const dispatch = createDispatcher(handlers(() => { throw new AdvisorError('conflict', 'changed', 'expectedRevision'); }));
    expect(await dispatch('app:info', {})).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'changed', field: 'expectedRevision' },
    });
  });

  it('answers a database another process held too long with busy: retryable, not internal, no SQLite code shown', async () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED']) {
      const seen: string[] = [];
      const dispatch = createDispatcher(handlers(() => { throw new Database.SqliteError('database is locked', code); }), {
        onInternalError: method => seen.push(method),
      });
      const result = await dispatch('cases:save-draft', { id: '6f1c2f3e-1111-4222-8333-444455556666', expectedRevision: 1, draft: {} });
      expect(result, code).toEqual({ ok: false, error: { code: 'busy', message: expect.stringMatching(/^The database is busy .*Nothing was changed; try again/) } });
      expect(JSON.stringify(result), code).not.toMatch(/SQLITE|locked/);
      expect(seen, code).toEqual([]);
    }
    // Other SQLite failures stay internal.
    const full = createDispatcher(handlers(() => { throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL'); }));
    expect(await full('cases:list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
