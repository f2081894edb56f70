// Expected points are worked by hand from § 20b(1) AufenthG and the Annex table (mirrored in
// shared/programs/de-points-tables.ts): partial recognition 4; shortage occupation 1; experience
// ≥5 of the last 7 years 3, else ≥2 of the last 5 years 2; German B2+ 3 / B1 2 / A2 1; English C1 1;
// age under 35 2, 35–39 1; 6 months' prior stay 1; eligible spouse applying jointly 1. Minimum 6.
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../../shared/case-file';
import { opportunityCardCalculator } from '../../../../shared/rules/points/de-opportunity-card';
import type { PointsResult } from '../../../../shared/rules/types';
import { expectConsistent as expectConsistentWith, pointsOf } from './points-checks';

const AS_OF = '2026-11-29';
/** The open question of Ana's one qualification: is it in a German shortage occupation? */
const SHORTAGE = 'education[0].germanShortageOccupation';

/**
 * Ana, the research note's test vector: 30, a bachelor's not recognised in Germany, 2.5 years of
 * skilled work, IELTS 7.0 (C1), Goethe A2, single, no prior stay:
 * age 2 + experience (2 of 5) 2 + English 1 + German A2 1 = 6.
 */
function ana(change: (f: CaseFileInput) => void = () => undefined): CaseFile {
  const f: CaseFileInput = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Ana Costa', dateOfBirth: '1996-05-01', maritalStatus: 'single' },
    spouse: null,
    education: [{ level: 'bachelor', field: 'Nursing', country: 'BR', completed: '2018-12', credentialAssessed: false, germanRecognition: 'none' }],
    work: [{ occupation: 'Nurse', country: 'BR', start: '2024-06-01', end: null, skilled: true }],
    languages: [
      { language: 'en', test: 'IELTS-GT', listening: 7, reading: 7, writing: 7, speaking: 7 },
      { language: 'de', test: 'Goethe', level: 'A2' },
    ],
    ties: [],
  };
  change(f);
  return CaseFile.parse(f);
}

// The row maxima: 4 + 1 + 3 + 3 + 1 + 2 + 1 + 1 = 16.
const TABLE_MAXIMUM = 16;
const points = pointsOf;
const expectConsistent = (r: PointsResult) => expectConsistentWith(r, TABLE_MAXIMUM);

