/**
 * New Zealand Skilled Migrant Category (SMC) 6-point table: points from ONE skill category
 * (occupational registration, qualification or income) plus NZ skilled work experience.
 *
 * The values are the last confirmed table, INZ operational manual SR3.25 (the settings in force
 * from 2023-10-09). New SMC settings took effect on 2026-08-24; their points values were not found
 * (searched again 2026-11-29), so this table is still applied after that date, flagged unconfirmed.
 */
import type { EducationLevel } from '../case-file';
import type { Fact, Source } from './types';

/** Sources for the SMC points (ids prefixed `nz-`). */
export const NZ_POINTS_SOURCES: readonly Source[] = [
  {
    id: 'nz-smc-sr325',
    title: 'INZ Operational Manual SR3.25 Skill categories (income, registration, qualification points)',
    url: 'https://immigration.govt.nz/opsmanual/80474.htm',
    asOf: '2024-02-28',
    confidence: 'confirmed',
  },
  {
    id: 'nz-smc-experience-points',
    title: 'Lifetimes: Skilled Migrant Category points (1 point per year of NZ skilled work experience, max 3)',
    url: 'https://www.lifetimes.co.nz/blog/immigration-moving/skilled-migrant-category-points-eligibility-process',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'nz-smc-experience-window',
    title: 'Visa Matters: NZ work experience counts for SMC points only if gained within the last five years',
    url: 'https://visamatters.co.nz/articles/winners-and-losers-in-the-revamped-skilled-migrant-residence-category/',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
  {
    id: 'nz-median-wage-2025',
    title: 'Pinnacle Immigration Advisers: median wage for immigration NZD 33.56/hour from 18 August 2025',
    url: 'https://www.pinnacleimmigrationadvisers.co.nz/skilled-migrant-category-2024-2026-whats-changed-and-what-it-means-for-you',
    asOf: '2025-08-18',
    confidence: 'reported',
  },
  {
    id: 'nz-wage-annual-equivalent',
    title: 'go4nz: INZ states wage thresholds per hour with the annual equivalent on a 40-hour week',
    url: 'https://www.go4nz.co.nz/en-migrate-to-newzealand/skilled-migrant/',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
  {
    id: 'nz-smc-2026-changes',
    title: 'INZ: SMC changes from 24 August 2026 (Skilled Work Experience and Trades & Technician pathways); new points values not found',
    url: 'https://www.immigration.govt.nz/live/resident-visas-to-live-in-new-zealand/skilled-residence-pathways-in-new-zealand/skilled-migrant-category-pathway-to-residence/eligible-roles-for-the-smc-trades-and-technician-pathway-august-2026/',
    asOf: '2026-03-05',
    confidence: 'reported',
  },
];

/** The 6-point pass mark. */
export const NZ_SMC_PASS_MARK: Fact<number> = { value: 6, sourceId: 'nz-smc-sr325' };

/**
 * The date the new SMC settings took effect. On or after it this table is the last confirmed one,
 * not the current one: the calculator then cites `nz-smc-2026-changes` (unconfirmed).
 */
export const NZ_SMC_CHANGE_DATE: Fact<string> = {
  value: '2026-08-24',
  sourceId: 'nz-smc-2026-changes',
  note: 'Reported changes: more points for NZ university qualifications and 2 (not 3) years of NZ experience for most pathways; exact points not found.',
};

/** Most points one skill category gives. */
export const NZ_SMC_SKILL_MAX: Fact<number> = { value: 6, sourceId: 'nz-smc-sr325' };

type Row = { points: number; sourceId: string };

/**
 * Qualification points by the case file's education level (SR3.25.5: L10 doctoral 6, L9 master's 5,
 * L8 honours / PG diploma 4, L7 bachelor's 3). The case file has no honours level, and a licensed
 * professional degree is counted at the bachelor's step until an NZQA assessment says otherwise.
 */
export const NZ_SMC_QUALIFICATION: Readonly<Partial<Record<EducationLevel, Row>>> = {
  doctorate: { points: 6, sourceId: 'nz-smc-sr325' },
  master: { points: 5, sourceId: 'nz-smc-sr325' },
  professional: { points: 3, sourceId: 'nz-smc-sr325' },
  'two-or-more': { points: 3, sourceId: 'nz-smc-sr325' },
  bachelor: { points: 3, sourceId: 'nz-smc-sr325' },
};

/** Income points by multiple of the median wage (SR3.25.1), highest first. */
export const NZ_SMC_INCOME: readonly { multiple: number; row: Row }[] = [
  { multiple: 3, row: { points: 6, sourceId: 'nz-smc-sr325' } },
  { multiple: 2, row: { points: 4, sourceId: 'nz-smc-sr325' } },
  { multiple: 1.5, row: { points: 3, sourceId: 'nz-smc-sr325' } },
];

/**
 * Occupational registration points by years of training/experience needed for full NZ
 * registration (≥6: 6, 5: 5, 4: 4, 2–3: 3), from the case file's `registrations`.
 */
export const NZ_SMC_REGISTRATION: readonly { minYears: number; row: Row }[] = [
  { minYears: 6, row: { points: 6, sourceId: 'nz-smc-sr325' } },
  { minYears: 5, row: { points: 5, sourceId: 'nz-smc-sr325' } },
  { minYears: 4, row: { points: 4, sourceId: 'nz-smc-sr325' } },
  { minYears: 2, row: { points: 3, sourceId: 'nz-smc-sr325' } },
];

/** Median wage for residence, NZD per hour (from 2025-08-18; no 2026 update found). */
export const NZ_MEDIAN_WAGE: Fact<{ amount: number; currency: 'NZD'; per: 'hour' }> = {
  value: { amount: 33.56, currency: 'NZD', per: 'hour' },
  sourceId: 'nz-median-wage-2025',
  note: 'Set 2025-08-18; no later update was found as of 2026-11-29.',
};

/**
 * Hours a year used to compare an annual salary with the hourly thresholds: INZ quotes annual
 * equivalents on a 40-hour week (52 weeks). The case file records no hours for the offer.
 */
export const NZ_ANNUAL_HOURS: Fact<number> = {
  value: 40 * 52,
  sourceId: 'nz-wage-annual-equivalent',
  note: 'Assumes a 40-hour week; INZ assesses the hourly rate actually paid.',
};

/** NZ skilled work experience: 1 point a year, at most 3, gained within the last 5 years. */
export const NZ_SMC_EXPERIENCE: { pointsPerYear: Row; maxPoints: Row; withinYears: Fact<number> } = {
  pointsPerYear: { points: 1, sourceId: 'nz-smc-experience-points' },
  maxPoints: { points: 3, sourceId: 'nz-smc-experience-points' },
  withinYears: { value: 5, sourceId: 'nz-smc-experience-window' },
};
