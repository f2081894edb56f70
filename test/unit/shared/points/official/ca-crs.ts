/**
 * IRCC's Comprehensive Ranking System tables, transcribed by hand from the official page for the
 * tests; never import shared/programs here (the point is an independent copy).
 *
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * Transcribed 2026-12-03 (tables as amended by the Ministerial Instructions of 2025-03-25: arranged
 * employment no longer scores).
 */

/** [with spouse, without spouse]. */
export type Pair = readonly [number, number];

/** A. Age, by whole years; every age not listed (17 or less, 45 or more) scores 0. */
export const AGE: Readonly<Record<number, Pair>> = {
  17: [0, 0], 18: [90, 99], 19: [95, 105], 20: [100, 110], 21: [100, 110], 22: [100, 110], 23: [100, 110],
  24: [100, 110], 25: [100, 110], 26: [100, 110], 27: [100, 110], 28: [100, 110], 29: [100, 110],
  30: [95, 105], 31: [90, 99], 32: [85, 94], 33: [80, 88], 34: [75, 83], 35: [70, 77], 36: [65, 72],
  37: [60, 66], 38: [55, 61], 39: [50, 55], 40: [45, 50], 41: [35, 39], 42: [25, 28], 43: [15, 17],
  44: [5, 6], 45: [0, 0], 46: [0, 0],
};

/** A. Level of education, by the case file's level names. */
export const EDUCATION: Readonly<Record<string, Pair>> = {
  none: [0, 0],
  secondary: [28, 30],
  'diploma-1yr': [84, 90],
  'diploma-2yr': [91, 98],
  bachelor: [112, 120],
  'two-or-more': [119, 128],
  master: [126, 135],
  professional: [126, 135],
  doctorate: [140, 150],
};

/** A. First official language, per ability, by CLB level (3 = less than CLB 4). */
export const FIRST_LANGUAGE: Readonly<Record<number, Pair>> = {
  3: [0, 0], 4: [6, 6], 5: [6, 6], 6: [8, 9], 7: [16, 17], 8: [22, 23], 9: [29, 31], 10: [32, 34], 12: [32, 34],
};

/** A. Second official language, per ability, by CLB level; the four together max 22 (spouse) / 24. */
export const SECOND_LANGUAGE: Readonly<Record<number, Pair>> = {
  4: [0, 0], 5: [1, 1], 6: [1, 1], 7: [3, 3], 8: [3, 3], 9: [6, 6], 10: [6, 6],
};
export const SECOND_LANGUAGE_MAX: Pair = [22, 24];

/** A. Canadian work experience, by whole years (0 = less than a year). */
export const CANADIAN_WORK: Readonly<Record<number, Pair>> = {
  0: [0, 0], 1: [35, 40], 2: [46, 53], 3: [56, 64], 4: [63, 72], 5: [70, 80], 6: [70, 80],
};

/** B. Spouse's level of education. */
export const SPOUSE_EDUCATION: Readonly<Record<string, number>> = {
  none: 0, secondary: 2, 'diploma-1yr': 6, 'diploma-2yr': 7, bachelor: 8, 'two-or-more': 9,
  master: 10, professional: 10, doctorate: 10,
};

/** B. Spouse's first official language, per ability, by CLB level. */
export const SPOUSE_LANGUAGE: Readonly<Record<number, number>> = { 4: 0, 5: 1, 6: 1, 7: 3, 8: 3, 9: 5, 10: 5 };

/** B. Spouse's Canadian work experience, by whole years. */
export const SPOUSE_CANADIAN_WORK: Readonly<Record<number, number>> = { 0: 0, 1: 5, 2: 7, 3: 8, 4: 9, 5: 10, 6: 10 };

/**
 * C. Skill transferability. Language column: "CLB 7 or more on all first official language
 * abilities, with one or more under CLB 9" (lower) / "CLB 9 or more on all four" (upper).
 * Canadian work column: 1 year (lower) / 2 years or more (upper).
 */
export const TRANSFER_EDUCATION = {
  /** Secondary school (high school) credential or less. */
  secondaryOrLess: { language: [0, 0], canadianWork: [0, 0] },
  /** Post-secondary program credential of one year or longer. */
  postSecondary: { language: [13, 25], canadianWork: [13, 25] },
  /** Two or more credentials (one 3+ years), master's, entry-to-practice professional or doctoral degree. */
  advanced: { language: [25, 50], canadianWork: [25, 50] },
} as const;

/** C. Foreign work experience: with good language, and with Canadian work. */
export const TRANSFER_FOREIGN = {
  none: { language: [0, 0], canadianWork: [0, 0] },
  /** 1 or 2 years of foreign work experience. */
  oneOrTwo: { language: [13, 25], canadianWork: [13, 25] },
  /** 3 years or more of foreign work experience. */
  threePlus: { language: [25, 50], canadianWork: [25, 50] },
} as const;

/** C. Certificate of qualification: CLB 5+ in all with one or more under 7 / CLB 7+ in all. */
export const TRANSFER_CERTIFICATE: readonly [number, number] = [25, 50];
export const TRANSFER_GROUP_MAX = 50;
export const TRANSFER_MAX = 100;

/** D. Additional points. */
export const ADDITIONAL = {
  siblingInCanada: 15,
  /** NCLC 7+ in all four French abilities and CLB 4 or lower in English (or no English test). */
  frenchOnly: 25,
  /** NCLC 7+ in all four French abilities and CLB 5+ in all four English abilities. */
  frenchAndEnglish: 50,
  /** Post-secondary education in Canada: credential of one or two years. */
  canadianEducationOneOrTwo: 15,
  /** Credential of three years or longer, or a master's, entry-to-practice professional or doctoral degree. */
  canadianEducationThreePlus: 30,
  /** Arranged employment: removed by the Ministerial Instructions of 2025-03-25. */
  arrangedEmployment: 0,
  provincialNomination: 600,
  max: 600,
} as const;
