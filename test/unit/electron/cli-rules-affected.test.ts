/**
 * `rules affected [--open] [--json]`: the cases whose saved comparisons a firm figure now changes,
 * in words and with the comparison's id; bad input exits 2.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { openAdvisor } from '../../../electron/advisor';
import { fixturePath, TEST_PASSPHRASE, tempDir, testClock } from '../../fixtures';
import { cliOn } from './cli-runner';
import { expectOk } from './test-advisor';

vi.setConfig({ testTimeout: 60_000 });

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());
const cli = cliOn(() => dir);

it('lists the case a firm figure affects, with the comparison and what changed; --json gives the same; --open filters', async () => {
  expect((await cli('import', fixturePath('priya-sharma.case.json'))).code).toBe(0);
  // A firm figure carries the attorney's name.
  const advisor = openAdvisor({ dataDir: dir, appVersion: 't', clock: testClock, passphrase: TEST_PASSPHRASE });
  try {
    await expectOk(advisor, 'settings:set', { userName: 'Ann Attorney' });
  } finally {
    advisor.close();
  }
  const saved = await cli('compare', '2026-0001', '--programs', 'us-h1b', '--as-of', '2027-03-01', '--save');
  const id = /Saved as comparison (\S+)/.exec(saved.stdout)?.[1] ?? '';
  expect(id).not.toBe('');
  const none = await cli('rules', 'affected');
  expect([none.code, none.stdout]).toEqual([0, 'No saved comparison of any case would come out differently with the firm’s figures today.']);

  const set = await cli('rules', 'override', 'us-h1b.registration-fee', '400', '--source', 'https://www.uscis.gov/g-1055', '--effective', '2027-01-01');
  expect([set.code, set.stderr]).toEqual([0, '']);
  const text = await cli('rules', 'affected');
  expect(text.code).toBe(0);
  expect(text.stdout).toContain('1 case with saved comparisons the firm’s figures now answer differently:');
  expect(text.stdout).toMatch(/^2026-0001 {2}Priya Sharma \(intake\)$/m);
  expect(text.stdout).toContain(`comparison ${id}, saved `);
  expect(text.stdout).toContain("fee 'Cap registration' 215 USD → 400 USD");
  expect(text.stdout).not.toContain('us-h1b');

  const json = await cli('rules', 'affected', '--json');
  const parsed = JSON.parse(json.stdout) as { cases: { reference: string; comparisons: { snapshotId: string }[] }[] };
  expect(parsed.cases.map(c => [c.reference, c.comparisons.map(s => s.snapshotId)])).toEqual([['2026-0001', [id]]]);
  // Intake is open.
  expect((await cli('rules', 'affected', '--open')).stdout).toContain('1 open case with saved comparisons');
});

it('exits 2 on bad input, before opening the database', async () => {
  const extra = await cli('rules', 'affected', 'everything');
  expect(extra.code).toBe(2);
  const unknown = await cli('rules', 'affected', '--closed');
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('--closed');
});
