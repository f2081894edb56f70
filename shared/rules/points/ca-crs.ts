/**
 * Express Entry Comprehensive Ranking System (CRS), out of 1,200: A core human capital, B spouse
 * factors, C skill transferability, D additional points. Tables: programs/ca-points-tables.ts.
 */
import type { CaseFile, EducationLevel } from '../../case-file';
import {
  CRS_ADDITIONAL,
  CRS_ARRANGED_EMPLOYMENT,
  CRS_CORE,
  CRS_SPOUSE,
  CRS_TRANSFERABILITY,
  type MinRow,
  type SpousePair,
  type Tiers,
} from '../../programs/ca-points-tables';
import { ageAt, completedEducation, educationRank, workYears } from '../facts';
import {
  bestBy,
  CLB_SKILLS,
  lowestClb,
  NO_LANGUAGE,
  officialLanguages,
  type ClbLevels,
  type LanguagePick,
  type OfficialLanguages,
} from '../language/clb';
import type { Calculator, PointsLine } from '../types';
import { creditedEducation } from './ca-education';

type Spouse = NonNullable<CaseFile['spouse']>;

/** Whole years, tolerant of the 2-decimal rounding in workYears. */
export function wholeYears(years: number): number {
  return Math.floor(years + 1e-6);
}

/** The points of the highest row whose `min` the value reaches, or undefined below every row. */
export function rowFor<T extends { min: number }>(rows: readonly T[], value: number): T | undefined {
  return rows.find(r => value >= r.min);
}

/**
 * The spouse whose factors count: married or common-law, accompanying, and not a Canadian citizen.
 * Canadian permanent residence of the spouse is not modelled in the case file, so a PR spouse is
 * scored as accompanying; the attorney must correct that case by hand. When the file does not say,
 * the applicant is scored as single and the unknown path goes into `missing`.
 */
export function accompanyingSpouse(file: CaseFile, missing: string[]): Spouse | null {
  const status = file.client.maritalStatus;
  if (status == null) {
    missing.push('client.maritalStatus');
    return null;
  }
  if (status !== 'married' && status !== 'common-law') return null;
  const spouse = file.spouse;
  if (spouse?.accompanying == null) {
    missing.push('spouse.accompanying');
    return null;
  }
  if (!spouse.accompanying || spouse.citizenships?.includes('CA')) return null;
  return spouse;
}

/** Language levels of a language list, recording missing paths under `path`. */
export function languagesOf(list: CaseFile['languages'], path: string, missing: string[]): OfficialLanguages | null {
  if (list == null) {
    missing.push(path);
    return null;
  }
  const langs = officialLanguages(list);
  missing.push(...langs.missing.map(m => `${path}${m}`));
  return langs;
}

const allAtLeast = (levels: ClbLevels | null, clb: number): boolean => levels !== null && lowestClb(levels) >= clb;

/** The transferability tier a first-language result reaches: CLB 9+ in all, CLB 7+ in all, or none. */
function languageTier(first: ClbLevels | null, t: Tiers): number {
  if (allAtLeast(first, 9)) return t.upper;
  return allAtLeast(first, 7) ? t.lower : 0;
}

function canadianWorkTier(years: number, t: Tiers): number {
  if (years >= 2) return t.upper;
  return years >= 1 ? t.lower : 0;
}

/** Fits lines into a section cap, trimming the last ones first and saying so. */
function capped(lines: PointsLine[], cap: number): PointsLine[] {
  let room = cap;
  return lines.map(line => {
    const points = Math.min(line.points, room);
    room -= points;
    return points < line.points ? { ...line, factor: `${line.factor} (section capped at ${String(cap)})`, points } : line;
  });
}

/** Points for the Canadian post-secondary credential, from education entries completed in Canada. */
function canadianEducationPoints(file: CaseFile, asOf: string, missing: string[]): number {
  let best = 0;
  for (const e of completedEducation(file, asOf)) {
    if (educationRank(e.level) < educationRank('diploma-1yr')) continue;
    if (e.country == null) {
      missing.push(`education[${String(file.education?.indexOf(e) ?? 0)}].country`);
      continue;
    }
    if (e.country !== 'CA') continue;
    const long = educationRank(e.level) >= educationRank('bachelor') && e.level !== 'two-or-more';
    const points = long || (e.durationYears ?? 0) >= 3 ? CRS_ADDITIONAL.canadianEducationLong : CRS_ADDITIONAL.canadianEducationShort;
    best = Math.max(best, points);
  }
  return best;
}

