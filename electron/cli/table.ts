import { escapeUnsafe } from '../../shared/unsafe-text';

/**
 * Text from a case file as the terminal may show it: control, bidi-control and separator characters
 * become visible `\uXXXX` escapes, so a client named "\u001b[2J…" cannot clear the screen and one
 * with a right-to-left override cannot reverse the rest of the line.
 */
export const terminalText = escapeUnsafe;

/** `terminalText` for a message of several lines: its line breaks stay, everything else unsafe is escaped. */
export function terminalLines(text: string): string {
  return text.split('\n').map(escapeUnsafe).join('\n');
}

/**
 * JSON for the terminal: exact JSON of the same value, with the characters JSON.stringify leaves
 * raw (DEL, C1 controls, bidi controls, separators) written as `\uXXXX` escapes too.
 */
export function terminalJson(value: unknown): string {
  // Raw newlines in pretty JSON are layout between tokens (those in strings are already `\n`).
  return terminalLines(JSON.stringify(value, null, 2));
}

/** East Asian wide and fullwidth ranges (Han, Hangul, kana, fullwidth forms), which take two columns. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
/** Non-spacing and enclosing marks and format characters (a virama, ZWJ) take none. */
const ZERO = /[\p{Mn}\p{Me}\p{Cf}]/u;

/**
 * How many terminal columns a text takes, as terminals count them (wcwidth): 李伟 is four,
 * प्रिया counts its spacing vowel signs but not its virama, ZWJ counts nothing.
 */
export function displayWidth(text: string): number {
  let columns = 0;
  for (const ch of text) columns += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return columns;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` cut to at most `max` terminal columns, ending in an ellipsis when cut. It cuts between
 * grapheme clusters, so a wide character or a letter and its marks are kept or dropped whole.
 */
export function truncateToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > max - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/**
 * A plain text table, padded by terminal columns so Chinese and Devanagari names line up. Cells
 * are shown through `terminalText`, which also keeps a tab or newline in a name from breaking a row;
 * a cell wider than its column's cap in `maxWidths` is cut with an ellipsis. Returns the lines.
 */
export function tableLines(head: readonly string[], rows: readonly (readonly string[])[], maxWidths: readonly (number | undefined)[] = []): string[] {
  const fit = (cell: string, i: number) => {
    const max = maxWidths[i];
    const safe = terminalText(cell);
    return max === undefined ? safe : truncateToWidth(safe, max);
  };
  const cells = rows.map(r => r.map(fit));
  // A loop, not Math.max(...column): spreading 100,000 rows as arguments overflows the stack.
  const widths = head.map(h => displayWidth(h));
  for (const r of cells) {
    r.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  const line = (r: readonly string[]) => r.map((cell, i) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(cell)))).join('  ').trimEnd();
  return [line(head), line(widths.map(w => '-'.repeat(w))), ...cells.map(line)];
}

/** `tableLines` as one text. */
export function formatTable(head: readonly string[], rows: readonly (readonly string[])[], maxWidths: readonly (number | undefined)[] = []): string {
  return tableLines(head, rows, maxWidths).join('\n');
}
