// Every cell of the HSP (ii) points table the case file can decide, through the public calculator and
// the programme's gate, against the hand transcription in official/jp-hsp.ts (never the implementation's
// table), each boundary on both sides.
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../../shared/case-file';
import { evaluate } from '../../../../shared/rules/evaluate';
import { hspCalculator } from '../../../../shared/rules/points/jp-hsp';
import * as HSP from './official/jp-hsp';
import { pointsOf } from './points-checks';

const AS_OF = '2026-06-15';
const yearsAgo = (years: number, days = 0): string => new Date(Date.UTC(2026 - years, 5, 15 + days)).toISOString().slice(0, 10);
const offer = (amount: number) => ({ country: 'JP', employer: 'Sony', occupation: 'Engineer', annualSalary: { amount, currency: 'JPY' } });

/** A 45-year-old with every fact known and nothing that scores; the offer is the JPY 3 million floor. */
function file(change: (f: CaseFileInput) => void): CaseFile {
  const f: CaseFileInput = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Test Client', dateOfBirth: yearsAgo(45), citizenships: ['IN'], maritalStatus: 'single' },
    spouse: null,
    education: [],
    work: [],
    languages: [],
    jobOffer: offer(HSP.MIN_SALARY_JPY),
    ties: [],
    achievements: { patents: 0, publications: 0 },
  };
  change(f);
  return CaseFile.parse(f);
}
const score = (change: (f: CaseFileInput) => void) => hspCalculator(file(change), AS_OF);
const degree = (level: 'bachelor' | 'master' | 'professional' | 'doctorate', field = 'Engineering', country = 'IN') =>
  ({ level, field, country, completed: '2015-06', topRanked: false });

