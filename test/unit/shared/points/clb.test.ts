// Expected levels are read off IRCC's "Language test equivalency charts" (canada.ca) and, for
// PTE Core, the reproduced IRCC/Pearson chart; each band edge is tested on both sides.
import { describe, expect, it } from 'vitest';
import { LanguageResult } from '../../../../shared/case-file';
import { bestBy, clbChartFor, clbFor, clbMissingFields, clbSourceFor, officialLanguages } from '../../../../shared/rules/language/clb';

/** A validated result: listening, reading, writing, speaking in that order. */
function result(test: string, l: number | null, r: number | null, w: number | null, s: number | null, language = 'en', testDate?: string) {
  return LanguageResult.parse({ language, test, listening: l, reading: r, writing: w, speaking: s, testDate });
}
/** A TEF Canada test taken before the 2023-12-11 scale change (scores entered as the "ancien score"). */
const OLD_TEF = '2023-06-01';
const clb = (l: number, r: number, w: number, s: number) => ({ listening: l, reading: r, writing: w, speaking: s });

describe('clbFor: IELTS General Training', () => {
  it('converts 8 / 7 / 7 / 7 to CLB 9 in every ability (listening needs 8.5 for CLB 10)', () => {
    expect(clbFor(result('IELTS-GT', 8, 7, 7, 7))).toEqual(clb(9, 9, 9, 9));
  });

  it('reaches CLB 10 at 8.5 listening, 8 reading, 7.5 writing and speaking', () => {
    expect(clbFor(result('IELTS-GT', 8.5, 8, 7.5, 7.5))).toEqual(clb(10, 10, 10, 10));
    expect(clbFor(result('IELTS-GT', 9, 9, 9, 9))).toEqual(clb(10, 10, 10, 10));
  });

  it('uses each ability’s own column: 6.0 everywhere is CLB 7, but 5.0 reading is CLB 6 and 5.0 listening is CLB 5', () => {
    expect(clbFor(result('IELTS-GT', 6, 6, 6, 6))).toEqual(clb(7, 7, 7, 7));
    expect(clbFor(result('IELTS-GT', 5, 5, 5, 5))).toEqual(clb(5, 6, 5, 5));
  });

  it('reads a score under the CLB 4 band as below CLB 4 (3)', () => {
    expect(clbFor(result('IELTS-GT', 4.5, 3.5, 4, 4))).toEqual(clb(4, 4, 4, 4));
    expect(clbFor(result('IELTS-GT', 4, 3, 3.5, 3.5))).toEqual(clb(3, 3, 3, 3));
  });
});

describe('clbFor: CELPIP-G and PTE Core', () => {
  it('maps CELPIP levels one to one from 4 to 10, and 11-12 to CLB 10', () => {
    expect(clbFor(result('CELPIP-G', 12, 11, 10, 9))).toEqual(clb(10, 10, 10, 9));
    expect(clbFor(result('CELPIP-G', 4, 5, 6, 7))).toEqual(clb(4, 5, 6, 7));
    expect(clbFor(result('CELPIP-G', 3, 3, 3, 3))).toEqual(clb(3, 3, 3, 3));
  });

  it('converts PTE Core at its band edges', () => {
    expect(clbFor(result('PTE-Core', 89, 88, 90, 89))).toEqual(clb(10, 10, 10, 10));
    expect(clbFor(result('PTE-Core', 88, 87, 89, 88))).toEqual(clb(9, 9, 9, 9));
    expect(clbFor(result('PTE-Core', 60, 60, 69, 68))).toEqual(clb(7, 7, 7, 7));
    expect(clbFor(result('PTE-Core', 59, 59, 68, 67))).toEqual(clb(6, 6, 6, 6));
  });
});

