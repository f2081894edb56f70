// How each case-file fact reaches the SMC points, against INZ SR3.25 / SR3.30 (official/nz-smc.ts):
// the skill category line's wording, which unknowns could still raise the skill points (and so are
// asked for), the offer's path to the income points, and NZ skilled work when some jobs are unknown.
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../../shared/case-file';
import { smcCalculator } from '../../../../shared/rules/points/nz-smc';
import * as NZ from './official/nz-smc';

const AS_OF = '2026-06-30';
const SKILL_LINE = (name: string) => `Skill category: ${name} (best of registration, qualification, income)`;

type Education = NonNullable<CaseFileInput['education']>[number];
type Work = NonNullable<CaseFileInput['work']>[number];

/** A client with every fact known and nothing that scores; `change` adds one fact. */
function client(change: (f: CaseFileInput) => void): CaseFile {
  const f: CaseFileInput = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Test Client', dateOfBirth: '1994-02-10' },
    education: [],
    work: [],
    registrations: [],
    jobOffer: null,
  };
  change(f);
  return CaseFile.parse(f);
}
const score = (change: (f: CaseFileInput) => void) => smcCalculator(client(change), AS_OF);
const withEducation = (...education: Education[]) => score(f => { f.education = education; });
const withWork = (...work: Work[]) => score(f => { f.work = work; });
/** Skilled work in New Zealand from `start`, still going. */
const nzJob = (start: string, skilled: boolean | null = true): Work => ({ country: 'NZ', start, end: null, skilled });

describe('SMC skill category: the line and what is asked', () => {
  it('names the category that scored, or all three when none did', () => {
    expect(withEducation({ level: 'master', country: 'NZ', completed: '2020-01' }).breakdown[0]).toEqual({ factor: SKILL_LINE('qualification'), points: NZ.QUALIFICATION.master, max: NZ.PASS_MARK });
    expect(score(f => { f.registrations = [{ country: 'NZ', requiredYears: 5 }]; }).breakdown[0]?.factor).toBe(SKILL_LINE('registration'));
    const income = score(f => { f.jobOffer = { country: 'NZ', annualSalary: { amount: 210_000, currency: 'NZD' } }; });
    expect(income.breakdown[0]).toEqual({ factor: SKILL_LINE('income'), points: 6, max: NZ.PASS_MARK });
    expect(score(() => undefined).breakdown[0]).toEqual({ factor: 'Skill category (registration, qualification or income)', points: 0, max: NZ.PASS_MARK });
  });

  it('names the first of equal categories (qualification before registration)', () => {
    const r = score(f => {
      f.education = [{ level: 'bachelor', country: 'NZ', completed: '2020-01' }];
      f.registrations = [{ country: 'NZ', requiredYears: 2 }];
    });
    expect(r.breakdown[0]).toEqual({ factor: SKILL_LINE('qualification'), points: NZ.QUALIFICATION.bachelor, max: NZ.PASS_MARK });
  });

  it('asks about an unassessed foreign degree only when it would score more than the degrees already counted', () => {
    const unassessed = (level: 'bachelor' | 'doctorate'): Education => ({ level, country: 'IN', completed: '2015-01' });
    expect(withEducation({ level: 'master', country: 'NZ', completed: '2020-01' }, unassessed('bachelor')).missing).toEqual([]);
    expect(withEducation({ level: 'bachelor', country: 'NZ', completed: '2020-01' }, unassessed('bachelor')).missing).toEqual([]);
    expect(withEducation({ level: 'master', country: 'NZ', completed: '2020-01' }, unassessed('doctorate')).missing).toEqual(['education[1].credentialAssessed']);
  });

  it('asks for what the offer lacks, by path; an offer outside New Zealand is no gap', () => {
    const offer = (jobOffer: CaseFileInput['jobOffer']) => score(f => { f.jobOffer = jobOffer; });
    expect(offer({ employer: 'Kiwi Ltd' }).missing).toEqual(['jobOffer.country']);
    expect(offer({ country: 'NZ' }).missing).toEqual(['jobOffer.annualSalary']);
    const abroad = offer({ country: 'AU', annualSalary: { amount: 500_000, currency: 'AUD' } });
    expect(abroad.missing).toEqual([]);
    expect(abroad.breakdown[0]?.points).toBe(0);
  });

  it('cites the SR3.25 sources in force (not the 2026 changes before they apply), and no exchange rate for NZD', () => {
    const r = score(f => { f.jobOffer = { country: 'NZ', annualSalary: { amount: 150_000, currency: 'NZD' } }; });
    expect(r.sourceIds).toEqual(['nz-smc-sr325', 'nz-smc-experience-points', 'nz-smc-experience-window', 'nz-median-wage-2025', 'nz-wage-annual-equivalent']);
  });
});

describe('SMC: New Zealand skilled work experience', () => {
  const experience = (r: ReturnType<typeof score>) => r.breakdown[1];

  it('counts only skilled work in New Zealand, and shows the years and the window', () => {
    expect(experience(withWork({ ...nzJob('2024-06-30'), skilled: false }))?.points).toBe(0);
    expect(experience(withWork(nzJob('2024-01-01')))).toEqual({
      factor: 'New Zealand skilled work experience (2.4 years in the last 5 years)',
      points: NZ.EXPERIENCE[2],
      max: NZ.EXPERIENCE[4],
    });
  });

  it('scores the jobs it knows when another is unknown, and asks for that job by path', () => {
    const cases: [Work, string][] = [
      [nzJob('2015-01-01', null), 'work[1].skilled'],
      [{ country: 'NZ', skilled: true }, 'work[1].start'],
      [{ country: null, start: '2015-01-01', skilled: true }, 'work[1].country'],
    ];
    for (const [unknown, path] of cases) {
      const r = withWork(nzJob('2024-06-30'), unknown);
      expect(experience(r)?.points, path).toBe(NZ.EXPERIENCE[2]);
      expect(r.missing, path).toEqual([path]);
    }
  });

  it('asks about an unknown job in New Zealand, not one abroad whose skill does not matter here', () => {
    const r = withWork({ country: 'IN', start: '2015-01-01', skilled: null }, nzJob('2024-06-30'), nzJob('2015-01-01', null));
    expect(r.missing).toEqual(['work[2].skilled']);
  });

  it('asks nothing more once the known jobs reach the cap (3 points)', () => {
    const r = withWork(nzJob('2022-01-01'), nzJob('2015-01-01', null));
    expect(experience(r)?.points).toBe(NZ.EXPERIENCE[4]);
    expect(r.missing).toEqual([]);
  });
});
