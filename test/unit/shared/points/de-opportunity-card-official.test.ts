// Every cell of the Opportunity Card points table, through the public calculator and the programme's
// gate, against the hand transcription in official/de-opportunity-card.ts (never the implementation's
// table), each boundary on both sides.
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../../shared/case-file';
import { evaluate } from '../../../../shared/rules/evaluate';
import { opportunityCardCalculator } from '../../../../shared/rules/points/de-opportunity-card';
import * as OC from './official/de-opportunity-card';
import { pointsOf } from './points-checks';

const AS_OF = '2026-06-15';
/** `years` whole years before AS_OF plus `days` (1 day later: a day short of `years`). */
const yearsAgo = (years: number, days = 0): string => new Date(Date.UTC(2026 - years, 5, 15 + days)).toISOString().slice(0, 10);
const qualification = { level: 'bachelor' as const, field: 'Nursing', country: 'BR', completed: '2012-12', credentialAssessed: false, germanRecognition: 'none' as const, germanShortageOccupation: false };

/** A 45-year-old single bachelor with every fact known and nothing that scores. */
function file(change: (f: CaseFileInput) => void): CaseFile {
  const f: CaseFileInput = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Test Client', dateOfBirth: yearsAgo(45), citizenships: ['BR'], maritalStatus: 'single' },
    spouse: null,
    education: [{ ...qualification }],
    work: [],
    languages: [],
    jobOffer: null,
    ties: [],
  };
  change(f);
  return CaseFile.parse(f);
}
const score = (change: (f: CaseFileInput) => void) => opportunityCardCalculator(file(change), AS_OF);
const EXPERIENCE = 'Professional experience';
const job = (start: string, end: string | null = null) => ({ occupation: 'Nurse', country: 'BR', start, end, skilled: true });

describe('Opportunity Card points, cell by cell', () => {
  it('scores nothing for the base file', () => {
    expect(score(() => undefined).total).toBe(0);
  });

  it('partial recognition 4 (not full or none) and a shortage occupation 1', () => {
    const recognition = (germanRecognition: 'partial' | 'full' | 'none') =>
      pointsOf(score(f => { f.education = [{ ...qualification, germanRecognition }]; }), 'Partial recognition');
    expect(recognition('partial')).toBe(OC.POINTS.partialRecognition);
    expect(recognition('none')).toBe(0);
    expect(pointsOf(score(f => { f.education = [{ ...qualification, germanShortageOccupation: true }]; }), 'Qualification in a shortage occupation'))
      .toBe(OC.POINTS.shortageOccupation);
  });

  it('experience: 5 of the last 7 years 3, just under 5 falls to 2; 2 of the last 5 2, just under 2 falls to 0', () => {
    const experience = (work: CaseFileInput['work']) => pointsOf(score(f => { f.work = work; }), EXPERIENCE);
    expect(experience([job(yearsAgo(5))])).toBe(OC.POINTS.experienceFiveInSeven);
    expect(experience([job(yearsAgo(5, 1))])).toBe(OC.POINTS.experienceTwoInFive);
    expect(experience([job(yearsAgo(2))])).toBe(OC.POINTS.experienceTwoInFive);
    expect(experience([job(yearsAgo(2, 1))])).toBe(0);
    // Five years ending two years ago lie within the last 7; only three of them within the last 5.
    expect(experience([job(yearsAgo(7), yearsAgo(2))])).toBe(OC.POINTS.experienceFiveInSeven);
    // Five years ending three years ago: only four within the last 7, two within the last 5.
    expect(experience([job(yearsAgo(8), yearsAgo(3))])).toBe(OC.POINTS.experienceTwoInFive);
    // Two years ending four years ago: one within the last 5.
    expect(experience([job(yearsAgo(6), yearsAgo(4))])).toBe(0);
  });

  it('German: every CEFR step', () => {
    for (const [level, points] of Object.entries(OC.GERMAN)) {
      expect(pointsOf(score(f => { f.languages = [{ language: 'de', test: 'Goethe', level }]; }), 'German'), level).toBe(points);
    }
  });

  it('English: C1 1 (IELTS 7.0, the C1 floor on the IELTS–CEFR scale), B2 0 (IELTS 6.5)', () => {
    const english = (band: number) => pointsOf(score(f => {
      f.languages = [{ language: 'en', test: 'IELTS-A', listening: band, reading: band, writing: band, speaking: band }];
    }), 'English');
    expect(english(7)).toBe(OC.POINTS.englishC1);
    expect(english(8.5)).toBe(OC.POINTS.englishC1);
    expect(english(6.5)).toBe(0);
  });

  it('age: every band, on the birthday and the day before', () => {
    const ages = Object.entries(OC.AGE);
    for (const [age, points] of ages) {
      const a = Number(age);
      expect(pointsOf(score(f => { f.client.dateOfBirth = yearsAgo(a); }), 'Age'), `age ${age}`).toBe(points);
      const younger = ages.filter(([y]) => Number(y) <= a - 1).pop()?.[1];
      if (younger !== undefined) expect(pointsOf(score(f => { f.client.dateOfBirth = yearsAgo(a, 1); }), 'Age'), `day before ${age}`).toBe(younger);
    }
  });

  it('prior stay in Germany 1 (not elsewhere)', () => {
    const stay = (country: string) => pointsOf(score(f => { f.ties = [{ country, kind: 'prior-stay-6-months' }]; }), 'Prior lawful stay');
    expect(stay('DE')).toBe(OC.POINTS.priorStay);
    expect(stay('AT')).toBe(0);
  });

  it('spouse applying jointly who meets the requirements with 6 points of their own: 1; with 5: 0', () => {
    const spouse = (german: string) => pointsOf(score(f => {
      f.client.maritalStatus = 'married';
      // Spouse: age 30 (2) + German B1 (2) or A2 (1) + 2 years' experience (2).
      f.spouse = {
        fullName: 'Test Spouse', dateOfBirth: yearsAgo(30), accompanying: true,
        education: [{ ...qualification }], work: [job(yearsAgo(2))], languages: [{ language: 'de', test: 'Goethe', level: german }],
      };
    }), 'Spouse');
    expect(spouse('B1')).toBe(OC.POINTS.spouse);
    expect(spouse('A2')).toBe(0);
  });
});

describe('Opportunity Card pass mark', () => {
  // Age 34 (2) + German B1 (2) + 2 of the last 5 years (2) = 6; with German A2 = 5.
  const client = (german: string) => file(f => {
    f.client.dateOfBirth = yearsAgo(34);
    f.languages = [{ language: 'de', test: 'Goethe', level: german }];
    f.work = [job(yearsAgo(2))];
  });
  const gate = (f: CaseFile) => evaluate(f, ['de-opportunity-card'], { asOf: AS_OF, assumptions: {}, currency: 'EUR' })[0]?.gates.find(g => g.id === 'de-oc-points')?.status;

  it(`meets the points gate at ${String(OC.PASS_MARK)}, not at ${String(OC.PASS_MARK - 1)}`, () => {
    expect(opportunityCardCalculator(client('B1'), AS_OF).total).toBe(OC.PASS_MARK);
    expect(gate(client('B1'))).toBe('met');
    expect(opportunityCardCalculator(client('A2'), AS_OF).total).toBe(OC.PASS_MARK - 1);
    expect(gate(client('A2'))).toBe('not-met');
  });
});
