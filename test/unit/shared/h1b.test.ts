/**
 * The H-1B rules the issue pins down: fees by employer, the $100,000 payment, and the odds.
 * Sources: USCIS fee rule of 2024-04-01 (I-129 $780/$460, registration $215), the statutory ACWIA
 * and fraud fees, the Proclamation of 2025-09-19 and USCIS's guidance of 2025-10-20 (the payment
 * is owed on new petitions for workers outside the US only), and DHS's modelled weighted-selection
 * odds (I 15.29%, II 30.58%, III 45.87%, IV 61.16%) in the weighted-selection rule's analysis.
 */
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../shared/case-file';
import { evaluate } from '../../../shared/rules/evaluate';
import type { Assessment } from '../../../shared/rules/types';
import { loadFixture } from '../../fixtures';

const AS_OF = '2026-11-29';
type Edit = (f: Record<string, any>) => void;
function h1b(edit: Edit = () => undefined, assumptions: Record<string, string> = {}, asOf = AS_OF): Assessment {
  const raw = loadFixture('priya-sharma.case.json') as Record<string, any>;
  edit(raw);
  const [a] = evaluate(CaseFile.parse(raw), ['us-h1b'], { asOf, assumptions });
  if (!a) throw new Error('no assessment');
  return a;
}
const abroad: Edit = f => {
  f.client.residenceCountry = 'IN';
  f.client.currentStatus = { country: 'IN', type: 'none' };
};
const labels = (a: Assessment) => a.costs.items.filter(i => !i.optional).map(i => `${i.label}: ${String(i.amount.amount)}`);
const probability = (a: Assessment) => (a.odds.kind === 'probability' ? a.odds.probability : a.odds.kind);
const basisOf = (a: Assessment) => (a.odds.kind === 'probability' ? a.odds.basis : '');

describe('H-1B', () => {
  it('charges a large employer registration, I-129, ACWIA, fraud and asylum fees, premium processing as an option', () => {
    const a = h1b();
    expect(labels(a)).toEqual([
      'Cap registration: 215',
      'I-129 petition (more than 25 FTE): 780',
      'ACWIA training fee (more than 25 FTE): 1500',
      'Fraud Prevention and Detection fee: 500',
      'Asylum Program Fee (more than 25 FTE): 600',
    ]);
    expect(a.costs.totals.employer).toEqual({ amount: 3595, currency: 'USD' });
    expect(a.costs.totals.applicant.amount).toBe(0);
    expect(a.costs.items.find(i => i.optional)?.amount).toEqual({ amount: 2965, currency: 'USD' });
  });

  it('adds the $4,000 Public Law 114-113 fee for an H-1B-dependent employer, and charges a small employer less', () => {
    expect(h1b(f => (f.jobOffer.h1bDependentEmployer = true)).costs.totals.employer.amount).toBe(3595 + 4000);
    const small = h1b(f => (f.jobOffer.employerSize = 'small'));
    expect(small.costs.totals.employer.amount).toBe(215 + 460 + 750 + 500 + 300);
  });

  it('puts the $100,000 payment on the employer for a worker abroad, exactly, and only while the assumption holds', () => {
    const applies = h1b(abroad, { 'us-h1b-100k-payment': 'applies' });
    const vacated = h1b(abroad, { 'us-h1b-100k-payment': 'vacated' });
    expect(applies.costs.totals.employer.amount - vacated.costs.totals.employer.amount).toBe(100000);
    expect(applies.costs.items).toContainEqual(expect.objectContaining({ amount: { amount: 100000, currency: 'USD' }, payer: 'employer' }));
    expect(applies.assumptionsUsed).toContainEqual({ key: 'us-h1b-100k-payment', value: 'applies' });
  });

  it('does not charge the payment on a change of status inside the US', () => {
    const inside = h1b(f => (f.client.currentStatus = { country: 'US', type: 'F-1 STEM OPT' }), { 'us-h1b-100k-payment': 'applies' });
    expect(inside.costs.items.some(i => i.amount.amount === 100000)).toBe(false);
  });

  it('lists the payment as possible, not charged, when it is unknown where the worker is', () => {
    const unknownPlace = h1b(f => {
      delete f.client.residenceCountry;
      delete f.client.currentStatus;
    });
    expect(unknownPlace.costs.unknown.map(u => u.label)).toContain('Proclamation payment for a new petition for a worker abroad');
  });

  it('gives the weighted lottery’s odds by wage level, as DHS’s model for FY2027 naming the source; random otherwise', () => {
    const odds = [1, 2, 3, 4].map(level => probability(h1b(f => (f.jobOffer.usWageLevel = level))));
    expect(odds).toEqual([0.1529, 0.3058, 0.4587, 0.6116]);
    const basis = basisOf(h1b());
    expect(basis).toMatch(/^DHS's modelled odds for FY2027 registrations at wage level II: 30\.6%/);
    expect(basis).toMatch(/source: .+, as of \d{4}-\d{2}-\d{2}/);
    const random = h1b(() => undefined, { 'us-h1b-weighted-selection': 'random' });
    expect(probability(random)).toBe(0.353);
    expect(basisOf(random)).toMatch(/^Random lottery: the FY2026 selection rate, 35\.3%/);
    // Priya's UT Austin master's enters the advanced-degree draw too; a foreign master's does not.
    expect(basis).toMatch(/advanced-degree draw first/);
    expect(basisOf(h1b(f => (f.education[1].country = 'IN')))).not.toMatch(/advanced-degree draw first/);
  });

  it('says "unknown", naming the wage level, when weighted odds cannot be computed; never "no lottery"', () => {
    const a = h1b(f => (f.jobOffer.usWageLevel = null));
    expect(a.odds).toEqual({ kind: 'unknown', reason: expect.stringMatching(/wage level is not recorded/) as unknown, missing: ['jobOffer.usWageLevel'] });
    // Without weighting the wage level does not matter: the random rate stands.
    expect(probability(h1b(f => (f.jobOffer.usWageLevel = null), { 'us-h1b-weighted-selection': 'random' }))).toBe(0.353);
  });

  it('says a route without a lottery has none, in its own words', () => {
    const raw = loadFixture('priya-sharma.case.json');
    const [o1, niw] = evaluate(CaseFile.parse(raw), ['us-o1a', 'us-eb2-niw'], { asOf: AS_OF });
    expect(o1?.odds).toEqual({ kind: 'none', reason: 'No lottery or draw for this route. No annual cap: decided on the evidence.' });
    expect(niw?.odds).toMatchObject({ kind: 'none', reason: expect.stringMatching(/^No lottery: an annual quota/) as unknown });
  });
});
