/**
 * Canada's points tables as data: the Express Entry Comprehensive Ranking System (CRS), the Federal
 * Skilled Worker 67-point selection grid, and IRCC's language-test → CLB equivalency charts.
 * The calculators in shared/rules/points and shared/rules/language read these; no figure lives in code.
 *
 * The CRS tables are the version in force since the Ministerial Instructions of 2025-03-25 (no
 * arranged-employment points). A reported "high-wage occupation" factor is recorded as unknown below.
 */
import { TEF_NEW_SCALE_FROM, type EducationLevel, type LanguageTest } from '../case-file';
import type { Fact, Source } from './types';

/** Every source behind the Canadian points tables. */
export const CA_POINTS_SOURCES: Source[] = [
  {
    // Tables cross-checked against two reproductions (focalpointcanadaimmigration.ca grid,
    // shreejioverseas.in) and the Ministerial Instructions' own education text (quoted on canadavisa.com).
    id: 'ca-pts-crs',
    title: 'IRCC: Comprehensive Ranking System (CRS) criteria – Express Entry',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html',
    asOf: '2025-03-25',
    confidence: 'confirmed',
  },
  {
    id: 'ca-pts-ee-mi',
    title: 'IRCC: Ministerial Instructions respecting the Express Entry system (version of 2025-03-25: arranged-employment points removed)',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html',
    asOf: '2025-03-25',
    confidence: 'confirmed',
  },
  {
    // Official page as reproduced by go4visa.com; the points themselves are IRPR ss. 78-83 (next source).
    id: 'ca-pts-fsw',
    title: 'IRCC: Six selection factors – Federal Skilled Worker Program (Express Entry)',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/federal-skilled-workers/six-selection-factors-federal-skilled-workers.html',
    asOf: '2022-11-16',
    confidence: 'confirmed',
  },
  {
    id: 'ca-pts-irpr',
    title: 'Immigration and Refugee Protection Regulations (SOR/2002-227), ss. 75-83: federal skilled worker class',
    url: 'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/',
    asOf: '2022-11-16',
    confidence: 'confirmed',
  },
  {
    // Official chart, cross-checked against reproductions (van-gate.ca, gbpei.com for TEF, ewicsgroup.com for TCF).
    id: 'ca-pts-clb',
    title: 'IRCC: Language test equivalency charts (CELPIP-G, IELTS General Training, TEF Canada, TCF Canada)',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/standard-requirements/language-requirements/test-equivalency-charts.html',
    asOf: '2025-03-26',
    confidence: 'confirmed',
  },
  {
    // Two independent reproductions of the official page agree row for row (github.com/ranjan-expatready/Neuron,
    // clb_tables.md, accessed 2025-12-07; and a CLB converter citing the same IRCC tables).
    id: 'ca-pts-tef-2023',
    title:
      'IRCC: Find your language level (TEF Canada: one chart for tests taken after 2023-12-10, on the 0–699 scale; another for tests from 2019-10-01 to 2023-12-10)',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/study-canada/work/after-graduation/eligibility/language-results.html',
    asOf: '2025-12-07',
    confidence: 'confirmed',
  },
  {
    id: 'ca-pts-tef-score',
    title: 'Lighthouse Immigration Law: IRCC converts TEF Canada results by the "Équivalence ancien score" column, not the /699 score',
    url: 'https://www.lighthouseimmigrationlaw.com/post/tef-language-score-confusion',
    asOf: '2024-05-06',
    confidence: 'reported',
  },
  {
    // Not read on canada.ca; two secondary reproductions agree row for row.
    id: 'ca-pts-clb-pte',
    title: 'PTE Core → CLB equivalency (reproduction of the IRCC/Pearson chart; also abroad-education.inblog.io)',
    url: 'https://englishwise.com.au/pte-core-band-score-chart-pte-score-table-breakdown',
    asOf: '2024-01-01',
    confidence: 'reported',
  },
  {
    id: 'ca-pts-high-wage-2026',
    title: 'IRCC consultation on Express Entry reform: proposed high-wage occupation CRS factor (reported by iCA Immigration)',
    url: 'https://www.ica-immigration.ca/canada-s-express-entry-high-wage-occupation-factor-2026-guide',
    asOf: '2026-04-23',
    confidence: 'unconfirmed',
  },
];

// ---------------------------------------------------------------------------------------------
// Language → CLB
// ---------------------------------------------------------------------------------------------

