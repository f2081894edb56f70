/**
 * The short-word index (migration 0012): every 1- and 2-character piece of a case's search text, so
 * a query word too short for the trigram index is an index lookup, not a LIKE scan of every row.
 *
 * It must find exactly what `column LIKE '%word%'` finds in any one of the three columns. So the
 * pieces are of code points (as LIKE counts them), ASCII letters are folded and nothing else is (as
 * LIKE folds), and each piece is written as the hex of its UTF-8 bytes: one opaque token the FTS5
 * tokenizer never splits or folds further. No piece spans two columns, and pieces holding a
 * character no query word holds (one the query is split on) are left out.
 */
import type { SearchText } from './search-repo';

/** Query words of at most this many code points go to this index; longer ones to the trigram index. */
export const SHORT_WORD = 2;

/** What `queryPlan` splits a query on, so no query word holds it. */
export const WORD_SEPARATOR = /[\s,;]/u;

/** ASCII letters lower-cased, as SQLite's LIKE compares them; every other character as it is. */
const foldAscii = (s: string): string => s.replace(/[A-Z]/gu, c => c.toLowerCase());

/** The token of a piece (or of a short query word): the hex of its folded UTF-8 bytes. */
export const shortToken = (piece: string): string => Buffer.from(foldAscii(piece), 'utf8').toString('hex');

/** Each character's hex ('' for a separator), by code point, made once: a firm's texts use few distinct characters. */
const hexOf = new Map<number, string>();
function charHex(code: number): string {
  let h = hexOf.get(code);
  if (h === undefined) {
    const c = String.fromCodePoint(code);
    // Bounded, for texts of very many distinct characters.
    if (hexOf.size >= 20_000) hexOf.clear();
    hexOf.set(code, (h = WORD_SEPARATOR.test(c) ? '' : Buffer.from(c, 'utf8').toString('hex')));
  }
  return h;
}

/** The distinct tokens of every 1- and 2-code-point piece of `text`'s columns, space-separated. */
export function shortPieces(text: SearchText): string {
  const pieces = new Set<string>();
  // Each column apart, so no piece spans two; a piece's UTF-8 bytes are its characters' one after the other.
  for (const column of [text.names, text.employers, text.notes]) {
    let previous = '';
    for (let i = 0; i < column.length; i++) {
      let code = column.codePointAt(i) as number;
      if (code > 0xffff) i++;
      else if (code >= 65 && code <= 90) code += 32; // A-Z folded, as LIKE folds
      const hex = charHex(code);
      if (hex !== '') {
        pieces.add(hex);
        if (previous !== '') pieces.add(previous + hex);
      }
      previous = hex;
    }
  }
  return [...pieces].join(' ');
}
