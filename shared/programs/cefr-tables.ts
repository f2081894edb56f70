/**
 * How language results map to the CEFR (A1–C2): the IELTS overall-band alignment, the IELTS rule for
 * rounding the overall band, and the TestDaF levels. Read by `cefrFor` in rules/language/cefr.ts.
 */
import type { Cefr, Fact, Source } from './types';

/** Sources for every CEFR alignment below (ids prefixed `cefr-`). */
export const CEFR_SOURCES: readonly Source[] = [
  {
    id: 'cefr-ielts-alignment',
    title: 'British Council: IELTS overall band scores compared with the CEFR (8.5–9 C2, 7–8 C1, 5.5–6.5 B2, 4–5 B1)',
    url: 'https://www.britishcouncil.org/cz/czechrepublic-exams-ielts.htm',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'cefr-ielts-overall-rounding',
    title: 'British Council, Take IELTS: IELTS scores explained (overall band = mean of four, to the nearest half band)',
    url: 'https://takeielts.britishcouncil.org/teach-ielts/test-information/ielts-scores-explained',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'cefr-testdaf-levels',
    title: 'TestDaF-Institut: TestDaF-Niveaus (TDN 3–5), described against the CEFR levels B2 to C1',
    url: 'https://www.testdaf.de/de/teilnehmende/warum-testdaf/testdaf-niveaus-tdn/',
    asOf: '2026-11-29',
    confidence: 'confirmed',
  },
  {
    id: 'cefr-testdaf-substeps',
    title: 'feeddi.de: Welches Sprachniveau ist TestDaF? (TDN 3 = B2.1, TDN 4 = B2.2–C1.1, TDN 5 = C1.2)',
    url: 'https://feeddi.de/welches-sprachniveau-ist-testdaf',
    asOf: '2026-11-29',
    confidence: 'reported',
  },
];

/**
 * IELTS overall band → CEFR, highest first: the first row whose `minOverall` the band reaches.
 * IELTS aligns only bands 4.0 and above; a lower band has no CEFR level here (not A2 by guess).
 */
export const IELTS_CEFR_BANDS: readonly { minOverall: number; level: Cefr }[] = [
  { minOverall: 8.5, level: 'C2' },
  { minOverall: 7, level: 'C1' },
  { minOverall: 5.5, level: 'B2' },
  { minOverall: 4, level: 'B1' },
];
/** Source of `IELTS_CEFR_BANDS`. */
export const IELTS_CEFR_SOURCE_ID = 'cefr-ielts-alignment';

/**
 * TestDaF level (TDN) → CEFR. The institute places TDN 3–5 across B2–C1; the sub-steps come from a
 * secondary page. TDN 4 spans B2.2–C1.1, so it is counted as B2: claiming C1 would overstate it.
 */
export const TESTDAF_CEFR: Readonly<Record<'3' | '4' | '5', Fact<Cefr>>> = {
  '3': { value: 'B2', sourceId: 'cefr-testdaf-substeps', note: 'TDN 3 = B2.1.' },
  '4': {
    value: 'B2',
    sourceId: 'cefr-testdaf-substeps',
    note: 'TDN 4 = B2.2 to C1.1; counted as B2 because a full C1 is not certified.',
  },
  '5': { value: 'C1', sourceId: 'cefr-testdaf-substeps', note: 'TDN 5 = C1.2.' },
};
