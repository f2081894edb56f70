// How each case-file fact reaches the FSW grid and its minimum requirements, against IRCC's "Six
// selection factors" and the minimum requirements page (official/ca-fsw.ts; IRPR ss. 75, 78-83):
// skilled work only, the adaptability items one by one, the FSW minimum's boundary (one year of
// continuous skilled work, CLB 7) and its reason line, and unknown facts named by path.
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../../shared/case-file';
import { fswCalculator, fswMinimumRequirements } from '../../../../shared/rules/points/ca-fsw';
import * as FSW from './official/ca-fsw';
import { AS_OF, canadianClient, celpip, job, yearsAgo } from './canadian-client';
import { pointsOf } from './points-checks';

const file = canadianClient;
const score = (f: CaseFile) => fswCalculator(f, AS_OF);
const adaptability = (f: CaseFile) => pointsOf(score(f), 'Adaptability');
const unskilled = (country: string, start: string) => ({ ...job(country, start), skilled: false });

describe('FSW grid: work', () => {
  it('counts only skilled work, for experience and for work in Canada', () => {
    expect(pointsOf(score(file(f => { f.work = [unskilled('IN', yearsAgo(4))]; })), 'Work experience')).toBe(0);
    expect(pointsOf(score(file(f => { f.work = [job('IN', yearsAgo(4))]; })), 'Work experience')).toBe(FSW.EXPERIENCE[4]);
    expect(adaptability(file(f => { f.work = [unskilled('CA', yearsAgo(1))]; }))).toBe(0);
    expect(adaptability(file(f => { f.work = [job('CA', yearsAgo(1))]; }))).toBe(FSW.ADAPTABILITY.ownWork);
  });

  it('names `work` when a job is not known to be skilled, or a skilled job has no country', () => {
    expect(score(file(f => { f.work = [{ ...job('IN', yearsAgo(3)), skilled: null }]; })).missing).toEqual(['work']);
    expect(score(file(f => { f.work = [{ ...job('IN', yearsAgo(3)), country: null }]; })).missing).toEqual(['work']);
    expect(score(file(f => { f.work = [job('IN', yearsAgo(3))]; })).missing).toEqual([]);
  });
});

describe('FSW grid: adaptability, item by item', () => {
  it('gives 5 for a parent or a child in Canada, as for a sibling', () => {
    for (const kind of ['parent', 'child', 'sibling'] as const) {
      expect(adaptability(file(f => { f.ties = [{ country: 'CA', kind }]; })), kind).toBe(FSW.ADAPTABILITY.relative);
    }
  });

  it('gives 5 for past study in Canada recorded as a tie, and nothing for another tie', () => {
    expect(adaptability(file(f => { f.ties = [{ country: 'CA', kind: 'prior-study' }]; }))).toBe(FSW.ADAPTABILITY.ownStudy);
    expect(adaptability(file(f => { f.ties = [{ country: 'CA', kind: 'provincial-nomination' }]; }))).toBe(0);
    expect(adaptability(file(f => { f.ties = [{ country: 'US', kind: 'prior-study' }]; }))).toBe(0);
  });

  it('needs a completed credential for two years of study in Canada', () => {
    const study = (level: 'none' | 'secondary') =>
      adaptability(file(f => { f.education = [{ level, country: 'CA', completed: '2015-06', durationYears: 2 }]; }));
    expect(study('secondary')).toBe(FSW.ADAPTABILITY.ownStudy);
    expect(study('none')).toBe(0);
  });

  it("gives 5 for the spouse's CLB 4 in all abilities if any of their results reaches it", () => {
    const spouseLanguage = (results: ReturnType<typeof celpip>[]) =>
      adaptability(file(f => { if (f.spouse) f.spouse.languages = results; }, true));
    expect(spouseLanguage([celpip(3), celpip(4)])).toBe(FSW.ADAPTABILITY.spouseLanguage);
    expect(spouseLanguage([celpip(3)])).toBe(0);
  });

  it("gives 5 for a year of the spouse's work in Canada, skilled or not, but not for work abroad", () => {
    const spouseWork = (w: ReturnType<typeof job>) => adaptability(file(f => { if (f.spouse) f.spouse.work = [w]; }, true));
    expect(spouseWork(unskilled('CA', yearsAgo(1)))).toBe(FSW.ADAPTABILITY.spouseWork);
    expect(spouseWork(job('IN', yearsAgo(5)))).toBe(0);
  });

  it("names the spouse's unknown languages and work by path", () => {
    const r = score(file(f => { if (f.spouse) { f.spouse.languages = null; f.spouse.work = null; } }, true));
    expect(r.missing).toEqual(['spouse.languages', 'spouse.work']);
    expect(pointsOf(r, 'Adaptability')).toBe(0);
    expect(score(file(() => undefined, true)).missing).toEqual([]);
  });
});

describe('FSW grid: sources', () => {
  it('cites the grid, the IRPR and the education page, and a language chart only when one was used', () => {
    expect(score(file(f => { f.languages = null; })).sourceIds).toEqual(['ca-pts-fsw', 'ca-pts-irpr', 'ca-ee-fsw-education']);
    expect(score(file(f => { f.languages = [celpip(9)]; })).sourceIds).toEqual(['ca-pts-fsw', 'ca-pts-irpr', 'ca-ee-fsw-education', 'ca-pts-clb']);
  });
});

describe('FSW minimum requirements: one year of continuous skilled work in 10 years, CLB 7', () => {
  const minimum = (change: Parameters<typeof canadianClient>[0]) =>
    fswMinimumRequirements(file(f => { f.languages = [celpip(7)]; f.work = [job('IN', yearsAgo(1))]; change(f); }), AS_OF);

  it('is met on the first anniversary of the job, and says so in words', () => {
    expect(minimum(() => undefined)).toEqual({
      status: 'met',
      reason: 'FSW minimum: longest skilled job in the last 10 years: 1.0 years (needs 1); lowest ability CLB 7 (needs CLB 7).',
    });
  });

  it('is not met a day short of the year', () => {
    const v = minimum(f => { f.work = [job('IN', yearsAgo(1, 1))]; });
    expect(v.status).toBe('not-met');
    expect(v.reason).toContain('longest skilled job in the last 10 years: 0.9 years (needs 1)');
  });

  it('does not count unskilled work', () => {
    expect(minimum(f => { f.work = [unskilled('IN', yearsAgo(5))]; }).status).toBe('not-met');
  });

  it('is unknown, asking for `work`, when work is not recorded or a job is not known to be skilled', () => {
    for (const work of [null, [{ ...job('IN', yearsAgo(5)), skilled: null }]]) {
      expect(minimum(f => { f.work = work; })).toEqual({
        status: 'unknown',
        reason: 'FSW minimum: longest skilled job in the last 10 years: 0.0 years (needs 1); lowest ability CLB 7 (needs CLB 7).',
        missing: ['work'],
      });
    }
  });

  it('is not met with no result on a test IRCC accepts, and says there is none', () => {
    expect(minimum(f => { f.languages = []; })).toEqual({
      status: 'not-met',
      reason: 'FSW minimum: longest skilled job in the last 10 years: 1.0 years (needs 1); no convertible language result.',
    });
  });

  it('is unknown, naming the score, when a result lacks one ability', () => {
    const v = minimum(f => { f.languages = [{ ...celpip(9), speaking: null }]; });
    expect(v.status).toBe('unknown');
    expect(v.missing).toEqual(['languages[0].speaking']);
  });
});
