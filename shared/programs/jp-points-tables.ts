/**
 * Japan Highly Skilled Professional points, category (ii) "advanced specialized/technical
 * activities" (高度専門職1号ロ), from the Immigration Services Agency's points calculation table.
 * 70 points qualify; 80 open permanent residence after 1 year (70 after 3).
 */
import type { Money } from '../case-file';
import type { Fact, Source } from './types';

/** Sources for the HSP points (ids prefixed `jp-hsp-`). */
export const JP_POINTS_SOURCES: readonly Source[] = [
  {
    id: 'jp-hsp-isa-table',
    title: 'Immigration Services Agency of Japan: Points calculation table for Highly Skilled Professionals',
    url: 'https://www.moj.go.jp/isa/content/001398892.pdf',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'jp-hsp-table-ro',
    title: 'Tatsumi Gyoseishoshi: 高度専門職ポイント計算表 (academic, career, salary by age band, age, research, bonuses)',
    url: 'https://tatsumi-office.jp/?p=319',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'jp-hsp-bonuses',
    title: 'Access Tokyo: HSP special additions (Japanese degree 10, JLPT N1 15, N2 10 unless the degree or N1 points apply)',
    url: 'https://access-tokyo.jp/status-of-residence-list/highly-skilled-professional/advanced-academic-research',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'jp-hsp-university-bonus',
    title: 'visa365jp: 高度専門職1号ロのポイント計算 (Japanese university 10; university top-300 in two rankings 10)',
    url: 'https://visa365jp.com/column/highyskilled1/',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'jp-hsp-min-salary',
    title: 'Yuto: HSP points calculation (annual salary under JPY 3 million fails (ii) whatever the points)',
    url: 'https://yutojp.com/ja/articles/how-to-calculate-points-for-highly-skilled-professional-visa',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'jp-hsp-pr-thresholds',
    title: 'Trust Gyosei: HSP points (70 points: permanent residence after 3 years; 80 points: after 1 year)',
    url: 'https://trust-gyosei.com/koudosenmon-point-calculation',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
];

type Row = { points: number; sourceId: string };

/** Points that qualify for HSP, and for permanent residence after one year. */
export const JP_HSP_THRESHOLDS: { hsp: Fact<number>; fastPermanentResidence: Fact<number> } = {
  hsp: { value: 70, sourceId: 'jp-hsp-isa-table' },
  fastPermanentResidence: { value: 80, sourceId: 'jp-hsp-pr-thresholds' },
};

/** Category (ii) needs a salary of at least JPY 3 million, whatever the points. */
export const JP_HSP_MIN_SALARY: Fact<Money> = {
  value: { amount: 3_000_000, currency: 'JPY' },
  sourceId: 'jp-hsp-min-salary',
};

/** Academic background, highest degree only (+5 for degrees in two or more fields). */
export const JP_HSP_ACADEMIC = {
  doctorate: { points: 30, sourceId: 'jp-hsp-table-ro' },
  /** A professional degree in business management (MBA, MOT). */
  mbaMot: { points: 25, sourceId: 'jp-hsp-table-ro' },
  /** A master's or another professional degree. */
  master: { points: 20, sourceId: 'jp-hsp-table-ro' },
  bachelor: { points: 10, sourceId: 'jp-hsp-table-ro' },
  /** Two or more doctor's, master's or professional degrees in different fields. */
  multipleFields: { points: 5, sourceId: 'jp-hsp-table-ro' },
} as const satisfies Record<string, Row>;

/** Years of experience in the intended work, highest first. */
export const JP_HSP_CAREER: readonly { minYears: number; row: Row }[] = [
  { minYears: 10, row: { points: 20, sourceId: 'jp-hsp-table-ro' } },
  { minYears: 7, row: { points: 15, sourceId: 'jp-hsp-table-ro' } },
  { minYears: 5, row: { points: 10, sourceId: 'jp-hsp-table-ro' } },
  { minYears: 3, row: { points: 5, sourceId: 'jp-hsp-table-ro' } },
];

/**
 * Annual salary (JPY), highest first. `under` is the age (exclusive) below which a band scores:
 * 7–8M and 6–7M score under 40, 5–6M under 35, 4–5M under 30; 8M and above at any age.
 */
export const JP_HSP_SALARY: readonly { minJpy: number; under?: number; row: Row }[] = [
  { minJpy: 10_000_000, row: { points: 40, sourceId: 'jp-hsp-table-ro' } },
  { minJpy: 9_000_000, row: { points: 35, sourceId: 'jp-hsp-table-ro' } },
  { minJpy: 8_000_000, row: { points: 30, sourceId: 'jp-hsp-table-ro' } },
  { minJpy: 7_000_000, under: 40, row: { points: 25, sourceId: 'jp-hsp-table-ro' } },
  { minJpy: 6_000_000, under: 40, row: { points: 20, sourceId: 'jp-hsp-table-ro' } },
  { minJpy: 5_000_000, under: 35, row: { points: 15, sourceId: 'jp-hsp-table-ro' } },
  { minJpy: 4_000_000, under: 30, row: { points: 10, sourceId: 'jp-hsp-table-ro' } },
];

/** Age at the application (assessment) date; `under` is exclusive. */
export const JP_HSP_AGE: readonly { under: number; row: Row }[] = [
  { under: 30, row: { points: 15, sourceId: 'jp-hsp-table-ro' } },
  { under: 35, row: { points: 10, sourceId: 'jp-hsp-table-ro' } },
  { under: 40, row: { points: 5, sourceId: 'jp-hsp-table-ro' } },
];

/** Bonus items the case file can decide. */
export const JP_HSP_BONUS = {
  /** Research achievements: a patented invention, or 3+ papers in academic databases, etc. */
  research: { points: 15, sourceId: 'jp-hsp-table-ro' },
  /** A degree from a Japanese university or graduate school. */
  japaneseDegree: { points: 10, sourceId: 'jp-hsp-bonuses' },
  /** JLPT N1 (or a Japanese major at a foreign university). */
  jlptN1: { points: 15, sourceId: 'jp-hsp-bonuses' },
  /** JLPT N2, unless the Japanese-degree or N1 points are claimed. */
  jlptN2: { points: 10, sourceId: 'jp-hsp-bonuses' },
  /** Graduate of a university ranked top-300 in two rankings (or on the ISA's list). */
  topUniversity: { points: 10, sourceId: 'jp-hsp-university-bonus' },
} as const satisfies Record<string, Row>;

/** What counts as research achievements from the case file's counts. */
export const JP_HSP_RESEARCH_MIN: { patents: Fact<number>; publications: Fact<number> } = {
  patents: { value: 1, sourceId: 'jp-hsp-table-ro' },
  publications: { value: 3, sourceId: 'jp-hsp-table-ro', note: 'Papers in journals listed in academic databases.' },
};
