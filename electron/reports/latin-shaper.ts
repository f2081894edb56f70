/**
 * Latin words set from a table instead of shaped by fontkit. Shaping is nearly all of a first memo's
 * cost: fontkit decodes Noto Sans's large layout tables (GSUB, GPOS) glyph by glyph and compiles its
 * shaping code on first use, over a second in a fresh process. Most of a memo's text is plain Latin,
 * where shaping comes down to one glyph per character plus pair kerning; latin-metrics.json holds
 * those glyphs, advances and kerning as fontkit gives them (latin-metrics-maker.ts, checked against
 * fontkit by memo-latin-shaper.test.ts), so such a word costs a few lookups.
 *
 * Anything else (a character outside the table, a ligature such as `fi`, a font file other than the
 * one the table was made from) returns null: the caller shapes it with fontkit as before.
 */
import { createHash } from 'node:crypto';
import TABLE from './latin-metrics.json' with { type: 'json' };
import type { FontMetrics } from './latin-metrics-maker';

/** A glyph as pdfkit's EmbeddedFont reads it (id, advance in font units, the text it stands for). */
type Glyph = { id: number; advanceWidth: number; codePoints: number[] };
/** A glyph's position as pdfkit's EmbeddedFont.layoutRun leaves it (scaled to 1000 units per em). */
type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number };
/** A shaped run, as pdfkit caches it. */
export type ShapedRun = { glyphs: Glyph[]; positions: Position[]; advanceWidth: number };

/** Shapes or measures a string from the table; null where only fontkit can. */
export type LatinShaper = {
  shape(text: string): ShapedRun | null;
  /** The string's advance at 1000 units per em, as pdfkit measures it, without building its glyphs. */
  width(text: string): number | null;
};

const NOT_SHAPEABLE = Number.NaN;

/** The shaper for the font file `file` with these bytes, or null when the table was made from other bytes. */
export function latinShaper(file: string, bytes: Buffer): LatinShaper | null {
  const metrics = (TABLE as Record<string, FontMetrics | undefined>)[file];
  if (!metrics || createHash('sha256').update(bytes).digest('hex') !== metrics.sha256) return null;
  return shaperOf(metrics);
}

/** A piece of a word: one character (its table index) or one ligature. */
type Piece = { char: number; unit?: undefined } | { char?: undefined; unit: PreparedUnit };
type PreparedUnit = { length: number; glyphs: Glyph[]; xAdvances: number[]; before: Map<number, number>; after: Map<number, number> };

/** The shaper a metrics table describes. */
export function shaperOf(metrics: FontMetrics): LatinShaper {
  const scale = 1000 / metrics.unitsPerEm;
  const index = new Map<number, number>();
  const glyphs: Glyph[] = [];
  [...metrics.chars].forEach((ch, i) => {
    const cp = ch.codePointAt(0) ?? 0;
    index.set(cp, i);
    glyphs.push({ id: metrics.gids[i] ?? 0, advanceWidth: metrics.advances[i] ?? 0, codePoints: [cp] });
  });
  const rights = Math.max(0, ...metrics.right) + 1;
  const kern = new Float64Array((Math.max(0, ...metrics.left) + 1) * rights);
  for (const [l, r, k] of metrics.kern) kern[l * rights + r] = k ?? NOT_SHAPEABLE;
  const pairKern = (a: number, b: number) => kern[(metrics.left[a] ?? 0) * rights + (metrics.right[b] ?? 0)] ?? 0;
  // Ligatures by their text; tried longest first at each character.
  const units = new Map<string, PreparedUnit>();
  for (const u of metrics.units) {
    units.set(u.text, {
      length: [...u.text].length,
      glyphs: u.glyphs.map(g => ({ id: g.id, advanceWidth: g.advanceWidth, codePoints: g.codePoints })),
      xAdvances: u.glyphs.map(g => g.xAdvance),
      before: new Map(u.before.map(([i, k]) => [i, k ?? NOT_SHAPEABLE])),
      after: new Map(u.after.map(([i, k]) => [i, k ?? NOT_SHAPEABLE])),
    });
  }
  const longest = Math.max(0, ...[...units.values()].map(u => u.length));

  /** The kerning between two neighbouring pieces, added to the first one's last advance. */
  const between = (a: Piece, b: Piece): number => {
    if (a.unit) return b.unit ? NOT_SHAPEABLE : (a.unit.after.get(b.char) ?? 0);
    return b.unit ? (b.unit.before.get(a.char) ?? 0) : pairKern(a.char, b.char);
  };

  /** Shapes `text`, filling `out` when given; its advance (1000 units per em), or null where only fontkit can shape it. */
  const shape = (text: string, out: ShapedRun | null): number | null => {
    const chars = [...text];
    let width = 0;
    let previous: Piece | null = null;
    for (let at = 0; at < chars.length; ) {
      let piece: Piece | null = null;
      for (let n = Math.min(longest, chars.length - at); n >= 2 && !piece; n--) {
        const unit = units.get(chars.slice(at, at + n).join(''));
        if (unit) piece = { unit };
      }
      if (!piece) {
        const char = index.get(chars[at]?.codePointAt(0) ?? -1);
        if (char === undefined) return null;
        piece = { char };
      }
      if (previous) {
        const k = between(previous, piece) * scale;
        if (Number.isNaN(k)) return null;
        width += k;
        const before = out?.positions.at(-1);
        if (before) before.xAdvance += k;
      }
      const placed = piece.unit ? piece.unit.glyphs.map((g, i) => [g, piece.unit.xAdvances[i] ?? 0] as const) : [[glyphs[piece.char] as Glyph, (glyphs[piece.char] as Glyph).advanceWidth] as const];
      for (const [glyph, xAdvance] of placed) {
        out?.glyphs.push(glyph);
        out?.positions.push({ xAdvance: xAdvance * scale, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: glyph.advanceWidth * scale });
        width += xAdvance * scale;
      }
      at += piece.unit ? piece.unit.length : 1;
      previous = piece;
    }
    if (out) out.advanceWidth = width;
    return width;
  };

  return {
    shape: text => {
      const out: ShapedRun = { glyphs: [], positions: [], advanceWidth: 0 };
      return shape(text, out) === null ? null : out;
    },
    width: text => shape(text, null),
  };
}
