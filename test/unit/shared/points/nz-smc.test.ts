// Expected points are worked by hand from INZ operational manual SR3.25 (mirrored in
// shared/programs/nz-points-tables.ts): one skill category, qualification L10 doctoral 6 / L9
// master's 5 / L7 bachelor's 3, or income ≥3× median 6 / ≥2× 4 / ≥1.5× 3; plus 1 point per year of
// NZ skilled work in the last 5 years, max 3. Median wage NZD 33.56/h; a year is 40 h × 52 = 2,080 h,
// so the income thresholds are 1.5× NZD 104,707.20, 2× NZD 139,609.60 and 3× NZD 209,414.40 a year.
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../../shared/case-file';
import { smcCalculator } from '../../../../shared/rules/points/nz-smc';
import type { PointsResult } from '../../../../shared/rules/types';

const AS_OF = '2026-06-30';
/** Registrations not recorded: registration points could still fill the skill category. */
const REGISTRATIONS = 'registrations';

/**
 * Meera, the research note's test vector: an Indian master's assessed by NZQA at level 9 (5) and a
 * year of skilled work in New Zealand (1) = 6, with an NZ offer at NZD 75,000 (below 1.5× median).
 */
function meera(change: (f: CaseFileInput) => void = () => undefined): CaseFile {
  const f: CaseFileInput = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Meera Iyer', dateOfBirth: '1994-02-10' },
    education: [{ level: 'master', field: 'Data Science', country: 'IN', completed: '2019-05', credentialAssessed: true }],
    work: [
      { country: 'IN', start: '2019-06-01', end: '2025-06-01', skilled: true },
      { country: 'NZ', start: '2025-06-30', end: null, skilled: true },
    ],
    jobOffer: { country: 'NZ', annualSalary: { amount: 75_000, currency: 'NZD' } },
  };
  change(f);
  return CaseFile.parse(f);
}

const skill = (r: PointsResult) => r.breakdown[0]?.points;
const experience = (r: PointsResult) => r.breakdown[1]?.points;

function expectConsistent(r: PointsResult): void {
  for (const l of r.breakdown) {
    expect(l.points, l.factor).toBeGreaterThanOrEqual(0);
    expect(l.points, l.factor).toBeLessThanOrEqual(l.max);
  }
  expect(r.breakdown.map(l => l.max)).toEqual([6, 3]);
  expect(r.total).toBe(r.breakdown.reduce((s, l) => s + l.points, 0));
}

const salaryOf = (amount: number, currency = 'NZD') => meera(f => (f.jobOffer = { country: 'NZ', annualSalary: { amount, currency } }));

