// Expected levels are worked by hand from the tables in shared/programs/cefr-tables.ts:
// IELTS overall band (British Council: mean of four, .25 up to the half band, .75 up to the whole
// band) aligned 8.5–9 C2, 7–8 C1, 5.5–6.5 B2, 4–5 B1; TestDaF TDN 3 B2, TDN 4 B2 (B2.2–C1.1), TDN 5 C1.
import { describe, expect, it } from 'vitest';
import { CEFR_SOURCES } from '../../../../shared/programs/cefr-tables';
import { cefrAtLeast, cefrFor, ieltsOverallBand, type LanguageResult } from '../../../../shared/rules/language/cefr';

const ielts = (l: number, r: number, w: number, s: number, test: 'IELTS-GT' | 'IELTS-A' = 'IELTS-GT'): LanguageResult => ({
  language: 'en',
  test,
  listening: l,
  reading: r,
  writing: w,
  speaking: s,
});

describe('IELTS overall band (nearest half band, .25 and .75 round up)', () => {
  it('rounds a mean ending in .25 up to the half band and .75 up to the whole band', () => {
    // 6.5 + 6.5 + 5.5 + 6.5 = 25 / 4 = 6.25 → 6.5
    expect(ieltsOverallBand(ielts(6.5, 6.5, 5.5, 6.5))).toBe(6.5);
    // 7 + 7 + 6.5 + 6.5 = 27 / 4 = 6.75 → 7.0
    expect(ieltsOverallBand(ielts(7, 7, 6.5, 6.5))).toBe(7);
  });

  it('rounds a mean ending in .125 down and .375 / .625 to the nearest half band', () => {
    // 6 + 6 + 6 + 6.5 = 24.5 / 4 = 6.125 → 6.0
    expect(ieltsOverallBand(ielts(6, 6, 6, 6.5))).toBe(6);
    // 6.5 + 6.5 + 6 + 6.5 = 25.5 / 4 = 6.375 → 6.5
    expect(ieltsOverallBand(ielts(6.5, 6.5, 6, 6.5))).toBe(6.5);
    // 6.5 + 6.5 + 6.5 + 7 = 26.5 / 4 = 6.625 → 6.5
    expect(ieltsOverallBand(ielts(6.5, 6.5, 6.5, 7))).toBe(6.5);
  });

  it('answers null when a score is missing or the test is not IELTS', () => {
    expect(ieltsOverallBand({ language: 'en', test: 'IELTS-A', listening: 8, reading: 8, writing: 8 })).toBeNull();
    expect(ieltsOverallBand({ language: 'en', test: 'CELPIP-G', listening: 9, reading: 9, writing: 9, speaking: 9 })).toBeNull();
  });
});

