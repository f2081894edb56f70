/**
 * Characters that are stored exactly but must never reach a terminal or a title bar raw, because
 * they change how the text around them is shown rather than showing themselves:
 * - C0 controls, DEL and C1 controls (U+0000–U+001F, U+007F–U+009F): ESC starts terminal escape
 *   sequences ("\u001b[2J" clears the screen), U+009B is an 8-bit CSI, CR and BS overwrite text;
 * - bidirectional controls (ALM, LRM, RLM, LRE…RLO, LRI…PDI): "\u202e" reverses what follows;
 * - line and paragraph separators (U+2028, U+2029), which break lines where none is expected;
 * - lone surrogates, which are not characters at all.
 * Zero-width joiners stay: Devanagari conjuncts and emoji sequences need them.
 */
const UNSAFE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|\p{Cs}/gu;

/**
 * Shows each unsafe character as a visible `\uXXXX` escape (ESC → `\u001b`, RLO → `\u202e`).
 * The same spelling is a JSON escape, so applied to JSON text it gives JSON of the same value.
 */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, ch => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/** Replaces each unsafe character with U+FFFD �, where an escape would read as noise (a document title). */
export function replaceUnsafe(text: string): string {
  return text.replace(UNSAFE, '\ufffd');
}