describe('HSP (ii) points, cell by cell', () => {
  it('scores nothing for the base file, so every test below isolates one item', () => {
    expect(score(() => undefined).total).toBe(0);
  });

  it('academic background: each degree, MBA/MOT, and the two-fields bonus', () => {
    const academic = (education: CaseFileInput['education']) => pointsOf(score(f => { f.education = education; }), 'Academic background');
    expect(academic([degree('doctorate')])).toBe(HSP.ACADEMIC.doctorate);
    expect(academic([degree('professional', 'MBA')])).toBe(HSP.ACADEMIC.mbaMot);
    expect(academic([degree('professional', 'Law')])).toBe(HSP.ACADEMIC.master);
    expect(academic([degree('master')])).toBe(HSP.ACADEMIC.master);
    expect(academic([degree('bachelor')])).toBe(HSP.ACADEMIC.bachelor);
    const fields = (a: string, b: string) => pointsOf(score(f => { f.education = [degree('master', a), degree('master', b)]; }), 'Degrees in two or more fields');
    expect(fields('Physics', 'Economics')).toBe(HSP.ACADEMIC.multipleFields);
    expect(fields('Physics', 'Physics')).toBe(0);
  });

  it('career: every band, on the anniversary and just before', () => {
    for (const [years, points] of Object.entries(HSP.CAREER)) {
      const n = Number(years);
      const career = (start: string) => pointsOf(score(f => { f.work = [{ country: 'IN', start, end: null, skilled: true }]; }), 'Professional career');
      expect(career(yearsAgo(n)), `${years} years`).toBe(points);
      const under = Object.entries(HSP.CAREER).filter(([y]) => Number(y) < n).pop()?.[1] ?? 0;
      // Just under a band's first year scores the band below (between listed years the band holds).
      if (HSP.CAREER[n - 1] !== undefined || n === 3) expect(career(yearsAgo(n, 1)), `under ${years}`).toBe(under);
    }
  });

  it('salary: every band in every age column, at the band floor and one yen below', () => {
    const columns = [29, 34, 39, 40] as const;
    for (const [million, cells] of Object.entries(HSP.SALARY)) {
      const floor = Number(million) * 1_000_000;
      const below = HSP.SALARY[Number(million) - 1];
      columns.forEach((age, col) => {
        const salary = (amount: number) => pointsOf(score(f => { f.client.dateOfBirth = yearsAgo(age); f.jobOffer = offer(amount); }), 'Annual salary');
        expect(salary(floor), `JPY ${million}M at ${String(age)}`).toBe(cells[col]);
        if (below) expect(salary(floor - 1), `just under JPY ${million}M at ${String(age)}`).toBe(below[col]);
      });
    }
    // Each age column ends at a birthday: JPY 4M scores at 29, not on the 30th birthday.
    const at = (dob: string, amount: number) => pointsOf(score(f => { f.client.dateOfBirth = dob; f.jobOffer = offer(amount); }), 'Annual salary');
    expect(at(yearsAgo(30, 1), 4_000_000)).toBe(HSP.SALARY[4]?.[0]);
    expect(at(yearsAgo(30), 4_000_000)).toBe(HSP.SALARY[4]?.[1]);
    expect(at(yearsAgo(35, 1), 5_000_000)).toBe(HSP.SALARY[5]?.[1]);
    expect(at(yearsAgo(35), 5_000_000)).toBe(HSP.SALARY[5]?.[2]);
    expect(at(yearsAgo(40, 1), 6_000_000)).toBe(HSP.SALARY[6]?.[2]);
    expect(at(yearsAgo(40), 6_000_000)).toBe(HSP.SALARY[6]?.[3]);
  });

  it('age: every band, on the birthday and the day before', () => {
    const ages = Object.entries(HSP.AGE);
    for (const [age, points] of ages) {
      const a = Number(age);
      expect(pointsOf(score(f => { f.client.dateOfBirth = yearsAgo(a); }), 'Age'), `age ${age}`).toBe(points);
      const younger = ages.filter(([y]) => Number(y) <= a - 1).pop()?.[1];
      if (younger !== undefined) expect(pointsOf(score(f => { f.client.dateOfBirth = yearsAgo(a, 1); }), 'Age'), `day before ${age}`).toBe(younger);
    }
  });

  it('research: one patent, or three papers but not two', () => {
    const research = (patents: number, publications: number) => pointsOf(score(f => { f.achievements = { patents, publications }; }), 'Research');
    expect(research(1, 0)).toBe(HSP.BONUS.research);
    expect(research(0, 3)).toBe(HSP.BONUS.research);
    expect(research(0, 2)).toBe(0);
  });

  it('Japanese degree, top-ranked university, JLPT N1 and N2 (N2 not with a Japanese degree)', () => {
    expect(pointsOf(score(f => { f.education = [degree('bachelor', 'Law', 'JP')]; }), 'Degree from a Japanese university')).toBe(HSP.BONUS.japaneseDegree);
    expect(pointsOf(score(f => { f.education = [{ ...degree('bachelor'), topRanked: true }]; }), 'Graduate of a top-ranked university')).toBe(HSP.BONUS.topUniversity);
    const jlpt = (level: string, japanese = false) =>
      pointsOf(score(f => { f.languages = [{ language: 'ja', test: 'JLPT', level }]; if (japanese) f.education = [degree('bachelor', 'Law', 'JP')]; }), 'Japanese ability');
    expect(jlpt('N1')).toBe(HSP.BONUS.jlptN1);
    expect(jlpt('N1', true)).toBe(HSP.BONUS.jlptN1);
    expect(jlpt('N2')).toBe(HSP.BONUS.jlptN2);
    expect(jlpt('N2', true)).toBe(0);
    expect(jlpt('N3')).toBe(0);
  });
});

describe('HSP (ii) pass mark', () => {
  // 29 (15) + master's (20) + 3 years (5) + JPY 6M (20) = 60; + N2 (10) = 70, + top-ranked university = 80.
  const client = (n2: boolean, top = false) => file(f => {
    f.client.dateOfBirth = yearsAgo(29);
    f.education = [{ ...degree('master'), topRanked: top }];
    f.work = [{ country: 'IN', start: yearsAgo(3), end: null, skilled: true }];
    f.jobOffer = offer(6_000_000);
    f.languages = n2 ? [{ language: 'ja', test: 'JLPT', level: 'N2' }] : [];
  });
  const gate = (f: CaseFile) => evaluate(f, ['jp-hsp'], { asOf: AS_OF, assumptions: {}, currency: 'JPY' })[0]?.gates.find(g => g.id === 'points')?.status;

  it(`meets the points gate at ${String(HSP.PASS_MARK)}, not at ${String(HSP.PASS_MARK - 10)}`, () => {
    expect(hspCalculator(client(true), AS_OF).total).toBe(HSP.PASS_MARK);
    expect(gate(client(true))).toBe('met');
    expect(hspCalculator(client(false), AS_OF).total).toBe(HSP.PASS_MARK - 10);
    expect(gate(client(false))).toBe('not-met');
    expect(hspCalculator(client(true, true), AS_OF).total).toBe(HSP.FAST_PERMANENT_RESIDENCE);
  });
});
