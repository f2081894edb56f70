import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FX_TABLE } from '../../../shared/programs/fx-rates';
import { PROGRAM_IDS } from '../../../shared/programs/index';
import { SUPPORTED_CURRENCIES } from '../../../shared/rules/money';
import { fixturePath, loadFixture, tempDir } from '../../fixtures';
import { runCliIn } from './cli-runner';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const cli = (...argv: string[]) => runCliIn(dir, ...argv);
const priya = fixturePath('priya-sharma.case.json');

describe('advisor compare', () => {
  it('prints { rulesVersion, asOf, assumptions, assessments } as JSON', async () => {
    const r = await cli('compare', '--case', priya, '--programs', 'us-h1b,cn-k', '--as-of', '2026-06-01', '--assume', 'us-h1b-100k-payment=vacated', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { rulesVersion: string; asOf: string; assumptions: Record<string, string>; assessments: { programId: string; status: string; gates: unknown[]; costs: unknown; timeline: unknown; sources: unknown[] }[] };
    expect(out.asOf).toBe('2026-06-01');
    expect(out.rulesVersion).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(out.assumptions).toEqual({ 'us-h1b-100k-payment': 'vacated', 'us-h1b-weighted-selection': 'weighted', 'cn-k-work-authorised': 'unclear' });
    expect(out.assessments.map(a => a.programId)).toEqual(['us-h1b', 'cn-k']);
    for (const a of out.assessments) {
      expect(Object.keys(a)).toEqual(expect.arrayContaining(['status', 'gates', 'points', 'costs', 'timeline', 'odds', 'family', 'risks', 'sources']));
      expect(a.sources.length).toBeGreaterThan(0);
    }
  });

  it('defaults to the client’s target countries plus us-h1b and cn-k', async () => {
    const r = await cli('compare', '--case', priya, '--json');
    const ids = (JSON.parse(r.stdout) as { assessments: { programId: string }[] }).assessments.map(a => a.programId);
    expect(ids).toEqual(['us-h1b', 'us-o1a', 'us-l1', 'us-eb2-niw', 'us-eb1a', 'cn-k', 'cn-r', 'cn-z', 'ca-express-entry', 'ca-global-talent-stream', 'de-blue-card', 'de-opportunity-card']);
    const everything = await cli('compare', '--case', fixturePath('li-wei-minimal.case.json'), '--json');
    expect((JSON.parse(everything.stdout) as { assessments: unknown[] }).assessments).toHaveLength(PROGRAM_IDS.length);
  });

  it('prints a readable table without --json', async () => {
    const r = await cli('compare', '--case', priya, '--programs', 'us-h1b,ca-express-entry');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Rules \S+, as of 2026-11-29, totals in USD/);
    // Each has one legal standard left to the attorney, so the headline never says a bare "Eligible".
    expect(r.stdout).toMatch(/^us-h1b\s+Likely eligible — 1 question for you\s+0 USD\s+3,595 USD/m);
    // Her degrees have no Educational Credential Assessment on file, so FSW is closed to her.
    expect(r.stdout).toMatch(/^ca-express-entry\s+Not eligible\s+\d+\/508/m);
  });

  it('says when Express Entry is eligible but below recent cut-offs, with no months counted from an invitation', async () => {
    const assessed = loadFixture('priya-sharma.case.json') as { education: { credentialAssessed: boolean }[]; spouse: { education: { credentialAssessed: boolean }[] } };
    for (const e of [...assessed.education, ...assessed.spouse.education]) e.credentialAssessed = true;
    const file = join(dir, 'priya-assessed.json');
    writeFileSync(file, JSON.stringify(assessed));
    const r = await cli('compare', '--case', file, '--programs', 'ca-express-entry');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ca-express-entry\s+Likely eligible — 1 question for you, below cut-offs\s+456\/508\s+.*no ITA expected\s+no ITA expected/m);
    expect(r.stdout).toContain('ca-express-entry · In the pool, below recent cut-offs: 456 vs 508 (Canadian Experience Class, 2026-02-17), and no recent round was open to this profile.');
  });

  it('prints odds in their state (a figure, no lottery, unknown naming the fact) and a conditional fee outside the totals', async () => {
    // Priya abroad, her offer's wage level unknown, on 2026-11-29: past the $100,000 proclamation's term (2025-09-21 + 12 months).
    const raw = loadFixture('priya-sharma.case.json') as { client: Record<string, unknown>; jobOffer: Record<string, unknown> };
    raw.client.residenceCountry = 'IN';
    raw.client.currentStatus = { country: 'IN', type: 'none' };
    delete raw.jobOffer.usWageLevel;
    const file = join(dir, 'abroad.json');
    writeFileSync(file, JSON.stringify(raw));
    const r = await cli('compare', '--case', file, '--programs', 'us-h1b,us-o1a');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^us-h1b\s+Likely eligible — 1 question for you\s+0 USD\s+3,595 USD \+cond\..*Unknown$/m);
    expect(r.stdout).toMatch(/^us-o1a\s.*No lottery$/m);
    expect(r.stdout).toContain("us-h1b: Unknown — The offer's US wage level is not recorded; under weighted selection the odds turn on it. Needs: Job offer: US wage level.");
    expect(r.stdout).toContain('us-h1b · Proclamation payment for a new petition for a worker abroad (employer): + 100,000 USD if the payment is extended or upheld');
    const json = JSON.parse((await cli('compare', '--case', file, '--programs', 'us-h1b', '--json')).stdout) as { assumptions: Record<string, string>; assessments: { odds: unknown; costs: { conditional: unknown[] } }[] };
    expect(json.assumptions['us-h1b-100k-payment']).toBe('unclear');
    expect(json.assessments[0]?.odds).toMatchObject({ kind: 'unknown', missing: ['jobOffer.usWageLevel'] });
    expect(json.assessments[0]?.costs.conditional).toHaveLength(1);
  });

  it('exits 2 naming the field for a bad case file, and for bad options', async () => {
    const bad = loadFixture('priya-sharma.case.json') as { education: { level: string }[] };
    bad.education[0]!.level = 'phd';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const r = await cli('compare', '--case', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^education\[0\]\.level: expected one of/m);
    expect((await cli('compare', '--case', priya, '--programs', 'us-h2b')).stderr).toMatch(/unknown programme id\(s\) us-h2b/);
    expect((await cli('compare', '--case', priya, '--assume', 'us-h1b-100k-payment=maybe')).stderr).toMatch(/takes applies or vacated/);
    expect((await cli('compare', '--case', priya, '--as-of', '29/11/2026')).code).toBe(2);
    expect((await cli('compare')).code).toBe(2);
  });

  it('takes every currency of the exchange-rate table, and refuses others or lower case, listing them (exit 2)', async () => {
    expect(new Set(SUPPORTED_CURRENCIES)).toEqual(new Set([FX_TABLE.base, ...Object.keys(FX_TABLE.rates)]));
    for (const currency of SUPPORTED_CURRENCIES) {
      const r = await cli('compare', '--case', priya, '--programs', 'us-h1b', '--currency', currency, '--json');
      expect(r.code, currency).toBe(0);
      expect((JSON.parse(r.stdout) as { currency: string }).currency).toBe(currency);
    }
    // Every code of the ECB table (checked above), listed as the CLI lists them.
    const listing = `use one of ${SUPPORTED_CURRENCIES.join(', ')} (upper case).`;
    expect(await cli('compare', '--case', priya, '--currency', 'inr')).toEqual({ code: 2, stdout: '', stderr: `--currency: "inr" is not supported; ${listing}` });
    // The Argentine peso is not in the ECB's reference rates.
    expect(await cli('compare', '--case', priya, '--currency', 'ARS')).toEqual({ code: 2, stdout: '', stderr: `--currency: "ARS" is not supported; ${listing}` });
  });

  it('names the programme id meant, and a missing or non-JSON case file (exit 2)', async () => {
    expect((await cli('compare', '--case', priya, '--programs', 'us-h1,cn-k')).stderr).toMatch(/^--programs: unknown programme id\(s\) us-h1; did you mean us-h1b\? The ids: us-h1b, /);
    const missing = join(dir, 'missing.json');
    expect(await cli('compare', '--case', missing)).toEqual({ code: 2, stdout: '', stderr: `--case: there is no file ${missing}.` });
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not json');
    expect(await cli('compare', '--case', text)).toMatchObject({ code: 2, stderr: expect.stringMatching(/notes\.txt is not valid JSON \(/) as unknown });
  });
});
