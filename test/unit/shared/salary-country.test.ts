/**
 * An offer counts where it is: a salary threshold of country X is met only by an offer of work in
 * X (New Zealand's median wage for residence is about pay in New Zealand; INZ SMC "job or offer of
 * skilled employment in New Zealand", https://www.immigration.govt.nz/).
 */
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../shared/case-file';
import { resolveAssumptions } from '../../../shared/programs/assumptions';
import type { Condition } from '../../../shared/programs/types';
import { evaluateCondition } from '../../../shared/rules/conditions';
import { evaluate } from '../../../shared/rules/evaluate';

const file = (jobOffer: unknown) =>
  CaseFile.parse({ format: 'immigration-advisor/case', version: 1, client: { fullName: 'Li Wei', citizenships: ['CN'], permanentResidences: [] }, jobOffer });
const NZ_MEDIAN: Condition = { kind: 'salary', min: { amount: 69_804.8, currency: 'NZD' } };
const check = (c: Condition, f: CaseFile, country = 'NZ') =>
  evaluateCondition(c, {
    file: f,
    asOf: '2026-11-29',
    program: { country, shortName: 'the Skilled Migrant Category' },
    assumptions: resolveAssumptions({}, '2026-11-29'),
    points: () => null,
    calculator: () => ({ total: 0, breakdown: [], missing: [], sourceIds: [] }),
  });

describe('salary thresholds count only an offer in the programme’s country', () => {
  it('a US salary never meets New Zealand’s threshold, however high, and the reason names both countries', () => {
    expect(check(NZ_MEDIAN, file({ country: 'US', annualSalary: { amount: 400_000, currency: 'USD' } }))).toEqual({
      status: 'not-met',
      reason: "The offer is for work in the United States; New Zealand's threshold needs an offer in New Zealand.",
    });
  });

  it('an offer in the country is compared as before', () => {
    expect(check(NZ_MEDIAN, file({ country: 'NZ', annualSalary: { amount: 90_000, currency: 'NZD' } }))).toEqual({
      status: 'met',
      reason: 'Offered salary 90,000 NZD (threshold 69,805 NZD a year).',
    });
  });

  it('an offer whose country is unknown gives unknown, asking for the country; a salary below the threshold fails anyway', () => {
    const open = check(NZ_MEDIAN, file({ annualSalary: { amount: 90_000, currency: 'NZD' } }));
    expect(open).toMatchObject({ status: 'unknown', missing: ['jobOffer.country'] });
    expect(open.reason).toBe("The offer's country is not recorded; New Zealand's threshold needs an offer in New Zealand.");
    expect(check(NZ_MEDIAN, file({ annualSalary: { amount: 10_000, currency: 'NZD' } })).status).toBe('not-met');
    expect(check(NZ_MEDIAN, file({})).missing).toEqual(['jobOffer.country', 'jobOffer.annualSalary']);
  });

  it('an offer not recorded at all asks whether there is one; no offer is not met', () => {
    const none = CaseFile.parse({ format: 'immigration-advisor/case', version: 1, client: { fullName: 'Li Wei' } });
    expect(check(NZ_MEDIAN, none)).toMatchObject({ status: 'unknown', missing: ['jobOffer'] });
    expect(check(NZ_MEDIAN, file(null)).status).toBe('not-met');
  });

  it('an explicit list of countries overrides the programme’s own', () => {
    const c: Condition = { kind: 'salary', min: { amount: 100, currency: 'USD' }, countries: ['US', 'CA'] };
    expect(check(c, file({ country: 'CA', annualSalary: { amount: 1000, currency: 'USD' } })).status).toBe('met');
    expect(check(c, file({ country: 'GB', annualSalary: { amount: 1000, currency: 'USD' } })).reason).toBe(
      'The offer is for work in the United Kingdom; the threshold needs an offer in the United States or Canada.',
    );
  });

  it('through the engine: a UK offer does not meet Australia’s Core Skills Income Threshold (Migration Regulations, subclass 482)', () => {
    const f = file({ country: 'GB', annualSalary: { amount: 200_000, currency: 'GBP' } });
    const [sid] = evaluate(f, ['au-skills-in-demand'], { asOf: '2026-11-29' });
    expect(sid?.gates.find(g => g.id === 'core-income')).toMatchObject({
      status: 'not-met',
      reason: "The offer is for work in the United Kingdom; Australia's threshold needs an offer in Australia.",
    });
  });
});