export type ClbSkill = 'listening' | 'reading' | 'writing' | 'speaking';
/** Lowest score that earns `clb`; bands run from the highest level down. */
export type ClbBand = { clb: number; min: number };
export type ClbTable = {
  language: 'en' | 'fr';
  sourceId: string;
  /** Tests taken on or after this date use this chart; absent: tests of any date. */
  from?: string;
  bands: Readonly<Record<ClbSkill, readonly ClbBand[]>>;
};

/** Builds bands from minimum scores listed for CLB 10, 9, 8, … downwards. */
function bands(...mins: number[]): ClbBand[] {
  return mins.map((min, i) => ({ clb: 10 - i, min }));
}

/**
 * IRCC's equivalency charts, by test, newest first: a result is converted with the first chart whose
 * `from` its test date reaches (the scale in force on the test date). IELTS Academic is absent on
 * purpose: IRCC does not accept it for economic immigration. TEF Canada has two: tests taken from
 * 2023-12-11 are scored 0–699 per ability with IRCC's own bands; earlier tests are entered and
 * converted as the "Équivalence ancien score" (old scale: listening /360, reading /300, writing and
 * speaking /450), which is what IRCC converted for them.
 */
export const CLB_TABLES: Partial<Record<LanguageTest, readonly ClbTable[]>> = {
  'IELTS-GT': [{
    language: 'en',
    sourceId: 'ca-pts-clb',
    bands: {
      listening: bands(8.5, 8, 7.5, 6, 5.5, 5, 4.5),
      reading: bands(8, 7, 6.5, 6, 5, 4, 3.5),
      writing: bands(7.5, 7, 6.5, 6, 5.5, 5, 4),
      speaking: bands(7.5, 7, 6.5, 6, 5.5, 5, 4),
    },
  }],
  // CELPIP levels equal CLB levels from 4 to 10; 11 and 12 count as CLB 10.
  'CELPIP-G': [{
    language: 'en',
    sourceId: 'ca-pts-clb',
    bands: {
      listening: bands(10, 9, 8, 7, 6, 5, 4),
      reading: bands(10, 9, 8, 7, 6, 5, 4),
      writing: bands(10, 9, 8, 7, 6, 5, 4),
      speaking: bands(10, 9, 8, 7, 6, 5, 4),
    },
  }],
  // The PTE Core chart also lists CLB 3.
  'PTE-Core': [{
    language: 'en',
    sourceId: 'ca-pts-clb-pte',
    bands: {
      listening: bands(89, 82, 71, 60, 50, 39, 28, 18),
      reading: bands(88, 78, 69, 60, 51, 42, 33, 24),
      writing: bands(90, 88, 79, 69, 60, 51, 41, 32),
      speaking: bands(89, 84, 76, 68, 59, 51, 42, 34),
    },
  }],
  TEF: [
    {
      language: 'fr',
      sourceId: 'ca-pts-tef-2023',
      from: TEF_NEW_SCALE_FROM,
      bands: {
        listening: bands(546, 503, 462, 434, 393, 352, 306),
        reading: bands(546, 503, 462, 434, 393, 352, 306),
        writing: bands(558, 512, 472, 428, 379, 330, 268),
        speaking: bands(556, 518, 494, 456, 422, 387, 328),
      },
    },
    {
      language: 'fr',
      sourceId: 'ca-pts-clb',
      bands: {
        listening: bands(316, 298, 280, 249, 217, 181, 145),
        reading: bands(263, 248, 233, 207, 181, 151, 121),
        writing: bands(393, 371, 349, 310, 271, 226, 181),
        speaking: bands(393, 371, 349, 310, 271, 226, 181),
      },
    },
  ],
  TCF: [{
    language: 'fr',
    sourceId: 'ca-pts-clb',
    bands: {
      listening: bands(549, 523, 503, 458, 398, 369, 331),
      reading: bands(549, 524, 499, 453, 406, 375, 342),
      writing: bands(16, 14, 12, 10, 7, 6, 4),
      speaking: bands(16, 14, 12, 10, 7, 6, 4),
    },
  }],
};

// ---------------------------------------------------------------------------------------------
// CRS
// ---------------------------------------------------------------------------------------------

/** Points with and without an accompanying spouse or common-law partner. */
export type SpousePair = { withSpouse: number; withoutSpouse: number };
/** A row that applies from `min` upwards (CLB level or whole years); rows run from highest down. */
export type MinRow<T> = { min: number } & T;

const pair = (withSpouse: number, withoutSpouse: number): SpousePair => ({ withSpouse, withoutSpouse });

