/**
 * `rules verify|diff|apply|rollback` on a data folder, in-process, trusting a test key (the way
 * only tests can: runCli's `trustedKeys`). Each refusal exits 2 with a message in words and leaves
 * every table of the database as it was.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_FACTS } from '../../../shared/facts/bundled';
import { DATABASE_FILE_NAME } from '../../../electron/db/connection';
import { fixturePath, tempDir } from '../../fixtures';
import { cliOn } from './cli-runner';
import { fingerprinter } from './db-fingerprint';
import { dataSetFrom, newerPack, NEWER, packOf, packText, testKey } from './rule-pack-fixtures';

vi.setConfig({ testTimeout: 60_000 });

const key = testKey();
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const cli = cliOn(() => dir, { trustedKeys: [key.trusted] });
const productionCli = cliOn(() => dir);
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const fingerprint = () => {
  const print = fingerprinter(join(dir, DATABASE_FILE_NAME));
  try {
    return print.take();
  } finally {
    print.close();
  }
};

/** A firm with one case and a saved comparison of H-1B and K visa. */
async function firmWithComparison(): Promise<void> {
  expect((await cli('import', fixturePath('priya-sharma.case.json'))).code).toBe(0);
  expect((await cli('compare', '2026-0001', '--programs', 'us-h1b,cn-k', '--save')).code).toBe(0);
}

describe('rules pack commands', () => {
  it('verify, diff, apply, then rollback: the diff names the fee and the saved comparison it may affect', async () => {
    await firmWithComparison();
    const pack = file('pack.json', packText(newerPack(key)));

    const verified = await cli('rules', 'verify', pack);
    expect(verified).toMatchObject({ code: 0, stderr: '' });
    expect(verified.stdout).toMatch(/^Rule pack 2027-01-15\.1, published 2027-01-15T09:00:00Z: signed by the test publisher and unchanged since; 85 figures, matching its content hash\./);
    expect(verified.stdout).toContain('It can be applied');

    const diff = await cli('rules', 'diff', pack);
    expect(diff.code).toBe(0);
    expect(diff.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        `Rule pack ${NEWER} compared with the rules shipped with the app (version ${BUNDLED_FACTS.label}): 1 figure changed, 0 new figures; 1 saved comparison may be affected.`,
        'Changed figures:',
        expect.stringMatching(/^ {2}H-1B.*: Cap registration$/) as unknown,
        '    USD 215 from 2024-04-01: now ends 2026-12-31 (was still in force)',
        expect.stringMatching(/^ {4}new: USD 250, in force from 2027-01-01; .*as of 2026-12-20, reported$/) as unknown,
        expect.stringMatching(/^ {2}2026-0001, Priya Sharma: saved \d{4}-\d{2}-\d{2}, programmes H-1B/) as unknown,
        'Open cases with those comparisons:',
        '  2026-0001, Priya Sharma',
      ]),
    );
    const json = JSON.parse((await cli('rules', 'diff', pack, '--json')).stdout) as { changed: { id: string }[]; comparisons: { touched: string[] }[] };
    expect(json.changed.map(c => c.id)).toEqual(['us-h1b.registration-fee']);
    expect(json.comparisons.map(c => c.touched)).toEqual([['us-h1b']]);

    const applied = await cli('rules', 'apply', pack);
    expect(applied).toMatchObject({ code: 0, stderr: '' });
    expect(applied.stdout).toMatch(/Applied rule pack 2027-01-15\.1\. rules rollback restores the rules before it\.$/);
    expect(await cli('rules', 'apply', pack)).toMatchObject({ code: 2, stderr: expect.stringMatching(/is the same version as the rule pack applied/) as unknown });
    const again = (await cli('rules', 'verify', pack)).stdout;
    expect(again).toContain('The rules in use now: the rule pack applied (version 2027-01-15.1), applied by ');
    expect(again).toMatch(/It cannot be applied here\. This rule pack \(version 2027-01-15\.1\) is the same version/);

    const rolledBack = await cli('rules', 'rollback', '--json');
    expect(rolledBack.code).toBe(0);
    expect(JSON.parse(rolledBack.stdout)).toEqual({ rolledBack: NEWER, restored: { source: 'shipped', label: BUNDLED_FACTS.label } });
    expect(await cli('rules', 'rollback')).toMatchObject({ code: 2, stderr: 'No rule pack is applied: the app already uses the rules it shipped with. Nothing was changed.' });
  });

  it('diff words a figure changed in place as was and now, with its source', async () => {
    const changed = dataSetFrom(BUNDLED_FACTS, NEWER, d => {
      const version = d.facts.find(f => f.id === 'us-h1b.i129-fee-large')?.versions[0];
      if (!version) throw new Error('no I-129 fee');
      Object.assign(version, { value: 790, asOf: '2026-12-20', confidence: 'reported' });
    });
    const diff = await cli('rules', 'diff', file('pack.json', packText(packOf(changed, key))));
    expect(diff.stdout).toMatch(/\n {4}was: USD 780, in force from 2024-04-01; McCown & Evans: USCIS fee rule .*, as of 2024-01-30, confirmed\n {4}now: USD 790, in force from 2024-04-01; McCown & Evans: USCIS fee rule .*, as of 2026-12-20, reported$/);
  });

  it('refuses a tampered, foreign, malformed or older pack with exit 2, changing nothing', async () => {
    await firmWithComparison();
    const text = packText(newerPack(key, '2027-03-01.1'));
    expect((await cli('rules', 'apply', file('newest.json', text))).code).toBe(0);
    const before = fingerprint();
    const cases = {
      tampered: [file('tampered.json', text.replace('"value": 250', '"value": 251')), /changed after it was signed/],
      foreign: [file('foreign.json', packText(newerPack(testKey(), '2027-04-01.1'))), /not signed by the publisher/],
      malformed: [file('malformed.json', text.replace('"publishedAt": "2027-01-15T09:00:00Z"', '"publishedAt": "soon"')), /^This rule pack is malformed:\npublishedAt: expected a date and time/],
      older: [file('older.json', packText(newerPack(key, NEWER))), /older than the rule pack applied \(version 2027-03-01\.1\)/],
      'not JSON': [file('notes.txt', 'release notes'), /not JSON/],
    } as const;
    for (const [what, [path, message]] of Object.entries(cases)) {
      const result = await cli('rules', 'apply', path);
      expect({ what, code: result.code, stdout: result.stdout }).toEqual({ what, code: 2, stdout: '' });
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/Nothing was changed\.$/);
    }
    expect(fingerprint()).toEqual(before);
  });

  it('trusts only the publisher’s key unless a test passes its own', async () => {
    const pack = file('pack.json', packText(newerPack(key)));
    expect(await productionCli('rules', 'verify', pack)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^This rule pack was not signed by the publisher/) as unknown });
  });

  it('exits 2 on bad arguments, before asking for the passphrase', async () => {
    const noPassphrase = cliOn(() => dir, { env: { ADVISOR_DATA_DIR: dir }, trustedKeys: [key.trusted] });
    expect(await noPassphrase('rules', 'apply', join(dir, 'missing.json'))).toMatchObject({ code: 2, stderr: `rule pack: there is no file ${join(dir, 'missing.json')}.` });
    expect(await noPassphrase('rules', 'verify')).toMatchObject({ code: 2, stderr: 'rules verify needs FILE. Run rules verify --help for its usage.' });
    expect(await noPassphrase('rules', 'rollback', 'now')).toMatchObject({ code: 2 });
    expect(await noPassphrase('rules', 'undo')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Unknown command "rules undo"/) as unknown });
  });
});
