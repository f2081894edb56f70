/**
 * Federal Skilled Worker selection grid (IRPR ss. 78-83), out of 100 with a pass mark of 67, and
 * the programme's minimum requirements. Tables: programs/ca-points-tables.ts (FSW_GRID).
 */
import type { CaseFile } from '../../case-file';
import { FSW_GRID } from '../../programs/ca-points-tables';
import { ageAt, completedEducation, workYears } from '../facts';
import { bestBy, CLB_SKILLS, lowestClb, NO_LANGUAGE, type LanguagePick } from '../language/clb';
import type { Calculator, GateStatus, PointsLine, Verdict } from '../types';
import { accompanyingSpouse, languagesOf, rowFor, wholeYears } from './ca-crs';
import { creditedEducation } from './ca-education';

const G = FSW_GRID;

/** Age points: 12 from 18 to 35, then one fewer per year, 0 from 47 (IRPR s. 81). */
function agePoints(age: number): number {
  if (age < G.age.fullFrom || age >= G.age.zeroFrom) return 0;
  return age <= G.age.fullTo ? G.age.full : G.age.full - (age - G.age.fullTo);
}

/** Two academic years of full-time study in Canada, from education entries or a prior-study tie. */
function studiedInCanada(education: CaseFile['education'], asOf: string): boolean {
  return completedEducation({ education }, asOf).some(
    e => e.country === 'CA' && e.level !== 'none' && (e.durationYears ?? 0) >= G.adaptability.studyYears,
  );
}

/**
 * FSW grid points at `asOf`. Arranged employment (10, and 5 for adaptability) is a job offer in
 * Canada (`jobOffer.country === 'CA'`). IRPR s. 82 requires the offer to be full-time, non-seasonal,
 * for at least a year, in NOC TEER 0-3, and backed by a positive LMIA or held under an LMIA-exempt
 * work permit; the case file does not record any of that, so the offer is taken at face value and
 * the attorney must confirm it.
 */
export const fswCalculator: Calculator = (file, asOf) => {
  const missing: string[] = [];
  const spouse = accompanyingSpouse(file, missing);

  const langs = languagesOf(file.languages, 'languages', missing);
  // Foreign credentials count only with an ECA on file (IRPR s. 78; FSW six selection factors).
  const credited = creditedEducation(file.education, asOf, 'education');
  const education = credited.level;
  missing.push(...credited.missing);
  const experienceRaw = workYears(file, asOf, { skilled: true, withinYears: G.experienceWithinYears });
  const cdnRaw = workYears(file, asOf, { countries: ['CA'], skilled: true, withinYears: G.experienceWithinYears });
  if (experienceRaw === null || cdnRaw === null) missing.push('work');
  const age = ageAt(file.client.dateOfBirth, asOf);
  if (age === null) missing.push('client.dateOfBirth');
  if (file.ties == null) missing.push('ties');
  const offer = file.jobOffer?.country === 'CA';

  // Adaptability (IRPR s. 83), capped at 10.
  const A = G.adaptability;
  const relative = file.ties?.some(t => t.country === 'CA' && ['sibling', 'parent', 'child'].includes(t.kind)) ?? false;
  const ownStudy = studiedInCanada(file.education, asOf) || (file.ties?.some(t => t.country === 'CA' && t.kind === 'prior-study') ?? false);
  let adaptability = (wholeYears(cdnRaw ?? 0) >= A.workYears ? A.ownWorkInCanada : 0) + (ownStudy ? A.ownStudyInCanada : 0)
    + (offer ? A.arrangedEmployment : 0) + (relative ? A.relativeInCanada : 0);
  if (spouse) {
    const sLangs = languagesOf(spouse.languages, 'spouse.languages', missing);
    const sWork = workYears({ work: spouse.work }, asOf, { countries: ['CA'] });
    if (sWork === null) missing.push('spouse.work');
    if ((sLangs?.picks ?? []).some(p => p.first && lowestClb(p.first) >= 4)) adaptability += A.spouseLanguageClb4;
    if (studiedInCanada(spouse.education, asOf)) adaptability += A.spouseStudyInCanada;
    if (wholeYears(sWork ?? 0) >= A.workYears) adaptability += A.spouseWorkInCanada;
  }

  /** The grid for one choice of language results; the best choice is kept. */
  const linesFor = ({ first, second }: LanguagePick): PointsLine[] => [
    ...CLB_SKILLS.map(skill => ({
      factor: `First official language: ${skill}`,
      points: first ? (rowFor(G.firstLanguage, first[skill])?.points ?? 0) : 0,
      max: G.firstLanguageMaxPerAbility,
    })),
    {
      factor: 'Second official language',
      points: second && lowestClb(second) >= G.secondLanguage.minClb ? G.secondLanguage.points : 0,
      max: G.secondLanguage.points,
    },
    { factor: 'Education', points: education ? G.education[education] : 0, max: G.educationMax },
    {
      factor: 'Work experience',
      points: rowFor(G.experience, wholeYears(experienceRaw ?? 0))?.points ?? 0,
      max: G.experienceMax,
    },
    { factor: 'Age', points: age === null ? 0 : agePoints(age), max: G.ageMax },
    { factor: 'Arranged employment in Canada', points: offer ? G.arrangedEmployment : 0, max: G.arrangedEmployment },
    { factor: 'Adaptability', points: Math.min(A.max, adaptability), max: A.max },
  ];
  const sum = (lines: readonly PointsLine[]): number => lines.reduce((total, l) => total + l.points, 0);
  const breakdown = bestBy((langs?.picks ?? [NO_LANGUAGE]).map(linesFor), sum) ?? linesFor(NO_LANGUAGE);
  return {
    total: sum(breakdown),
    breakdown,
    missing: [...new Set(missing)],
    sourceIds: [...new Set([G.sourceId, 'ca-pts-irpr', 'ca-ee-fsw-education', ...(langs?.sourceIds ?? [])])],
  };
};

