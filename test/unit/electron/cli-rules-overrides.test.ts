// `rules list|override|revert|overrides` from the command line: exit 2 on bad input naming the
// argument typed (before the database is even opened), the firm figure then shown with its origin,
// and reverted figures kept in the fact's history.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openAdvisor } from '../../../electron/advisor';
import { factRows } from '../../../electron/cli/rules-overrides';
import type { FactOverride } from '../../../shared/facts/overrides';
import { parseFactDataSet } from '../../../shared/facts/schema';
import { TEST_PASSPHRASE, tempDir, testClock } from '../../fixtures';
import { cliOn } from './cli-runner';
import { expectOk } from './test-advisor';

vi.setConfig({ testTimeout: 60_000 });

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const cli = cliOn(() => dir);
const REG = 'us-h1b.registration-fee';

async function setUserName(name: string): Promise<void> {
  const advisor = openAdvisor({ dataDir: dir, appVersion: 't', clock: testClock, passphrase: TEST_PASSPHRASE });
  try {
    await expectOk(advisor, 'settings:set', { userName: name });
  } finally {
    advisor.close();
  }
}

type ListedFact = { id: string; value: number | null; state: string; origin: string; effectiveFrom: string; effectiveTo: string | null; source: Record<string, string> };
const listed = async (...more: string[]) => {
  const r = await cli('rules', 'list', '--program', 'us-h1b', '--json', ...more);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { facts: ListedFact[] }).facts.find(f => f.id === REG);
};

describe('rules commands: bad input', () => {
  it.each([
    [['rules', 'override', REG, 'lots', '--source', 'https://www.uscis.gov'], 'VALUE: expected a number of 0 or more (such as 250 or 1,500.50), or unknown; got "lots"'],
    [['rules', 'override', REG, '250', '--source', 'www.uscis.gov'], '--source: expected a web address starting with http:// or https://; got "www.uscis.gov"'],
    [['rules', 'override', REG, '250', '--note', 'x', '--effective', '2027-13-01'], '--effective: expected a real date written YYYY-MM-DD; got "2027-13-01"'],
    [['rules', 'override', REG, '250'], '--source: a firm figure needs a source URL or a note (or both), saying what it rests on'],
    [['rules', 'override', REG], 'rules override needs FACT_ID VALUE|unknown'],
    [['rules', 'list', '--program', 'us-h1'], '--program: there is no programme "us-h1"; did you mean us-h1b?'],
    [['rules', 'list', '--as-of', 'today'], '--as-of: expected a real date written YYYY-MM-DD, got "today".'],
    [['rules', 'lst'], 'Unknown command "rules lst"; did you mean rules list?'],
  ])('%j exits 2 without opening the database', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(existsSync(join(dir, 'advisor.sqlite'))).toBe(false);
  });

  it('names an unknown fact id with the nearest ones, and asks for the attorney’s name first', async () => {
    const noName = await cli('rules', 'override', REG, '250', '--source', 'https://www.uscis.gov/g-1055');
    expect(noName.code).toBe(2);
    expect(noName.stderr).toMatch(/no name is set\. Set yours in the app under Settings → Your name/);
    await setUserName('Ann Attorney');
    const typo = await cli('rules', 'override', 'us-h1b.registraton-fee', '250', '--source', 'https://www.uscis.gov/g-1055');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^FACT_ID: there is no fact "us-h1b\.registraton-fee"; did you mean us-h1b\.registration-fee, /);
    const nothing = await cli('rules', 'revert', REG);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('has no firm figure to revert');
    expect((await cli('rules', 'overrides', 'us-h1b.nope')).code).toBe(2);
    expect(JSON.parse((await cli('rules', 'overrides', '--json')).stdout)).toEqual([]);
  });
});

