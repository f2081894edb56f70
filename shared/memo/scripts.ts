/**
 * Splitting text into runs by script, so a PDF can draw each run in a font that has its glyphs:
 * PDF libraries have no automatic font fallback. Latin covers Latin, Greek and Cyrillic.
 */

/** The font families a memo carries; `symbol` marks signs the Latin font lacks (→, ≥, ✓). */
export type ScriptFace = 'latin' | 'han' | 'hangul' | 'devanagari' | 'symbol';

/** A stretch of text drawn in one face. */
export type ScriptRun = { face: ScriptFace; text: string };

const HANGUL = /\p{Script=Hangul}/u;
const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;
const DEVANAGARI = /\p{Script=Devanagari}/u;
/** Combining marks and joiners belong to the character before them. */
const ATTACHED = /[\p{Script=Inherited}\u200c\u200d]/u;
/** Punctuation shared by several scripts but drawn by the Devanagari font (danda, double danda). */
const DEVANAGARI_SHARED = /[\u0964\u0965\ua830-\ua839]/u;
/** CJK punctuation and full-width forms: drawn with the run they sit in. */
const CJK_SHARED = /[\u3000-\u303f\u30fb\u30fc\uff00-\uffef]/u;
/** Arrows, mathematical operators, technical signs, shapes, dingbats: not in the Latin font. */
const SYMBOLS = /[\u2190-\u23ff\u2500-\u27bf\u2b00-\u2bff]/u;

function faceOf(ch: string, previous: ScriptFace | null): ScriptFace {
  if (HANGUL.test(ch)) return 'hangul';
  if (HAN.test(ch)) return 'han';
  if (DEVANAGARI.test(ch) || DEVANAGARI_SHARED.test(ch)) return 'devanagari';
  if (ATTACHED.test(ch)) return previous ?? 'latin';
  if (CJK_SHARED.test(ch)) return previous === 'hangul' || previous === 'han' ? previous : 'han';
  if (SYMBOLS.test(ch)) return 'symbol';
  return 'latin';
}

/**
 * Runs of one face each, in order, covering the whole string: `Priya (प्रिया)` gives
 * latin `Priya (`, devanagari `प्रिया`, latin `)`. Spaces and digits are Latin.
 */
export function splitByScript(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let previous: ScriptFace | null = null;
  for (const ch of text) {
    const face = faceOf(ch, previous);
    const last = runs.at(-1);
    if (last && last.face === face) last.text += ch;
    else runs.push({ face, text: ch });
    previous = face;
  }
  return runs;
}
