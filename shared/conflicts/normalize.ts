// Name normalisation for conflict checks: reduce a Latin-script name to bare lower-case words so
// that accents, capitals and punctuation never decide whether two names match.

/**
 * Latin letters that Unicode does not decompose into base letter + accent, so NFKD alone would keep
 * them. Spelled the way German, Nordic, Polish, Croatian and Icelandic names are written in ASCII.
 */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  þ: 'th',
  Þ: 'th',
  ð: 'd',
  Ð: 'd',
  ı: 'i',
  ħ: 'h',
  Ħ: 'h',
};

const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'gu');
// Only marks of script "Inherited" (the combining accents used with Latin, Greek, Cyrillic…):
// Devanagari vowel signs are marks of their own script, and stripping every \p{M} would destroy
// an Indic name before it can be transliterated. Kana voicing marks are kept for the same reason.
const LATIN_ACCENTS_RE = /(?!\u3099|\u309a)\p{Script=Inherited}/gu;
// Apostrophes sit inside a word (O'Brien, D'Souza), so they join rather than split.
const APOSTROPHES_RE = /['`\u2018\u2019\u02bc\u02b9\u00b4]/gu;
// Everything that is not a letter, a digit or a combining mark separates words.
const SEPARATORS_RE = /[^\p{L}\p{N}\p{M}]+/gu;

/**
 * Case-folds a name and turns punctuation into single spaces, but keeps accents (José stays josé).
 * Used to tell "same name apart from accents" from "same name".
 */
export function foldName(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(APOSTROPHES_RE, '').replace(SEPARATORS_RE, ' ').trim();
}

/**
 * Normalises a name for comparison: Unicode NFKD, accents stripped (José → jose, Müller → muller),
 * letters without a decomposition spelled out (ß → ss, Ø → o, Æ → ae), lower case, apostrophes
 * removed (O'Brien → obrien), other punctuation, hyphens and dots collapsed to single spaces.
 * Non-Latin scripts pass through intact (recomposed to NFC), ready for transliteration.
 */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(LATIN_ACCENTS_RE, '')
    .normalize('NFC')
    .replace(SPECIAL_RE, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .toLowerCase()
    .replace(APOSTROPHES_RE, '')
    .replace(SEPARATORS_RE, ' ')
    .trim();
}

/** The words of a normalised name, in order ("Jean-Luc Picard" → ["jean", "luc", "picard"]). */
export function nameTokens(s: string): string[] {
  const n = normalizeName(s);
  return n === '' ? [] : n.split(' ');
}
