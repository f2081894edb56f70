// How each case-file fact reaches the CRS, against IRCC's "Comprehensive Ranking System (CRS)
// criteria" (official/ca-crs.ts): who counts as the accompanying spouse, which work counts (skilled,
// in the last ten years), the Canadian-credential points, and that an unknown fact is named in
// `missing` (by its case-file path) rather than scored as none.
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../../shared/case-file';
import { crsCalculator } from '../../../../shared/rules/points/ca-crs';
import * as CRS from './official/ca-crs';
import { AS_OF, canadianClient, celpip, job, yearsAgo } from './canadian-client';
import { pointsOf } from './points-checks';

const file = canadianClient;
const score = (f: CaseFile) => crsCalculator(f, AS_OF);
const age27 = (spouse: boolean) => CRS.AGE[27]?.[spouse ? 0 : 1];
const unskilled = (country: string, start: string) => ({ ...job(country, start), skilled: false });

describe('CRS: the accompanying spouse', () => {
  it('scores a common-law partner like a married spouse (the with-spouse column and section B)', () => {
    const r = score(file(f => { f.client.maritalStatus = 'common-law'; }, true));
    expect(pointsOf(r, 'Age')).toBe(age27(true));
    expect(r.breakdown.some(l => l.factor === 'Spouse: education')).toBe(true);
  });

  it('asks whether the spouse comes along when the file has no spouse, scoring the client as single meanwhile', () => {
    const r = score(file(f => { f.client.maritalStatus = 'married'; f.spouse = null; }));
    expect(r.missing).toEqual(['spouse.accompanying']);
    expect(pointsOf(r, 'Age')).toBe(age27(false));
    expect(r.breakdown.some(l => l.factor.startsWith('Spouse'))).toBe(false);
  });

  it('counts a spouse whose citizenships are not recorded, and not a Canadian citizen', () => {
    const unrecorded = score(file(f => { if (f.spouse) delete f.spouse.citizenships; }, true));
    expect(pointsOf(unrecorded, 'Age')).toBe(age27(true));
    const canadian = score(file(f => { if (f.spouse) f.spouse.citizenships = ['IN', 'CA']; }, true));
    expect(pointsOf(canadian, 'Age')).toBe(age27(false));
  });

  it("takes the spouse's best first-language result (CLB 9 over CLB 5) and names the chart", () => {
    const r = score(file(f => { f.languages = null; if (f.spouse) f.spouse.languages = [celpip(5), celpip(9)]; }, true));
    expect(pointsOf(r, 'Spouse: first official language')).toBe(4 * (CRS.SPOUSE_LANGUAGE[9] ?? NaN));
    // The spouse's test chart is a source even when the client's results are unknown.
    expect(r.sourceIds).toEqual(['ca-pts-crs', 'ca-pts-ee-mi', 'ca-pts-clb']);
  });

  it("names the spouse's unknown languages, work and credential by path, scoring them 0, not guessing", () => {
    const r = score(file(f => {
      if (!f.spouse) return;
      f.spouse.languages = null;
      f.spouse.work = null;
      f.spouse.education = [{ level: 'master', country: 'IN', completed: '2020-06' }];
    }, true));
    expect(r.missing).toEqual(['spouse.education[0].credentialAssessed', 'spouse.languages', 'spouse.work']);
    expect(pointsOf(r, 'Spouse: first official language')).toBe(0);
    expect(pointsOf(r, 'Spouse: Canadian work experience')).toBe(0);
    expect(pointsOf(r, 'Spouse: education')).toBe(0);
    expect(r.sourceIds).toEqual(['ca-pts-crs', 'ca-pts-ee-mi']);
  });

  it("counts only the spouse's skilled Canadian work (2 years skilled: 7; unskilled: 0)", () => {
    const spouseWork = (skilled: boolean) =>
      pointsOf(score(file(f => { if (f.spouse) f.spouse.work = [{ ...job('CA', yearsAgo(2)), skilled }]; }, true)), 'Spouse: Canadian work experience');
    expect(spouseWork(true)).toBe(CRS.SPOUSE_CANADIAN_WORK[2]);
    expect(spouseWork(false)).toBe(0);
    expect(score(file(() => undefined, true)).missing).toEqual([]);
  });
});