describe('rules commands: a firm figure entered, listed and reverted', () => {
  it('lists the catalogue figure, then the firm’s from its date, then the catalogue’s again', async () => {
    expect(await listed()).toMatchObject({ value: 215, state: 'in-force', origin: 'catalogue', source: { id: 'us-fee-rule-2024' } });
    await setUserName('Ann Attorney');
    const set = await cli('rules', 'override', REG, '250', '--source', 'https://www.uscis.gov/g-1055', '--effective', '2027-01-01');
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    expect(set.stdout.split('\n')[0]).toBe('Saved. Firm figure for “Cap registration” (H-1B specialty occupation): 215 USD → 250 USD from 1 January 2027 (source https://www.uscis.gov/g-1055).');

    expect(await listed('--as-of', '2026-12-31')).toMatchObject({ value: 215, origin: 'catalogue', effectiveTo: '2026-12-31' });
    expect(await listed('--as-of', '2027-01-01')).toMatchObject({ value: 250, origin: 'firm', effectiveFrom: '2027-01-01', effectiveTo: null, source: { id: 'firm', url: 'https://www.uscis.gov/g-1055' } });
    const text = await cli('rules', 'list', '--program', 'us-h1b', '--as-of', '2027-01-01');
    expect(text.stdout.split('\n').find(l => l.startsWith(REG))).toMatch(/^us-h1b\.registration-fee +Cap registration +250 +USD +2027-01-01 – +firm figure: https:\/\/www\.uscis\.gov\/g-1055 +confirmed +firm$/);

    const active = await cli('rules', 'overrides');
    expect(active.stdout).toContain('Firm figures in force:');
    expect(active.stdout).toMatch(/us-h1b\.registration-fee +“Cap registration” \(H-1B specialty occupation\) +250 USD +2027-01-01 +https:\/\/www\.uscis\.gov\/g-1055 +Ann Attorney, 2026-11-29/);

    const reverted = await cli('rules', 'revert', REG);
    expect(reverted.code).toBe(0);
    expect(reverted.stdout).toBe('Reverted. Firm figure for “Cap registration” (H-1B specialty occupation) reverted: 250 USD → 215 USD from 1 January 2027 (entered by Ann Attorney on 29 November 2026; source https://www.uscis.gov/g-1055).');
    expect(await listed('--as-of', '2027-01-01')).toMatchObject({ value: 215, origin: 'catalogue' });
    expect((await cli('rules', 'overrides')).stdout).toMatch(/^The firm has no figures of its own in force/);
    const history = await cli('rules', 'overrides', REG);
    expect(history.stdout).toMatch(/reverted by Ann Attorney, 2026-11-29$/m);
  });

  it('honours --data-dir over the environment', async () => {
    const other = join(dir, 'other');
    mkdirSync(other);
    const r = await cliOn(() => join(dir, 'elsewhere'))('rules', 'overrides', '--data-dir', other);
    expect(r.code).toBe(0);
    expect(existsSync(join(other, 'advisor.sqlite'))).toBe(true);
    expect(existsSync(join(dir, 'elsewhere'))).toBe(false);
  });
});

describe('factRows', () => {
  const v = (effectiveFrom: string, effectiveTo: string | undefined, value: number) => ({
    effectiveFrom, ...(effectiveTo && { effectiveTo }), value, sourceId: 'us-fee-rule-2024', asOf: '2024-01-30', confidence: 'confirmed' as const,
  });
  const dataSet = parseFactDataSet({
    format: 1, label: '2026-12-03.9', contentHash: 'a'.repeat(64),
    facts: [
      { id: REG, kind: 'fee', label: 'Cap registration', unit: 'USD', payer: 'employer', versions: [v('2024-04-01', '2026-02-28', 215), v('2026-04-01', undefined, 250)] },
      { id: 'us-h1b.new-levy', kind: 'fee', label: 'A new levy', unit: 'USD', payer: 'employer', introduced: true, versions: [v('2027-01-01', undefined, 100)] },
    ],
  });
  const rows = (asOf: string, overrides: FactOverride[] = []) => factRows({ dataSet, origin: 'pack' }, overrides, { asOf }).map(r => [r.id, r.state, r.value, r.origin, r.introduced ?? false]);

  it('says which figures are in force, not yet recorded, or not owed yet, and where each comes from', () => {
    expect(rows('2026-03-15')).toEqual([[REG, 'not-yet', null, 'pack', false], ['us-h1b.new-levy', 'not-yet', null, 'pack', true]]);
    const firm: FactOverride = { id: 'o', factId: 'us-h1b.new-levy', value: 120, effectiveFrom: '2027-01-01', note: 'Final rule', by: 'Ann', at: '2026-11-29T12:00:00.000Z' };
    expect(rows('2027-01-01', [firm])).toEqual([[REG, 'in-force', 250, 'pack', false], ['us-h1b.new-levy', 'in-force', 120, 'firm', false]]);
  });
});
