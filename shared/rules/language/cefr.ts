/**
 * The CEFR level (A1–C2) of one case-file language result, from the alignment tables in
 * programs/cefr-tables.ts. Tests that are not on the CEFR scale (JLPT, TOPIK, HSK) and results the
 * case file does not fully state answer null; callers treat null as "no CEFR level on file".
 */
import type { CaseFile } from '../../case-file';
import { IELTS_CEFR_BANDS, TESTDAF_CEFR } from '../../programs/cefr-tables';
import type { Cefr } from '../../programs/types';

/** One entry of `languages` in the case file. */
export type LanguageResult = NonNullable<CaseFile['languages']>[number];

/** The CEFR levels from lowest to highest, for comparisons (`CEFR_ORDER.indexOf(a) >= …`). */
export const CEFR_ORDER: readonly Cefr[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

const SKILLS = ['listening', 'reading', 'writing', 'speaking'] as const;

/**
 * The IELTS overall band: the mean of the four skills to the nearest half band, where a mean ending
 * in .25 rounds up to the next half band and one ending in .75 to the next whole band (so: half-up).
 * Null for a non-IELTS result or when any of the four scores is missing.
 */
export function ieltsOverallBand(result: LanguageResult): number | null {
  if (result.test !== 'IELTS-GT' && result.test !== 'IELTS-A') return null;
  const scores = SKILLS.map(s => result[s]);
  if (scores.some(s => s == null)) return null;
  const mean = scores.reduce<number>((sum, s) => sum + (s ?? 0), 0) / 4;
  // Scores are half bands, so the mean is a multiple of 1/8 and exact in binary: no drift here.
  return Math.floor(mean * 2 + 0.5) / 2;
}

/** A CEFR level written in a free-text `level` field ("B2", "Goethe-Zertifikat C1"), or null. */
function cefrInText(level: string | null | undefined): Cefr | null {
  const match = level ? /\b([ABC][12])\b/i.exec(level) : null;
  return match?.[1] ? (match[1].toUpperCase() as Cefr) : null;
}

/** TestDaF: a `level` of "TDN 4" / "4" (or a CEFR level); else the weakest of four TDN parts. */
function testDafCefr(result: LanguageResult): Cefr | null {
  const written = cefrInText(result.level);
  if (written) return written;
  const tdn = result.level ? /^\s*(?:TDN\s*)?([345])\s*$/i.exec(result.level)?.[1] : undefined;
  const parts = SKILLS.map(s => result[s]).filter((p): p is number => p != null);
  // The certificate states a TDN per part; the weakest part bounds the level shown for all four.
  const weakest = parts.length === SKILLS.length ? String(Math.min(...parts)) : undefined;
  const key = tdn ?? weakest;
  if (key !== '3' && key !== '4' && key !== '5') return null;
  return TESTDAF_CEFR[key].value;
}

/**
 * The CEFR level of a language result, or null when it has none:
 * IELTS (GT or Academic) by the overall band and the official alignment (bands below 4.0 are not
 * aligned, so null); Goethe by its `level`; TestDaF by its TDN; `native` counts as C2. JLPT, TOPIK,
 * HSK and tests without a sourced alignment here (CELPIP, PTE, TEF, TCF) answer null.
 */
export function cefrFor(result: LanguageResult): Cefr | null {
  switch (result.test) {
    case 'IELTS-GT':
    case 'IELTS-A': {
      const band = ieltsOverallBand(result);
      if (band === null) return null;
      return IELTS_CEFR_BANDS.find(b => band >= b.minOverall)?.level ?? null;
    }
    case 'Goethe':
      return cefrInText(result.level);
    case 'TestDaF':
      return testDafCefr(result);
    case 'native':
      // A native speaker is treated as the top of the scale, as the Opportunity Card guidance does.
      return 'C2';
    case 'CELPIP-G':
    case 'PTE-Core':
    case 'TEF':
    case 'TCF':
    case 'HSK':
    case 'TOPIK':
    case 'JLPT':
    case 'none':
    case null:
    case undefined:
      return null;
  }
}

/** True when `level` is at least `min` on the CEFR scale. */
export function cefrAtLeast(level: Cefr | null, min: Cefr): boolean {
  return level !== null && CEFR_ORDER.indexOf(level) >= CEFR_ORDER.indexOf(min);
}
