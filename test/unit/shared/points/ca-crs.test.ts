// Every expected score is worked by hand from IRCC's "Comprehensive Ranking System (CRS) criteria"
// tables (canada.ca), mirrored in shared/programs/ca-points-tables.ts; the arithmetic is in comments.
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../../shared/case-file';
import { crsCalculator } from '../../../../shared/rules/points/ca-crs';
import type { PointsResult } from '../../../../shared/rules/types';

const AS_OF = '2026-11-29';

/** Ananya: single, 29, bachelor's + master's from India, IELTS-GT 8/7/7/7, 3 years' skilled work in India. */
function ananya(change: (f: CaseFileInput) => void = () => undefined): CaseFile {
  const f: CaseFileInput = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Ananya Rao', dateOfBirth: '1997-06-15', citizenships: ['IN'], residenceCountry: 'IN', maritalStatus: 'single' },
    spouse: null,
    education: [
      { level: 'bachelor', field: 'Computer Engineering', country: 'IN', completed: '2018-05', durationYears: 4, credentialAssessed: true },
      { level: 'master', field: 'Data Science', country: 'IN', completed: '2020-06', durationYears: 2, credentialAssessed: true },
    ],
    work: [{ occupation: 'Data engineer', country: 'IN', start: '2022-09-01', end: '2025-09-01', hoursPerWeek: 40, skilled: true }],
    languages: [{ language: 'en', test: 'IELTS-GT', listening: 8, reading: 7, writing: 7, speaking: 7, testDate: '2026-02-10' }],
    jobOffer: null,
    ties: [],
  };
  change(f);
  return CaseFile.parse(f);
}

const line = (r: PointsResult, factor: string) => r.breakdown.find(l => l.factor === factor);

/** No line is negative or above its max, and the total is the sum of the lines (and at most 1,200). */
function expectConsistent(r: PointsResult): void {
  for (const l of r.breakdown) {
    expect(l.points, l.factor).toBeGreaterThanOrEqual(0);
    expect(l.points, l.factor).toBeLessThanOrEqual(l.max);
  }
  expect(r.total).toBe(r.breakdown.reduce((s, l) => s + l.points, 0));
  expect(r.total).toBeLessThanOrEqual(1200);
}