describe('clbFor: TEF Canada (old-score equivalence) and TCF Canada', () => {
  it('TEF: 316 / 263 / 393 / 393 is NCLC 10, one point lower is NCLC 9', () => {
    expect(clbFor(result('TEF', 316, 263, 393, 393, 'fr', OLD_TEF))).toEqual(clb(10, 10, 10, 10));
    expect(clbFor(result('TEF', 315, 262, 392, 392, 'fr', OLD_TEF))).toEqual(clb(9, 9, 9, 9));
  });

  it('TEF: the NCLC 7 edges (249 / 207 / 310 / 310) and the floor of NCLC 4', () => {
    expect(clbFor(result('TEF', 249, 207, 310, 310, 'fr', OLD_TEF))).toEqual(clb(7, 7, 7, 7));
    expect(clbFor(result('TEF', 248, 206, 309, 309, 'fr', OLD_TEF))).toEqual(clb(6, 6, 6, 6));
    expect(clbFor(result('TEF', 145, 121, 181, 180, 'fr', OLD_TEF))).toEqual(clb(4, 4, 4, 3));
  });

  it('TCF: 549 / 549 / 16 / 16 is NCLC 10; listening and reading have different edges at NCLC 9 and 8', () => {
    expect(clbFor(result('TCF', 549, 549, 16, 16, 'fr'))).toEqual(clb(10, 10, 10, 10));
    expect(clbFor(result('TCF', 523, 524, 14, 15, 'fr'))).toEqual(clb(9, 9, 9, 9));
    expect(clbFor(result('TCF', 522, 523, 13, 12, 'fr'))).toEqual(clb(8, 8, 8, 8));
  });

  it('TCF: the NCLC 7 edges (458 / 453 / 10 / 10) and NCLC 4 (331 / 342 / 4 / 4)', () => {
    expect(clbFor(result('TCF', 458, 453, 10, 10, 'fr'))).toEqual(clb(7, 7, 7, 7));
    expect(clbFor(result('TCF', 457, 452, 9, 9, 'fr'))).toEqual(clb(6, 6, 6, 6));
    expect(clbFor(result('TCF', 331, 342, 4, 4, 'fr'))).toEqual(clb(4, 4, 4, 4));
    expect(clbFor(result('TCF', 330, 341, 3, 3, 'fr'))).toEqual(clb(3, 3, 3, 3));
  });
});

// IRCC, "Find your language level" (canada.ca, language-results.html): TEF Canada tests taken after
// 2023-12-10 are converted on the 0–699 scale with these NCLC 10…4 floors — listening and reading
// 546 / 503 / 462 / 434 / 393 / 352 / 306, writing 558 / 512 / 472 / 428 / 379 / 330 / 268, speaking
// 556 / 518 / 494 / 456 / 422 / 387 / 328. Earlier tests use the "Équivalence ancien score" chart.
describe('clbFor: TEF Canada by the scale in force on the test date (new chart from 2023-12-11)', () => {
  const NEW_TEF = '2023-12-11';
  const floors = {
    listening: [546, 503, 462, 434, 393, 352, 306],
    reading: [546, 503, 462, 434, 393, 352, 306],
    writing: [558, 512, 472, 428, 379, 330, 268],
    speaking: [556, 518, 494, 456, 422, 387, 328],
  } as const;

  it.each(Object.entries(floors))('%s: each NCLC floor from 10 to 4, and one point below it', (skill, mins) => {
    mins.forEach((min, i) => {
      const level = 10 - i;
      const at = { listening: 699, reading: 699, writing: 699, speaking: 699, [skill]: min };
      const below = { ...at, [skill]: min - 1 };
      const tef = (x: typeof at) => clbFor(LanguageResult.parse({ language: 'fr', test: 'TEF', testDate: NEW_TEF, ...x }));
      expect(tef(at)?.[skill as keyof typeof floors], `${skill} ${String(min)}`).toBe(level);
      expect(tef(below)?.[skill as keyof typeof floors], `${skill} ${String(min - 1)}`).toBe(level - 1);
    });
  });

  it('converts the same scores by the old chart for a test taken the day before the change', () => {
    // 300 listening is NCLC 9 on the old scale (298–315) but below NCLC 4 on the new one (306 is the floor).
    expect(clbFor(result('TEF', 300, 250, 380, 380, 'fr', '2023-12-10'))).toEqual(clb(9, 9, 9, 9));
    expect(clbFor(result('TEF', 300, 250, 380, 380, 'fr', '2023-12-11'))).toEqual(clb(3, 3, 6, 4));
  });

  it('cites the chart it used, and needs the test date to choose one', () => {
    expect(officialLanguages([result('TEF', 546, 546, 558, 556, 'fr', '2024-03-01')]).sourceIds).toEqual(['ca-pts-tef-2023']);
    expect(officialLanguages([result('TEF', 249, 207, 310, 310, 'fr', '2023-06-01')]).sourceIds).toEqual(['ca-pts-clb']);
    const undated = result('TEF', 300, 250, 380, 380, 'fr');
    expect(clbFor(undated)).toBeNull();
    expect(officialLanguages([undated]).missing).toEqual(['[0].testDate']);
  });

  it('accepts scores up to 699 for a new-scale test and rejects them on the old scale', () => {
    expect(LanguageResult.safeParse({ language: 'fr', test: 'TEF', testDate: '2024-01-05', listening: 600, reading: 600, writing: 600, speaking: 600 }).success).toBe(true);
    const old = LanguageResult.safeParse({ language: 'fr', test: 'TEF', testDate: '2023-01-05', listening: 600, reading: 250, writing: 300, speaking: 300 });
    expect(old.success).toBe(false);
    expect(old.error?.issues[0]?.message).toBe('TEF listening scores run from 0 to 360 in whole numbers for tests taken before 2023-12-11');
  });
});