describe('SMC 6-point system', () => {
  it('scores the research test vector: master’s 5 + one year in New Zealand 1 = 6', () => {
    const r = smcCalculator(meera(), AS_OF);
    expectConsistent(r);
    expect(r.total).toBe(6);
    expect(skill(r)).toBe(5);
    expect(r.breakdown[0]?.factor).toMatch(/qualification/);
    expect(experience(r)).toBe(1);
    // Registration could still give 6 in the skill category: the intake asks for registrations.
    expect(r.missing).toEqual([REGISTRATIONS]);
    expect(r.sourceIds).toContain('nz-smc-sr325');
    expect(r.sourceIds).not.toContain('nz-smc-2026-changes');
  });

  it('takes only the best skill category: income at 3× the median beats the master’s', () => {
    const r = smcCalculator(salaryOf(209_414.4), AS_OF);
    expect(skill(r)).toBe(6);
    expect(r.breakdown[0]?.factor).toMatch(/income/);
    expect(r.total).toBe(7);
    expect(r.missing).toEqual([]);
  });

  it('scores income at each multiple of the median wage, to the cent', () => {
    const income = (amount: number) =>
      skill(
        smcCalculator(
          meera(f => {
            f.education = [];
            f.jobOffer = { country: 'NZ', annualSalary: { amount, currency: 'NZD' } };
          }),
          AS_OF,
        ),
      );
    expect(income(209_414.4)).toBe(6);
    expect(income(209_414.39)).toBe(4);
    expect(income(139_609.6)).toBe(4);
    expect(income(139_609.59)).toBe(3);
    expect(income(104_707.2)).toBe(3);
    expect(income(104_707.19)).toBe(0);
  });

  it('converts a salary in another currency with the catalogue’s rates and cites them', () => {
    // USD 200,000 is far above 3× the median (NZD 209,414.40) at any plausible rate.
    const r = smcCalculator(salaryOf(200_000, 'USD'), AS_OF);
    expect(skill(r)).toBe(6);
    expect(r.sourceIds.some(id => id.startsWith('fx-'))).toBe(true);
    // A currency with no rate in the table (the Argentine peso is no ECB reference currency) leaves the income open.
    const ars = smcCalculator(meera(f => ((f.education = []), (f.jobOffer = { country: 'NZ', annualSalary: { amount: 900_000, currency: 'ARS' } }))), AS_OF);
    expect(skill(ars)).toBe(0);
    expect(ars.missing).toContain('jobOffer.annualSalary.currency');
  });

  it('scores qualifications: NZ doctorate 6 without assessment; a foreign degree needs one', () => {
    const doctorate = smcCalculator(meera(f => (f.education = [{ level: 'doctorate', country: 'NZ', completed: '2024-03' }])), AS_OF);
    expect(skill(doctorate)).toBe(6);
    expect(doctorate.missing).toEqual([]);
    const bachelor = smcCalculator(meera(f => (f.education = [{ level: 'bachelor', country: 'PH', completed: '2015-05', credentialAssessed: true }])), AS_OF);
    expect(skill(bachelor)).toBe(3);
    const unassessed = smcCalculator(meera(f => f.education?.forEach(e => (e.credentialAssessed = false))), AS_OF);
    expect(skill(unassessed)).toBe(0);
    expect(unassessed.missing).toEqual([REGISTRATIONS]);
    const unknown = smcCalculator(meera(f => f.education?.forEach(e => (e.credentialAssessed = null))), AS_OF);
    expect(skill(unknown)).toBe(0);
    expect(unknown.missing).toEqual(['education[0].credentialAssessed', REGISTRATIONS]);
    // A degree completed after the assessment date does not count yet.
    const later = smcCalculator(meera(f => (f.education = [{ level: 'doctorate', country: 'NZ', completed: '2026-09' }])), AS_OF);
    expect(skill(later)).toBe(0);
  });

  it('scores NZ occupational registration by the years of training it requires (SR3.25: 6+ 6, 5 5, 4 4, 2-3 3)', () => {
    const reg = (requiredYears: number | null, country = 'NZ') =>
      smcCalculator(meera(f => ((f.education = []), (f.registrations = [{ country, occupation: 'Registered nurse', requiredYears }]))), AS_OF);
    expect(skill(reg(6))).toBe(6);
    expect(reg(6).breakdown[0]?.factor).toMatch(/registration/);
    expect(skill(reg(5))).toBe(5);
    expect(skill(reg(4))).toBe(4);
    expect(skill(reg(2))).toBe(3);
    expect(skill(reg(1))).toBe(0);
    // A registration outside New Zealand earns nothing; one whose years are unknown is asked for.
    expect(skill(reg(6, 'AU'))).toBe(0);
    expect(reg(6, 'AU').missing).toEqual([]);
    expect(reg(null).missing).toEqual(['registrations[0].requiredYears']);
  });

  it('counts whole years of NZ skilled work in the last 5 years, at most 3', () => {
    const nz = (start: string, end: string | null = null) =>
      experience(smcCalculator(meera(f => (f.work = [{ country: 'NZ', start, end, skilled: true }])), AS_OF));
    expect(nz('2022-12-30')).toBe(3); // 3.5 years: capped at 3
    expect(nz('2023-07-30')).toBe(2); // 2.9 years
    expect(nz('2024-06-30')).toBe(2); // exactly 2 years
    // 2019-01 to 2022-01: only the 0.5 year after 2021-06-30 lies in the 5-year window.
    expect(nz('2019-01-01', '2022-01-01')).toBe(0);
    // Work outside New Zealand earns no experience points.
    expect(experience(smcCalculator(meera(f => (f.work = [{ country: 'AU', start: '2015-01-01', skilled: true }])), AS_OF))).toBe(0);
  });

  it('scores unknown inputs 0 and lists their paths', () => {
    const file = CaseFile.parse({ format: 'immigration-advisor/case', version: 1, client: { fullName: 'Unknown' } });
    const r = smcCalculator(file, AS_OF);
    expectConsistent(r);
    expect(r.total).toBe(0);
    expect(r.missing).toEqual(['education', 'jobOffer', REGISTRATIONS, 'work']);
    const noCountry = smcCalculator(meera(f => (f.work = [{ start: '2020-01-01', skilled: true }])), AS_OF);
    expect(experience(noCountry)).toBe(0);
    expect(noCountry.missing).toContain('work[0].country');
    // No job offer (null) and an offer outside New Zealand are answers, not gaps.
    expect(smcCalculator(meera(f => (f.jobOffer = null)), AS_OF).missing).toEqual([REGISTRATIONS]);
    expect(smcCalculator(meera(f => (f.jobOffer = { country: 'AU', annualSalary: { amount: 500_000, currency: 'AUD' } })), AS_OF).total).toBe(6);
  });

  it('cites the unconfirmed 2026 changes for an assessment on or after 24 August 2026', () => {
    expect(smcCalculator(meera(), '2026-08-23').sourceIds).not.toContain('nz-smc-2026-changes');
    const after = smcCalculator(meera(), '2026-08-24');
    expect(after.sourceIds).toContain('nz-smc-2026-changes');
    expect(after.total).toBe(6);
  });
});