describe('CRS: single applicant', () => {
  it('scores Ananya 469: A 110 + 135 + 4×31 = 369, C 50 + 50 = 100, D 0', () => {
    const r = crsCalculator(ananya(), AS_OF);
    expectConsistent(r);
    expect(r.total).toBe(469);
    expect(line(r, 'Age')).toEqual({ factor: 'Age', points: 110, max: 110 });
    expect(line(r, 'Education')).toEqual({ factor: 'Education', points: 135, max: 150 });
    // IELTS 8.0 listening is CLB 9 (CLB 10 needs 8.5): 31 points, not 34.
    expect(line(r, 'First official language: listening')).toEqual({ factor: 'First official language: listening', points: 31, max: 34 });
    expect(line(r, 'First official language: speaking')?.points).toBe(31);
    expect(line(r, 'Second official language')?.points).toBe(0);
    expect(line(r, 'Canadian work experience')).toEqual({ factor: 'Canadian work experience', points: 0, max: 80 });
    // Master's + CLB 9 in all = 50; 3 years foreign + CLB 9 in all = 50.
    expect(line(r, 'Skill transferability: education (with language and Canadian work)')?.points).toBe(50);
    expect(line(r, 'Skill transferability: foreign work experience (with language and Canadian work)')?.points).toBe(50);
    expect(r.breakdown.some(l => l.factor.startsWith('Spouse'))).toBe(false);
    expect(r.missing).toEqual([]);
    expect(r.sourceIds).toEqual(expect.arrayContaining(['ca-pts-crs', 'ca-pts-ee-mi', 'ca-pts-clb']));
  });

  it('loses 5 points for age on the 30th birthday: 469 the day before, 464 on the day (110 → 105)', () => {
    const turning30 = ananya(f => { f.client.dateOfBirth = '1996-11-29'; });
    expect(line(crsCalculator(turning30, '2026-11-28'), 'Age')?.points).toBe(110);
    expect(crsCalculator(turning30, '2026-11-28').total).toBe(469);
    expect(line(crsCalculator(turning30, '2026-11-29'), 'Age')?.points).toBe(105);
    expect(crsCalculator(turning30, '2026-11-29').total).toBe(464);
  });

  it('scores age 44 at 6 and 45 at 0', () => {
    const born = ananya(f => { f.client.dateOfBirth = '1981-01-10'; });
    expect(line(crsCalculator(born, '2026-01-09'), 'Age')?.points).toBe(6);
    expect(line(crsCalculator(born, '2026-01-10'), 'Age')?.points).toBe(0);
  });

  it('adds 600 for a provincial nomination (469 → 1069)', () => {
    const r = crsCalculator(ananya(f => { f.ties = [{ country: 'CA', kind: 'provincial-nomination' }]; }), AS_OF);
    expectConsistent(r);
    expect(r.total).toBe(1069);
    expect(line(r, 'Provincial or territorial nomination')).toEqual({ factor: 'Provincial or territorial nomination', points: 600, max: 600 });
  });

  it('caps section D at 600: a nominee with a sibling in Canada still gets 1069', () => {
    const r = crsCalculator(ananya(f => {
      f.ties = [{ country: 'CA', kind: 'provincial-nomination' }, { country: 'CA', kind: 'sibling' }];
    }), AS_OF);
    expectConsistent(r);
    expect(r.total).toBe(1069);
    expect(line(r, 'Sibling in Canada (section capped at 600)')?.points).toBe(0);
  });

  it('adds 15 for a sibling in Canada, but not for one elsewhere', () => {
    expect(crsCalculator(ananya(f => { f.ties = [{ country: 'CA', kind: 'sibling' }]; }), AS_OF).total).toBe(484);
    expect(crsCalculator(ananya(f => { f.ties = [{ country: 'US', kind: 'sibling' }]; }), AS_OF).total).toBe(469);
  });

  it('gives a Canadian job offer 0 CRS points (removed for ITAs from 2025-03-25) and says so', () => {
    const r = crsCalculator(ananya(f => {
      f.jobOffer = { country: 'CA', employer: 'Maple Robotics Inc.', occupation: 'Data engineer', annualSalary: { amount: 115000, currency: 'CAD' } };
    }), AS_OF);
    expectConsistent(r);
    expect(r.total).toBe(469);
    expect(line(r, 'Arranged employment (no CRS points since 2025-03-25)')?.points).toBe(0);
  });

  it('adds French: NCLC 7 in all four with CLB 5+ English gives 50 extra and 3 per ability as second language (469 + 12 + 50 = 531)', () => {
    const r = crsCalculator(ananya(f => {
      f.languages?.push({ language: 'fr', test: 'TEF', listening: 249, reading: 207, writing: 310, speaking: 310, testDate: '2023-06-01' });
    }), AS_OF);
    expectConsistent(r);
    expect(line(r, 'Second official language')).toEqual({ factor: 'Second official language', points: 12, max: 24 });
    expect(line(r, 'French-language ability')?.points).toBe(50);
    expect(r.total).toBe(531);
  });

  it('scores a French-only candidate with French as first language and 25 bonus points (500)', () => {
    // TCF 549/524/14/16 → NCLC 10, 9, 9, 10 → 34 + 31 + 31 + 34 = 130; A = 110 + 135 + 130 = 375;
    // C = 50 + 50 (lowest NCLC 9); D = 25 (NCLC 7+ and no English test).
    const r = crsCalculator(ananya(f => {
      f.languages = [{ language: 'fr', test: 'TCF', listening: 549, reading: 524, writing: 14, speaking: 16 }];
    }), AS_OF);
    expectConsistent(r);
    expect(line(r, 'First official language: listening')?.points).toBe(34);
    expect(line(r, 'French-language ability')?.points).toBe(25);
    expect(r.total).toBe(500);
  });

  it('scores a Canadian graduate with Canadian experience 569', () => {
    // Age 27: 110. Master's: 135. CELPIP 10/9/9/10: 34 + 31 + 31 + 34 = 130. Canadian work 3.49 years → 3: 64.
    // A = 439. C: education 50 + 50 → 50; foreign 2 years: 25 + 25 → 50. D: Canadian master's 30.
    const r = crsCalculator(ananya(f => {
      f.client.dateOfBirth = '1999-03-10';
      f.education = [
        { level: 'bachelor', country: 'IN', completed: '2020-05', durationYears: 4 },
        { level: 'master', country: 'CA', institution: 'University of Waterloo', completed: '2023-04', durationYears: 2 },
      ];
      f.work = [
        { occupation: 'Analyst', country: 'IN', start: '2020-07-01', end: '2022-07-01', skilled: true },
        { occupation: 'Data scientist', country: 'CA', start: '2023-06-01', end: null, skilled: true },
      ];
      f.languages = [{ language: 'en', test: 'CELPIP-G', listening: 10, reading: 9, writing: 9, speaking: 10 }];
    }), AS_OF);
    expectConsistent(r);
    expect(line(r, 'Canadian work experience')?.points).toBe(64);
    expect(line(r, 'Post-secondary education in Canada')?.points).toBe(30);
    expect(r.total).toBe(569);
  });

  it('caps skill transferability at 100: a certificate of qualification adds nothing on top of 50 + 50', () => {
    const r = crsCalculator(ananya(f => { f.ties = [{ country: 'CA', kind: 'trade-certificate' }]; }), AS_OF);
    expectConsistent(r);
    expect(r.total).toBe(469);
    expect(line(r, 'Skill transferability: certificate of qualification (section capped at 100)')?.points).toBe(0);
  });

  it('scores a tradesperson: 2-year diploma, CLB 7, 4 years abroad and a certificate give C = 13 + 25 + 50', () => {
    const r = crsCalculator(ananya(f => {
      f.education = [{ level: 'diploma-2yr', field: 'Electrical', country: 'PH', completed: '2015-04', durationYears: 2, credentialAssessed: true }];
      f.work = [{ occupation: 'Electrician', country: 'PH', start: '2021-11-29', end: null, skilled: true }];
      f.languages = [{ language: 'en', test: 'IELTS-GT', listening: 6, reading: 6, writing: 6, speaking: 6 }];
      f.ties = [{ country: 'CA', kind: 'trade-certificate' }];
    }), AS_OF);
    expectConsistent(r);
    expect(line(r, 'Skill transferability: education (with language and Canadian work)')?.points).toBe(13);
    expect(line(r, 'Skill transferability: foreign work experience (with language and Canadian work)')?.points).toBe(25);
    expect(line(r, 'Skill transferability: certificate of qualification')?.points).toBe(50);
    // A = 110 + 98 + 4×17 = 276; C = 88.
    expect(r.total).toBe(364);
  });
});

