// Expected points are worked by hand from the ISA points calculation table for HSP (ii) advanced
// specialized/technical (ロ), mirrored in shared/programs/jp-points-tables.ts: doctorate 30 / MBA-MOT 25
// / master's 20 / bachelor's 10, +5 for degrees in two fields; career ≥10y 20 / ≥7 15 / ≥5 10 / ≥3 5;
// salary ≥10M 40 / ≥9M 35 / ≥8M 30 at any age, ≥7M 25 and ≥6M 20 under 40, ≥5M 15 under 35, ≥4M 10
// under 30; age <30 15 / 30–34 10 / 35–39 5; research 15; Japanese degree 10; JLPT N1 15 / N2 10 (not
// with the Japanese degree); top-ranked university 10. 70 qualify, 80 give PR after a year.
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../../shared/case-file';
import * as HSP from './official/jp-hsp';
import { hspCalculator } from '../../../../shared/rules/points/jp-hsp';
import type { PointsResult } from '../../../../shared/rules/types';
import { expectConsistent as expectConsistentWith, pointsOf } from './points-checks';

const AS_OF = '2026-11-29';

/**
 * Kenji, the research note's test vector: 29, a master's (20), 3.5 years' skilled work (5), an offer
 * of JPY 6,000,000 (20, under 40), age 15, JLPT N2 10 = 70; a top-ranked university would make 80.
 */
function kenji(change: (f: CaseFileInput) => void = () => undefined): CaseFile {
  const f: CaseFileInput = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Kenji Tan', dateOfBirth: '1997-06-01' },
    education: [{ level: 'master', field: 'Computer Science', country: 'IN', completed: '2021-06', topRanked: false }],
    work: [{ country: 'IN', start: '2023-06-01', end: null, skilled: true }],
    languages: [{ language: 'ja', test: 'JLPT', level: 'N2' }],
    jobOffer: { country: 'JP', annualSalary: { amount: 6_000_000, currency: 'JPY' } },
    achievements: { patents: 0, publications: 0 },
  };
  change(f);
  return CaseFile.parse(f);
}

// 30 + 5 + 20 + 40 + 15 + 15 + 10 + 10 + 15 (the minimum-salary line, when shown, is 0 of 0).
const TABLE_MAXIMUM = 160;
const points = pointsOf;
const expectConsistent = (r: PointsResult) => expectConsistentWith(r, TABLE_MAXIMUM);