describe('CRS: work', () => {
  it('counts only skilled work, in Canada and abroad', () => {
    expect(pointsOf(score(file(f => { f.work = [unskilled('CA', yearsAgo(3))]; })), 'Canadian work experience')).toBe(0);
    expect(pointsOf(score(file(f => { f.work = [job('CA', yearsAgo(3))]; })), 'Canadian work experience')).toBe(CRS.CANADIAN_WORK[3]?.[1]);
    const foreign = (w: ReturnType<typeof job>) =>
      pointsOf(score(file(f => { f.languages = [celpip(9)]; f.work = [w]; })), 'Skill transferability: foreign work');
    expect(foreign(unskilled('IN', yearsAgo(3)))).toBe(0);
    expect(foreign(job('IN', yearsAgo(3)))).toBe(CRS.TRANSFER_FOREIGN.threePlus.language[1]);
  });

  it('names `work` when work is unknown, or when a job in Canada or abroad is not known to be skilled', () => {
    expect(score(file(f => { f.work = null; })).missing).toEqual(['work']);
    expect(score(file(f => { f.work = [{ ...job('CA', yearsAgo(3)), skilled: null }]; })).missing).toEqual(['work']);
    expect(score(file(f => { f.work = [{ ...job('IN', yearsAgo(3)), skilled: null }]; })).missing).toEqual(['work']);
    expect(score(file(f => { f.work = [job('IN', yearsAgo(3))]; })).missing).toEqual([]);
  });
});

describe('CRS D. post-secondary education in Canada', () => {
  const canadian = (level: 'bachelor' | 'two-or-more' | 'diploma-2yr', durationYears: number | null) =>
    pointsOf(score(file(f => { f.education = [{ level, country: 'CA', completed: '2020-06', durationYears }]; })), 'Post-secondary education in Canada');

  it('gives a bachelor\'s degree the three-year row (30) even with no length recorded', () => {
    expect(canadian('bachelor', null)).toBe(CRS.ADDITIONAL.canadianEducationThreePlus);
  });

  it('scores "two or more" credentials by the Canadian one\'s length: 2 years 15, 3 years 30', () => {
    expect(canadian('two-or-more', 2)).toBe(CRS.ADDITIONAL.canadianEducationOneOrTwo);
    expect(canadian('two-or-more', 3)).toBe(CRS.ADDITIONAL.canadianEducationThreePlus);
    expect(canadian('diploma-2yr', 2)).toBe(CRS.ADDITIONAL.canadianEducationOneOrTwo);
  });

  it('asks where an assessed credential was earned when the country is unknown, by its index', () => {
    const r = score(file(f => {
      f.education = [
        { level: 'secondary', country: 'IN', completed: '2012-06' },
        { level: 'bachelor', country: null, completed: '2016-06', credentialAssessed: true },
      ];
    }));
    expect(r.missing).toEqual(['education[1].country']);
    expect(pointsOf(r, 'Post-secondary education in Canada')).toBe(0);
  });
});

describe('CRS: arranged employment and sources', () => {
  it('shows the (0-point) arranged-employment line only for a job offer in Canada', () => {
    const offer = (country: string) => score(file(f => { f.jobOffer = { country, employer: 'Maple Inc.' }; }));
    expect(offer('CA').breakdown.find(l => l.factor.startsWith('Arranged employment'))).toEqual({
      factor: 'Arranged employment (no CRS points since 2025-03-25)',
      points: CRS.ADDITIONAL.arrangedEmployment,
      max: 0,
    });
    expect(offer('US').breakdown.some(l => l.factor.startsWith('Arranged employment'))).toBe(false);
    expect(score(file(() => undefined)).breakdown.some(l => l.factor.startsWith('Arranged employment'))).toBe(false);
  });

  it('cites the CRS and the Ministerial Instructions, and a language chart only when one was used', () => {
    expect(score(file(f => { f.languages = null; })).sourceIds).toEqual(['ca-pts-crs', 'ca-pts-ee-mi']);
    expect(score(file(f => { f.languages = [celpip(9)]; })).sourceIds).toEqual(['ca-pts-crs', 'ca-pts-ee-mi', 'ca-pts-clb']);
  });
});
