// Commands that take a case accept its matter number as well as its id; compare takes a stored case;
// snapshots lists saved comparisons for memo --snapshot; import runs the conflict check.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openAdvisor } from '../../../electron/advisor';
import { openDatabase } from '../../../electron/db/connection';
import type { ConflictMatch } from '../../../shared/contract';
import { TEST_PASSPHRASE, fixturePath, loadFixture, tempDir, testClock } from '../../fixtures';
import { cliOn } from './cli-runner';
import { expectOk } from './test-advisor';

// Every command opens the encrypted database, deriving its key: slow on purpose.
vi.setConfig({ testTimeout: 60_000 });

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const cli = cliOn(() => dir);
/** A copy of a fixture with its notes changed, in the temp folder: the same client from another file. */
function copyWithNote(fixture: string, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ ...(loadFixture(fixture) as object), notes: `From ${name}` }));
  return path;
}
/** Imports Priya (2026-0001) and Li Wei (2026-0002); returns their ids. */
async function importBoth(): Promise<{ priya: string; li: string }> {
  const r = await cli('import', fixturePath('priya-sharma.case.json'), fixturePath('li-wei-minimal.case.json'));
  expect(r.code).toBe(0);
  const [priya = '', li = ''] = r.stdout.split('\n').slice(-2);
  return { priya, li };
}
async function withAdvisor<T>(work: (a: ReturnType<typeof openAdvisor>) => Promise<T>): Promise<T> {
  const advisor = openAdvisor({ dataDir: dir, appVersion: 't', clock: testClock, passphrase: TEST_PASSPHRASE });
  try {
    return await work(advisor);
  } finally {
    advisor.close();
  }
}
const unknownCase = (typed: string) => `There is no case "${typed}". Give its matter number (like 2026-0001) or its case id; list shows both.`;

describe('a case by its matter number', () => {
  it('exports by matter number or id alike, trashed cases too; an unknown case exits 2 naming what was typed', async () => {
    const { priya, li } = await importBoth();
    expect(JSON.parse((await cli('export', '2026-0001')).stdout)).toEqual(loadFixture('priya-sharma.case.json'));
    expect(JSON.parse((await cli('export', '2026-0002', priya)).stdout)).toEqual([loadFixture('li-wei-minimal.case.json'), loadFixture('priya-sharma.case.json')]);
    await withAdvisor(a => expectOk(a, 'cases:trash', { id: li }));
    expect(JSON.parse((await cli('export', '2026-0002')).stdout)).toEqual(loadFixture('li-wei-minimal.case.json'));

    for (const typed of ['2026-0099', 'Priya', '00000000-0000-4000-8000-000000000000']) {
      expect(await cli('export', typed)).toEqual({ code: 2, stdout: '', stderr: unknownCase(typed) });
    }
    expect(await cli('snapshots', '2026-0099')).toMatchObject({ code: 2, stderr: unknownCase('2026-0099') });
    expect(await cli('compare', '2026-0099')).toMatchObject({ code: 2, stderr: unknownCase('2026-0099') });
    expect(await cli('memo', '2026-0099', '--out', join(dir, 'm.pdf'))).toMatchObject({ code: 2, stderr: unknownCase('2026-0099') });
  });

  it('compares a stored case exactly as its case file, and refuses both or neither of CASE and --case', async () => {
    await importBoth();
    const options = ['--programs', 'us-h1b,ca-express-entry', '--currency', 'INR', '--json'];
    const stored = await cli('compare', '2026-0001', ...options);
    expect(stored.code).toBe(0);
    expect(stored.stdout).toBe((await cli('compare', '--case', fixturePath('priya-sharma.case.json'), ...options)).stdout);
    expect((JSON.parse(stored.stdout) as { currency: string }).currency).toBe('INR');
    const table = await cli('compare', '2026-0002');
    expect(table.stdout).toMatch(/^Rules \S+, as of 2026-11-29, totals in USD/);

    const oneOf = 'compare needs a stored CASE (matter number or id) or --case FILE, one of the two.';
    expect(await cli('compare')).toMatchObject({ code: 2, stderr: oneOf });
    expect(await cli('compare', '2026-0001', '--case', fixturePath('priya-sharma.case.json'))).toMatchObject({ code: 2, stderr: oneOf });
    expect(await cli('compare', '--case', fixturePath('priya-sharma.case.json'), '--save')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^--save stores a comparison of a stored case/) as unknown });
  });

  it('compare --save stores a comparison that snapshots lists and memo --snapshot uses', async () => {
    const { priya } = await importBoth();
    expect((await cli('snapshots', '2026-0001')).stdout).toBe(
      'No saved comparisons for Priya Sharma, case 2026-0001. memo saves one of the default programmes; compare 2026-0001 --save saves the one you ask for.',
    );
    const saved = await cli('compare', '2026-0001', '--programs', 'de-blue-card', '--assume', 'us-h1b-100k-payment=vacated', '--currency', 'EUR', '--save');
    expect(saved.code).toBe(0);
    const id = /Saved as comparison (\S+) of case 2026-0001/.exec(saved.stdout)?.[1] ?? '';
    // With --json the note goes to stderr, so stdout stays one JSON document.
    const quiet = await cli('compare', '2026-0001', '--programs', 'ca-express-entry', '--save', '--json');
    expect(JSON.parse(quiet.stdout)).toMatchObject({ currency: 'USD' });
    expect(quiet.stderr).toMatch(/^Saved as comparison \S+ of case 2026-0001/);

    const listed = await cli('snapshots', '2026-0001', '--json');
    const snapshots = JSON.parse(listed.stdout) as { id: string; caseId: string; programIds: string[]; currency: string; assumptions: Record<string, string>; stale: boolean }[];
    expect(snapshots.map(s => s.programIds)).toEqual([['ca-express-entry'], ['de-blue-card']]);
    expect(snapshots[1]).toMatchObject({ id, caseId: priya, currency: 'EUR', stale: false, assumptions: { 'us-h1b-100k-payment': 'vacated' } });

    const table = await cli('snapshots', priya);
    expect(table.stdout.split('\n').slice(0, 3)).toEqual([
      'Saved comparisons for Priya Sharma, case 2026-0001, newest first (UTC):',
      expect.stringMatching(/^Id {36}Saved {13}As of {7}Programmes +Recommended {2}Stale$/) as unknown,
      expect.stringMatching(/^-{36} {2}-{16} {2}-{10}/) as unknown,
    ]);
    expect(table.stdout).toMatch(new RegExp(`^${id}  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  2026-11-29  1: de-blue-card +none +no$`, 'm'));

    const pdf = join(dir, 'memo.pdf');
    const memo = await cli('memo', '2026-0001', '--snapshot', id, '--out', pdf);
    expect(memo.code).toBe(0);
    expect(memo.stdout).toContain(`(${id})`);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('EU Blue Card');
  });

  it('marks a comparison stale, with what would now differ', async () => {
    const { priya } = await importBoth();
    const id = /Saved as comparison (\S+)/.exec((await cli('compare', '2026-0001', '--programs', 'us-h1b', '--save')).stdout)?.[1] ?? '';
    // Stands in for a catalogue change: the stored results no longer match what the engine gives today.
    const db = openDatabase(join(dir, 'advisor.sqlite'), TEST_PASSPHRASE);
    try {
      const { results } = db.prepare<[string], { results: string }>('SELECT results FROM snapshots WHERE id = ?').get(id) ?? { results: '[]' };
      const tampered = (JSON.parse(results) as { costs: { totals: { employer: { amount: number } } } }[]).map(a => ({
        ...a,
        costs: { ...a.costs, totals: { ...a.costs.totals, employer: { ...a.costs.totals.employer, amount: 1 } } },
      }));
      db.exec('DROP TRIGGER snapshots_no_update');
      db.prepare('UPDATE snapshots SET results = ? WHERE id = ?').run(JSON.stringify(tampered), id);
    } finally {
      db.close();
    }
    const table = await cli('snapshots', priya);
    expect(table.stdout).toMatch(new RegExp(`^${id} .* yes$`, 'm'));
    expect(table.stdout).toMatch(new RegExp(`^${id} would now come out differently:\\n  us-h1b: employer cost 1 USD → `, 'm'));
  });
});

