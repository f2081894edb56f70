const graphemes = new Intl.Segmenter();

/** A plain text table; widths by grapheme, so a Devanagari name counts as what the eye sees. */
export function formatTable(head: string[], rows: string[][]): string {
  const width = (s: string) => Array.from(graphemes.segment(s)).length;
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map(r => width(r[i] ?? ''))));
  const line = (r: string[]) => r.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - width(cell))).join('  ').trimEnd();
  return [line(head), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
