/**
 * Makes the Latin fonts' metrics table (latin-metrics.json) that latin-shaper.ts draws from: for
 * each character a memo's Latin text commonly holds, its glyph and advance, and for each pair of them
 * the kerning fontkit's full shaping gives. Run by `npx tsx electron/reports/make-latin-metrics.ts` whenever
 * a Latin font file changes (the table names each font's SHA-256, and a font that differs is shaped
 * in full instead).
 *
 * Pairs whose shaping is more than "two glyphs, the first one's advance adjusted" are not shapeable
 * from pairs. Those that make a ligature (`fi`, `ffl`) become units: the glyphs fontkit gives for
 * them, and the kerning fontkit gives between each unit and every character before or after it.
 * Anything else (a mark, a placement, two units in a row) is shaped by fontkit.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/** One font's table, as stored. Kerning is by class: `left[i]`/`right[i]` are character i's classes. */
export type FontMetrics = {
  sha256: string;
  unitsPerEm: number;
  /** The characters covered, in order. */
  chars: string;
  gids: number[];
  advances: number[];
  left: number[];
  right: number[];
  /** [left class, right class, kerning in font units, or null: shape this pair in full]; absent: 0. */
  kern: [number, number, number | null][];
  /** Strings shaped as one unit (ligatures), longest first where one starts another. */
  units: Unit[];
};

/** A ligature: its glyphs as fontkit shapes the string alone, and its kerning with its neighbours. */
export type Unit = {
  text: string;
  glyphs: { id: number; advanceWidth: number; codePoints: number[]; xAdvance: number }[];
  /** [character index, kerning of that character before the unit (added to its advance), or null]; absent: 0. */
  before: [number, number | null][];
  /** [character index, kerning of the unit before that character (added to its last advance), or null]; absent: 0. */
  after: [number, number | null][];
};

/** The characters a memo's Latin text is made of: ASCII, Latin-1, Latin Extended-A, Romanian, Vietnamese, typographic punctuation. */
export function latinRepertoire(): string[] {
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0xa0, 0x17f],
    [0x218, 0x21b],
    [0x1ea0, 0x1ef9],
    [0x2010, 0x2026],
    [0x2030, 0x2033],
    [0x2039, 0x203a],
    [0x20ac, 0x20ac],
    [0x2122, 0x2122],
  ];
  const out: string[] = [];
  for (const [from, to] of ranges) for (let cp = from; cp <= to; cp++) out.push(String.fromCodePoint(cp));
  return out;
}

type Glyph = { id: number; advanceWidth: number; codePoints: number[] };
type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };
type FontkitFont = {
  unitsPerEm: number;
  glyphForCodePoint(cp: number): Glyph;
  layout(text: string): { glyphs: Glyph[]; positions: Position[] };
};

/** The fontkit font pdfkit opens from `bytes` (pdfkit 0.20 keeps it as `_font.font`). */
export function fontkitFont(bytes: Buffer): FontkitFont {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.font(bytes);
  const font = (doc as unknown as { _font: { font: FontkitFont } })._font.font;
  doc.end();
  return font;
}

const plain = (p: Position | undefined, advance: number | undefined) => p !== undefined && p.xAdvance === advance && p.yAdvance === 0 && p.xOffset === 0 && p.yOffset === 0;

/** Numbers each distinct row of `rows` (keyed by `key`) in order of first appearance. */
function classes(count: number, key: (i: number) => string): { of: number[]; first: number[] } {
  const ids = new Map<string, number>();
  const of: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < count; i++) {
    const k = key(i);
    let id = ids.get(k);
    if (id === undefined) {
      ids.set(k, (id = first.length));
      first.push(i);
    }
    of.push(id);
  }
  return { of, first };
}

