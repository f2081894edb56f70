// pdfkit has no font fallback, so the memo splits every string into runs by script and draws each
// run in a font that has its glyphs.
import { describe, expect, it } from 'vitest';
import { splitByScript } from '../../../../shared/memo/scripts';

describe('splitByScript', () => {
  it('keeps Latin text in one run, accents, Greek and Cyrillic included', () => {
    expect(splitByScript('José Müller, Ελένη, Ольга: 145,000 USD')).toEqual([{ face: 'latin', text: 'José Müller, Ελένη, Ольга: 145,000 USD' }]);
  });

  it('splits a name into its scripts, spaces and brackets staying Latin', () => {
    expect(splitByScript('Priya Sharma (प्रिया शर्मा, 李伟)')).toEqual([
      { face: 'latin', text: 'Priya Sharma (' },
      { face: 'devanagari', text: 'प्रिया' },
      { face: 'latin', text: ' ' },
      { face: 'devanagari', text: 'शर्मा' },
      { face: 'latin', text: ', ' },
      { face: 'han', text: '李伟' },
      { face: 'latin', text: ')' },
    ]);
  });

  it('sends Hangul to the Korean font and Han and kana to the Chinese one', () => {
    expect(splitByScript('김민준 李伟 タナカ')).toEqual([
      { face: 'hangul', text: '김민준' },
      { face: 'latin', text: ' ' },
      { face: 'han', text: '李伟' },
      { face: 'latin', text: ' ' },
      { face: 'han', text: 'タナカ' },
    ]);
  });

  it('keeps CJK punctuation with its run and the danda with Devanagari', () => {
    expect(splitByScript('你好。김。')).toEqual([
      { face: 'han', text: '你好。' },
      { face: 'hangul', text: '김。' },
    ]);
    expect(splitByScript('नमस्ते।')).toEqual([{ face: 'devanagari', text: 'नमस्ते।' }]);
  });

  it('keeps combining marks and joiners with the letter before them', () => {
    expect(splitByScript('क्\u200dष e\u0301')).toEqual([
      { face: 'devanagari', text: 'क्\u200dष' },
      { face: 'latin', text: ' e\u0301' },
    ]);
  });

  it('marks signs the Latin font lacks (arrows, ≥, ✓) for a font that has them', () => {
    expect(splitByScript('7 → 7.5, ≥5 ✓')).toEqual([
      { face: 'latin', text: '7 ' },
      { face: 'symbol', text: '→' },
      { face: 'latin', text: ' 7.5, ' },
      { face: 'symbol', text: '≥' },
      { face: 'latin', text: '5 ' },
      { face: 'symbol', text: '✓' },
    ]);
  });

  it('covers the whole string, whatever it holds', () => {
    for (const s of ['', 'a', '李', 'x李y', '  ', 'प्रिया  शर्मा\n李伟']) expect(splitByScript(s).map(r => r.text).join('')).toBe(s);
  });
});
