// Education as IRCC scores it. CRS criteria (canada.ca, "Comprehensive Ranking System (CRS) criteria",
// section A, Education, and its note that foreign education needs an Educational Credential
// Assessment): single applicant, secondary 30, 1-year diploma 90, 2-year 98, bachelor's "or a three or
// more year program" 120, "two or more certificates, diplomas or degrees, one for a program of three
// or more years" 128, master's 135, doctorate 150. FSW grid (IRPR s. 78): 5 / 15 / 19 / 21 / 22 / 23 / 25.
// FSW minimum requirements (canada.ca, Federal Skilled Worker Program): a Canadian credential, or a
// foreign one with an ECA.
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../../shared/case-file';
import { levelOf } from '../../../../shared/rules/facts';
import { creditedEducation } from '../../../../shared/rules/points/ca-education';
import { crsCalculator } from '../../../../shared/rules/points/ca-crs';
import { fswCalculator } from '../../../../shared/rules/points/ca-fsw';
import { evaluate } from '../../../../shared/rules/evaluate';
import { pointsOf } from './points-checks';

const AS_OF = '2026-11-29';
type Entry = NonNullable<CaseFileInput['education']>[number];

/** Single, 29, IELTS-GT 8/7/7/7, 3 years' skilled work in India; education as given. */
function applicant(education: Entry[]): CaseFile {
  return CaseFile.parse({
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Meera Pillai', permanentResidences: [], dateOfBirth: '1997-06-15', citizenships: ['IN'], residenceCountry: 'IN', maritalStatus: 'single' },
    spouse: null,
    education,
    work: [{ occupation: 'Analyst', country: 'IN', start: '2022-09-01', end: '2025-09-01', hoursPerWeek: 40, skilled: true }],
    languages: [{ language: 'en', test: 'IELTS-GT', listening: 8, reading: 7, writing: 7, speaking: 7, testDate: '2026-02-10' }],
    jobOffer: null,
    ties: [],
  });
}
const crsEducation = (education: Entry[]) => pointsOf(crsCalculator(applicant(education), AS_OF), 'Education');
const fswEducation = (education: Entry[]) => pointsOf(fswCalculator(applicant(education), AS_OF), 'Education');

const indianMasters: Entry = { level: 'master', country: 'IN', completed: '2020-06', durationYears: 2 };

describe('foreign education counts only with an ECA (CRS criteria; IRPR s. 78)', () => {
  it('scores a foreign master’s 135 with an ECA, 0 without one, and asks for the ECA while unrecorded', () => {
    expect(crsEducation([{ ...indianMasters, credentialAssessed: true }])).toBe(135);
    expect(crsEducation([{ ...indianMasters, credentialAssessed: false }])).toBe(0);
    const open = crsCalculator(applicant([{ ...indianMasters, credentialAssessed: null }]), AS_OF);
    expect(pointsOf(open, 'Education')).toBe(0);
    expect(open.missing).toContain('education[0].credentialAssessed');
    // Without an ECA the master's also gives no education transferability points.
    const none = crsCalculator(applicant([{ ...indianMasters, credentialAssessed: false }]), AS_OF);
    expect(pointsOf(none, 'Skill transferability: education (with language and Canadian work)')).toBe(0);
  });

  it('needs no ECA for a Canadian credential', () => {
    expect(crsEducation([{ level: 'master', country: 'CA', completed: '2020-06', credentialAssessed: false }])).toBe(135);
    expect(fswEducation([{ level: 'master', country: 'CA', completed: '2020-06', credentialAssessed: null }])).toBe(23);
  });

  it('scores the FSW grid the same way: 23 with an ECA, 0 without', () => {
    expect(fswEducation([{ ...indianMasters, credentialAssessed: true }])).toBe(23);
    expect(fswEducation([{ ...indianMasters, credentialAssessed: false }])).toBe(0);
  });

  it('asks only about the credentials whose ECA could raise the score', () => {
    const r = creditedEducation(
      [
        { ...indianMasters, credentialAssessed: true },
        { level: 'bachelor', country: 'IN', completed: '2018-05', credentialAssessed: null },
      ],
      AS_OF,
      'education',
    );
    expect(r).toEqual({ level: 'master', missing: [] });
    const spouse = creditedEducation([{ level: 'bachelor', country: null, completed: '2018-05' }], AS_OF, 'spouse.education');
    expect(spouse).toEqual({ level: 'none', missing: ['spouse.education[0].country'] });
  });

  it('asks nothing about a foreign credential known to have no ECA: it does not count, and that is settled', () => {
    expect(creditedEducation([{ ...indianMasters, credentialAssessed: false }], AS_OF, 'education')).toEqual({ level: 'none', missing: [] });
  });

  it('closes the FSW branch of Express Entry without an ECA, and leaves it open while not recorded', () => {
    const status = (credentialAssessed: boolean | null) =>
      evaluate(applicant([{ ...indianMasters, credentialAssessed }]), ['ca-express-entry'], { asOf: AS_OF })[0]?.gates.find(g => g.id === 'ca-ee-programme');
    expect(status(true)?.status).toBe('met');
    const closed = status(false);
    expect(closed?.status).toBe('not-met');
    expect(closed?.reason).toContain('has no equivalency assessment (ECA) on file');
    const open = status(null);
    expect(open?.status).toBe('unknown');
    expect(open?.missing).toContain('education[0].credentialAssessed');
  });
});

