// Expected points are worked by hand from IRCC's "Six selection factors – Federal Skilled Worker
// Program" (IRPR ss. 78-83), mirrored in FSW_GRID in shared/programs/ca-points-tables.ts.
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../../shared/case-file';
import { fswCalculator, fswMinimumRequirements } from '../../../../shared/rules/points/ca-fsw';
import type { PointsResult } from '../../../../shared/rules/types';
import { expectConsistent as expectConsistentWith } from './points-checks';

const AS_OF = '2026-11-29';

/**
 * Marco: single, 29, bachelor's from Brazil, IELTS-GT 7.5 / 6.0 / 6.0 / 6.5 (CLB 8 / 7 / 7 / 8),
 * two years' skilled work, a brother in Canada: 12 + 21 + (5 + 4 + 4 + 5) + 11 + 5 = 67.
 */
function marco(change: (f: CaseFileInput) => void = () => undefined): CaseFile {
  const f: CaseFileInput = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Marco Silva', dateOfBirth: '1997-03-02', citizenships: ['BR'], maritalStatus: 'single' },
    education: [{ level: 'bachelor', field: 'Civil Engineering', country: 'BR', completed: '2019-12', durationYears: 5, credentialAssessed: true }],
    work: [{ occupation: 'Civil engineer', country: 'BR', start: '2024-11-29', end: null, hoursPerWeek: 40, skilled: true }],
    languages: [{ language: 'en', test: 'IELTS-GT', listening: 7.5, reading: 6, writing: 6, speaking: 6.5 }],
    jobOffer: null,
    ties: [{ country: 'CA', kind: 'sibling' }],
  };
  change(f);
  return CaseFile.parse(f);
}

const points = (r: PointsResult, factor: string) => r.breakdown.find(l => l.factor === factor)?.points;

// The grid's maxima: language 28 + education 25 + experience 15 + age 12 + offer 10 + adaptability 10 = 100.
const expectConsistent = (r: PointsResult) => expectConsistentWith(r, 100);