describe('cefrFor', () => {
  it('aligns IELTS overall bands at each boundary, General Training and Academic alike', () => {
    expect(cefrFor(ielts(9, 8.5, 8.5, 8.5))).toBe('C2'); // 34.5 / 4 = 8.625 → 8.5: C2
    expect(cefrFor(ielts(8, 8, 8, 8.5, 'IELTS-A'))).toBe('C1'); // 8.125 → 8.0: top of C1
    expect(cefrFor(ielts(7, 7, 7, 7))).toBe('C1'); // 7.0: bottom of C1
    expect(cefrFor(ielts(7, 7, 6.5, 6.5))).toBe('C1'); // 6.75 → 7.0: rounding lifts it into C1
    expect(cefrFor(ielts(7, 6.5, 6.5, 6.5))).toBe('B2'); // 6.625 → 6.5: top of B2
    expect(cefrFor(ielts(5.5, 5.5, 5.5, 5.5))).toBe('B2');
    expect(cefrFor(ielts(5, 5, 5, 5.5))).toBe('B1'); // 5.125 → 5.0
    expect(cefrFor(ielts(4, 4, 4, 4))).toBe('B1');
  });

  it('gives no level to IELTS bands below 4.0, which the official alignment does not cover', () => {
    expect(cefrFor(ielts(3.5, 3.5, 3.5, 4))).toBeNull(); // 3.625 → 3.5
  });

  it('reads Goethe levels from the level field, and TestDaF from its TDN', () => {
    expect(cefrFor({ language: 'de', test: 'Goethe', level: 'B2' })).toBe('B2');
    expect(cefrFor({ language: 'de', test: 'Goethe', level: 'Goethe-Zertifikat a2' })).toBe('A2');
    expect(cefrFor({ language: 'de', test: 'Goethe', level: null })).toBeNull();
    expect(cefrFor({ language: 'de', test: 'TestDaF', level: 'TDN 3' })).toBe('B2');
    expect(cefrFor({ language: 'de', test: 'TestDaF', level: '4' })).toBe('B2');
    expect(cefrFor({ language: 'de', test: 'TestDaF', level: 'TDN 5' })).toBe('C1');
    expect(cefrFor({ language: 'de', test: 'TestDaF', level: 'C1' })).toBe('C1');
    // Per-part TDNs 5 / 5 / 4 / 5: the weakest part (TDN 4) decides, B2.
    expect(cefrFor({ language: 'de', test: 'TestDaF', listening: 5, reading: 5, writing: 4, speaking: 5 })).toBe('B2');
    expect(cefrFor({ language: 'de', test: 'TestDaF', level: 'TDN 2' })).toBeNull();
  });

  it('treats a native speaker as C2 and returns null for tests off the CEFR scale', () => {
    expect(cefrFor({ language: 'en', test: 'native' })).toBe('C2');
    expect(cefrFor({ language: 'ja', test: 'JLPT', level: 'N1' })).toBeNull();
    expect(cefrFor({ language: 'ko', test: 'TOPIK', level: '5' })).toBeNull();
    expect(cefrFor({ language: 'zh', test: 'HSK', level: '4' })).toBeNull();
    expect(cefrFor({ language: 'en', test: 'none' })).toBeNull();
    expect(cefrFor({ language: 'en', test: null, level: 'B2' })).toBeNull();
  });

  it('compares levels on the scale', () => {
    expect(cefrAtLeast('C1', 'B2')).toBe(true);
    expect(cefrAtLeast('B1', 'B2')).toBe(false);
    expect(cefrAtLeast(null, 'A1')).toBe(false);
  });

  it('cites sources with cefr- ids and https URLs', () => {
    for (const s of CEFR_SOURCES) {
      expect(s.id).toMatch(/^cefr-/);
      expect(s.url).toMatch(/^https:\/\//);
      expect(s.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('CEFR: what is read and what is not', () => {
  it('reads a TDN written "TDN4" or "TDN  4", but not inside other text, and asks rather than guesses', () => {
    expect(cefrFor({ language: 'de', test: 'TestDaF', level: 'TDN4' })).toBe('B2');
    expect(cefrFor({ language: 'de', test: 'TestDaF', level: ' TDN  5 ' })).toBe('C1');
    for (const level of ['xTDN 4', 'grade 4', 'TDN 4x']) expect(cefrFor({ language: 'de', test: 'TestDaF', level }), level).toBeNull();
  });

  it('needs all four TestDaF parts for the weakest-part rule: three parts give no level', () => {
    expect(cefrFor({ language: 'de', test: 'TestDaF', listening: 4, reading: 4, writing: 4, speaking: null })).toBeNull();
  });

  it('reads no TDN from a Goethe certificate', () => {
    expect(cefrFor({ language: 'de', test: 'Goethe', level: '4' })).toBeNull();
  });

  it('gives no level (null, not an unknown value) for tests with no sourced alignment', () => {
    for (const test of ['CELPIP-G', 'PTE-Core', 'TEF', 'TCF'] as const) expect(cefrFor({ language: 'en', test }), test).toBeNull();
  });

  it('compares levels in CEFR order, A1 to C2', () => {
    expect(cefrAtLeast('A2', 'A1')).toBe(true);
    expect(cefrAtLeast('A2', 'A2')).toBe(true);
    expect(cefrAtLeast('A1', 'A2')).toBe(false);
    expect(cefrAtLeast('A2', 'B1')).toBe(false);
  });
});
