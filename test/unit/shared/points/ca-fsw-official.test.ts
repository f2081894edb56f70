// Every cell of the FSW 67-point grid, through the public calculator, against the hand transcription
// in official/ca-fsw.ts (never the implementation's table), each boundary on both sides.
import { describe, expect, it } from 'vitest';
import type { CaseFile, CaseFileInput } from '../../../../shared/case-file';
import { fswCalculator } from '../../../../shared/rules/points/ca-fsw';
import * as FSW from './official/ca-fsw';
import { AS_OF, canadianClient, celpip, job, yearsAgo } from './canadian-client';
import { pointsOf } from './points-checks';

/** TCF Canada at NCLC 10 in all four (IRCC chart: 549 / 549 / 16 / 16). */
const TCF_10 = { language: 'fr' as const, test: 'TCF' as const, listening: 549, reading: 549, writing: 16, speaking: 16 };

const file = canadianClient;
const score = (f: CaseFile) => fswCalculator(f, AS_OF);

describe('FSW grid, cell by cell', () => {
  it('first official language: every CLB level, per ability', () => {
    for (const [clb, points] of Object.entries(FSW.FIRST_LANGUAGE)) {
      const r = score(file(f => { f.languages = [celpip(Number(clb))]; }));
      for (const skill of ['listening', 'reading', 'writing', 'speaking']) {
        expect(pointsOf(r, `First official language: ${skill}`), `CLB ${clb} ${skill}`).toBe(points);
      }
    }
    const mixed = score(file(f => { f.languages = [celpip(8, 9, 7, 6)]; }));
    expect([8, 9, 7, 6].map((_, i) => pointsOf(mixed, `First official language: ${['listening', 'reading', 'writing', 'speaking'][i] ?? ''}`)))
      .toEqual([FSW.FIRST_LANGUAGE[8], FSW.FIRST_LANGUAGE[9], FSW.FIRST_LANGUAGE[7], FSW.FIRST_LANGUAGE[6]]);
  });

  it('second official language: CLB 5 in all four, and not with one ability at 4', () => {
    for (const [clb, points] of Object.entries(FSW.SECOND_LANGUAGE)) {
      expect(pointsOf(score(file(f => { f.languages = [TCF_10, celpip(Number(clb))]; })), 'Second official language'), `CLB ${clb}`).toBe(points);
    }
    expect(pointsOf(score(file(f => { f.languages = [TCF_10, celpip(5, 5, 5, 4)]; })), 'Second official language')).toBe(0);
  });

  it('education: every level', () => {
    for (const [level, points] of Object.entries(FSW.EDUCATION)) {
      const r = score(file(f => { f.education = [{ level: level as 'none', country: 'IN', completed: '2020-06', credentialAssessed: true }]; }));
      expect(pointsOf(r, 'Education'), level).toBe(points);
    }
  });

  it('work experience: every year, on the anniversary and just before', () => {
    for (const [years, points] of Object.entries(FSW.EXPERIENCE)) {
      const n = Number(years);
      if (n === 0) continue;
      expect(pointsOf(score(file(f => { f.work = [job('IN', yearsAgo(n))]; })), 'Work experience'), `${years} years`).toBe(points);
      expect(pointsOf(score(file(f => { f.work = [job('IN', yearsAgo(n, 1))]; })), 'Work experience'), `under ${years}`).toBe(FSW.EXPERIENCE[n - 1]);
    }
  });

  it('age: on each listed birthday and the day before', () => {
    const all: Record<number, number> = {};
    // Ages between the listed ones: 12 from 19 to 34, 0 under 18.
    for (let a = 16; a <= 60; a++) all[a] = FSW.AGE[a] ?? (a > 18 && a < 36 ? 12 : 0);
    for (const [age, points] of Object.entries(FSW.AGE)) {
      const a = Number(age);
      expect(pointsOf(score(file(f => { f.client.dateOfBirth = yearsAgo(a); })), 'Age'), `age ${age}`).toBe(points);
      expect(pointsOf(score(file(f => { f.client.dateOfBirth = yearsAgo(a, 1); })), 'Age'), `day before ${age}`).toBe(all[a - 1]);
    }
  });

  it('arranged employment: 10 for a Canadian offer, 0 for one elsewhere', () => {
    const offer = (country: string) => score(file(f => { f.jobOffer = { country, employer: 'Maple Inc.', occupation: 'Engineer' }; }));
    expect(pointsOf(offer('CA'), 'Arranged employment')).toBe(FSW.ARRANGED_EMPLOYMENT);
    expect(pointsOf(offer('US'), 'Arranged employment')).toBe(0);
  });
});

describe('FSW adaptability, item by item', () => {
  const A = FSW.ADAPTABILITY;
  const adaptability = (change: (f: CaseFileInput) => void, spouse = false) => pointsOf(score(file(change, spouse)), 'Adaptability');
  const study = (years: number) => [{ level: 'bachelor' as const, country: 'CA', completed: '2022-05', durationYears: years }];

  it('own work in Canada: 1 year, not just under', () => {
    expect(adaptability(f => { f.work = [job('CA', yearsAgo(1))]; })).toBe(A.ownWork);
    expect(adaptability(f => { f.work = [job('CA', yearsAgo(1, 1))]; })).toBe(0);
  });

  it('own study in Canada: 2 academic years, not 1; or a prior-study tie', () => {
    expect(adaptability(f => { f.education = study(2); })).toBe(A.ownStudy);
    expect(adaptability(f => { f.education = study(1); })).toBe(0);
    expect(adaptability(f => { f.ties = [{ country: 'CA', kind: 'prior-study' }]; })).toBe(A.ownStudy);
  });

  it('arranged employment and a relative in Canada', () => {
    expect(adaptability(f => { f.jobOffer = { country: 'CA', employer: 'Maple Inc.', occupation: 'Engineer' }; })).toBe(A.arrangedEmployment);
    expect(adaptability(f => { f.ties = [{ country: 'CA', kind: 'sibling' }]; })).toBe(A.relative);
    expect(adaptability(f => { f.ties = [{ country: 'US', kind: 'sibling' }]; })).toBe(0);
  });

  it('spouse: language CLB 4 in all four (not with one at 3), study of 2 years (not 1), work of 1 year (not under)', () => {
    const spouse = (change: (s: NonNullable<CaseFileInput['spouse']>) => void) => adaptability(f => { if (f.spouse) change(f.spouse); }, true);
    expect(spouse(() => undefined)).toBe(0);
    expect(spouse(s => { s.languages = [celpip(4)]; })).toBe(A.spouseLanguage);
    expect(spouse(s => { s.languages = [celpip(4, 4, 4, 3)]; })).toBe(0);
    expect(spouse(s => { s.education = study(2); })).toBe(A.spouseStudy);
    expect(spouse(s => { s.education = study(1); })).toBe(0);
    expect(spouse(s => { s.work = [job('CA', yearsAgo(1))]; })).toBe(A.spouseWork);
    expect(spouse(s => { s.work = [job('CA', yearsAgo(1, 1))]; })).toBe(0);
  });

  it('caps the items at 10', () => {
    expect(adaptability(f => { f.work = [job('CA', yearsAgo(1))]; f.ties = [{ country: 'CA', kind: 'sibling' }]; })).toBe(A.max);
    expect(adaptability(f => { f.education = study(2); f.ties = [{ country: 'CA', kind: 'sibling' }, { country: 'CA', kind: 'prior-study' }]; })).toBe(A.max);
  });

});
