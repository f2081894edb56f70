// Every cell of the CRS tables, through the public calculator, against the hand transcription in
// official/ca-crs.ts (never the implementation's table): one factor changes at a time, and each
// boundary is checked on both sides (the day before a birthday or a work anniversary, CLB n-1).
import { describe, expect, it } from 'vitest';
import type { CaseFile, CaseFileInput } from '../../../../shared/case-file';
import { crsCalculator } from '../../../../shared/rules/points/ca-crs';
import * as CRS from './official/ca-crs';
import { AS_OF, canadianClient, celpip, job, yearsAgo } from './canadian-client';
import { pointsOf } from './points-checks';

/** TCF Canada scores at the bottom of each NCLC band (IRCC chart: listening, reading, writing, speaking). */
const TCF: Readonly<Record<number, readonly [number, number, number, number]>> = {
  10: [549, 549, 16, 16], 7: [458, 453, 10, 10], 6: [398, 406, 7, 7],
};
const tcf = (nclc: number, writing?: number) => {
  const [l, r, w, s] = TCF[nclc] ?? [0, 0, 0, 0];
  return { language: 'fr' as const, test: 'TCF' as const, listening: l, reading: r, writing: writing ?? w, speaking: s };
};

const file = canadianClient;
const score = (f: CaseFile) => crsCalculator(f, AS_OF);
/** Runs `check` for the single column (index 1) and the with-spouse column (index 0). */
const COLUMNS = [[1, false, 'without spouse'], [0, true, 'with spouse']] as const;

describe('CRS A. core / human capital, cell by cell', () => {
  for (const [col, spouse, name] of COLUMNS) {
    describe(name, () => {
      it('age: every year from 17 to 46, on the birthday and the day before', () => {
        for (const [age, cells] of Object.entries(CRS.AGE)) {
          const a = Number(age);
          expect(pointsOf(score(file(f => { f.client.dateOfBirth = yearsAgo(a); }, spouse)), 'Age'), `age ${age}`).toBe(cells[col]);
          // The day before the birthday the client is still a year younger.
          const younger = CRS.AGE[a - 1]?.[col] ?? 0;
          expect(pointsOf(score(file(f => { f.client.dateOfBirth = yearsAgo(a, 1); }, spouse)), 'Age'), `day before ${age}`).toBe(younger);
        }
      });

      it('education: every level', () => {
        for (const [level, cells] of Object.entries(CRS.EDUCATION)) {
          const r = score(file(f => { f.education = [{ level: level as 'none', country: 'IN', completed: '2020-06', credentialAssessed: true }]; }, spouse));
          expect(pointsOf(r, 'Education'), level).toBe(cells[col]);
        }
      });

      it('first official language: every CLB level, per ability', () => {
        for (const [clb, cells] of Object.entries(CRS.FIRST_LANGUAGE)) {
          const r = score(file(f => { f.languages = [celpip(Number(clb))]; }, spouse));
          for (const skill of ['listening', 'reading', 'writing', 'speaking']) {
            expect(pointsOf(r, `First official language: ${skill}`), `CLB ${clb} ${skill}`).toBe(cells[col]);
          }
        }
        // Each ability is scored on its own: CLB 8 listening beside CLB 9 elsewhere.
        const mixed = score(file(f => { f.languages = [celpip(8, 9, 9, 9)]; }, spouse));
        expect(pointsOf(mixed, 'First official language: listening')).toBe(CRS.FIRST_LANGUAGE[8]?.[col]);
        expect(pointsOf(mixed, 'First official language: reading')).toBe(CRS.FIRST_LANGUAGE[9]?.[col]);
      });

      it('second official language: every CLB level, and the cap on the four', () => {
        for (const [clb, cells] of Object.entries(CRS.SECOND_LANGUAGE)) {
          // French NCLC 10 is the first language, English at this CLB the second.
          const r = score(file(f => { f.languages = [tcf(10), celpip(Number(clb))]; }, spouse));
          expect(pointsOf(r, 'Second official language'), `CLB ${clb}`).toBe(Math.min(4 * cells[col], CRS.SECOND_LANGUAGE_MAX[col]));
        }
      });

      it('Canadian work experience: every year, on the anniversary and the day before', () => {
        for (const [years, cells] of Object.entries(CRS.CANADIAN_WORK)) {
          const n = Number(years);
          if (n === 0) continue;
          expect(pointsOf(score(file(f => { f.work = [job('CA', yearsAgo(n))]; }, spouse)), 'Canadian work experience'), `${years} years`).toBe(cells[col]);
          const under = CRS.CANADIAN_WORK[n - 1]?.[col];
          expect(pointsOf(score(file(f => { f.work = [job('CA', yearsAgo(n, 1))]; }, spouse)), 'Canadian work experience'), `just under ${years}`).toBe(under);
        }
      });
    });
  }
});

