// Express Entry standing against recent rounds of invitations (the rounds are sourced in
// shared/programs/ca.ts: CEC 2026-01-07 511, 2026-01-21 509, 2026-02-17 508; French-language
// proficiency 2026-02-06 400, 2026-03-04 397; PNP 2026-01-05 711). An invitation goes only to
// candidates at or above a round's cut-off (IRCC, "Express Entry rounds of invitations"), so an
// eligible candidate below every recent cut-off open to them is in the pool with no invitation expected.
import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from '../../../shared/case-file';
import { optionRow, verdict } from '../../../shared/memo/options';
import { programById } from '../../../shared/programs/index';
import type { Program } from '../../../shared/programs/types';
import { resolveAssumptions } from '../../../shared/programs/assumptions';
import { evaluate } from '../../../shared/rules/evaluate';
import { crsCalculator } from '../../../shared/rules/points/ca-crs';
import { standingFor } from '../../../shared/rules/standing';

const AS_OF = '2026-11-29';

/**
 * Lucas: single, 29, a Brazilian bachelor's with an ECA, CELPIP 8 in each ability, 1.6 years of
 * skilled work in Canada and 2 years in Brazil. CRS: A = 110 + 120 + 4 × 23 + 40 = 362; C = education
 * 13 + 13 and foreign work 13 + 13 = 52; D = 0. Total 414: CEC-eligible, below the CEC cut-off of 508.
 */
function lucas(change: (f: CaseFileInput) => void = () => undefined): CaseFile {
  const f: CaseFileInput = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Lucas Almeida', permanentResidences: [], dateOfBirth: '1997-06-15', citizenships: ['BR'], residenceCountry: 'CA', maritalStatus: 'single' },
    spouse: null,
    children: [],
    education: [{ level: 'bachelor', country: 'BR', completed: '2019-12', durationYears: 4, credentialAssessed: true }],
    work: [
      { occupation: 'Developer', country: 'CA', start: '2025-05-01', end: null, hoursPerWeek: 40, skilled: true },
      { occupation: 'Developer', country: 'BR', start: '2021-01-01', end: '2023-01-01', hoursPerWeek: 40, skilled: true },
    ],
    languages: [{ language: 'en', test: 'CELPIP-G', listening: 8, reading: 8, writing: 8, speaking: 8, testDate: '2026-01-10' }],
    jobOffer: null,
    ties: [],
  };
  change(f);
  return CaseFile.parse(f);
}
const ee = (file: CaseFile, asOf = AS_OF) => {
  const [a] = evaluate(file, ['ca-express-entry'], { asOf });
  if (!a) throw new Error('no assessment');
  return a;
};

