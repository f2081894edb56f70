/**
 * Germany's Opportunity Card (Chancenkarte) points table: § 20b(1) AufenthG and the table in the
 * Annex to the AufenthG (in force since 2024-06-01). Within a row only the highest step counts.
 */
import type { EducationLevel } from '../case-file';
import type { Cefr, Fact, Source } from './types';

/** Sources for the Opportunity Card points (ids prefixed `de-oc-`). */
export const DE_POINTS_SOURCES: readonly Source[] = [
  {
    id: 'de-oc-aufenthg-20b',
    title: '§ 20b AufenthG: Punktevergabe für die Chancenkarte (consolidated text, Stand 2024-07-01)',
    url: 'https://deubner-recht.de/produkte/arbeitsrecht/doc/-20-b-aufenthg-punktevergabe-fuer-die-chancenkarte-verordnungsermaechtigung-871195',
    asOf: '2024-07-01',
    confidence: 'confirmed',
  },
  {
    id: 'de-oc-annex-table',
    title: 'Anlage AufenthG (zu § 20a Abs. 3 Nr. 2, § 20b): points per criterion, minimum 6 (buzer.de, as amended 2024-10-25)',
    url: 'https://buzer.de/Anlage_AufenthG.htm',
    asOf: '2024-10-25',
    confidence: 'confirmed',
  },
  {
    id: 'de-oc-points-guide',
    title: 'Riemenschneider Legal: Chancenkarte Deutschland 2025, das Punktesystem (experience windows, language and age steps)',
    url: 'https://riemenschneider.legal/opportunity-card-chancenkarte-germany-2025-the-points-system-in-plain-language',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'de-oc-entry-requirements',
    title: 'German Embassy Bucharest: Chancenkarte im Punktesystem gem. § 20b AufenthG (documents; German A1 or English B2)',
    url: 'https://rumaenien.diplo.de/ro-de/service/05-VisaEinreise/-/2660612',
    asOf: '2024-06-06',
    confidence: 'confirmed',
  },
];

/** The minimum points score for a points-based Opportunity Card (Annex: "Mindestpunktzahl"). */
export const DE_OC_PASS_MARK: Fact<number> = { value: 6, sourceId: 'de-oc-annex-table' };

/** A row of the table: the points and the source that states them. */
type Row = { points: number; sourceId: string };

/** Points per criterion. Values: Annex table; conditions: § 20b(1) and the guide. */
export const DE_OC_POINTS = {
  /** A German recognition body found adaptation measures are needed (partial recognition). */
  partialRecognition: { points: 4, sourceId: 'de-oc-annex-table' },
  /** Qualification in a shortage occupation (Engpassberuf). */
  shortageOccupation: { points: 1, sourceId: 'de-oc-annex-table' },
  /** Experience related to the qualification: ≥5 years within the last 7. */
  experienceLong: { points: 3, sourceId: 'de-oc-annex-table' },
  /** ≥2 years within the last 5 (only if the 3-point row does not apply). */
  experienceShort: { points: 2, sourceId: 'de-oc-annex-table' },
  /** English at C1 or higher; adds to any German points. */
  englishC1: { points: 1, sourceId: 'de-oc-annex-table' },
  /** At least six months' continuous lawful stay in Germany in the last five years (not tourism). */
  priorStay: { points: 1, sourceId: 'de-oc-annex-table' },
  /** The spouse or partner also meets the Opportunity Card requirements and applies jointly. */
  spouse: { points: 1, sourceId: 'de-oc-annex-table' },
} as const satisfies Record<string, Row>;

/** Experience windows: `minYears` of work within the last `withinYears`, best first. */
export const DE_OC_EXPERIENCE: readonly { minYears: number; withinYears: number; row: Row }[] = [
  { minYears: 5, withinYears: 7, row: DE_OC_POINTS.experienceLong },
  { minYears: 2, withinYears: 5, row: DE_OC_POINTS.experienceShort },
];

/** German: good (B2+) 3, adequate (B1) 2, sufficient (A2) 1; highest step only. */
export const DE_OC_GERMAN: readonly { min: Cefr; row: Row }[] = [
  { min: 'B2', row: { points: 3, sourceId: 'de-oc-annex-table' } },
  { min: 'B1', row: { points: 2, sourceId: 'de-oc-annex-table' } },
  { min: 'A2', row: { points: 1, sourceId: 'de-oc-annex-table' } },
];

/** The English level that scores (C1 per § 20b(1) no. 5). */
export const DE_OC_ENGLISH_MIN: Fact<Cefr> = { value: 'C1', sourceId: 'de-oc-aufenthg-20b' };

/**
 * Age at the assessment date: "has not yet completed the 35th / 40th year of life", i.e. under 35
 * scores 2 and 35–39 scores 1. `under` is exclusive.
 */
export const DE_OC_AGE: readonly { under: number; row: Row }[] = [
  { under: 35, row: { points: 2, sourceId: 'de-oc-annex-table' } },
  { under: 40, row: { points: 1, sourceId: 'de-oc-annex-table' } },
];

/**
 * The card's own entry requirements (§ 20a(4)), used for the spouse point: a degree or at least
 * two years' vocational training, and German A1 or English B2.
 */
export const DE_OC_ENTRY_GATE: { qualification: EducationLevel; german: Cefr; english: Cefr; sourceId: string } = {
  qualification: 'diploma-2yr',
  german: 'A1',
  english: 'B2',
  sourceId: 'de-oc-entry-requirements',
};