/** A. Core / human capital factors (max 460 with spouse, 500 without). */
export const CRS_CORE = {
  sourceId: 'ca-pts-crs',
  /** By age in whole years; ages not listed (17 or less, 45 or more) score 0. */
  age: {
    18: pair(90, 99), 19: pair(95, 105), 20: pair(100, 110), 21: pair(100, 110), 22: pair(100, 110),
    23: pair(100, 110), 24: pair(100, 110), 25: pair(100, 110), 26: pair(100, 110), 27: pair(100, 110),
    28: pair(100, 110), 29: pair(100, 110), 30: pair(95, 105), 31: pair(90, 99), 32: pair(85, 94),
    33: pair(80, 88), 34: pair(75, 83), 35: pair(70, 77), 36: pair(65, 72), 37: pair(60, 66),
    38: pair(55, 61), 39: pair(50, 55), 40: pair(45, 50), 41: pair(35, 39), 42: pair(25, 28),
    43: pair(15, 17), 44: pair(5, 6),
  } as Readonly<Record<number, SpousePair>>,
  ageMax: pair(100, 110),
  education: {
    none: pair(0, 0),
    secondary: pair(28, 30),
    'diploma-1yr': pair(84, 90),
    'diploma-2yr': pair(91, 98),
    bachelor: pair(112, 120),
    'two-or-more': pair(119, 128),
    master: pair(126, 135),
    professional: pair(126, 135),
    doctorate: pair(140, 150),
  } as Readonly<Record<EducationLevel, SpousePair>>,
  educationMax: pair(140, 150),
  /** First official language, per ability; below CLB 4 scores 0. */
  firstLanguage: [
    { min: 10, ...pair(32, 34) },
    { min: 9, ...pair(29, 31) },
    { min: 8, ...pair(22, 23) },
    { min: 7, ...pair(16, 17) },
    { min: 6, ...pair(8, 9) },
    { min: 4, ...pair(6, 6) },
  ] as readonly MinRow<SpousePair>[],
  firstLanguageMaxPerAbility: pair(32, 34),
  /** Second official language, per ability; CLB 4 or less scores 0. The four together are capped. */
  secondLanguage: [
    { min: 9, ...pair(6, 6) },
    { min: 7, ...pair(3, 3) },
    { min: 5, ...pair(1, 1) },
  ] as readonly MinRow<SpousePair>[],
  secondLanguageMax: pair(22, 24),
  /** Canadian skilled work experience, in whole years. */
  canadianWork: [
    { min: 5, ...pair(70, 80) },
    { min: 4, ...pair(63, 72) },
    { min: 3, ...pair(56, 64) },
    { min: 2, ...pair(46, 53) },
    { min: 1, ...pair(35, 40) },
  ] as readonly MinRow<SpousePair>[],
  canadianWorkMax: pair(70, 80),
} as const;

/** B. Spouse or common-law partner factors (max 40). */
export const CRS_SPOUSE = {
  sourceId: 'ca-pts-crs',
  education: {
    none: 0, secondary: 2, 'diploma-1yr': 6, 'diploma-2yr': 7, bachelor: 8, 'two-or-more': 9,
    master: 10, professional: 10, doctorate: 10,
  } as Readonly<Record<EducationLevel, number>>,
  educationMax: 10,
  /** Spouse's first official language, per ability (max 5 each, 20 in all). */
  language: [{ min: 9, points: 5 }, { min: 7, points: 3 }, { min: 5, points: 1 }] as readonly MinRow<{ points: number }>[],
  languageMax: 20,
  canadianWork: [
    { min: 5, points: 10 }, { min: 4, points: 9 }, { min: 3, points: 8 }, { min: 2, points: 7 }, { min: 1, points: 5 },
  ] as readonly MinRow<{ points: number }>[],
  canadianWorkMax: 10,
} as const;

/** Lower / upper tier of a transferability combination. */
export type Tiers = { lower: number; upper: number };

/**
 * C. Skill transferability (max 100). Education combinations together max 50; foreign-work
 * combinations together max 50; certificate of qualification max 50.
 * Language tiers: lower = CLB 7+ in all four abilities with one or more under 9; upper = CLB 9+ in all.
 * Canadian-work tiers: lower = 1 year; upper = 2 years or more.
 */