describe('HSP (ii) points', () => {
  it('scores the research test vector exactly 70, and 80 with a top-ranked university', () => {
    const r = hspCalculator(kenji(), AS_OF);
    expectConsistent(r);
    expect(r.total).toBe(HSP.PASS_MARK);
    expect(points(r, 'Academic background')).toBe(20);
    expect(points(r, 'Professional career')).toBe(5);
    expect(points(r, 'Annual salary')).toBe(20);
    expect(points(r, 'Age')).toBe(15);
    expect(points(r, 'Japanese ability')).toBe(10);
    expect(r.missing).toEqual([]);
    const top = hspCalculator(kenji(f => f.education?.forEach(e => (e.topRanked = true))), AS_OF);
    expect(top.total).toBe(HSP.FAST_PERMANENT_RESIDENCE);
  });

  it('gives age points by band, changing on the 30th, 35th and 40th birthdays', () => {
    const age = (dob: string) => points(hspCalculator(kenji(f => (f.client.dateOfBirth = dob)), AS_OF), 'Age');
    expect(age('1996-11-30')).toBe(15); // 29
    expect(age('1996-11-29')).toBe(10); // 30 today
    expect(age('1991-11-30')).toBe(10); // 34
    expect(age('1991-11-29')).toBe(5); // 35 today
    expect(age('1986-11-30')).toBe(5); // 39
    expect(age('1986-11-29')).toBe(0); // 40 today
  });

  it('scores salary by the age band at the assessment date', () => {
    const pay = (amount: number, dob: string) =>
      points(
        hspCalculator(kenji(f => ((f.client.dateOfBirth = dob), (f.jobOffer = { country: 'JP', annualSalary: { amount, currency: 'JPY' } }))), AS_OF),
        'Annual salary',
      );
    expect(pay(7_500_000, '1986-11-30')).toBe(25); // 39: the 7–8M band applies under 40
    expect(pay(7_500_000, '1986-11-29')).toBe(0); // 40: it no longer does
    expect(pay(5_500_000, '1991-11-30')).toBe(15); // 34: 5–6M applies under 35
    expect(pay(5_500_000, '1991-11-29')).toBe(0); // 35
    expect(pay(4_500_000, '1996-11-30')).toBe(10); // 29: 4–5M applies under 30
    expect(pay(4_500_000, '1996-11-29')).toBe(0); // 30
    expect(pay(10_000_000, '1970-01-01')).toBe(40); // 10M at any age
    expect(pay(8_999_999, '1970-01-01')).toBe(30);
  });

  it('shows the JPY 3 million minimum salary as a zero-point line when the offer is below it', () => {
    const low = hspCalculator(kenji(f => (f.jobOffer = { country: 'JP', annualSalary: { amount: 2_900_000, currency: 'JPY' } })), AS_OF);
    expectConsistent(low);
    expect(low.breakdown.some(l => l.factor.startsWith('Below the JPY 3,000,000 minimum') && l.max === 0)).toBe(true);
    const atMin = hspCalculator(kenji(f => (f.jobOffer = { country: 'JP', annualSalary: { amount: 3_000_000, currency: 'JPY' } })), AS_OF);
    expect(atMin.breakdown.some(l => l.factor.startsWith('Below'))).toBe(false);
  });

  it('converts a salary in another currency to JPY and cites the rate table', () => {
    // USD 100,000 is far above JPY 10 million at any plausible rate.
    const r = hspCalculator(kenji(f => (f.jobOffer = { country: 'JP', annualSalary: { amount: 100_000, currency: 'USD' } })), AS_OF);
    expect(points(r, 'Annual salary')).toBe(40);
    expect(r.sourceIds.some(id => id.startsWith('fx-'))).toBe(true);
  });

  it('scores the academic background and the two-fields bonus', () => {
    const academic = (education: CaseFileInput['education']) => hspCalculator(kenji(f => (f.education = education)), AS_OF);
    expect(points(academic([{ level: 'doctorate', field: 'Physics', completed: '2020-01' }]), 'Academic')).toBe(30);
    expect(points(academic([{ level: 'master', field: 'MBA', completed: '2020-01' }]), 'Academic')).toBe(25);
    expect(points(academic([{ level: 'bachelor', field: 'Physics', completed: '2020-01' }]), 'Academic')).toBe(10);
    const two = academic([
      { level: 'master', field: 'Physics', completed: '2018-01' },
      { level: 'master', field: 'Economics', completed: '2020-01' },
    ]);
    expect(points(two, 'Academic')).toBe(20);
    expect(points(two, 'Degrees in two')).toBe(5);
    const unnamed = academic([
      { level: 'master', field: 'Physics', completed: '2018-01' },
      { level: 'doctorate', completed: '2022-01' },
    ]);
    expect(points(unnamed, 'Academic')).toBe(30);
    expect(points(unnamed, 'Degrees in two')).toBe(0);
    expect(unnamed.missing).toContain('education[1].field');
  });

  it('adds JLPT N1 to a Japanese degree, but not N2', () => {
    const jp = (level: string) =>
      hspCalculator(
        kenji(f => {
          f.education = [{ level: 'master', country: 'JP', completed: '2021-03' }];
          f.languages = [{ language: 'ja', test: 'JLPT', level }];
        }),
        AS_OF,
      );
    expect(points(jp('N1'), 'Japanese ability')).toBe(15);
    expect(points(jp('N1'), 'Degree from a Japanese university')).toBe(10);
    expect(points(jp('N2'), 'Japanese ability')).toBe(0);
    expect(points(jp('N3'), 'Japanese ability')).toBe(0);
  });

  it('awards research points for a patent or three papers', () => {
    const research = (achievements: CaseFileInput['achievements']) => hspCalculator(kenji(f => (f.achievements = achievements)), AS_OF);
    expect(points(research({ patents: 1 }), 'Research')).toBe(15);
    expect(points(research({ publications: 3 }), 'Research')).toBe(15);
    const two = research({ publications: 2 });
    expect(points(two, 'Research')).toBe(0);
    expect(two.missing).toEqual(['achievements.patents']);
  });

  it('scores unknown inputs 0 and lists their paths', () => {
    const file = CaseFile.parse({ format: 'immigration-advisor/case', version: 1, client: { fullName: 'Unknown' } });
    const r = hspCalculator(file, AS_OF);
    expectConsistent(r);
    expect(r.total).toBe(0);
    expect(r.missing).toEqual(['education', 'work', 'jobOffer', 'client.dateOfBirth', 'achievements', 'languages']);
    // With no date of birth, JPY 6 million (an age-banded step) stays open; JPY 8.5 million does not.
    const noAge = (amount: number) =>
      hspCalculator(kenji(f => ((f.client.dateOfBirth = null), (f.jobOffer = { country: 'JP', annualSalary: { amount, currency: 'JPY' } }))), AS_OF);
    expect(points(noAge(6_000_000), 'Annual salary')).toBe(0);
    expect(points(noAge(8_500_000), 'Annual salary')).toBe(30);
    expect(noAge(8_500_000).missing).toEqual(['client.dateOfBirth']);
    // An offer outside Japan scores no salary points, and is not a gap.
    const abroad = hspCalculator(kenji(f => (f.jobOffer = { country: 'US', annualSalary: { amount: 200_000, currency: 'USD' } })), AS_OF);
    expect(points(abroad, 'Annual salary')).toBe(0);
    expect(abroad.missing).toEqual([]);
  });
});
