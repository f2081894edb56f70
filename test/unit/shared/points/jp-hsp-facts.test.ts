// How each case-file fact reaches the HSP (ii) points, against the ISA's points calculation table
// (official/jp-hsp.ts): which degrees count and when the two-fields bonus is open, the career count
// when some jobs are unknown, the offer's path to the salary line, how a JLPT level is read, and the
// words of the lines the attorney sees. Unknown facts are named by path, never scored as none.
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../../shared/case-file';
import { hspCalculator } from '../../../../shared/rules/points/jp-hsp';
import * as HSP from './official/jp-hsp';
import { pointsOf } from './points-checks';

const AS_OF = '2026-11-29';

type Education = NonNullable<CaseFileInput['education']>[number];
type Work = NonNullable<CaseFileInput['work']>[number];

/** A 29-year-old with every fact known and nothing that scores but age; `change` adds one fact. */
function client(change: (f: CaseFileInput) => void): CaseFile {
  const f: CaseFileInput = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Test Client', dateOfBirth: '1997-06-01' },
    education: [],
    work: [],
    languages: [],
    jobOffer: null,
    achievements: { patents: 0, publications: 0 },
  };
  change(f);
  return CaseFile.parse(f);
}
const score = (change: (f: CaseFileInput) => void) => hspCalculator(client(change), AS_OF);
const withEducation = (...education: Education[]) => score(f => { f.education = education; });
const withWork = (...work: Work[]) => score(f => { f.work = work; });
const factorOf = (r: ReturnType<typeof score>, prefix: string) => r.breakdown.find(l => l.factor.startsWith(prefix))?.factor;

/** Skilled work in India from `start`, still going. */
const job = (start: string, skilled: boolean | null = true): Work => ({ country: 'IN', start, end: null, skilled });

describe('HSP: academic background', () => {
  it('counts degrees only: a two-year diploma scores nothing', () => {
    const r = withEducation({ level: 'diploma-2yr', field: 'Electronics', country: 'IN', completed: '2018-06' });
    expect(pointsOf(r, 'Academic background')).toBe(0);
    expect(factorOf(r, 'Academic background')).toBe('Academic background (no degree)');
    expect(factorOf(withEducation({ level: 'master', field: 'Physics', completed: '2020-01' }), 'Academic background')).toBe('Academic background (master)');
  });

  it('names both lines and asks for the education when it is not recorded', () => {
    const r = score(f => { f.education = null; });
    expect(r.breakdown.slice(0, 2).map(l => l.factor)).toEqual(['Academic background', 'Degrees in two or more fields']);
    expect(r.missing).toEqual(['education']);
  });

  it('gives the two-fields bonus for graduate degrees only: a professional degree counts, a bachelor\'s does not', () => {
    const bonus = (...education: Education[]) => pointsOf(withEducation(...education), 'Degrees in two or more fields');
    expect(bonus({ level: 'professional', field: 'Law', completed: '2018-01' }, { level: 'master', field: 'Physics', completed: '2020-01' }))
      .toBe(HSP.ACADEMIC.multipleFields);
    expect(bonus({ level: 'bachelor', field: 'Law', completed: '2016-01' }, { level: 'master', field: 'Physics', completed: '2020-01' })).toBe(0);
  });

  it('reads a field written twice with other capitals or spaces as one field', () => {
    const r = withEducation({ level: 'master', field: 'Physics', completed: '2018-01' }, { level: 'doctorate', field: ' physics ', completed: '2022-01' });
    expect(pointsOf(r, 'Degrees in two or more fields')).toBe(0);
    // Both fields are named, so the bonus is decided (no); only the bonuses' facts are asked for.
    expect(r.missing).toEqual(['education[1].country', 'education[0].country', 'education[1].topRanked', 'education[0].topRanked']);
  });

  it('asks for the unnamed field only when two graduate degrees could earn the bonus', () => {
    const known = { country: 'IN', topRanked: false } as const;
    const two = withEducation({ level: 'master', field: 'Physics', completed: '2018-01', ...known }, { level: 'doctorate', completed: '2022-01', ...known });
    expect(two.missing).toEqual(['education[1].field']);
    expect(withEducation({ level: 'master', completed: '2018-01', ...known }).missing).toEqual([]);
  });
});

describe('HSP: professional career', () => {
  it('counts only skilled work, and shows the years in its line', () => {
    expect(pointsOf(withWork(job('2016-11-29', false)), 'Professional career')).toBe(0);
    const r = withWork(job('2021-06-15'));
    expect(pointsOf(r, 'Professional career')).toBe(HSP.CAREER[5]);
    expect(factorOf(r, 'Professional career')).toBe('Professional career (5.4 years)');
  });

  it('scores the jobs it knows when another is unknown, and asks for that job by path', () => {
    const unknownSkill = withWork(job('2021-06-15'), job('2011-01-01', null));
    expect(pointsOf(unknownSkill, 'Professional career')).toBe(HSP.CAREER[5]);
    expect(unknownSkill.missing).toEqual(['work[1].skilled']);
    const noStart = withWork(job('2021-06-15'), { country: 'IN', skilled: true });
    expect(pointsOf(noStart, 'Professional career')).toBe(HSP.CAREER[5]);
    expect(noStart.missing).toEqual(['work[1].start']);
  });

  it('asks nothing more once the known jobs reach the top row (10 years)', () => {
    const r = withWork(job('2014-01-01'), job('2011-01-01', null));
    expect(pointsOf(r, 'Professional career')).toBe(HSP.CAREER[10]);
    expect(r.missing).toEqual([]);
  });
});