describe('Opportunity Card points', () => {
  it('scores the research test vector exactly 6, with only the shortage occupation left open', () => {
    const r = opportunityCardCalculator(ana(), AS_OF);
    expectConsistent(r);
    expect(r.total).toBe(6);
    expect(points(r, 'Age')).toBe(2);
    expect(points(r, 'Professional experience')).toBe(2);
    expect(points(r, 'English')).toBe(1);
    expect(points(r, 'German')).toBe(1);
    expect(points(r, 'Partial recognition')).toBe(0);
    expect(points(r, 'Qualification in a shortage occupation')).toBe(0);
    expect(r.missing).toEqual([SHORTAGE]);
    expect(r.sourceIds).toContain('de-oc-annex-table');
  });

  it('scores every row at its maximum but the shortage occupation: 15', () => {
    // 4 (recognition) + 3 (6 years in the last 7) + 3 (TestDaF TDN 4 = B2) + 1 (native English)
    // + 2 (age 34) + 1 (prior stay) + 1 (spouse: Goethe B1 2 + age 33 2 + 3 years' work 2 = 6).
    const r = opportunityCardCalculator(
      ana(f => {
        f.client.dateOfBirth = '1992-01-15';
        f.client.maritalStatus = 'married';
        f.education = [{ level: 'master', country: 'IN', completed: '2016-06', germanRecognition: 'partial' }];
        f.work = [{ country: 'IN', start: '2020-01-01', end: null, skilled: true }];
        f.languages = [
          { language: 'en', test: 'native' },
          { language: 'de', test: 'TestDaF', level: 'TDN 4' },
        ];
        f.ties = [{ country: 'DE', kind: 'prior-stay-6-months' }];
        f.spouse = {
          fullName: 'Ravi',
          dateOfBirth: '1993-03-01',
          accompanying: true,
          education: [{ level: 'bachelor', completed: '2014-06', germanRecognition: 'none' }],
          work: [{ start: '2023-06-01', end: null, skilled: true }],
          languages: [{ language: 'de', test: 'Goethe', level: 'B1' }],
        };
      }),
      AS_OF,
    );
    expectConsistent(r);
    expect(r.total).toBe(15);
    expect(points(r, 'Partial recognition')).toBe(4);
    expect(points(r, 'Professional experience')).toBe(3);
    expect(points(r, 'German')).toBe(3);
    expect(points(r, 'Spouse')).toBe(1);
    expect(points(r, 'Prior lawful stay')).toBe(1);
    expect(r.missing).toEqual([SHORTAGE]);
  });

  it('gives the shortage-occupation point for a qualification recorded as in a German shortage occupation (§ 20b(1) AufenthG, Annex)', () => {
    const yes = opportunityCardCalculator(ana(f => f.education?.forEach(e => (e.germanShortageOccupation = true))), AS_OF);
    expect(points(yes, 'Qualification in a shortage occupation')).toBe(1);
    expect(yes.total).toBe(7);
    expect(yes.missing).toEqual([]);
    const no = opportunityCardCalculator(ana(f => f.education?.forEach(e => (e.germanShortageOccupation = false))), AS_OF);
    expect(points(no, 'Qualification in a shortage occupation')).toBe(0);
    expect(no.missing).toEqual([]);
  });

  // § 20b(1) no. 1 AufenthG: the 4 points need a German recognition body's finding that adaptation or
  // compensation measures are needed (partial recognition, a Defizitbescheid), not a ZAB statement.
  it('scores partial recognition 4 only for a partial-recognition notice, not for a ZAB statement or full recognition', () => {
    const withEducation = (e: Partial<NonNullable<CaseFileInput['education']>[number]>) =>
      points(opportunityCardCalculator(ana(f => (f.education = [{ level: 'bachelor', country: 'BR', completed: '2018-12', ...e }])), AS_OF), 'Partial recognition');
    expect(withEducation({ germanRecognition: 'partial' })).toBe(4);
    expect(withEducation({ germanRecognition: 'none', credentialAssessed: true })).toBe(0);
    // Full recognition makes the client a skilled worker (route A, § 20a(1)): no points are needed or given.
    expect(withEducation({ germanRecognition: 'full' })).toBe(0);
    // A two-year vocational qualification can be partially recognised too.
    expect(points(opportunityCardCalculator(ana(f => (f.education = [{ level: 'diploma-2yr', completed: '2015-06', germanRecognition: 'partial' }])), AS_OF), 'Partial recognition')).toBe(4);
  });

  it('gives 2 points under 35, 1 from the 35th to the 40th birthday, 0 from the 40th', () => {
    const at = (dob: string) => points(opportunityCardCalculator(ana(f => (f.client.dateOfBirth = dob)), AS_OF), 'Age');
    expect(at('1991-11-30')).toBe(2); // 34, turns 35 tomorrow
    expect(at('1991-11-29')).toBe(1); // 35 today
    expect(at('1986-11-30')).toBe(1); // 39
    expect(at('1986-11-29')).toBe(0); // 40 today
  });

  it('counts experience inside the 7- and 5-year windows at the assessment date', () => {
    const exp = (work: CaseFileInput['work']) =>
      points(opportunityCardCalculator(ana(f => (f.work = work)), AS_OF), 'Professional experience');
    // Exactly 5 years since 2021-11-29: the 3-point row.
    expect(exp([{ start: '2021-11-29', end: null, skilled: true }])).toBe(3);
    // 4.9 years: short of 5, but ≥2 of the last 5 years.
    expect(exp([{ start: '2021-12-29', end: null, skilled: true }])).toBe(2);
    // 2019-11-29 to 2024-11-29: 5 years, all inside the 7-year window, ended two years ago.
    expect(exp([{ start: '2019-11-29', end: '2024-11-29', skilled: true }])).toBe(3);
    // 2017-01 to 2021-01: 1.2 years inside the 7-year window and none inside the 5-year one.
    expect(exp([{ start: '2017-01-01', end: '2021-01-01', skilled: true }])).toBe(0);
    // Unskilled work does not count as experience related to the qualification.
    expect(exp([{ start: '2015-01-01', end: null, skilled: false }])).toBe(0);
  });

  it('awards certain experience points even when another job is not classified', () => {
    const r = opportunityCardCalculator(
      ana(f => {
        f.work = [
          { start: '2019-01-01', end: null, skilled: true },
          { start: '2015-01-01', end: '2018-12-31', skilled: null },
        ];
      }),
      AS_OF,
    );
    expect(points(r, 'Professional experience')).toBe(3);
    expect(r.missing).not.toContain('work[1].skilled');
    const partial = opportunityCardCalculator(ana(f => (f.work = [{ start: '2024-06-01', skilled: true }, { start: '2021-01-01', skilled: null }])), AS_OF);
    expect(points(partial, 'Professional experience')).toBe(2);
    expect(partial.missing).toContain('work[1].skilled');
  });

  it('scores German A1 and English B2 at 0 (they are entry requirements, not points)', () => {
    const r = opportunityCardCalculator(
      ana(f => {
        f.languages = [
          { language: 'de', test: 'Goethe', level: 'A1' },
          { language: 'en', test: 'IELTS-A', listening: 6.5, reading: 6.5, writing: 6, speaking: 6.5 }, // 6.375 → 6.5: B2
        ];
      }),
      AS_OF,
    );
    expect(points(r, 'German')).toBe(0);
    expect(points(r, 'English')).toBe(0);
    expect(r.missing).toEqual([SHORTAGE]);
  });

  it('lists a language result with no CEFR level as missing, but not a known low IELTS band', () => {
    const low = opportunityCardCalculator(
      ana(f => (f.languages = [{ language: 'en', test: 'IELTS-GT', listening: 3, reading: 3.5, writing: 3.5, speaking: 3.5 }])),
      AS_OF,
    );
    expect(points(low, 'English')).toBe(0);
    expect(low.missing).not.toContain('languages[0]');
    const pte = opportunityCardCalculator(ana(f => (f.languages = [{ language: 'en', test: 'PTE-Core', listening: 80, reading: 80, writing: 80, speaking: 80 }])), AS_OF);
    expect(points(pte, 'English')).toBe(0);
    expect(pte.missing).toContain('languages[0]');
  });

  it('scores unknown inputs 0 and lists their paths', () => {
    const file = CaseFile.parse({ format: 'immigration-advisor/case', version: 1, client: { fullName: 'Unknown', maritalStatus: 'married' } });
    const r = opportunityCardCalculator(file, AS_OF);
    expectConsistent(r);
    expect(r.total).toBe(0);
    expect(r.missing).toEqual(['education', 'work', 'languages', 'client.dateOfBirth', 'ties', 'spouse']);
    const unasked = opportunityCardCalculator(ana(f => f.education?.forEach(e => (e.germanRecognition = null))), AS_OF);
    expect(unasked.missing).toContain('education[0].germanRecognition');
    // A school certificate is not a qualification that German bodies recognise: nothing to ask.
    const school = opportunityCardCalculator(ana(f => (f.education = [{ level: 'secondary', completed: '2014-06', germanRecognition: null }])), AS_OF);
    expect(school.missing).not.toContain('education[0].germanRecognition');
  });

  it('leaves the spouse point open when the spouse could still reach 6, and shuts it when not', () => {
    const withSpouse = (spouseWork: string, germanLevel: string) =>
      opportunityCardCalculator(
        ana(f => {
          f.client.maritalStatus = 'married';
          f.spouse = {
            dateOfBirth: '1995-01-01',
            accompanying: true,
            education: [{ level: 'bachelor', completed: '2016-06', germanRecognition: 'none' }],
            work: [{ start: spouseWork, end: null, skilled: true }],
            languages: [{ language: 'de', test: 'Goethe', level: germanLevel }],
          };
        }),
        AS_OF,
      );
    // Spouse: age 31 (2) + 3 years' work (2) + German A2 (1) = 5; the shortage point could make 6.
    const open = withSpouse('2023-06-01', 'A2');
    expect(points(open, 'Spouse')).toBe(0);
    expect(open.missing).toContain(`spouse.${SHORTAGE}`);
    // Spouse: age 31 (2) + German A1 (0, but meets the entry requirement) = 2; at most 3 with shortage.
    const closed = withSpouse('2026-06-01', 'A1');
    expect(points(closed, 'Spouse')).toBe(0);
    expect(closed.missing.some(m => m.startsWith('spouse'))).toBe(false);
  });
});