/**
 * FSW minimum requirements (IRPR s. 75 and the Minister's language threshold): one year of
 * continuous full-time (or equal part-time) skilled work in one job within the last 10 years, and
 * CLB 7 in all four abilities of the first official language. Education (with an ECA for foreign
 * credentials) and settlement funds are separate gates, not checked here.
 */
export function fswMinimumRequirements(file: CaseFile, asOf: string): Verdict {
  const M = G.minimum;
  const missing: string[] = [];
  const langs = languagesOf(file.languages, 'languages', missing);
  const firsts = (langs?.picks ?? []).flatMap(p => (p.first ? [p.first] : []));
  const first = bestBy(firsts, lowestClb) ?? null;

  // "Continuous" is read as one job entry; each is scored alone so gaps between jobs do not add up.
  let workKnown = file.work != null;
  let longest = 0;
  for (const w of file.work ?? []) {
    const years = workYears({ work: [w] }, asOf, { skilled: true, withinYears: M.withinYears });
    if (years === null) workKnown = false;
    else longest = Math.max(longest, years);
  }
  const workStatus: GateStatus = wholeYears(longest) >= M.workYears ? 'met' : workKnown ? 'not-met' : 'unknown';
  if (workStatus === 'unknown') missing.push('work');
  const lowest = first ? lowestClb(first) : null;
  // Known results on no IRCC-accepted test mean the requirement is not met, not unknown.
  const languageStatus: GateStatus =
    lowest !== null ? (lowest >= M.clb ? 'met' : 'not-met') : langs === null || langs.missing.length > 0 ? 'unknown' : 'not-met';

  // Truncated, not rounded: a job a day short of a year must not read "1.0 years (needs 1)".
  const work = `longest skilled job in the last ${String(M.withinYears)} years: ${(Math.floor(longest * 10) / 10).toFixed(1)} years (needs ${String(M.workYears)})`;
  const language = lowest === null ? 'no convertible language result' : `lowest ability CLB ${String(lowest)} (needs CLB ${String(M.clb)})`;
  const reason = `FSW minimum: ${work}; ${language}.`;
  const statuses = [workStatus, languageStatus];
  if (statuses.includes('not-met')) return { status: 'not-met', reason };
  if (statuses.includes('unknown')) return { status: 'unknown', reason, missing: [...new Set(missing)] };
  return { status: 'met', reason };
}
