/**
 * The Federal Skilled Worker 67-point selection grid, transcribed by hand from IRCC's page for the
 * tests (and IRPR ss. 78-83); never import shared/programs here.
 *
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/federal-skilled-workers/six-selection-factors-federal-skilled-workers.html
 * Transcribed 2026-12-03.
 */

/** First official language, per ability, by CLB level (6 = below CLB 7: 0 and not eligible). */
export const FIRST_LANGUAGE: Readonly<Record<number, number>> = { 6: 0, 7: 4, 8: 5, 9: 6, 10: 6 };

/** Second official language: CLB 5 or more in all four abilities gives 4; otherwise 0. */
export const SECOND_LANGUAGE: Readonly<Record<number, number>> = { 4: 0, 5: 4, 9: 4 };

/** Education, by the case file's level names. */
export const EDUCATION: Readonly<Record<string, number>> = {
  none: 0, secondary: 5, 'diploma-1yr': 15, 'diploma-2yr': 19, bachelor: 21, 'two-or-more': 22,
  master: 23, professional: 23, doctorate: 25,
};

/** Skilled work experience in the last 10 years, by whole years. */
export const EXPERIENCE: Readonly<Record<number, number>> = { 0: 0, 1: 9, 2: 11, 3: 11, 4: 13, 5: 13, 6: 15, 7: 15 };

/** Age: 12 from 18 to 35, then one point fewer a year: 36 → 11 … 46 → 1, 47 and over 0. */
export const AGE: Readonly<Record<number, number>> = {
  17: 0, 18: 12, 25: 12, 35: 12, 36: 11, 37: 10, 38: 9, 39: 8, 40: 7, 41: 6, 42: 5, 43: 4, 44: 3, 45: 2,
  46: 1, 47: 0, 48: 0, 60: 0,
};

export const ARRANGED_EMPLOYMENT = 10;

/** Adaptability items (maximum 10 in all). */
export const ADAPTABILITY = {
  /** Spouse's or partner's language: CLB 4 or higher in all four abilities. */
  spouseLanguage: 5,
  /** Your past studies in Canada: at least 2 academic years full-time. */
  ownStudy: 5,
  /** Spouse's past studies in Canada: at least 2 academic years full-time. */
  spouseStudy: 5,
  /** Your past work in Canada: at least 1 year full-time. */
  ownWork: 10,
  /** Spouse's past work in Canada: at least 1 year full-time. */
  spouseWork: 5,
  arrangedEmployment: 5,
  /** A relative (parent, grandparent, child, grandchild, sibling, aunt/uncle, niece/nephew) in Canada. */
  relative: 5,
  max: 10,
} as const;
