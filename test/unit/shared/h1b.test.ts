/** The H-1B rules the issue pins down: fees by employer, the $100,000 payment, and the odds. */
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../shared/case-file';
import { evaluate } from '../../../shared/rules/evaluate';
import type { Assessment } from '../../../shared/rules/types';
import { loadFixture } from '../../fixtures';

const AS_OF = '2026-11-29';
type Edit = (f: Record<string, any>) => void;
function h1b(edit: Edit = () => undefined, assumptions: Record<string, string> = {}): Assessment {
  const raw = loadFixture('priya-sharma.case.json') as Record<string, any>;
  edit(raw);
  const [a] = evaluate(CaseFile.parse(raw), ['us-h1b'], { asOf: AS_OF, assumptions });
  if (!a) throw new Error('no assessment');
  return a;
}
const abroad: Edit = f => {
  f.client.residenceCountry = 'IN';
  f.client.currentStatus = { country: 'IN', type: 'none' };
};
const labels = (a: Assessment) => a.costs.items.filter(i => !i.optional).map(i => `${i.label}: ${String(i.amount.amount)}`);

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

  it('gives the weighted lottery’s odds by wage level, naming the fiscal year and source; random otherwise', () => {
    const odds = [1, 2, 3, 4].map(level => h1b(f => (f.jobOffer.usWageLevel = level)).odds?.probability);
    expect(odds).toEqual([0.1529, 0.3058, 0.4587, 0.6116]);
    const basis = h1b().odds?.basis ?? '';
    expect(basis).toMatch(/^FY2027 weighted lottery, wage level 2/);
    expect(basis).toMatch(/source: .+, as of \d{4}-\d{2}-\d{2}/);
    const random = h1b(() => undefined, { 'us-h1b-weighted-selection': 'random' });
    expect(random.odds?.probability).toBe(0.353);
    expect(random.odds?.basis).toMatch(/^Random lottery/);
    expect(h1b(f => (f.jobOffer.usWageLevel = null)).odds).toBeNull();
    // Priya's UT Austin master's enters the advanced-degree draw too; a foreign master's does not.
    expect(basis).toMatch(/advanced-degree draw first/);
    expect(h1b(f => (f.education[1].country = 'IN')).odds?.basis).not.toMatch(/advanced-degree draw first/);
  });
});
