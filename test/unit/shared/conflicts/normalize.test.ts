import { describe, expect, it } from 'vitest';
import { foldName, nameTokens, normalizeName } from '../../../../shared/conflicts';

describe('normalizeName', () => {
  it('strips accents after NFKD decomposition', () => {
    expect(normalizeName('José')).toBe('jose');
    expect(normalizeName('Müller')).toBe('muller');
    expect(normalizeName('François Hollande')).toBe('francois hollande');
    expect(normalizeName('Đặng Thị Ngọc Thịnh')).toBe('dang thi ngoc thinh');
    // İ (Turkish capital dotted I) decomposes to I + combining dot above.
    expect(normalizeName('İbrahim')).toBe('ibrahim');
  });

  it('spells out letters that have no Unicode decomposition', () => {
    expect(normalizeName('Strauß')).toBe('strauss');
    expect(normalizeName('Søren Kierkegaard')).toBe('soren kierkegaard');
    expect(normalizeName('ØSTERGÅRD')).toBe('ostergard');
    expect(normalizeName('Łukasz')).toBe('lukasz');
    expect(normalizeName('Ærø')).toBe('aero');
  });

  it('lower-cases and collapses punctuation, hyphens and dots to single spaces', () => {
    expect(normalizeName('  SMITH,  John  A. ')).toBe('smith john a');
    expect(normalizeName('Jean-Luc Picard')).toBe('jean luc picard');
    expect(normalizeName('Min-jun')).toBe('min jun');
    expect(normalizeName('J.R.R. Tolkien')).toBe('j r r tolkien');
  });

  it('joins apostrophes instead of splitting on them', () => {
    expect(normalizeName("O'Brien")).toBe('obrien');
    expect(normalizeName('D’Souza')).toBe('dsouza');
  });

  it('folds compatibility characters (full-width letters) through NFKD', () => {
    expect(normalizeName('ＪＯＨＮ')).toBe('john');
  });

  it('keeps non-Latin scripts intact for transliteration', () => {
    expect(normalizeName('प्रिया शर्मा')).toBe('प्रिया शर्मा');
    expect(normalizeName('김민준')).toBe('김민준');
    expect(normalizeName('李伟')).toBe('李伟');
  });

  it('returns an empty string for punctuation only', () => {
    expect(normalizeName(' - . ')).toBe('');
    expect(nameTokens(' - . ')).toEqual([]);
  });
});

describe('nameTokens and foldName', () => {
  it('splits a normalised name into words in order', () => {
    expect(nameTokens('García Márquez, Gabriel José')).toEqual(['garcia', 'marquez', 'gabriel', 'jose']);
  });

  it('foldName keeps accents but folds case and punctuation', () => {
    expect(foldName('José  GARCÍA-López')).toBe('josé garcía lópez');
  });
});