describe('HSP: the salary line', () => {
  const offer = (jobOffer: CaseFileInput['jobOffer']) => score(f => { f.jobOffer = jobOffer; });

  it('names the offer in yen, and cites no exchange rate for a salary in yen', () => {
    const r = offer({ country: 'JP', annualSalary: { amount: 6_000_000, currency: 'JPY' } });
    expect(factorOf(r, 'Annual salary')).toBe('Annual salary in Japan (JPY 6,000,000)');
    expect(pointsOf(r, 'Annual salary')).toBe(HSP.SALARY[6]?.[0]);
    expect(r.sourceIds).toEqual(['jp-hsp-isa-table', 'jp-hsp-table-ro', 'jp-hsp-bonuses', 'jp-hsp-university-bonus', 'jp-hsp-min-salary', 'jp-hsp-pr-thresholds']);
  });

  it('asks for what the offer lacks, by path, and cites no exchange rate when nothing was converted', () => {
    const cases: [CaseFileInput['jobOffer'], string[]][] = [
      [null, []],
      [{ employer: 'Tokyo KK' }, ['jobOffer.country']],
      [{ country: 'JP' }, ['jobOffer.annualSalary']],
      [{ country: 'JP', annualSalary: { amount: 9_000_000, currency: 'ARS' } }, ['jobOffer.annualSalary.currency']],
    ];
    for (const [jobOffer, missing] of cases) {
      const r = offer(jobOffer);
      expect(r.missing, JSON.stringify(jobOffer)).toEqual(missing);
      expect(pointsOf(r, 'Annual salary')).toBe(0);
      expect(r.sourceIds.some(id => id.startsWith('fx-'))).toBe(false);
    }
  });
});

describe('HSP: age, research and Japanese', () => {
  it('names the age line and asks for the date of birth when it is unknown', () => {
    const r = score(f => { f.client.dateOfBirth = null; });
    expect(r.breakdown.find(l => l.factor.startsWith('Age'))).toEqual({ factor: 'Age', points: 0, max: HSP.AGE[25] });
    expect(r.missing).toEqual(['client.dateOfBirth']);
  });

  it('asks for the publications when the patents alone do not qualify, and nothing once one does', () => {
    expect(score(f => { f.achievements = { patents: 0, publications: null }; }).missing).toEqual(['achievements.publications']);
    expect(score(f => { f.achievements = { patents: null, publications: null }; }).missing).toEqual(['achievements.patents', 'achievements.publications']);
    const patent = score(f => { f.achievements = { patents: 1, publications: null }; });
    expect(pointsOf(patent, 'Research')).toBe(HSP.BONUS.research);
    expect(patent.missing).toEqual([]);
  });

  it('asks where a degree is from, and whether its university is top-ranked, until one answers it', () => {
    const open = { level: 'master', completed: '2020-01', field: 'Physics' } as const;
    expect(withEducation({ ...open, country: 'IN', topRanked: false }, open).missing).toEqual(['education[1].country', 'education[1].topRanked']);
    const japanese = withEducation({ ...open, country: 'JP', topRanked: true }, open);
    expect(pointsOf(japanese, 'Degree from a Japanese university')).toBe(HSP.BONUS.japaneseDegree);
    expect(pointsOf(japanese, 'Graduate of a top-ranked university')).toBe(HSP.BONUS.topUniversity);
    expect(japanese.missing).toEqual([]);
  });

  it('reads a JLPT level written "1", " n2 " or "N1", and asks about any other wording instead of guessing', () => {
    const jlpt = (...levels: string[]) => score(f => { f.languages = levels.map(level => ({ language: 'ja', test: 'JLPT', level })); });
    expect(pointsOf(jlpt('1'), 'Japanese ability')).toBe(HSP.BONUS.jlptN1);
    expect(pointsOf(jlpt(' n2 '), 'Japanese ability')).toBe(HSP.BONUS.jlptN2);
    for (const level of ['AN1', 'N1 pass', 'JLPTN1', 'N-1', 'N1st']) {
      const r = jlpt(level);
      expect(pointsOf(r, 'Japanese ability'), level).toBe(0);
      expect(r.missing, level).toEqual(['languages[0].level']);
    }
    // N1 is the top: an unreadable second result could add nothing. Under N1 it could.
    expect(jlpt('N1', 'pass').missing).toEqual([]);
    expect(jlpt('N2', 'pass').missing).toEqual(['languages[1].level']);
  });

  it('reads the JLPT only: another test, or a JLPT entered under another language, is not Japanese ability', () => {
    const r = score(f => {
      f.languages = [
        { language: 'en', test: 'JLPT', level: 'N1' },
        { language: 'ja', test: 'TOPIK', level: '1' },
        { language: 'de', test: 'Goethe', level: 'C1' },
      ];
    });
    expect(pointsOf(r, 'Japanese ability')).toBe(0);
    expect(r.missing).toEqual([]);
  });
});