export const CRS_TRANSFERABILITY = {
  sourceId: 'ca-pts-crs',
  /** Post-secondary credential of one year or longer (1-yr, 2-yr, bachelor's). */
  educationPostSecondary: { language: { lower: 13, upper: 25 }, canadianWork: { lower: 13, upper: 25 } },
  /** Two or more credentials (one 3+ years), master's, professional or doctoral degree. */
  educationAdvanced: { language: { lower: 25, upper: 50 }, canadianWork: { lower: 25, upper: 50 } },
  /** Foreign skilled work of 1 or 2 years. */
  foreignOneToTwo: { language: { lower: 13, upper: 25 }, canadianWork: { lower: 13, upper: 25 } },
  /** Foreign skilled work of 3 years or more. */
  foreignThreePlus: { language: { lower: 25, upper: 50 }, canadianWork: { lower: 25, upper: 50 } },
  /** Certificate of qualification: lower = CLB 5+ in all with one or more under 7; upper = CLB 7+ in all. */
  certificate: { lower: 25, upper: 50 },
  groupMax: 50,
  max: 100,
} as const;

/** D. Additional points (max 600). */
export const CRS_ADDITIONAL = {
  sourceId: 'ca-pts-crs',
  provincialNomination: 600,
  siblingInCanada: 15,
  /** NCLC 7+ in all four French abilities and CLB 4 or lower in English (or no English test). */
  frenchOnly: 25,
  /** NCLC 7+ in all four French abilities and CLB 5+ in all four English abilities. */
  frenchAndEnglish: 50,
  /** Canadian post-secondary credential of one or two years. */
  canadianEducationShort: 15,
  /** Canadian credential of three years or longer, or a master's, professional or doctoral degree. */
  canadianEducationLong: 30,
  max: 600,
} as const;

/** Arranged employment earns no CRS points for invitations issued from 2025-03-25. */
export const CRS_ARRANGED_EMPLOYMENT: Fact<number> = {
  value: 0,
  sourceId: 'ca-pts-ee-mi',
  note: 'Removed by the Ministerial Instructions of 2025-03-25 (was 50, or 200 for NOC TEER 0 major group 00); IRCC called it temporary.',
};

/** Reported new factor; its points could not be sourced, and the case file has no occupation code to score it. */
export const CRS_HIGH_WAGE_OCCUPATION: Fact<number> = {
  value: null,
  unknown:
    'IRCC consulted (April-May 2026) on CRS points for Canadian work or a job offer in occupations paid 1.3x, 1.5x or 2x the national median wage; one secondary source says it took effect 2026-11-03, but no source states the points.',
  sourceId: 'ca-pts-high-wage-2026',
};

// ---------------------------------------------------------------------------------------------
// FSW 67-point grid (IRPR ss. 78-83)
// ---------------------------------------------------------------------------------------------

export const FSW_GRID = {
  sourceId: 'ca-pts-fsw',
  passMark: 67,
  /** First official language, per ability (max 24); below CLB 7 scores 0 and fails the minimum. */
  firstLanguage: [{ min: 9, points: 6 }, { min: 8, points: 5 }, { min: 7, points: 4 }] as readonly MinRow<{ points: number }>[],
  firstLanguageMaxPerAbility: 6,
  /** Second official language: CLB 5 or more in all four abilities. */
  secondLanguage: { minClb: 5, points: 4 },
  education: {
    none: 0, secondary: 5, 'diploma-1yr': 15, 'diploma-2yr': 19, bachelor: 21, 'two-or-more': 22,
    master: 23, professional: 23, doctorate: 25,
  } as Readonly<Record<EducationLevel, number>>,
  educationMax: 25,
  /** Skilled work in the last 10 years, in whole years. */
  experience: [{ min: 6, points: 15 }, { min: 4, points: 13 }, { min: 2, points: 11 }, { min: 1, points: 9 }] as readonly MinRow<{ points: number }>[],
  experienceWithinYears: 10,
  experienceMax: 15,
  /** 12 points from 18 to 35, one fewer each year to 1 point at 46, 0 from 47 and under 18. */
  age: { fullFrom: 18, fullTo: 35, full: 12, zeroFrom: 47 },
  ageMax: 12,
  arrangedEmployment: 10,
  adaptability: {
    spouseLanguageClb4: 5,
    ownStudyInCanada: 5,
    spouseStudyInCanada: 5,
    ownWorkInCanada: 10,
    spouseWorkInCanada: 5,
    arrangedEmployment: 5,
    relativeInCanada: 5,
    /** Minimum full-time study in Canada (academic years) and work in Canada (years) that count. */
    studyYears: 2,
    workYears: 1,
    max: 10,
  },
  /** Minimum requirements (IRPR s. 75): 1 year continuous skilled work in 10 years, CLB 7 in all four. */
  minimum: { workYears: 1, withinYears: 10, clb: 7, sourceId: 'ca-pts-irpr' },
} as const;
