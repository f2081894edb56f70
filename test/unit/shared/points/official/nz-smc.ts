/**
 * New Zealand Skilled Migrant Category 6-point table, transcribed by hand for the tests; never import
 * shared/programs here.
 *
 * Source: INZ Operational Manual SR3.25 "Skill categories" and SR3.30 (NZ skilled work experience),
 * https://immigration.govt.nz/opsmanual/80474.htm (settings in force from 2023-10-09; transcribed 2026-12-03).
 * Median wage: NZD 33.56 an hour from 2025-08-18,
 * https://www.immigration.govt.nz/work/requirements-for-work-visas/median-wage (transcribed 2026-12-03).
 */

export const PASS_MARK = 6;

/** Occupational registration, by the years of training or experience full registration requires. */
export const REGISTRATION: Readonly<Record<number, number>> = { 1: 0, 2: 3, 3: 3, 4: 4, 5: 5, 6: 6, 8: 6 };

/**
 * Qualification, by the case file's level names (L10 doctoral 6, L9 master's 5, L7 bachelor's 3).
 * Level 8 (honours, postgraduate diploma: 4) has no level in the case file.
 */
export const QUALIFICATION: Readonly<Record<string, number>> = { doctorate: 6, master: 5, bachelor: 3, 'diploma-2yr': 0, secondary: 0 };

/** Income, by multiple of the median wage: 1.5× 3, 2× 4, 3× 6. */
export const INCOME: readonly (readonly [multiple: number, points: number])[] = [[1.5, 3], [2, 4], [3, 6]];
export const MEDIAN_WAGE_NZD_PER_HOUR = 33.56;
/** INZ states annual equivalents on 40 hours a week, 52 weeks. */
export const HOURS_A_YEAR = 40 * 52;

/** New Zealand skilled work experience: 1 point a year, at most 3. */
export const EXPERIENCE: Readonly<Record<number, number>> = { 0: 0, 1: 1, 2: 2, 3: 3, 4: 3 };