describe('"two or more" means two post-secondary credentials, one of three years or more (CRS criteria)', () => {
  const assessed = (e: Entry): Entry => ({ completed: '2015-06', country: 'IN', credentialAssessed: true, ...e });

  it('does not count a secondary diploma: secondary + bachelor’s is a bachelor’s (120, FSW 21)', () => {
    const file = [assessed({ level: 'secondary' }), assessed({ level: 'bachelor', durationYears: 4 })];
    expect(crsEducation(file)).toBe(120);
    expect(fswEducation(file)).toBe(21);
  });

  it('counts a one-year diploma and a bachelor’s as two or more (128, FSW 22)', () => {
    const file = [assessed({ level: 'diploma-1yr', durationYears: 1 }), assessed({ level: 'bachelor', durationYears: 4 })];
    expect(crsEducation(file)).toBe(128);
    expect(fswEducation(file)).toBe(22);
  });

  it('needs one credential of three years or more: two short diplomas score the higher one (98)', () => {
    expect(crsEducation([assessed({ level: 'diploma-1yr', durationYears: 1 }), assessed({ level: 'diploma-2yr', durationYears: 2 })])).toBe(98);
    // A three-year diploma is "a three or more year program": with a one-year diploma, two or more.
    expect(crsEducation([assessed({ level: 'diploma-1yr', durationYears: 1 }), assessed({ level: 'diploma-2yr', durationYears: 3 })])).toBe(128);
  });

  it('scores a three-year diploma on the bachelor’s row (120, FSW 21)', () => {
    expect(crsEducation([assessed({ level: 'diploma-2yr', durationYears: 3 })])).toBe(120);
    expect(fswEducation([assessed({ level: 'diploma-2yr', durationYears: 3 })])).toBe(21);
  });

  it('levelOf: the same rule for any list of completed credentials', () => {
    expect(levelOf([{ level: 'secondary' }, { level: 'bachelor' }])).toBe('bachelor');
    expect(levelOf([{ level: 'diploma-1yr' }, { level: 'bachelor' }])).toBe('two-or-more');
    expect(levelOf([{ level: 'bachelor' }, { level: 'bachelor' }])).toBe('two-or-more');
    expect(levelOf([{ level: 'diploma-1yr' }, { level: 'diploma-2yr' }])).toBe('diploma-2yr');
    expect(levelOf([{ level: 'master' }, { level: 'bachelor' }])).toBe('master');
    expect(levelOf([])).toBe('none');
  });
});

describe('"Still missing" asks for the ECA in plain words', () => {
  it('labels the ECA of an education entry without its field path', async () => {
    const { factLabel } = await import('../../../../shared/rules/fact-labels');
    expect(factLabel('education[1].credentialAssessed')).toBe('Degree or diploma 2: credential assessment (ECA)');
    expect(factLabel('spouse.education[0].credentialAssessed')).toBe('Spouse’s Degree or diploma 1: credential assessment (ECA)');
  });
});