describe('FSW 67-point grid', () => {
  it('scores Marco exactly 67, the pass mark', () => {
    const r = fswCalculator(marco(), AS_OF);
    expectConsistent(r);
    expect(r.total).toBe(67);
    expect(points(r, 'First official language: listening')).toBe(5);
    expect(points(r, 'First official language: reading')).toBe(4);
    expect(points(r, 'Education')).toBe(21);
    expect(points(r, 'Work experience')).toBe(11);
    expect(points(r, 'Age')).toBe(12);
    expect(points(r, 'Adaptability')).toBe(5);
    expect(r.missing).toEqual([]);
  });

  it('scores 62 without the relative in Canada: below the pass mark', () => {
    const r = fswCalculator(marco(f => { f.ties = []; }), AS_OF);
    expectConsistent(r);
    expect(r.total).toBe(62);
  });

  it('adds 10 for a Canadian job offer and 5 more for adaptability (67 + 10 + 5 = 82)', () => {
    const r = fswCalculator(marco(f => { f.jobOffer = { country: 'CA', employer: 'Northbridge Engineering Ltd.' }; }), AS_OF);
    expectConsistent(r);
    expect(points(r, 'Arranged employment in Canada')).toBe(10);
    expect(points(r, 'Adaptability')).toBe(10);
    expect(r.total).toBe(82);
  });

  it('caps adaptability at 10: a year in Canada (10), a sibling (5) and an offer (5) still give 10', () => {
    const r = fswCalculator(marco(f => {
      f.jobOffer = { country: 'CA', employer: 'Northbridge Engineering Ltd.' };
      f.work = [
        { occupation: 'Civil engineer', country: 'BR', start: '2021-01-01', end: '2024-11-01', skilled: true },
        { occupation: 'Civil engineer', country: 'CA', start: '2024-11-29', end: null, skilled: true },
      ];
    }), AS_OF);
    expectConsistent(r);
    expect(points(r, 'Adaptability')).toBe(10);
    // Experience: 3.83 + 2 = 5.83 years in the last 10 → 5 → 13; 67 - 11 + 13 + 10 + 5 = 84.
    expect(points(r, 'Work experience')).toBe(13);
    expect(r.total).toBe(84);
  });

  it('takes one point off per year from 36 (11) to 46 (1), and none from 47', () => {
    const at = (dob: string) => points(fswCalculator(marco(f => { f.client.dateOfBirth = dob; }), AS_OF), 'Age');
    expect(at('1991-11-29')).toBe(12); // 35
    expect(at('1990-11-29')).toBe(11); // 36
    expect(at('1980-11-29')).toBe(1); // 46
    expect(at('1979-11-29')).toBe(0); // 47
  });

  it('gives 4 for a second official language only at CLB 5+ in all four', () => {
    const withFrench = (speaking: number) =>
      fswCalculator(marco(f => { f.languages!.push({ language: 'fr', test: 'TEF', listening: 181, reading: 151, writing: 226, speaking, testDate: '2023-06-01' }); }), AS_OF);
    expect(points(withFrench(226), 'Second official language')).toBe(4);
    expect(points(withFrench(225), 'Second official language')).toBe(0);
  });

  it('scores experience 9 / 11 / 13 / 15 at 1, 2-3, 4-5 and 6+ years within the last 10', () => {
    const since = (start: string) => points(fswCalculator(marco(f => { f.work![0]!.start = start; }), AS_OF), 'Work experience');
    expect(since('2025-11-29')).toBe(9);
    expect(since('2022-11-29')).toBe(13);
    expect(since('2010-01-01')).toBe(15); // only the last 10 years count, which is still 6+
    expect(since('2026-06-01')).toBe(0);
  });

  it('adds the accompanying spouse’s language (CLB 4+ in all) to adaptability', () => {
    const r = fswCalculator(marco(f => {
      f.ties = [];
      f.client.maritalStatus = 'married';
      f.spouse = {
        fullName: 'Julia Silva', accompanying: true, citizenships: ['BR'], education: [], work: [],
        languages: [{ language: 'en', test: 'CELPIP-G', listening: 5, reading: 4, writing: 4, speaking: 5 }],
      };
    }), AS_OF);
    expectConsistent(r);
    expect(points(r, 'Adaptability')).toBe(5);
  });

  it('lists unknown inputs and scores them 0', () => {
    const r = fswCalculator(CaseFile.parse({ format: 'immigration-advisor/case', version: 1, client: { fullName: 'Li Wei' } }), AS_OF);
    expect(r.total).toBe(0);
    expect(r.missing).toEqual(expect.arrayContaining(['client.dateOfBirth', 'education', 'languages', 'work', 'ties']));
  });
});

describe('FSW minimum requirements', () => {
  it('is met with a year of continuous skilled work and CLB 7 in every ability', () => {
    expect(fswMinimumRequirements(marco(), AS_OF).status).toBe('met');
  });

  it('is not met when one ability is CLB 6 (IELTS reading 5.0)', () => {
    const v = fswMinimumRequirements(marco(f => { f.languages![0]!.reading = 5; }), AS_OF);
    expect(v.status).toBe('not-met');
    expect(v.reason).toContain('CLB 6');
  });

  it('is not met by two short jobs that add up to a year but are not continuous', () => {
    const v = fswMinimumRequirements(marco(f => {
      f.work = [
        { occupation: 'Engineer', country: 'BR', start: '2023-01-01', end: '2023-08-01', skilled: true },
        { occupation: 'Engineer', country: 'BR', start: '2024-01-01', end: '2024-08-01', skilled: true },
      ];
    }), AS_OF);
    expect(v.status).toBe('not-met');
  });

  it('is unknown, naming the path, when no language results are recorded', () => {
    const v = fswMinimumRequirements(marco(f => { f.languages = null; }), AS_OF);
    expect(v.status).toBe('unknown');
    expect(v.missing).toEqual(['languages']);
  });
});
