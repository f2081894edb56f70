/**
 * H-1B cap counting, effective dates and the lottery season.
 * - INA 214(g)(7) (8 U.S.C. 1184(g)(7)): a client counted against the cap within the six years
 *   before the petition is not counted again: no registration, no lottery.
 * - INA 214(g)(5): employment at a university, an affiliated nonprofit or a nonprofit or
 *   governmental research organization is not counted against the cap.
 * - Fees of a petition by a new employer (I-129 instructions): I-129, ACWIA by employer size, the
 *   $500 fraud fee and the Asylum Program Fee; the $215 registration only for cap-subject cases.
 * - Proclamation of 2025-09-19, effective 2025-09-21 for 12 months unless extended; USCIS guidance
 *   of 2025-10-20: the $100,000 is owed for a beneficiary outside the US, not for a change of
 *   status, extension or change of employer inside it. No extension was found, so from
 *   2026-09-21 the payment is conditional.
 * - Registration runs in March for the fiscal year starting the following 1 October
 *   (FY2027: March 2026), so from April 2026 the next registration is for FY2028.
 */
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../shared/case-file';
import { ASSUMPTIONS, assumptionDefault } from '../../../shared/programs/assumptions';
import { evaluate } from '../../../shared/rules/evaluate';
import { lotterySeason } from '../../../shared/rules/odds';
import type { Assessment } from '../../../shared/rules/types';
import { loadFixture } from '../../fixtures';

type Edit = (f: Record<string, any>) => void;
function h1b(edit: Edit = () => undefined, asOf = '2026-11-29', assumptions: Record<string, string> = {}): Assessment {
  const raw = loadFixture('priya-sharma.case.json') as Record<string, any>;
  edit(raw);
  const [a] = evaluate(CaseFile.parse(raw), ['us-h1b'], { asOf, assumptions });
  if (!a) throw new Error('no assessment');
  return a;
}
const employerFees = (a: Assessment) => a.costs.items.filter(i => !i.optional).map(i => `${i.label}: ${String(i.amount.amount)}`);
/** A current H-1B holder at Acme, moving to the offer's employer inside the US. */
const h1bHolder = (history: Record<string, unknown> | undefined): Edit => f => {
  f.client.currentStatus = { country: 'US', type: 'H-1B', validUntil: '2027-09-30' };
  if (history) f.client.h1bHistory = history;
};
const abroad: Edit = f => {
  f.client.residenceCountry = 'IN';
  f.client.currentStatus = { country: 'IN', type: 'none' };
};

describe('H-1B cap counting (INA 214(g)(7), 214(g)(5))', () => {
  it('a client counted in the last six years skips registration and the lottery, and pays a change of employer’s fees', () => {
    const a = h1b(h1bHolder({ capCounted: true, countedOn: '2023-09' }));
    expect(a.odds).toEqual({ kind: 'exempt', reason: 'Not subject to the lottery: already counted against the cap (on 2023-09) within the last 6 years (INA 214(g)(7)).' });
    // Large employer: I-129 780 + ACWIA 1,500 + fraud 500 + asylum 600; no 215 registration.
    expect(employerFees(a)).toEqual([
      'I-129 petition (more than 25 FTE): 780',
      'ACWIA training fee (more than 25 FTE): 1500',
      'Fraud Prevention and Detection fee: 500',
      'Asylum Program Fee (more than 25 FTE): 600',
    ]);
    expect(a.costs.totals.employer.amount).toBe(3380);
    // Inside the US, no $100,000 whatever the assumption: a change of employer inside the US is not a new petition for a worker abroad.
    for (const payment of ['applies', 'unclear', 'vacated']) {
      const c = h1b(h1bHolder({ capCounted: true }), '2026-11-29', { 'us-h1b-100k-payment': payment });
      expect([...c.costs.items, ...c.costs.conditional].some(i => i.amount.amount === 100000), payment).toBe(false);
      expect(c.odds.kind).toBe('exempt');
    }
    expect(a.sources.map(s => s.id)).toEqual(expect.arrayContaining(['us-ina-214g7']));
  });

  it('a cap-exempt employer: no registration, no lottery, no ACWIA or asylum fee', () => {
    const a = h1b(f => (f.jobOffer.employerSize = 'cap-exempt'));
    expect(a.odds).toEqual({ kind: 'exempt', reason: 'Not subject to the lottery: cap-exempt employer (INA 214(g)(5)).' });
    expect(employerFees(a)).toEqual(['I-129 petition (25 or fewer FTE, nonprofit or higher education): 460', 'Fraud Prevention and Detection fee: 500']);
  });

  it('counted more than six years before the assessment: counted again, so registration and odds come back', () => {
    const a = h1b(h1bHolder({ capCounted: true, countedOn: '2020-05-15' }));
    expect(a.odds.kind).toBe('probability');
    expect(employerFees(a)[0]).toBe('Cap registration: 215');
    if (a.odds.kind === 'probability') expect(a.odds.basis).toMatch(/counted against the cap on 2020-05-15, more than 6 years before 2026-11-29, so counted again/);
    // The same count is within six years a year earlier: exempt then.
    expect(h1b(h1bHolder({ capCounted: true, countedOn: '2020-05-15' }), '2025-11-29').odds.kind).toBe('exempt');
  });

  it('a current H-1B holder with no record of the count: odds and registration unknown, asking for it', () => {
    const a = h1b(h1bHolder(undefined));
    expect(a.odds).toMatchObject({ kind: 'unknown', missing: ['client.h1bHistory.capCounted'] });
    expect(a.costs.unknown.map(u => u.label)).toContain('Cap registration');
    expect(a.costs.items.map(i => i.label)).not.toContain('Cap registration');
    // Recorded as not counted (e.g. an H-1B at a university): the lottery applies.
    expect(h1b(h1bHolder({ capCounted: false })).odds.kind).toBe('probability');
  });

  it('employer size unknown: whether the lottery applies is unknown, naming the employer size', () => {
    expect(h1b(f => delete f.jobOffer.employerSize).odds).toMatchObject({ kind: 'unknown', missing: ['jobOffer.employerSize'] });
  });

  it('accepts the H-1B history in the case file and refuses a bad date, naming the field', () => {
    const raw = loadFixture('priya-sharma.case.json') as Record<string, any>;
    raw.client.h1bHistory = { capCounted: true, countedOn: '2023-13' };
    const parsed = CaseFile.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['client', 'h1bHistory', 'countedOn']);
  });
});

