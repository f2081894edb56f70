/**
 * Japan's Highly Skilled Professional points table, category "advanced specialized/technical
 * activities" (高度専門職1号ロ), transcribed by hand for the tests; never import shared/programs here.
 *
 * Source: Immigration Services Agency of Japan, Points calculation table,
 * https://www.moj.go.jp/isa/content/001398892.pdf (transcribed 2026-12-03).
 */

/** Points that qualify, and the score that opens permanent residence after one year (70: after three). */
export const PASS_MARK = 70;
export const FAST_PERMANENT_RESIDENCE = 80;

/** Academic background: the highest degree only. */
export const ACADEMIC = {
  doctorate: 30,
  /** Professional degree in business management (MBA, MOT). */
  mbaMot: 25,
  /** Master's degree, including other professional degrees. */
  master: 20,
  bachelor: 10,
  /** Bonus: degrees (doctor's, master's or professional) in two or more fields. */
  multipleFields: 5,
} as const;

/** Professional career in the intended work, by whole years: 3+ 5, 5+ 10, 7+ 15, 10+ 20. */
export const CAREER: Readonly<Record<number, number>> = { 2: 0, 3: 5, 4: 5, 5: 10, 6: 10, 7: 15, 9: 15, 10: 20, 12: 20 };

/**
 * Annual salary (JPY million, lower bound of the band) × age column: up to 29, 30-34, 35-39, 40+.
 * 0 = the band scores nothing at that age ("-" in the table).
 */
export const SALARY: Readonly<Record<number, readonly [number, number, number, number]>> = {
  10: [40, 40, 40, 40],
  9: [35, 35, 35, 35],
  8: [30, 30, 30, 30],
  7: [25, 25, 25, 0],
  6: [20, 20, 20, 0],
  5: [15, 15, 0, 0],
  4: [10, 0, 0, 0],
  3: [0, 0, 0, 0],
};
/** Category (ii) needs at least JPY 3 million a year whatever the points. */
export const MIN_SALARY_JPY = 3_000_000;

/** Age at the application: up to 29 15, 30-34 10, 35-39 5, 40+ 0. */
export const AGE: Readonly<Record<number, number>> = { 25: 15, 29: 15, 30: 10, 34: 10, 35: 5, 39: 5, 40: 0, 50: 0 };

/** Bonus items the case file can decide. */
export const BONUS = {
  /** Research achievements: a patented invention (1+), or 3+ papers in academic databases. */
  research: 15,
  /** Degree from a Japanese university or graduate school. */
  japaneseDegree: 10,
  /** JLPT N1, or a Japanese major at a foreign university. */
  jlptN1: 15,
  /** JLPT N2, not with the Japanese-degree or N1 points. */
  jlptN2: 10,
  /** Graduate of a university ranked in two of the listed world rankings (or on the ISA's list). */
  topUniversity: 10,
} as const;