describe('Express Entry standing', () => {
  it('puts an eligible CEC candidate at 414 below the 508 cut-off, with no invitation expected', () => {
    expect(crsCalculator(lucas(), AS_OF).total).toBe(414);
    const a = ee(lucas());
    expect(a.status).toBe('eligible');
    expect(a.standing).toMatchObject({ kind: 'below-recent-cutoffs', score: 414 });
    expect(a.standing?.cutoff).toEqual({ score: 508, round: 'Canadian Experience Class', date: '2026-02-17' });
    expect(a.standing?.summary).toMatch(
      /^In the pool, below recent cut-offs: 414 vs 508 \(lowest score invited in a recent round open to this profile: Canadian Experience Class, 2026-02-17\)\./,
    );
    // Without a French result on file, whether French rounds (397) are open cannot be known: said, not assumed.
    expect(a.standing?.summary).toContain('Not known from the file whether French-language proficiency rounds are open to this profile.');
    expect(a.standing?.provisional).toBe(true);
  });

  it('gives no months to work or to permanent residence, and never the 6–8 months counted from an invitation', () => {
    const a = ee(lucas());
    expect(a.timeline.toWorkMonths).toBeNull();
    expect(a.timeline.toPermanentResidenceMonths).toBeNull();
    expect(a.timeline.notes[0]).toMatch(/^Time to work unknown: No invitation to apply is expected at recent cut-offs\. In the pool, below recent cut-offs: 414 vs 508/);
    expect(a.timeline.notes.join(' ')).not.toMatch(/6-month|6–8|60 days/);
    expect(a.sources.map(s => s.id)).toEqual(expect.arrayContaining(['ca-ee-cec-draw-2026-02-17', 'ca-ee-french-draw-2026-03-04']));
  });

  it('has no standing when a round open to the profile reached the score: a provincial nominee (PNP 711)', () => {
    const nominee = ee(lucas(f => (f.ties = [{ country: 'CA', kind: 'provincial-nomination' }])));
    expect(nominee.points?.total).toBe(1014);
    expect(nominee.standing).toBeUndefined();
    expect(nominee.timeline.toWorkMonths).toEqual([6, 8]);
  });

  it('opens the French rounds (397) to NCLC 7 in French: no standing', () => {
    // TEF Canada of 2024 at the NCLC 7 floors: 434 / 434 / 428 / 456.
    const french = ee(lucas(f => f.languages?.push({ language: 'fr', test: 'TEF', testDate: '2024-05-02', listening: 434, reading: 434, writing: 428, speaking: 456 })));
    expect(french.standing).toBeUndefined();
  });

  it('says when no recent round was open to the profile: an FSW candidate with only foreign experience', () => {
    const abroadFile = lucas(f => {
      f.client.residenceCountry = 'BR';
      // FSW grid: age 12 + bachelor's 21 + CLB 8 4 × 5 + 6 years' experience 15 = 68 (pass mark 67).
      f.work = [{ occupation: 'Developer', country: 'BR', start: '2020-01-01', end: null, hoursPerWeek: 40, skilled: true }];
    });
    const abroad = ee(abroadFile);
    expect(abroad.status).toBe('eligible');
    const score = abroad.points?.total ?? 0;
    expect(score).toBeLessThan(508);
    // Below the cut-off shown as the pass mark (CEC, 508), and no round was open at all: both are said.
    expect(abroad.standing?.kind).toBe('below-recent-cutoffs');
    expect(abroad.standing?.summary).toMatch(
      new RegExp(`^In the pool, below recent cut-offs: ${String(score)} vs 508 \\(Canadian Experience Class, 2026-02-17\\), and no recent round was open to this profile\\..* Recent rounds: French-language proficiency \\(lowest 397, 2026-03-04\\); Canadian Experience Class \\(lowest 508, 2026-02-17\\); Provincial Nominee Program \\(lowest 711, 2026-01-05\\)\\.$`),
    );
    // At or above every cut-off, with still no round open, the standing says only that.
    const program = programById('ca-express-entry') as Program;
    const ctx = { file: abroadFile, asOf: AS_OF, assumptions: resolveAssumptions({}, AS_OF), calculator: () => crsCalculator(abroadFile, AS_OF), points: () => null };
    const high = standingFor(program, { total: 530, breakdown: [], missing: [], sourceIds: [] }, ctx, new Set());
    expect(high?.kind).toBe('no-recent-round-open');
    expect(high?.cutoff).toBeNull();
    expect(high?.summary).toMatch(/^In the pool with 530 points, but no recent round was open to this profile\./);
  });

  it('counts only rounds of the 12 months before the assessment date', () => {
    const later = ee(lucas(), '2028-01-15');
    expect(later.standing).toBeUndefined();
  });

  it('compares at the cut-off itself: 508 is invited, 507 is not', () => {
    const program = programById('ca-express-entry') as Program;
    const ctx = { file: lucas(), asOf: AS_OF, assumptions: resolveAssumptions({}, AS_OF), calculator: () => crsCalculator(lucas(), AS_OF), points: () => null };
    const at = (total: number) => standingFor(program, { total, breakdown: [], missing: [], sourceIds: [] }, ctx, new Set());
    expect(at(508)).toBeNull();
    expect(at(507)?.summary).toMatch(/^In the pool, below recent cut-offs: 507 vs 508/);
    // Points still missing could raise the score: the summary says "so far".
    expect(standingFor(program, { total: 414, breakdown: [], missing: ['ties'], sourceIds: [] }, ctx, new Set())?.summary).toMatch(
      /^In the pool, below recent cut-offs so far \(facts still missing could add points\): 414 vs 508/,
    );
  });

  it('shows the standing in the memo: status, verdict and timeline cells', () => {
    const a = ee(lucas());
    const row = optionRow(a, null);
    expect(row.status).toBe('Likely eligible — 1 question for you; below recent cut-offs');
    expect(row.toWork).toBe('No invitation expected');
    expect(row.toPermanentResidence).toBe('No invitation expected');
    expect(verdict(a)).toMatch(
      /^Likely eligible — 1 question for you: every criterion the case file can decide is met, but no invitation is expected at recent cut-offs\. In the pool, below recent cut-offs: 414 vs 508.* 1 criterion is left to the attorney's judgement\.$/,
    );
  });
});