describe('import runs the conflict check', () => {
  it('prints each case’s possible conflicts before the ids, the last id last; --json gives the cases with their matches', async () => {
    await cli('import', fixturePath('priya-sharma.case.json'));
    // The same clients again from other files (the same file twice would be refused as imported before).
    const priyaAgain = copyWithNote('priya-sharma.case.json', 'priya-again.json');
    const liWeiAgain = copyWithNote('li-wei-minimal.case.json', 'li-wei-again.json');
    const again = await cli('import', fixturePath('li-wei-minimal.case.json'), priyaAgain);
    expect(again.code).toBe(0);
    const lines = again.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Imported Li Wei as case 2026-0002.',
      'Imported Priya Sharma as case 2026-0003.',
      '  2026-0003 may conflict with 2026-0001 (client Priya Sharma), high: Same name; Same date of birth (1998-04-12)',
      '  2026-0003 may conflict with 2026-0001 (employer Acme Robotics), high: Same company name',
      'Conflict check: possible conflicts for 1 of 2 imported clients, listed above. Review them in the app (the case’s Conflict check) and record a decision.',
    ]);
    expect(lines.slice(5)).toHaveLength(2);
    const listed = JSON.parse((await cli('list', '--json', '--sort', 'reference', '--asc')).stdout) as { id: string }[];
    expect(lines.slice(5)).toEqual(listed.slice(1).map(c => c.id));

    const json = await cli('import', liWeiAgain, '--json');
    const imported = JSON.parse(json.stdout) as { reference: string; clientName: string; matches: ConflictMatch[] }[];
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({ reference: '2026-0004', clientName: 'Li Wei' });
    expect(imported[0]?.matches.map(m => [m.reference, m.role, m.confidence])).toEqual([['2026-0002', 'client', 'high']]);

    const alone = await cli('import', fixturePath('li-wei-minimal.case.json'), '--data-dir', join(dir, 'fresh'));
    expect(alone.stdout.split('\n').slice(0, 2)).toEqual(['Imported Li Wei as case 2026-0001.', 'Conflict check: no possible conflicts.']);
    const single = await cli('import', copyWithNote('priya-sharma.case.json', 'priya-3.json'));
    expect(single.stdout.split('\n').at(-2)).toBe('Conflict check: possible conflicts for the imported client, listed above. Review them in the app (the case’s Conflict check) and record a decision.');

    // Skipped on request, and then said so: matches are unknown (null), not none.
    const skipped = await cli('import', copyWithNote('priya-sharma.case.json', 'priya-4.json'), '--no-conflict-check');
    expect(skipped.stdout.split('\n').slice(0, 2)).toEqual(['Imported Priya Sharma as case 2026-0006.', 'Conflict check: not run (--no-conflict-check). Run it in the app for each new client.']);
    const skippedJson = await cli('import', copyWithNote('priya-sharma.case.json', 'priya-5.json'), '--no-conflict-check', '--json');
    expect(JSON.parse(skippedJson.stdout)).toMatchObject([{ reference: '2026-0007', matches: null }]);
  });
});