const ADVANCED: readonly EducationLevel[] = ['two-or-more', 'master', 'professional', 'doctorate'];
const POST_SECONDARY: readonly EducationLevel[] = ['diploma-1yr', 'diploma-2yr', 'bachelor'];

const sum = (lines: readonly PointsLine[]): number => lines.reduce((total, l) => total + l.points, 0);

/**
 * The CRS score at `asOf`. Arranged employment scores 0 (Ministerial Instructions of 2025-03-25);
 * the reported high-wage occupation factor is not scored (points unknown, no NOC code in the file).
 * With several test results, the best choice of results and of first language is scored.
 */
export const crsCalculator: Calculator = (file, asOf) => {
  const missing: string[] = [];
  const spouse = accompanyingSpouse(file, missing);
  const k: keyof SpousePair = spouse ? 'withSpouse' : 'withoutSpouse';
  const row = (rows: readonly MinRow<SpousePair>[], value: number): number => rowFor(rows, value)?.[k] ?? 0;

  const age = ageAt(file.client.dateOfBirth, asOf);
  if (age === null) missing.push('client.dateOfBirth');
  // Foreign credentials score only with an ECA on file (CRS criteria, "Education").
  const credited = creditedEducation(file.education, asOf, 'education');
  const education = credited.level;
  missing.push(...credited.missing);
  const langs = languagesOf(file.languages, 'languages', missing);
  // IRCC's CRS asks for skilled work "in the last ten years", in Canada and abroad alike.
  const cdnRaw = workYears(file, asOf, { countries: ['CA'], skilled: true, withinYears: 10 });
  const foreignRaw = workYears(file, asOf, { excludeCountries: ['CA'], skilled: true, withinYears: 10 });
  if (cdnRaw === null || foreignRaw === null) missing.push('work');
  const cdnYears = wholeYears(cdnRaw ?? 0);
  const foreignYears = wholeYears(foreignRaw ?? 0);
  if (file.ties == null) missing.push('ties');
  const hasTie = (kind: NonNullable<CaseFile['ties']>[number]['kind']): boolean =>
    file.ties?.some(t => t.kind === kind && t.country === 'CA') ?? false;
  const canadianEducation = canadianEducationPoints(file, asOf, missing);

  // --- B. Spouse or common-law partner (independent of the applicant's language choice) --------
  const spouseLines: PointsLine[] = [];
  const spouseSources: string[] = [];
  if (spouse) {
    const sCredited = creditedEducation(spouse.education, asOf, 'spouse.education');
    const sEducation = sCredited.level;
    missing.push(...sCredited.missing);
    const sLangs = languagesOf(spouse.languages, 'spouse.languages', missing);
    spouseSources.push(...(sLangs?.sourceIds ?? []));
    const sWork = workYears({ work: spouse.work }, asOf, { countries: ['CA'], skilled: true, withinYears: 10 });
    if (sWork === null) missing.push('spouse.work');
    const languagePoints = (p: LanguagePick): number =>
      CLB_SKILLS.reduce((total, s) => total + (p.first ? (rowFor(CRS_SPOUSE.language, p.first[s])?.points ?? 0) : 0), 0);
    spouseLines.push(
      { factor: 'Spouse: education', points: sEducation ? CRS_SPOUSE.education[sEducation] : 0, max: CRS_SPOUSE.educationMax },
      {
        factor: 'Spouse: first official language',
        points: Math.max(...(sLangs?.picks ?? [NO_LANGUAGE]).map(languagePoints)),
        max: CRS_SPOUSE.languageMax,
      },
      {
        factor: 'Spouse: Canadian work experience',
        points: rowFor(CRS_SPOUSE.canadianWork, wholeYears(sWork ?? 0))?.points ?? 0,
        max: CRS_SPOUSE.canadianWorkMax,
      },
    );
  }

  /** Sections A, B, C and D for one choice of language results. */
  const linesFor = ({ first, second, english, french }: LanguagePick): PointsLine[] => {
    // --- A. Core / human capital ---------------------------------------------------------------
    const core: PointsLine[] = [
      { factor: 'Age', points: age === null ? 0 : (CRS_CORE.age[age]?.[k] ?? 0), max: CRS_CORE.ageMax[k] },
      { factor: 'Education', points: education ? CRS_CORE.education[education][k] : 0, max: CRS_CORE.educationMax[k] },
      ...CLB_SKILLS.map(skill => ({
        factor: `First official language: ${skill}`,
        points: first ? row(CRS_CORE.firstLanguage, first[skill]) : 0,
        max: CRS_CORE.firstLanguageMaxPerAbility[k],
      })),
      {
        factor: 'Second official language',
        points: second
          ? Math.min(CRS_CORE.secondLanguageMax[k], CLB_SKILLS.reduce((total, s) => total + row(CRS_CORE.secondLanguage, second[s]), 0))
          : 0,
        max: CRS_CORE.secondLanguageMax[k],
      },
      { factor: 'Canadian work experience', points: row(CRS_CORE.canadianWork, cdnYears), max: CRS_CORE.canadianWorkMax[k] },
    ];

    // --- C. Skill transferability --------------------------------------------------------------
    const T = CRS_TRANSFERABILITY;
    const eduTable = education && ADVANCED.includes(education) ? T.educationAdvanced
      : education && POST_SECONDARY.includes(education) ? T.educationPostSecondary : null;
    const eduPoints = eduTable
      ? languageTier(first, eduTable.language) + canadianWorkTier(cdnYears, eduTable.canadianWork)
      : 0;
    const foreignTable = foreignYears >= 3 ? T.foreignThreePlus : foreignYears >= 1 ? T.foreignOneToTwo : null;
    const foreignPoints = foreignTable
      ? languageTier(first, foreignTable.language) + canadianWorkTier(cdnYears, foreignTable.canadianWork)
      : 0;
    const certificatePoints = !hasTie('trade-certificate') ? 0
      : allAtLeast(first, 7) ? T.certificate.upper
      : allAtLeast(first, 5) ? T.certificate.lower : 0;
    const transferability = capped(
      [
        { factor: 'Skill transferability: education (with language and Canadian work)', points: Math.min(T.groupMax, eduPoints), max: T.groupMax },
        { factor: 'Skill transferability: foreign work experience (with language and Canadian work)', points: Math.min(T.groupMax, foreignPoints), max: T.groupMax },
        { factor: 'Skill transferability: certificate of qualification', points: certificatePoints, max: T.groupMax },
      ],
      T.max,
    );

    // --- D. Additional points ------------------------------------------------------------------
    const A = CRS_ADDITIONAL;
    const frenchPoints = !allAtLeast(french, 7) ? 0 : allAtLeast(english, 5) ? A.frenchAndEnglish : A.frenchOnly;
    const additional = capped(
      [
        { factor: 'Provincial or territorial nomination', points: hasTie('provincial-nomination') ? A.provincialNomination : 0, max: A.provincialNomination },
        { factor: 'French-language ability', points: frenchPoints, max: A.frenchAndEnglish },
        { factor: 'Post-secondary education in Canada', points: canadianEducation, max: A.canadianEducationLong },
        // Applicant's or accompanying spouse's sibling; the case file records siblings as the applicant's ties.
        { factor: 'Sibling in Canada', points: hasTie('sibling') ? A.siblingInCanada : 0, max: A.siblingInCanada },
      ],
      A.max,
    );
    // Shown so the memo explains why an offer changes nothing; IRCC removed these points (2025-03-25).
    if (file.jobOffer?.country === 'CA') {
      additional.push({ factor: 'Arranged employment (no CRS points since 2025-03-25)', points: CRS_ARRANGED_EMPLOYMENT.value ?? 0, max: 0 });
    }
    return [...core, ...spouseLines, ...transferability, ...additional];
  };

  const breakdown = bestBy((langs?.picks ?? [NO_LANGUAGE]).map(linesFor), sum) ?? linesFor(NO_LANGUAGE);
  return {
    total: sum(breakdown),
    breakdown,
    missing: [...new Set(missing)],
    sourceIds: [...new Set(['ca-pts-crs', 'ca-pts-ee-mi', ...(langs?.sourceIds ?? []), ...spouseSources])],
  };
};
