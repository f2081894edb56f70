/**
 * The firm's figures in the firm database: entered and reverted each in one transaction with a
 * firm-level audit row in words; kept whole (history), refused without the attorney's name; every
 * bad field refused by name; and the effective data set's hash and identity recomputed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_FACTS } from '../../../shared/facts/bundled';
import { withOverrides } from '../../../shared/facts/overrides';
import { factAt } from '../../../shared/facts/resolve';
import { rulesIdentity } from '../../../shared/facts/schema';
import { AdvisorError } from '../../../shared/result';
import { checkOverride, type OverrideRequest } from '../../../electron/rules/override-input';
import { effectiveDataSet, effectiveRulesIdentity } from '../../../electron/rules/override-hash';
import { factsHash } from '../../../electron/rules/pack-crypto';
import { activeOverrides, addOverride, firmAuditRows, overrideHistory, revertFact } from '../../../electron/rules/override-repo';
import { openRepos, type Repos } from '../../db/repos';
import { tempDir } from '../../fixtures';

const REG = 'us-h1b.registration-fee';
let dir: string;
let cleanup: () => void;
let r: Repos;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  r = openRepos(dir);
});
afterEach(() => {
  r.db.close();
  cleanup();
});

const at = (iso: string) => ({ by: 'Ann Attorney', now: new Date(iso) });
const request = (over: Partial<OverrideRequest> = {}): OverrideRequest => ({ factId: REG, value: '250', effectiveFrom: '2027-01-01', url: 'https://www.uscis.gov/g-1055', ...over });
const add = (over: Partial<OverrideRequest> = {}, when = '2026-11-29T12:00:00.000Z') => addOverride(r.db, BUNDLED_FACTS, checkOverride(request(over)), at(when));
const tableBytes = () => JSON.stringify([r.db.prepare('SELECT * FROM fact_overrides').all(), r.db.prepare('SELECT * FROM audit_log').all()]);

/** The refusal `fn` throws: its field and message. */
function refusal(fn: () => unknown): { field: string | undefined; message: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof AdvisorError) return { field: err.field, message: err.message };
    throw err;
  }
  throw new Error('not refused');
}

describe('entering and reverting a firm figure', () => {
  it('stores it, lays it over the base from its date, and audits it in words', () => {
    const { override, words } = add();
    expect(words).toBe('Firm figure for “Cap registration” (H-1B specialty occupation): 215 USD → 250 USD from 1 January 2027 (source https://www.uscis.gov/g-1055).');
    expect(firmAuditRows(r.db)).toEqual([{ at: '2026-11-29T12:00:00.000Z', actor: 'Ann Attorney', action: 'create', words }]);
    // Firm-level: on no case's trail.
    expect(r.db.prepare("SELECT entity, case_id FROM audit_log WHERE entity = 'firm'").all()).toEqual([{ entity: 'firm', case_id: null }]);
    expect(activeOverrides(r.db)).toEqual([{ id: override.id, factId: REG, value: 250, effectiveFrom: '2027-01-01', url: 'https://www.uscis.gov/g-1055', by: 'Ann Attorney', at: '2026-11-29T12:00:00.000Z' }]);
    const effective = withOverrides(BUNDLED_FACTS, activeOverrides(r.db));
    const value = (d: string) => { const f = factAt(effective, REG, d); return f.state === 'in-force' ? f.version.value : f.state; };
    expect([value('2026-12-31'), value('2027-01-01')]).toEqual([215, 250]);
  });

  it('words an unknown figure and a note, and a figure over a figure, from the figure then in force', () => {
    add({ value: '300', effectiveFrom: '2026-12-01', url: undefined, note: 'Federal Register notice of 20 Nov 2026' });
    const { words } = add({ value: 'unknown', reason: 'Fee suspended pending litigation.', url: undefined, note: 'Client alert from counsel' }, '2026-11-30T08:00:00.000Z');
    expect(words).toBe('Firm figure for “Cap registration” (H-1B specialty occupation): 300 USD → unknown (Fee suspended pending litigation.) from 1 January 2027 (note “Client alert from counsel”).');
  });

  it('reverts every firm figure of the fact, audited, so the base applies again, and keeps the history', () => {
    add({ value: '250', effectiveFrom: '2026-12-01' });
    add({ value: '260', effectiveFrom: '2027-01-01' }, '2026-11-30T08:00:00.000Z');
    const reverted = revertFact(r.db, BUNDLED_FACTS, REG, { by: 'Bo Barrister', now: new Date('2026-12-02T09:00:00.000Z') });
    expect(reverted.map(x => x.words)).toEqual([
      'Firm figure for “Cap registration” (H-1B specialty occupation) reverted: 260 USD → 250 USD from 1 January 2027 (entered by Ann Attorney on 30 November 2026; source https://www.uscis.gov/g-1055).',
      'Firm figure for “Cap registration” (H-1B specialty occupation) reverted: 250 USD → 215 USD from 1 December 2026 (entered by Ann Attorney on 29 November 2026; source https://www.uscis.gov/g-1055).',
    ]);
    expect(activeOverrides(r.db)).toEqual([]);
    expect(overrideHistory(r.db, REG).map(o => [o.value, o.revertedBy, o.revertedAt])).toEqual([
      [250, 'Bo Barrister', '2026-12-02T09:00:00.000Z'],
      [260, 'Bo Barrister', '2026-12-02T09:00:00.000Z'],
    ]);
    expect(firmAuditRows(r.db).map(a => [a.action, a.actor])).toEqual([['create', 'Ann Attorney'], ['create', 'Ann Attorney'], ['update', 'Bo Barrister'], ['update', 'Bo Barrister']]);
    // Nothing left to revert: refused, nothing written.
    const before = tableBytes();
    expect(refusal(() => revertFact(r.db, BUNDLED_FACTS, REG, at('2026-12-03T00:00:00.000Z'))).message).toMatch(/has no firm figure to revert/);
    expect(tableBytes()).toBe(before);
  });

  it('refuses without the attorney’s name, and a fact the data set lacks, changing nothing', () => {
    const before = tableBytes();
    const noName = refusal(() => addOverride(r.db, BUNDLED_FACTS, checkOverride(request()), { by: null, now: new Date() }));
    expect(noName.message).toMatch(/^Firm figures carry the name of the attorney .* Settings → Your name/);
    expect(refusal(() => addOverride(r.db, BUNDLED_FACTS, checkOverride(request()), { by: '  ', now: new Date() })).message).toBe(noName.message);
    expect(refusal(() => add({ factId: 'us-h1b.registraton-fee' }))).toEqual({ field: 'factId', message: 'factId: there is no fact "us-h1b.registraton-fee"; did you mean us-h1b.registration-fee, us-h1b.i129-fee-large, us-h1b.i129-fee-reduced, us-h1b.acwia-fee-large, us-h1b.acwia-fee-small?' });
    expect(refusal(() => add({ factId: 'xx.nothing' })).message).toBe('factId: there is no fact "xx.nothing". rules list shows every fact with its id.');
    expect(tableBytes()).toBe(before);
  });

  it('rolls back the figure when its audit row cannot be written', () => {
    r.db.exec("CREATE TRIGGER no_firm_audit BEFORE INSERT ON audit_log WHEN NEW.entity = 'firm' BEGIN SELECT RAISE(ABORT, 'audit refused'); END;");
    expect(() => add()).toThrow('audit refused');
    expect(r.db.prepare('SELECT count(*) FROM fact_overrides').pluck().get()).toBe(0);
  });

  it('keeps rows: no delete, no edit, a revert only once', () => {
    const { override } = add();
    expect(() => r.db.prepare('DELETE FROM fact_overrides').run()).toThrow(/kept/);
    expect(() => r.db.prepare('UPDATE fact_overrides SET value = 1').run()).toThrow(/only ever reverted, once/);
    revertFact(r.db, BUNDLED_FACTS, REG, at('2026-12-01T00:00:00.000Z'));
    expect(() => r.db.prepare("UPDATE fact_overrides SET reverted_by = 'someone else' WHERE id = ?").run(override.id)).toThrow(/only ever reverted, once/);
  });
});