describe('CRS B. spouse or common-law partner, cell by cell', () => {
  const withSpouse = (change: (s: NonNullable<CaseFileInput['spouse']>) => void) => score(file(f => { if (f.spouse) change(f.spouse); }, true));

  it('education: every level', () => {
    for (const [level, points] of Object.entries(CRS.SPOUSE_EDUCATION)) {
      const r = withSpouse(s => { s.education = [{ level: level as 'none', country: 'IN', completed: '2020-06', credentialAssessed: true }]; });
      expect(pointsOf(r, 'Spouse: education'), level).toBe(points);
    }
  });

  it('first official language: every CLB level, four abilities', () => {
    for (const [clb, points] of Object.entries(CRS.SPOUSE_LANGUAGE)) {
      expect(pointsOf(withSpouse(s => { s.languages = [celpip(Number(clb))]; }), 'Spouse: first official language'), `CLB ${clb}`).toBe(4 * points);
    }
    // CLB 8 in one ability, 9 in the others: 3 + 5 + 5 + 5.
    expect(pointsOf(withSpouse(s => { s.languages = [celpip(8, 9, 9, 9)]; }), 'Spouse: first official language')).toBe(
      (CRS.SPOUSE_LANGUAGE[8] ?? 0) + 3 * (CRS.SPOUSE_LANGUAGE[9] ?? 0),
    );
  });

  it('Canadian work experience: every year, on the anniversary and the day before', () => {
    for (const [years, points] of Object.entries(CRS.SPOUSE_CANADIAN_WORK)) {
      const n = Number(years);
      if (n === 0) continue;
      expect(pointsOf(withSpouse(s => { s.work = [job('CA', yearsAgo(n))]; }), 'Spouse: Canadian work experience'), `${years} years`).toBe(points);
      expect(pointsOf(withSpouse(s => { s.work = [job('CA', yearsAgo(n, 1))]; }), 'Spouse: Canadian work experience'), `under ${years}`).toBe(
        CRS.SPOUSE_CANADIAN_WORK[n - 1],
      );
    }
  });
});

describe('CRS C. skill transferability, cell by cell', () => {
  const EDUCATION = 'Skill transferability: education';
  const FOREIGN = 'Skill transferability: foreign work';
  const CERTIFICATE = 'Skill transferability: certificate';
  const LEVELS = [
    ['secondary', CRS.TRANSFER_EDUCATION.secondaryOrLess],
    ['diploma-1yr', CRS.TRANSFER_EDUCATION.postSecondary],
    ['diploma-2yr', CRS.TRANSFER_EDUCATION.postSecondary],
    ['bachelor', CRS.TRANSFER_EDUCATION.postSecondary],
    ['two-or-more', CRS.TRANSFER_EDUCATION.advanced],
    ['master', CRS.TRANSFER_EDUCATION.advanced],
    ['professional', CRS.TRANSFER_EDUCATION.advanced],
    ['doctorate', CRS.TRANSFER_EDUCATION.advanced],
  ] as const;
  /** Language results for: below the lower tier, the lower tier (all 7, or one 8 among 9s), the upper tier. */
  const LANGUAGE = [
    ['CLB 6 in all', celpip(6), null],
    ['CLB 7 in all', celpip(7), 0],
    ['CLB 9 except one 8', celpip(9, 9, 8, 9), 0],
    ['CLB 9 in all', celpip(9), 1],
  ] as const;
  const education = (level: string) => [{ level: level as 'none', country: 'IN', completed: '2015-06', credentialAssessed: true }];

  it('education with language: every level and tier', () => {
    for (const [level, row] of LEVELS) {
      for (const [name, result, tier] of LANGUAGE) {
        const r = score(file(f => { f.education = education(level); f.languages = [result]; }));
        expect(pointsOf(r, EDUCATION), `${level}, ${name}`).toBe(tier === null ? 0 : row.language[tier]);
      }
    }
  });

  it('education with Canadian work: every level, 1 year and 2 years, each on both sides', () => {
    // Language at CLB 6 scores nothing here, so only the Canadian-work column counts.
    const cases = [[yearsAgo(1, 1), null], [yearsAgo(1), 0], [yearsAgo(2, 1), 0], [yearsAgo(2), 1], [yearsAgo(5), 1]] as const;
    for (const [level, row] of LEVELS) {
      for (const [start, tier] of cases) {
        const r = score(file(f => { f.education = education(level); f.languages = [celpip(6)]; f.work = [job('CA', start)]; }));
        expect(pointsOf(r, EDUCATION), `${level}, Canadian work from ${start}`).toBe(tier === null ? 0 : row.canadianWork[tier]);
      }
    }
  });

  it('foreign work with language: under 1, 1, 2 (and just under 3) and 3 years, every tier', () => {
    const years = [
      [yearsAgo(1, 1), CRS.TRANSFER_FOREIGN.none], [yearsAgo(1), CRS.TRANSFER_FOREIGN.oneOrTwo], [yearsAgo(2), CRS.TRANSFER_FOREIGN.oneOrTwo],
      [yearsAgo(3, 1), CRS.TRANSFER_FOREIGN.oneOrTwo], [yearsAgo(3), CRS.TRANSFER_FOREIGN.threePlus], [yearsAgo(8), CRS.TRANSFER_FOREIGN.threePlus],
    ] as const;
    for (const [start, row] of years) {
      for (const [name, result, tier] of LANGUAGE) {
        const r = score(file(f => { f.work = [job('IN', start)]; f.languages = [result]; }));
        expect(pointsOf(r, FOREIGN), `foreign work from ${start}, ${name}`).toBe(tier === null ? 0 : row.language[tier]);
      }
    }
  });

  it('foreign work with Canadian work: 1 or 2 and 3+ years abroad, with 1 and 2 years in Canada on both sides', () => {
    const canada = [[yearsAgo(1, 1), null], [yearsAgo(1), 0], [yearsAgo(2, 1), 0], [yearsAgo(2), 1]] as const;
    for (const [abroadFrom, abroadTo, row] of [
      ['2018-01-01', '2020-01-01', CRS.TRANSFER_FOREIGN.oneOrTwo],
      ['2018-01-01', '2021-01-01', CRS.TRANSFER_FOREIGN.threePlus],
    ] as const) {
      for (const [start, tier] of canada) {
        const r = score(file(f => {
          f.languages = [celpip(6)];
          f.work = [{ ...job('IN', abroadFrom), end: abroadTo }, job('CA', start)];
        }));
        expect(pointsOf(r, FOREIGN), `abroad ${abroadFrom}..${abroadTo}, Canada from ${start}`).toBe(tier === null ? 0 : row.canadianWork[tier]);
      }
    }
  });

  it('each group is capped at 50: a master\'s with CLB 9 and 2 years in Canada', () => {
    const r = score(file(f => { f.education = education('master'); f.languages = [celpip(9)]; f.work = [job('CA', yearsAgo(2))]; }));
    expect(pointsOf(r, EDUCATION)).toBe(CRS.TRANSFER_GROUP_MAX);
  });

  it('certificate of qualification: CLB 4, CLB 5+ with one under 7, CLB 7+ in all', () => {
    const cases = [[celpip(4), 0], [celpip(5), CRS.TRANSFER_CERTIFICATE[0]], [celpip(7, 7, 6, 7), CRS.TRANSFER_CERTIFICATE[0]], [celpip(7), CRS.TRANSFER_CERTIFICATE[1]]] as const;
    for (const [result, points] of cases) {
      const r = score(file(f => { f.languages = [result]; f.ties = [{ country: 'CA', kind: 'trade-certificate' }]; }));
      expect(pointsOf(r, CERTIFICATE), JSON.stringify(result)).toBe(points);
    }
    expect(pointsOf(score(file(f => { f.languages = [celpip(9)]; })), CERTIFICATE)).toBe(0);
  });
});

