// How each case-file fact reaches the Opportunity Card points, against § 20b(1) AufenthG and its
// Annex (official/de-opportunity-card.ts). The spouse's point needs the spouse to meet the card's own
// requirements (§ 20b(1): a degree or a vocational qualification of at least two years' training,
// German A1 or English B2, and 6 points) and to apply jointly; an unknown fact is asked for only
// while it could still change the answer.
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../../shared/case-file';
import { opportunityCardCalculator } from '../../../../shared/rules/points/de-opportunity-card';
import * as OC from './official/de-opportunity-card';
import { pointsOf } from './points-checks';

const AS_OF = '2026-11-29';

type Spouse = NonNullable<CaseFileInput['spouse']>;
type Education = NonNullable<CaseFileInput['education']>[number];
type Result = NonNullable<CaseFileInput['languages']>[number];
type Work = NonNullable<CaseFileInput['work']>[number];

/** IELTS with 6.0 in each skill: overall 6.0, CEFR B2 (the card's English gate, not the C1 point). */
const IELTS_B2: Result = { language: 'en', test: 'IELTS-GT', listening: 6, reading: 6, writing: 6, speaking: 6 };
const goethe = (level?: string): Result => ({ language: 'de', test: 'Goethe', ...(level ? { level } : {}) });
const degree = (germanRecognition: 'partial' | 'none', level: Education['level'] = 'bachelor'): Education =>
  ({ level, country: 'BR', completed: '2018-12', germanRecognition, germanShortageOccupation: false });

/** A married client with every fact known and nothing that scores but age; `change` adds one fact. */
function client(change: (f: CaseFileInput) => void): CaseFile {
  const f: CaseFileInput = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Test Client', dateOfBirth: '1996-05-01', maritalStatus: 'married' },
    spouse: null,
    education: [],
    work: [],
    languages: [],
    ties: [],
  };
  change(f);
  return CaseFile.parse(f);
}
const score = (change: (f: CaseFileInput) => void) => opportunityCardCalculator(client(change), AS_OF);

/**
 * A spouse who meets the card on their own: 30, a degree partially recognised in Germany (4) and
 * age (2) = 6 points, English B2; applying jointly. `change` alters one fact.
 */
const withSpouse = (change: (s: Spouse) => void = () => undefined) =>
  score(f => {
    const s: Spouse = { fullName: 'Test Spouse', dateOfBirth: '1996-05-01', accompanying: true, education: [degree('partial')], work: [], languages: [IELTS_B2] };
    change(s);
    f.spouse = s;
  });
const spousePoint = (r: ReturnType<typeof score>) => pointsOf(r, 'Spouse or partner');

describe('Opportunity Card: the spouse point', () => {
  it('is given for an eligible spouse applying jointly, and not when the spouse stays behind', () => {
    const r = withSpouse();
    expect(spousePoint(r)).toBe(OC.POINTS.spouse);
    expect(r.missing).toEqual([]);
    const behind = withSpouse(s => { s.accompanying = false; });
    expect(spousePoint(behind)).toBe(0);
    expect(behind.missing).toEqual([]);
  });

  it('asks whether the spouse applies jointly when that is not recorded', () => {
    const r = withSpouse(s => { s.accompanying = null; });
    expect(spousePoint(r)).toBe(0);
    expect(r.missing).toEqual(['spouse.accompanying']);
  });

  it('accepts two years of vocational training as the qualification, not a school diploma', () => {
    expect(spousePoint(withSpouse(s => { s.education = [degree('partial', 'diploma-2yr')]; }))).toBe(OC.POINTS.spouse);
    const school = withSpouse(s => { s.education = [degree('partial', 'secondary')]; });
    expect(spousePoint(school)).toBe(0);
    expect(school.missing).toEqual([]);
    // Even with 6 points of their own (German B2 3, English C1 1, age 2), no qualification is no card.
    const languagesOnly = withSpouse(s => {
      s.education = [degree('none', 'secondary')];
      s.languages = [goethe('B2'), { ...IELTS_B2, listening: 7, reading: 7, writing: 7, speaking: 7 }];
    });
    expect(spousePoint(languagesOnly)).toBe(0);
  });

  it('needs German A1 or English B2: a French result alone is a plain no', () => {
    const r = withSpouse(s => { s.languages = [{ language: 'fr', test: 'TEF', listening: 300 }]; });
    expect(spousePoint(r)).toBe(0);
    expect(r.missing).toEqual([]);
  });

  it('asks about an unreadable German or English result while the language gate is open, not once it is met', () => {
    for (const unreadable of [goethe(), { language: 'en', test: 'IELTS-GT', listening: 6 } as Result]) {
      const r = withSpouse(s => { s.languages = [unreadable]; });
      expect(spousePoint(r), unreadable.test ?? '').toBe(0);
      expect(r.missing, unreadable.test ?? '').toEqual(['spouse.languages[0]']);
    }
    const met = withSpouse(s => { s.languages = [IELTS_B2, goethe()]; });
    expect(spousePoint(met)).toBe(OC.POINTS.spouse);
    expect(met.missing).toEqual([]);
  });

  it('asks for unknown facts that could still reach 6 points: the education, languages, date of birth', () => {
    // 37 (1 point), education unknown: recognition (4) and shortage (1) could still make 6.
    const education = withSpouse(s => { s.education = null; s.dateOfBirth = '1989-05-01'; });
    expect(spousePoint(education)).toBe(0);
    expect(education.missing).toEqual(['spouse.education']);
    // 30 (2 points), languages unknown: German (3) and English C1 (1) could still make 6.
    const languages = withSpouse(s => { s.education = [degree('none')]; s.languages = null; });
    expect(languages.missing).toEqual(['spouse.languages']);
    // Recognition (4), age unknown: its 2 points could still make 6.
    const age = withSpouse(s => { s.dateOfBirth = null; });
    expect(age.missing).toEqual(['spouse.dateOfBirth']);
  });

  it('gives a plain no when even the open factors cannot reach 6 (a German line already at 1 of 3 can add 2)', () => {
    // German A2 (1) with an unreadable second German result, age unknown (up to 2): at most 1 + 2 + 2 = 5.
    const r = withSpouse(s => { s.education = [degree('none')]; s.dateOfBirth = null; s.languages = [goethe('A2'), goethe()]; });
    expect(spousePoint(r)).toBe(0);
    expect(r.missing).toEqual([]);
  });

  it('asks whether there is a spouse only when the marital status leaves it open', () => {
    const noSpouseOnFile = (maritalStatus: CaseFileInput['client']['maritalStatus']) =>
      score(f => { f.client.maritalStatus = maritalStatus; delete f.spouse; }).missing;
    for (const status of ['single', 'divorced', 'widowed', 'separated'] as const) expect(noSpouseOnFile(status), status).toEqual([]);
    expect(noSpouseOnFile('married')).toEqual(['spouse']);
    expect(noSpouseOnFile(null)).toEqual(['spouse']);
  });
});

