/**
 * Makes pdfkit's embedding of a memo font (EmbeddedFont.embed, when the memo ends) cheap in a fresh
 * process: the subset is copied from the font's bytes (ttf-subset.ts) instead of by fontkit, and the
 * `post` table's fixed header, all embed() reads of it, is read directly. fontkit would decode the
 * whole table for it, with a name for each of Noto Sans's 4,503 glyphs.
 */
import { trueTypeSource, trueTypeSubset, type FontSubset, type TrueTypeSource } from './ttf-subset';

/** The parts of a fontkit TTFFont this touches (fontkit 2.0). */
type FontkitTables = {
  _tables?: Record<string, unknown>;
  directory?: { tables?: Record<string, unknown> };
  _decodeTable?: (entry: unknown) => unknown;
};
/** The parts of pdfkit 0.20's EmbeddedFont (`doc._font`) this replaces. */
export type EmbeddableFont = { font?: unknown; subset?: unknown };

const sources = new WeakMap<Uint8Array, TrueTypeSource | null>();

/** The font file's tables, located once per file for every memo. */
function sourceOf(bytes: Uint8Array): TrueTypeSource | null {
  let known = sources.get(bytes);
  if (known === undefined) sources.set(bytes, (known = trueTypeSource(bytes)));
  return known;
}

/**
 * Gives a freshly opened pdfkit font (nothing drawn with it yet) the cheap subset and `post` header.
 * A font this does not apply to (not TrueType outlines, a variable font, or pdfkit/fontkit shaped
 * otherwise than expected) is left to fontkit; false then.
 */
export function embedCheaply(font: EmbeddableFont, bytes: Uint8Array): boolean {
  const source = sourceOf(bytes);
  const subset = font.subset as Partial<FontSubset & { glyphs: unknown[] }> | undefined;
  // Only a subset still holding just .notdef: a glyph already included would be lost.
  if (!source || typeof subset?.includeGlyph !== 'function' || !Array.isArray(subset.glyphs) || subset.glyphs.length !== 1) return false;
  font.subset = trueTypeSubset(source);
  seedPostHeader(font.font as FontkitTables, source);
  return true;
}

/**
 * Puts the `post` table's header in fontkit's table cache, with the rest (glyph names) decoded by
 * fontkit only if something asks for it: the fields are fontkit's own (fixed32 as a number).
 */
export function seedPostHeader(font: FontkitTables, source: TrueTypeSource): void {
  const entry = font.directory?.tables?.post;
  const post = source.tables.get('post');
  const decode = font._decodeTable?.bind(font);
  if (!font._tables || 'post' in font._tables || !entry || !post || post.length < 32 || !decode) return;
  const v = source.view;
  const at = post.offset;
  const header: Record<string, unknown> = {
    version: v.getInt32(at) / 65536,
    italicAngle: v.getInt32(at + 4) / 65536,
    underlinePosition: v.getInt16(at + 8),
    underlineThickness: v.getInt16(at + 10),
    isFixedPitch: v.getUint32(at + 12),
    minMemType42: v.getUint32(at + 16),
    maxMemType42: v.getUint32(at + 20),
    minMemType1: v.getUint32(at + 24),
    maxMemType1: v.getUint32(at + 28),
  };
  let whole: Record<string, unknown> | undefined;
  for (const key of ['numberOfGlyphs', 'glyphNameIndex', 'names', 'offsets', 'map']) {
    Object.defineProperty(header, key, { enumerable: true, get: () => (whole ??= decode(entry) as Record<string, unknown>)[key] });
  }
  font._tables.post = header;
}