describe('checking a firm figure as typed', () => {
  it.each([
    [{ value: '-5' }, 'value', 'value: expected a number of 0 or more (such as 250 or 1,500.50), or unknown; got "-5"'],
    [{ value: '25O' }, 'value', 'value: expected a number of 0 or more (such as 250 or 1,500.50), or unknown; got "25O"'],
    [{ effectiveFrom: '2027-02-30' }, 'effectiveFrom', 'effectiveFrom: expected a real date written YYYY-MM-DD; got "2027-02-30"'],
    [{ url: 'ftp://example.com/fees' }, 'url', 'url: expected a web address starting with http:// or https://; got "ftp://example.com/fees"'],
    [{ url: 'uscis.gov' }, 'url', 'url: expected a web address starting with http:// or https://; got "uscis.gov"'],
    [{ url: undefined }, 'url', 'url: a firm figure needs a source URL or a note (or both), saying what it rests on'],
    [{ url: undefined, note: '  ' }, 'note', 'note: is empty; write what the figure rests on'],
    [{ reason: 'why' }, 'reason', 'reason: goes only with the value unknown (it says why the figure is unknown)'],
  ])('refuses %o naming %s', (over, field, message) => {
    expect(refusal(() => checkOverride(request(over)))).toEqual({ field, message });
  });

  it('reads thousands separators and decimals, and unknown with a default reason', () => {
    expect(checkOverride(request({ value: '1,500.50' })).value).toBe(1500.5);
    expect(checkOverride(request({ value: 'Unknown' }))).toMatchObject({ value: null, unknown: 'The firm has marked this figure unknown.' });
    expect(checkOverride(request({ note: ' Per the firm’s memo ' }))).toMatchObject({ url: 'https://www.uscis.gov/g-1055', note: 'Per the firm’s memo' });
  });
});

describe('the effective data set’s identity', () => {
  it('is the base itself without overrides, and a new hash under the same label with them', () => {
    expect(factsHash(BUNDLED_FACTS)).toBe(BUNDLED_FACTS.contentHash);
    expect(effectiveDataSet(BUNDLED_FACTS, [])).toBe(BUNDLED_FACTS);
    add();
    const effective = effectiveDataSet(BUNDLED_FACTS, activeOverrides(r.db));
    expect(effective.label).toBe(BUNDLED_FACTS.label);
    expect(effective.contentHash).toBe(factsHash(effective));
    expect(effective.contentHash).not.toBe(BUNDLED_FACTS.contentHash);
    expect(effectiveRulesIdentity(BUNDLED_FACTS, activeOverrides(r.db))).toBe(rulesIdentity(effective));
    expect(effectiveRulesIdentity(BUNDLED_FACTS, activeOverrides(r.db))).not.toBe(rulesIdentity(BUNDLED_FACTS));
  });
});