/** The metrics table of the font file at `path`, for the characters of `repertoire` it shapes as one plain glyph. */
export function makeFontMetrics(path: string, repertoire: readonly string[] = latinRepertoire()): FontMetrics {
  const bytes = readFileSync(path);
  const font = fontkitFont(bytes);
  const chars: string[] = [];
  const gids: number[] = [];
  const advances: number[] = [];
  for (const ch of repertoire) {
    const glyph = font.glyphForCodePoint(ch.codePointAt(0) ?? 0);
    const run = font.layout(ch);
    // Missing (.notdef), or shaped into something other than its own glyph: always shaped in full.
    if (glyph.id === 0 || run.glyphs.length !== 1 || run.glyphs[0]?.id !== glyph.id || !plain(run.positions[0], glyph.advanceWidth)) continue;
    chars.push(ch);
    gids.push(glyph.id);
    advances.push(glyph.advanceWidth);
  }
  // kern[a][b]: what pair (a, b) adds to a's advance, or null when the pair is not two plain glyphs.
  const kern: (number | null)[][] = chars.map((a, i) =>
    chars.map((b, j) => {
      const run = font.layout(a + b);
      const ok = run.glyphs.length === 2 && run.glyphs[0]?.id === gids[i] && run.glyphs[1]?.id === gids[j] && plain(run.positions[1], advances[j]);
      const p = run.positions[0];
      if (!ok || !p || p.yAdvance !== 0 || p.xOffset !== 0 || p.yOffset !== 0) return null;
      return p.xAdvance - (advances[i] ?? 0);
    }),
  );
  const left = classes(chars.length, i => JSON.stringify(kern[i]));
  const right = classes(chars.length, j => JSON.stringify(kern.map(row => row[j])));
  const pairs: [number, number, number | null][] = [];
  left.first.forEach((i, l) =>
    right.first.forEach((j, r) => {
      const k = kern[i]?.[j];
      if (k !== 0 && k !== undefined) pairs.push([l, r, k]);
    }),
  );
  return {
    units: makeUnits(font, chars, gids, advances, kern),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    unitsPerEm: font.unitsPerEm,
    chars: chars.join(''),
    gids,
    advances,
    left: left.of,
    right: right.of,
    kern: pairs,
  };
}

/** The ligatures among pairs (and triples of overlapping pairs) that pairs cannot shape, with their kerning. */
function makeUnits(font: FontkitFont, chars: readonly string[], gids: readonly number[], advances: readonly number[], kern: readonly (readonly (number | null)[])[]): Unit[] {
  const candidates = new Set<string>();
  kern.forEach((row, i) =>
    row.forEach((k, j) => {
      if (k !== null) return;
      candidates.add(`${chars[i] ?? ''}${chars[j] ?? ''}`);
      kern[j]?.forEach((k2, m) => {
        if (k2 === null) candidates.add(`${chars[i] ?? ''}${chars[j] ?? ''}${chars[m] ?? ''}`);
      });
    }),
  );
  const units: Unit[] = [];
  for (const text of [...candidates].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
    const run = font.layout(text);
    if (!run.positions.every(p => p.yAdvance === 0 && p.xOffset === 0 && p.yOffset === 0)) continue;
    const glyphs = run.glyphs.map((g, i) => ({ id: g.id, advanceWidth: g.advanceWidth, codePoints: [...g.codePoints], xAdvance: run.positions[i]?.xAdvance ?? 0 }));
    const same = (from: number, shaped: { glyphs: Glyph[]; positions: Position[] }, lastExtra = 0) =>
      glyphs.every((g, i) => {
        const p = shaped.positions[from + i];
        return shaped.glyphs[from + i]?.id === g.id && plain(p, g.xAdvance + (i === glyphs.length - 1 ? lastExtra : 0));
      });
    const before: [number, number | null][] = [];
    const after: [number, number | null][] = [];
    chars.forEach((c, i) => {
      const b = font.layout(c + text);
      const p = b.positions[0];
      const k = p ? p.xAdvance - (advances[i] ?? 0) : 0;
      const okBefore = b.glyphs.length === glyphs.length + 1 && b.glyphs[0]?.id === gids[i] && plain(p, (advances[i] ?? 0) + k) && same(1, b);
      if (!okBefore || k !== 0) before.push([i, okBefore ? k : null]);
      const a = font.layout(text + c);
      const last = a.positions[glyphs.length - 1];
      const k2 = last ? last.xAdvance - (glyphs.at(-1)?.xAdvance ?? 0) : 0;
      const okAfter = a.glyphs.length === glyphs.length + 1 && a.glyphs[glyphs.length]?.id === gids[i] && plain(a.positions[glyphs.length], advances[i]) && same(0, a, k2);
      if (!okAfter || k2 !== 0) after.push([i, okAfter ? k2 : null]);
    });
    units.push({ text, glyphs, before, after });
  }
  return units;
}
