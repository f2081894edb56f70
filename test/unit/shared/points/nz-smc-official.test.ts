// Every cell of the SMC points table, through the public calculator and the programme's gate, against
// the hand transcription in official/nz-smc.ts (never the implementation's table), each boundary on
// both sides.
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../../shared/case-file';
import { evaluate } from '../../../../shared/rules/evaluate';
import { smcCalculator } from '../../../../shared/rules/points/nz-smc';
import * as SMC from './official/nz-smc';

const AS_OF = '2026-06-15';
/** `years` whole years before AS_OF plus `days` (1 day later: a day short of `years`). */
const yearsAgo = (years: number, days = 0): string => new Date(Date.UTC(2026 - years, 5, 15 + days)).toISOString().slice(0, 10);
const nzd = (amount: number) => ({ country: 'NZ', employer: 'Kiwi Ltd', occupation: 'Engineer', annualSalary: { amount, currency: 'NZD' } });

/** Every fact known and nothing that scores. */
function file(change: (f: CaseFileInput) => void): CaseFile {
  const f: CaseFileInput = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Test Client', dateOfBirth: yearsAgo(30), citizenships: ['IN'], maritalStatus: 'single' },
    spouse: null,
    education: [],
    work: [],
    languages: [],
    jobOffer: null,
    registrations: [],
    ties: [],
  };
  change(f);
  return CaseFile.parse(f);
}
const score = (change: (f: CaseFileInput) => void) => smcCalculator(file(change), AS_OF);
const skill = (change: (f: CaseFileInput) => void) => score(change).breakdown[0]?.points;

describe('SMC points, cell by cell', () => {
  it('scores nothing for the base file', () => {
    expect(score(() => undefined).total).toBe(0);
  });

  it('registration: by the years full registration requires', () => {
    for (const [years, points] of Object.entries(SMC.REGISTRATION)) {
      expect(skill(f => { f.registrations = [{ country: 'NZ', requiredYears: Number(years) }]; }), `${years} years`).toBe(points);
    }
  });

  it('qualification: every level (a New Zealand qualification needs no assessment)', () => {
    for (const [level, points] of Object.entries(SMC.QUALIFICATION)) {
      expect(skill(f => { f.education = [{ level: level as 'none', country: 'NZ', completed: '2020-06' }]; }), level).toBe(points);
    }
  });

  it('income: at each multiple of the median wage, and one cent below', () => {
    const multiples = SMC.INCOME;
    multiples.forEach(([multiple, points], i) => {
      // Whole cents: INZ compares the pay with the threshold in dollars and cents.
      const threshold = Math.round(multiple * SMC.MEDIAN_WAGE_NZD_PER_HOUR * SMC.HOURS_A_YEAR * 100) / 100;
      expect(skill(f => { f.jobOffer = nzd(threshold); }), `${String(multiple)}×`).toBe(points);
      expect(skill(f => { f.jobOffer = nzd(threshold - 0.01); }), `just under ${String(multiple)}×`).toBe(multiples[i - 1]?.[1] ?? 0);
    });
  });

  it('takes the best ONE skill category, not the sum', () => {
    expect(skill(f => { f.education = [{ level: 'master', country: 'NZ', completed: '2020-06' }]; f.registrations = [{ country: 'NZ', requiredYears: 4 }]; }))
      .toBe(SMC.QUALIFICATION.master);
  });

  it('New Zealand skilled work: every year on the anniversary and just before, capped at 3', () => {
    for (const [years, points] of Object.entries(SMC.EXPERIENCE)) {
      const n = Number(years);
      if (n === 0) continue;
      const experience = (start: string) => score(f => { f.work = [{ country: 'NZ', start, end: null, skilled: true }]; }).breakdown[1]?.points;
      expect(experience(yearsAgo(n)), `${years} years`).toBe(points);
      expect(experience(yearsAgo(n, 1)), `under ${years}`).toBe(SMC.EXPERIENCE[n - 1]);
    }
  });
});

describe('SMC pass mark', () => {
  // Master's (5) + 1 year in New Zealand (1) = 6; a bachelor's (3) + 1 = 4.
  const client = (level: 'master' | 'bachelor') => file(f => {
    f.education = [{ level, country: 'NZ', completed: '2020-06' }];
    f.work = [{ country: 'NZ', start: yearsAgo(1), end: null, skilled: true }];
  });
  const gate = (f: CaseFile) => evaluate(f, ['nz-smc'], { asOf: AS_OF, assumptions: {}, currency: 'NZD' })[0]?.gates.find(g => g.id === 'points')?.status;

  it(`meets the points gate at ${String(SMC.PASS_MARK)}, not below`, () => {
    expect(smcCalculator(client('master'), AS_OF).total).toBe(SMC.PASS_MARK);
    expect(gate(client('master'))).toBe('met');
    expect(smcCalculator(client('bachelor'), AS_OF).total).toBe(SMC.PASS_MARK - 2);
    expect(gate(client('bachelor'))).toBe('not-met');
  });
});