describe('CRS D. additional points, cell by cell', () => {
  const A = CRS.ADDITIONAL;
  it('provincial nomination, sibling in Canada, and no points for a job offer', () => {
    const r = score(file(f => {
      f.ties = [{ country: 'CA', kind: 'provincial-nomination' }];
    }));
    expect(pointsOf(r, 'Provincial or territorial nomination')).toBe(A.provincialNomination);
    expect(pointsOf(score(file(f => { f.ties = [{ country: 'CA', kind: 'sibling' }]; })), 'Sibling in Canada')).toBe(A.siblingInCanada);
    const offer = score(file(f => { f.jobOffer = { country: 'CA', employer: 'Maple Inc.', occupation: 'Engineer' }; }));
    expect(pointsOf(offer, 'Arranged employment')).toBe(A.arrangedEmployment);
  });

  it('French: NCLC 7 in all with English CLB 4, none, or CLB 5; NCLC 6 in one ability scores nothing', () => {
    const french = (languages: CaseFileInput['languages']) => pointsOf(score(file(f => { f.languages = languages; })), 'French-language ability');
    expect(french([tcf(7)])).toBe(A.frenchOnly);
    expect(french([tcf(7), celpip(4)])).toBe(A.frenchOnly);
    expect(french([tcf(7), celpip(5, 5, 5, 4)])).toBe(A.frenchOnly);
    expect(french([tcf(7), celpip(5)])).toBe(A.frenchAndEnglish);
    expect(french([tcf(7, 9), celpip(9)])).toBe(0);
  });

  it('post-secondary education in Canada: one- or two-year credential, three-year or longer, degrees', () => {
    const cases = [
      ['secondary', undefined, 0],
      ['diploma-1yr', 1, A.canadianEducationOneOrTwo],
      ['diploma-2yr', 2, A.canadianEducationOneOrTwo],
      ['diploma-2yr', 3, A.canadianEducationThreePlus],
      ['bachelor', 4, A.canadianEducationThreePlus],
      ['master', 2, A.canadianEducationThreePlus],
      ['doctorate', 4, A.canadianEducationThreePlus],
    ] as const;
    for (const [level, durationYears, points] of cases) {
      const r = score(file(f => { f.education = [{ level, country: 'CA', completed: '2022-05', ...(durationYears ? { durationYears } : {}) }]; }));
      expect(pointsOf(r, 'Post-secondary education in Canada'), `${level}, ${String(durationYears)} years`).toBe(points);
    }
  });
});