describe('the $100,000 payment by date (Proclamation of 2025-09-19, 12 months from 2025-09-21)', () => {
  const payment = ASSUMPTIONS.find(a => a.key === 'us-h1b-100k-payment');
  if (!payment) throw new Error('no assumption');

  it('defaults to "applies" in its term, "vacated" between the vacatur and the reported stay, "unclear" past its term', () => {
    expect(['2025-09-21', '2026-06-07', '2026-06-08', '2026-06-11', '2026-06-12', '2026-09-20', '2026-09-21', '2027-06-01'].map(d => assumptionDefault(payment, d))).toEqual([
      'applies', 'applies', 'vacated', 'vacated', 'applies', 'applies', 'unclear', 'unclear',
    ]);
  });

  it('past its term, shows the payment for a worker abroad as conditional, outside the totals', () => {
    const a = h1b(abroad, '2026-11-29');
    expect(a.costs.totals.employer.amount).toBe(3595);
    expect(a.costs.conditional).toEqual([
      expect.objectContaining({ amount: { amount: 100000, currency: 'USD' }, payer: 'employer', condition: 'if the payment is extended or upheld' }),
    ]);
    expect(a.assumptionsUsed).toContainEqual({ key: 'us-h1b-100k-payment', value: 'unclear' });
  });

  it('in its term, charges it; before the proclamation, owes nothing', () => {
    const inTerm = h1b(abroad, '2026-09-20');
    expect(inTerm.costs.totals.employer.amount).toBe(103595);
    expect(inTerm.costs.conditional).toEqual([]);
    const before = h1b(abroad, '2025-09-20', { 'us-h1b-100k-payment': 'applies' });
    expect([...before.costs.items, ...before.costs.conditional].some(i => i.amount.amount === 100000)).toBe(false);
    expect(before.costs.unknown.map(u => u.label)).not.toContain('Proclamation payment for a new petition for a worker abroad');
  });
});

describe('the lottery season follows the as-of date (registration in March, FY from 1 October)', () => {
  it('names the next registration and its fiscal year', () => {
    expect(lotterySeason('2026-03-19', 3)).toEqual({ fiscalYear: 'FY2027', registration: 'March 2026' });
    expect(lotterySeason('2026-04-01', 3)).toEqual({ fiscalYear: 'FY2028', registration: 'March 2027' });
    expect(lotterySeason('2026-11-29', 3)).toEqual({ fiscalYear: 'FY2028', registration: 'March 2027' });
    expect(lotterySeason('2027-01-10', 3)).toEqual({ fiscalYear: 'FY2028', registration: 'March 2027' });
  });

  it('labels DHS’s FY2027 model as carried over once the season at hand is FY2028, and not before', () => {
    const basis = (a: Assessment) => (a.odds.kind === 'probability' ? a.odds.basis : '');
    const march = h1b(() => undefined, '2026-03-10');
    expect(basis(march)).toMatch(/^DHS's modelled odds for FY2027 registrations at wage level II: 30\.6%/);
    expect(basis(march)).not.toMatch(/Carried over/);
    expect(basis(h1b(() => undefined, '2026-11-29'))).toMatch(/Carried over from FY2027 to the season at hand, FY2028 \(registration in March 2027\)/);
  });

  it('uses the random rate by default before the weighted rule took effect (2026-02-27)', () => {
    const a = h1b(() => undefined, '2026-02-01');
    expect(a.odds).toMatchObject({ kind: 'probability', probability: 0.353 });
    expect(a.assumptionsUsed).toContainEqual({ key: 'us-h1b-weighted-selection', value: 'random' });
  });
});
