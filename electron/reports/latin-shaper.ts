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
  /**
   * Gives fontkit's glyph cache the table's glyphs with their characters, before anything else asks
   * for them. fontkit keeps the first object it makes for a glyph id, characters and all, and pdfkit
   * reads the characters for copy and search (ToUnicode). Text the table shapes never makes those
   * objects, so the subsetter would make them first, with none: a later word shaped by fontkit would
   * get them, and its letters would copy as nothing.
   */
  prime(font: FontkitGlyphs): void;
};

/** The parts of a fontkit font that hold its glyph objects. */
export type FontkitGlyphs = { getGlyph(id: number, codePoints?: number[]): unknown };

const NOT_SHAPEABLE = Number.NaN;

/** The shaper for the font file `file` with these bytes, or null when the table was made from other bytes. */
export function latinShaper(file: string, bytes: Buffer): LatinShaper | null {
  const metrics = (TABLE as unknown as Record<string, FontMetrics | undefined>)[file];
  if (!metrics || createHash('sha256').update(bytes).digest('hex') !== metrics.sha256) return null;
  return shaperOf(metrics);
}

type PreparedUnit = { text: string; glyphs: Glyph[]; xAdvances: number[]; width: number; before: Map<number, number>; after: Map<number, number> };

/**
 * The shaper a metrics table describes. Every character of the table is in the Basic Multilingual
 * Plane, so text is read by UTF-16 code unit: a surrogate is simply not in the table.
 */
export function shaperOf(metrics: FontMetrics): LatinShaper {
  const scale = 1000 / metrics.unitsPerEm;
  // Per UTF-16 code unit: its index in the table, or -1.
  const slot = new Int16Array(0x10000).fill(-1);
  // One object per glyph id, with the characters of the first that uses it, as fontkit keeps them.
  const byId = new Map<number, Glyph>();
  const glyphOf = (id: number, advanceWidth: number, codePoints: number[]): Glyph => {
    let glyph = byId.get(id);
    if (!glyph) byId.set(id, (glyph = { id, advanceWidth, codePoints }));
    return glyph;
  };
  const glyphs: Glyph[] = [];
  Array.from(metrics.chars).forEach((ch, i) => {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x10000) slot[cp] = i;
    glyphs.push(glyphOf(metrics.gids[i] ?? 0, metrics.advances[i] ?? 0, [cp]));
  });
  const left = Int16Array.from(metrics.left);
  const right = Int16Array.from(metrics.right);
  const rights = Math.max(0, ...metrics.right) + 1;
  const kern = new Float64Array((Math.max(0, ...metrics.left) + 1) * rights);
  for (const [l, r, k] of metrics.kern) kern[l * rights + r] = k ?? NOT_SHAPEABLE;
  // Ligatures, longest first: at each character the longest one that starts there is taken.
  const units: PreparedUnit[] = metrics.units
    .map(u => ({
      text: u.text,
      glyphs: u.glyphs.map(g => glyphOf(g.id, g.advanceWidth, g.codePoints)),
      xAdvances: u.glyphs.map(g => g.xAdvance * scale),
      width: u.glyphs.reduce((w, g) => w + g.xAdvance * scale, 0),
      before: new Map(u.before.map(([i, k]) => [i, k ?? NOT_SHAPEABLE])),
      after: new Map(u.after.map(([i, k]) => [i, k ?? NOT_SHAPEABLE])),
    }))
    .sort((a, b) => b.text.length - a.text.length);
  const startsUnit = new Set(units.map(u => u.text.charCodeAt(0)));

  /** Shapes `text`, filling `out` when given; its advance (1000 units per em), or null where only fontkit can shape it. */
  const shape = (text: string, out: ShapedRun | null): number | null => {
    let width = 0;
    // What came before: a character of the table (its index), or a ligature.
    let previousChar = -1;
    let previousUnit: PreparedUnit | null = null;
    for (let at = 0; at < text.length; ) {
      const code = text.charCodeAt(at);
      const unit = startsUnit.has(code) ? (units.find(u => text.startsWith(u.text, at)) ?? null) : null;
      const char = unit ? -1 : (slot[code] ?? -1);
      if (!unit && char < 0) return null;
      // Kerning with what came before, added to its advance; two ligatures in a row are fontkit's.
      let k = 0;
      if (previousUnit) k = unit ? NOT_SHAPEABLE : (previousUnit.after.get(char) ?? 0);
      else if (previousChar >= 0) k = unit ? (unit.before.get(previousChar) ?? 0) : (kern[(left[previousChar] ?? 0) * rights + (right[char] ?? 0)] ?? 0);
      if (k !== 0) {
        if (Number.isNaN(k)) return null;
        width += k * scale;
        const before = out?.positions.at(-1);
        if (before) before.xAdvance += k * scale;
      }
      if (unit) {
        width += unit.width;
        unit.glyphs.forEach((glyph, i) => out && place(out, glyph, unit.xAdvances[i] ?? 0, scale));
        at += unit.text.length;
      } else {
        const glyph = glyphs[char] as Glyph;
        width += glyph.advanceWidth * scale;
        if (out) place(out, glyph, glyph.advanceWidth * scale, scale);
        at++;
      }
      previousChar = char;
      previousUnit = unit;
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
    prime: font => {
      for (const glyph of byId.values()) font.getGlyph(glyph.id, glyph.codePoints);
    },
  };
}

/** Appends a glyph as pdfkit's layoutRun leaves it: positions at 1000 units per em, the glyph's own advance in font units. */
function place(out: ShapedRun, glyph: Glyph, xAdvance: number, scale: number): void {
  out.glyphs.push(glyph);
  out.positions.push({ xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: glyph.advanceWidth * scale });
}
