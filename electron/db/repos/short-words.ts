/**
 * The short-word index (migration 0012): every 1- and 2-character piece of a case's search text, so
 * a query word too short for the trigram index is an index lookup, not a LIKE scan of every row.
 *
 * It must find exactly what `column LIKE '%word%'` finds in any one of the three columns. So the
 * pieces are of code points (as LIKE counts them), ASCII letters are folded and nothing else is (as
 * LIKE folds), and each piece is written as the hex of its UTF-8 bytes: one opaque token the FTS5
 * tokenizer never splits or folds further. Pieces holding a character a query word cannot hold (a
 * separator the query is split on, or the newline the columns are joined with) are left out.
 */
import type { SearchText } from './search-repo';

/** Query words of at most this many code points go to this index; longer ones to the trigram index. */
export const SHORT_WORD = 2;

/** What `queryPlan` splits a query on, so no word holds it; the newline joining the columns is one. */
export const WORD_SEPARATOR = /[\s,;]/u;

/** ASCII letters lower-cased, as SQLite's LIKE compares them; every other character as it is. */
const foldAscii = (s: string): string => s.replace(/[A-Z]/gu, c => c.toLowerCase());

/** The token of a piece (or of a short query word): the hex of its folded UTF-8 bytes. */
export const shortToken = (piece: string): string => Buffer.from(foldAscii(piece), 'utf8').toString('hex');

/** Each character's hex ('' for a separator), made once: a firm's texts use few distinct characters. Bounded for odd texts. */
const hexOf = new Map<string, string>();
function charHex(c: string): string {
  let h = hexOf.get(c);
  if (h === undefined) {
    if (hexOf.size >= 20_000) hexOf.clear();
    hexOf.set(c, (h = WORD_SEPARATOR.test(c) ? '' : Buffer.from(c, 'utf8').toString('hex')));
  }
  return h;
}

/** The distinct tokens of every 1- and 2-code-point piece of `text`'s columns, space-separated. */
export function shortPieces(text: SearchText): string {
  // A piece's UTF-8 bytes are its characters' bytes one after the other, so its hex is theirs joined.
  const hex = Array.from(foldAscii(`${text.names}\n${text.employers}\n${text.notes}`), charHex);
  const pieces = new Set<string>();
  for (let i = 0; i < hex.length; i++) {
    const a = hex[i] as string;
    if (a === '') continue;
    pieces.add(a);
    const b = hex[i + 1];
    if (b) pieces.add(a + b);
  }
  return [...pieces].join(' ');
}