describe('CRS: with an accompanying spouse', () => {
  const married = (change: (f: CaseFileInput) => void = () => undefined) =>
    ananya(f => {
      f.client.maritalStatus = 'married';
      f.spouse = {
        fullName: 'Vikram Rao',
        dateOfBirth: '1996-02-02',
        citizenships: ['IN'],
        accompanying: true,
        education: [{ level: 'bachelor', country: 'IN', completed: '2018-05', durationYears: 4, credentialAssessed: true }],
        work: [{ occupation: 'Teacher', country: 'IN', start: '2018-07', end: null, skilled: true }],
        languages: [{ language: 'en', test: 'IELTS-GT', listening: 6, reading: 6, writing: 6, speaking: 6 }],
      };
      change(f);
    });

  it('scores 462: A 100 + 126 + 4×29 = 342, B 8 + 4×3 + 0 = 20, C 100', () => {
    const r = crsCalculator(married(), AS_OF);
    expectConsistent(r);
    expect(r.total).toBe(462);
    expect(line(r, 'Age')).toEqual({ factor: 'Age', points: 100, max: 100 });
    expect(line(r, 'Education')).toEqual({ factor: 'Education', points: 126, max: 140 });
    expect(line(r, 'First official language: reading')).toEqual({ factor: 'First official language: reading', points: 29, max: 32 });
    expect(line(r, 'Second official language')?.max).toBe(22);
    expect(line(r, 'Spouse: education')).toEqual({ factor: 'Spouse: education', points: 8, max: 10 });
    expect(line(r, 'Spouse: first official language')).toEqual({ factor: 'Spouse: first official language', points: 12, max: 20 });
    expect(line(r, 'Spouse: Canadian work experience')?.points).toBe(0);
  });

  it('scores as single when the spouse is not coming or is a Canadian citizen', () => {
    expect(crsCalculator(married(f => { f.spouse!.accompanying = false; }), AS_OF).total).toBe(469);
    expect(crsCalculator(married(f => { f.spouse!.citizenships = ['CA']; }), AS_OF).total).toBe(469);
  });

  it('scores as single, and says so, when it is unknown whether the spouse accompanies', () => {
    const r = crsCalculator(married(f => { f.spouse!.accompanying = null; }), AS_OF);
    expect(r.total).toBe(469);
    expect(r.missing).toContain('spouse.accompanying');
  });
});

describe('CRS: unknown inputs', () => {
  it('scores 0 and lists every unknown path for a file with only a name', () => {
    const r = crsCalculator(CaseFile.parse({ format: 'immigration-advisor/case', version: 1, client: { fullName: 'Li Wei' } }), AS_OF);
    expectConsistent(r);
    expect(r.total).toBe(0);
    expect(r.missing).toEqual(expect.arrayContaining(['client.maritalStatus', 'client.dateOfBirth', 'education', 'languages', 'work', 'ties']));
  });

  it('points at the missing score when a test result is incomplete', () => {
    const r = crsCalculator(ananya(f => { f.languages![0]!.speaking = null; }), AS_OF);
    expect(r.missing).toEqual(['languages[0].speaking']);
    expect(line(r, 'First official language: listening')?.points).toBe(0);
  });

  it('does not score IELTS Academic (not accepted by IRCC), and does not call it missing', () => {
    const r = crsCalculator(ananya(f => { f.languages![0]!.test = 'IELTS-A'; }), AS_OF);
    expect(line(r, 'First official language: writing')?.points).toBe(0);
    expect(r.missing).toEqual([]);
  });
});
