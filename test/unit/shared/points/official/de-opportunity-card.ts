/**
 * Germany's Opportunity Card (Chancenkarte) points, § 20b(1) AufenthG and the table in the Annex to
 * the AufenthG ("Anlage zu § 20a Absatz 3 Nummer 2, § 20b"), transcribed by hand for the tests; never
 * import shared/programs here.
 *
 * Sources: https://www.gesetze-im-internet.de/aufenthg_2004/__20b.html and
 * https://www.gesetze-im-internet.de/aufenthg_2004/anlage.html (in force since 2024-06-01; transcribed 2026-12-03).
 */

export const PASS_MARK = 6;

export const POINTS = {
  /** Partial recognition: a German body found adaptation measures are needed. */
  partialRecognition: 4,
  /** Qualification in a shortage occupation (Engpassberuf). */
  shortageOccupation: 1,
  /** At least 5 years of qualified experience within the last 7. */
  experienceFiveInSeven: 3,
  /** At least 2 years within the last 5 (when the 3-point row does not apply). */
  experienceTwoInFive: 2,
  /** English C1 or higher. */
  englishC1: 1,
  /** Six months' continuous lawful stay in Germany in the last five years. */
  priorStay: 1,
  /** The spouse or partner also meets the requirements and applies jointly. */
  spouse: 1,
} as const;

/** German, highest step only. */
export const GERMAN: Readonly<Record<string, number>> = { A1: 0, A2: 1, B1: 2, B2: 3, C1: 3, C2: 3 };

/** Age: under 35 2, 35 to under 40 1, 40 and over 0. */
export const AGE: Readonly<Record<number, number>> = { 20: 2, 34: 2, 35: 1, 39: 1, 40: 0, 50: 0 };
