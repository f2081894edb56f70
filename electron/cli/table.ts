import { escapeUnsafe } from '../../shared/unsafe-text';

const graphemes = new Intl.Segmenter();

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

/**
 * A plain text table; widths by grapheme, so a Devanagari name counts as what the eye sees. Cells
 * are shown through `terminalText`, which also keeps a tab or newline in a name from breaking a row.
 */
export function formatTable(head: string[], rows: string[][]): string {
  const cells = rows.map(r => r.map(terminalText));
  const width = (s: string) => Array.from(graphemes.segment(s)).length;
  const widths = head.map((h, i) => Math.max(width(h), ...cells.map(r => width(r[i] ?? ''))));
  const line = (r: string[]) => r.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - width(cell))).join('  ').trimEnd();
  return [line(head), line(widths.map(w => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
