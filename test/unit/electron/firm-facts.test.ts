/**
 * The firm's facts reach every assessment (issue 17, items 4 and 3): a firm figure changes what
 * `compare` says and makes a comparison saved before it stale; a rule pack that changes a figure the
 * firm has overridden keeps the firm's figure and names both for review.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openAdvisor } from '../../../electron/advisor';
import { firmFacts } from '../../../electron/rules/firm-data-set';
import { BUNDLED_FACTS } from '../../../shared/facts/bundled';
import { rulesIdentity } from '../../../shared/facts/schema';
import { buildCatalogue } from '../../../shared/programs/index';
import { fixturePath, TEST_PASSPHRASE, tempDir, testClock } from '../../fixtures';
import { cliOn } from './cli-runner';
import { newerPack, packText, testKey } from './rule-pack-fixtures';
import { expectOk } from './test-advisor';

vi.setConfig({ testTimeout: 60_000 });

const key = testKey();
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());
const cli = cliOn(() => dir, { trustedKeys: [key.trusted] });
const REG = 'us-h1b.registration-fee';

type CostLine = { label: string; amount: { amount: number; currency: string } | null; firm?: { by: string; url?: string } };
const registration = async (): Promise<CostLine | undefined> => {
  const r = await cli('compare', '2026-0001', '--programs', 'us-h1b', '--as-of', '2027-03-01', '--json');
  expect(r.code).toBe(0);
  const [h1b] = (JSON.parse(r.stdout) as { assessments: { costs: { items: CostLine[] } }[] }).assessments;
  return h1b?.costs.items.find(i => /registration/i.test(i.label));
};

async function firmWithName(): Promise<void> {
  expect((await cli('import', fixturePath('priya-sharma.case.json'))).code).toBe(0);
  const advisor = openAdvisor({ dataDir: dir, appVersion: 't', clock: testClock, passphrase: TEST_PASSPHRASE });
  try {
    await expectOk(advisor, 'settings:set', { userName: 'Ann Attorney' });
  } finally {
    advisor.close();
  }
}

describe('the firm’s facts in every assessment', () => {
  it('a firm figure changes compare, marks it, and makes an earlier saved comparison stale; revert undoes both', async () => {
    await firmWithName();
    expect((await cli('compare', '2026-0001', '--programs', 'us-h1b', '--as-of', '2027-03-01', '--save')).code).toBe(0);
    const shipped = await registration();
    expect(shipped?.amount).toEqual({ amount: 215, currency: 'USD' });
    expect(shipped?.firm).toBeUndefined();

    const set = await cli('rules', 'override', REG, '400', '--source', 'https://www.uscis.gov/g-1055', '--effective', '2027-01-01');
    expect(set.code).toBe(0);
    const firm = await registration();
    expect(firm).toMatchObject({ amount: { amount: 400 }, firm: { by: 'Ann Attorney', url: 'https://www.uscis.gov/g-1055' } });
    const text = await cli('compare', '2026-0001', '--programs', 'us-h1b', '--as-of', '2027-03-01');
    expect(text.stdout).toMatch(/firm figure/i);

    const stale = await cli('snapshots', '2026-0001', '--json');
    const [saved] = JSON.parse(stale.stdout) as { stale: boolean; staleChanges: string[] }[];
    expect(saved?.stale).toBe(true);
    expect(saved?.staleChanges.join(' ')).toMatch(/215.*400/);

    expect((await cli('rules', 'revert', REG)).code).toBe(0);
    expect((await registration())?.amount?.amount).toBe(215);
    const [again] = JSON.parse((await cli('snapshots', '2026-0001', '--json')).stdout) as { stale: boolean }[];
    expect(again?.stale).toBe(false);
  });

  it('compare --case FILE uses the firm’s facts when a data folder is named, the shipped ones otherwise', async () => {
    await firmWithName();
    expect((await cli('rules', 'override', REG, '400', '--note', 'USCIS notice to the firm', '--effective', '2027-01-01')).code).toBe(0);
    const withFirm = await cli('compare', '--case', fixturePath('priya-sharma.case.json'), '--programs', 'us-h1b', '--as-of', '2027-03-01', '--data-dir', dir);
    expect(withFirm.stdout).toMatch(/firm figure/i);
    const shipped = await cli('compare', '--case', fixturePath('priya-sharma.case.json'), '--programs', 'us-h1b', '--as-of', '2027-03-01');
    expect(shipped.code).toBe(0);
    expect(shipped.stdout).not.toMatch(/firm figure/i);
  });

  it('rules:facts gives the app the same data set, with the firm figure, as saved comparisons use', async () => {
    await firmWithName();
    expect((await cli('rules', 'override', REG, '400', '--source', 'https://www.uscis.gov/g-1055', '--effective', '2027-01-01')).code).toBe(0);
    const advisor = openAdvisor({ dataDir: dir, appVersion: 't', clock: testClock, passphrase: TEST_PASSPHRASE });
    try {
      const answer = await expectOk(advisor, 'rules:facts', {});
      const main = firmFacts(advisor.vault.session().db);
      expect(answer.origin).toBe('catalogue');
      expect(answer.identity).toBe(main.identity);
      expect(answer.identity).not.toBe(rulesIdentity(BUNDLED_FACTS));
      const latest = answer.dataSet.facts.find(f => f.id === REG)?.versions.at(-1);
      expect(latest).toMatchObject({ value: 400, sourceId: 'firm', effectiveFrom: '2027-01-01', firm: { by: 'Ann Attorney' } });
      // The renderer builds its catalogue from the answer: the very catalogue main assesses with.
      expect(buildCatalogue(answer.dataSet).identity).toBe(main.catalogue.identity);
    } finally {
      advisor.close();
    }
  });

  it('a pack that changes a figure the firm overrode keeps the firm’s figure and names both for review', async () => {
    await firmWithName();
    expect((await cli('rules', 'override', REG, '300', '--source', 'https://www.uscis.gov/g-1055', '--effective', '2026-12-01')).code).toBe(0);
    const pack = join(dir, 'pack.json');
    writeFileSync(pack, packText(newerPack(key)));
    const diff = await cli('rules', 'diff', pack);
    expect(diff.stdout).toContain('Firm figures to review');
    expect(diff.stdout).toMatch(/“Cap registration” \(H-1B[^)]*\): firm figure 300 USD; published 215 USD → 250 USD/);
    expect((await cli('rules', 'apply', pack)).code).toBe(0);
    expect((await registration())?.amount?.amount).toBe(300);

    const advisor = openAdvisor({ dataDir: dir, appVersion: 't', clock: testClock, passphrase: TEST_PASSPHRASE });
    try {
      const facts = firmFacts(advisor.vault.session().db);
      expect(facts.origin).toBe('pack');
      expect(facts.base.label).toBe('2027-01-15.1');
      expect(facts.identity).not.toBe(`${BUNDLED_FACTS.label}+${BUNDLED_FACTS.contentHash.slice(0, 12)}`);
    } finally {
      advisor.close();
    }
  });
});