describe('clbFor: what IRCC does not convert', () => {
  it('returns null for IELTS Academic, which IRCC does not accept', () => {
    expect(clbFor(result('IELTS-A', 9, 9, 9, 9))).toBeNull();
  });

  it('returns null for a missing score, an unknown test, or a native speaker without a test', () => {
    expect(clbFor(result('IELTS-GT', 8, 7, 7, null))).toBeNull();
    expect(clbFor(LanguageResult.parse({ language: 'en', test: null, listening: 8, reading: 8, writing: 8, speaking: 8 }))).toBeNull();
    expect(clbFor(LanguageResult.parse({ language: 'en', test: 'native' }))).toBeNull();
    expect(clbFor(LanguageResult.parse({ language: 'de', test: 'Goethe', level: 'B2' }))).toBeNull();
  });
});

describe('officialLanguages', () => {
  it('offers every choice of one English and one French result, with either language first', () => {
    const langs = officialLanguages([
      result('IELTS-GT', 6, 6, 6, 6),
      result('CELPIP-G', 9, 9, 9, 9),
      result('TEF', 249, 207, 310, 310, 'fr', OLD_TEF),
    ]);
    // English: none, IELTS or CELPIP; French: none or TEF; each non-empty pair with either first.
    expect(langs.picks).toHaveLength(2 + 2 * 2 + 1);
    expect(langs.picks).toContainEqual({
      english: clb(9, 9, 9, 9), french: clb(7, 7, 7, 7), first: clb(9, 9, 9, 9), second: clb(7, 7, 7, 7), firstLanguage: 'en',
    });
    expect(langs.picks).toContainEqual({
      english: clb(7, 7, 7, 7), french: clb(7, 7, 7, 7), first: clb(7, 7, 7, 7), second: clb(7, 7, 7, 7), firstLanguage: 'fr',
    });
    expect(langs.sourceIds).toEqual(['ca-pts-clb']);
  });

  it('ignores IELTS Academic, lists missing scores, and offers no language when nothing converts', () => {
    const langs = officialLanguages([
      result('IELTS-A', 9, 9, 9, 9),
      result('TCF', 549, 524, 14, 16, 'fr'),
      result('IELTS-GT', 7, null, 6, 6),
    ]);
    expect(langs.picks).toEqual([{ english: null, french: clb(10, 9, 9, 10), first: clb(10, 9, 9, 10), second: null, firstLanguage: 'fr' }]);
    expect(langs.missing).toEqual(['[2].reading']);
    expect(officialLanguages([result('IELTS-A', 9, 9, 9, 9)]).picks).toEqual([
      { english: null, french: null, first: null, second: null, firstLanguage: null },
    ]);
  });
});

describe('the chart behind a result', () => {
  it('names no chart and asks nothing for a test IRCC does not convert', () => {
    const academic = result('IELTS-A', null, null, null, null);
    expect(clbChartFor(academic)).toBe('not-converted');
    expect(clbSourceFor(academic)).toBeNull();
    expect(clbMissingFields(academic)).toEqual([]);
  });

  it('names the chart used for a converted test', () => {
    expect(clbSourceFor(result('CELPIP-G', 9, 9, 9, 9))).toBe('ca-pts-clb');
  });

  it('keeps the first of equal scores (bestBy)', () => {
    expect(bestBy(['first', 'second'], () => 1)).toBe('first');
    expect(bestBy(['low', 'high'], s => s.length)).toBe('high');
  });
});