describe('Opportunity Card: the client', () => {
  it('gives the recognition and shortage points if any one qualification has them', () => {
    const r = score(f => {
      f.education = [
        { ...degree('none'), germanShortageOccupation: true },
        { ...degree('partial', 'master'), germanShortageOccupation: false },
      ];
    });
    expect(pointsOf(r, 'Partial recognition')).toBe(OC.POINTS.partialRecognition);
    expect(pointsOf(r, 'Qualification in a shortage occupation')).toBe(OC.POINTS.shortageOccupation);
  });

  it('counts only skilled work, and with a job unknown scores the known ones in the window and asks for it by path', () => {
    const work = (...jobs: Work[]) => score(f => { f.work = jobs; });
    const recent: Work = { country: 'BR', start: '2023-11-01', end: null, skilled: true };
    expect(pointsOf(work({ ...recent, start: '2018-01-01', skilled: false }), 'Professional experience')).toBe(0);
    const unknownSkill = work(recent, { country: 'BR', start: '2010-01-01', end: '2012-01-01', skilled: null });
    expect(pointsOf(unknownSkill, 'Professional experience')).toBe(OC.POINTS.experienceTwoInFive);
    expect(unknownSkill.missing).toEqual(['work[1].skilled']);
    const noStart = work(recent, { country: 'BR', skilled: true });
    expect(pointsOf(noStart, 'Professional experience')).toBe(OC.POINTS.experienceTwoInFive);
    expect(noStart.missing).toEqual(['work[1].start']);
    // Eight known years that ended before the seven-year window count for nothing.
    const old = work({ country: 'BR', start: '2010-01-01', end: '2018-01-01', skilled: true }, { country: 'BR', start: '2020-01-01', skilled: null });
    expect(pointsOf(old, 'Professional experience')).toBe(0);
    expect(old.missing).toEqual(['work[1].skilled']);
  });

  it('scores the best German result, in any order, and asks about an unreadable one only below the top step', () => {
    const german = (...results: Result[]) => score(f => { f.languages = results; });
    expect(pointsOf(german(goethe('B1'), goethe('A2')), 'German')).toBe(OC.GERMAN.B1);
    expect(pointsOf(german(goethe('A2'), goethe('B1')), 'German')).toBe(OC.GERMAN.B1);
    const open = german(goethe('B1'), goethe());
    expect(pointsOf(open, 'German')).toBe(OC.GERMAN.B1);
    expect(open.missing).toEqual(['languages[1]']);
    expect(german(goethe('B2'), goethe()).missing).toEqual([]);
    expect(german({ language: 'de', test: 'none' }).missing).toEqual([]);
  });

  it('names the English and age lines', () => {
    const r = score(f => { f.client.dateOfBirth = null; });
    expect(r.breakdown.map(l => l.factor)).toContain('English at C1 or higher');
    expect(r.breakdown.find(l => l.factor.startsWith('Age'))).toEqual({ factor: 'Age', points: 0, max: OC.AGE[20] });
    expect(r.missing).toEqual(['client.dateOfBirth']);
  });

  it('gives the prior-stay point only for a six-month stay in Germany', () => {
    const stay = (ties: CaseFileInput['ties']) => pointsOf(score(f => { f.ties = ties; }), 'Prior lawful stay');
    expect(stay([{ country: 'DE', kind: 'prior-stay-6-months' }])).toBe(OC.POINTS.priorStay);
    expect(stay([{ country: 'AT', kind: 'prior-stay-6-months' }])).toBe(0);
    expect(stay([{ country: 'DE', kind: 'sibling' }])).toBe(0);
  });
});
