/**
 * A TrueType subsetter that copies glyphs straight from the font file's bytes, in place of fontkit's
 * (TTFSubset), which pdfkit runs when a memo ends. fontkit decodes the whole `loca` and `hmtx`
 * tables and every copied glyph, then encodes the subset through its generic table encoder: tens of
 * milliseconds of cold code in a fresh process, for what is a byte copy. This makes the same font:
 * the same tables (head, hhea, maxp, loca, glyf, hmtx and the hinting tables cvt, prep, fpgm where
 * the font has them), the same glyph outlines and metrics under the same new glyph ids, in the order
 * pdfkit asks for them (checked against fontkit by memo-ttf-subset.test.ts).
 *
 * It reads only what it copies, so it is as cheap for a 10 MB Chinese font as for Noto Sans.
 */

/** What pdfkit's EmbeddedFont uses of a fontkit subset. */
export type FontSubset = {
  /** The glyph's id in the subset, adding it the first time. */
  includeGlyph(id: number): number;
  /** The subset as a TrueType font file. */
  encode(): Uint8Array;
};

/** The tables of a glyf-outline TrueType font that a subset copies, located once per font file. */
export type TrueTypeSource = {
  view: DataView;
  bytes: Uint8Array;
  tables: ReadonlyMap<string, { offset: number; length: number }>;
  /** head.indexToLocFormat: 0 for 16-bit `loca` offsets (halved), 1 for 32-bit. */
  longLoca: boolean;
  numGlyphs: number;
  numberOfHMetrics: number;
};

/** The tables a subset holds, as fontkit's TTFSubset writes them (what PDF needs of a TrueType font). */
const COPIED = ['cvt ', 'fpgm', 'prep'] as const;

/**
 * The font file's tables, or null where this subsetter does not apply (not TrueType outlines, or a
 * variable font, whose glyphs fontkit re-encodes): the caller keeps fontkit's subsetter.
 */
export function trueTypeSource(file: Uint8Array): TrueTypeSource | null {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  // 0x00010000, or `true` as older Apple fonts (and fontkit's own subsets) say.
  if (file.byteLength < 12 || (view.getUint32(0) !== 0x00010000 && view.getUint32(0) !== 0x74727565)) return null;
  const tables = new Map<string, { offset: number; length: number }>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    if (at + 16 > file.byteLength) return null;
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > file.byteLength) return null;
    tables.set(String.fromCharCode(...file.subarray(at, at + 4)), { offset, length });
  }
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  const maxp = tables.get('maxp');
  if (!head || !hhea || !maxp || !tables.has('loca') || !tables.has('glyf') || !tables.has('hmtx') || tables.has('fvar')) return null;
  return {
    view,
    bytes: file,
    tables,
    longLoca: view.getInt16(head.offset + 50) === 1,
    numGlyphs: view.getUint16(maxp.offset + 4),
    numberOfHMetrics: view.getUint16(hhea.offset + 34),
  };
}

// Composite glyph flags (OpenType `glyf`).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** A new, empty subset of the font; glyph 0 (.notdef) is always its first glyph, as in fontkit's. */
export function trueTypeSubset(source: TrueTypeSource): FontSubset {
  const glyphs: number[] = [];
  const mapping = new Map<number, number>();
  const includeGlyph = (id: number): number => {
    let known = mapping.get(id);
    if (known === undefined) {
      if (!Number.isInteger(id) || id < 0 || id >= source.numGlyphs) throw new Error(`Glyph ${String(id)} is not in the font`);
      mapping.set(id, (known = glyphs.length));
      glyphs.push(id);
    }
    return known;
  };
  includeGlyph(0);
  return { includeGlyph, encode: () => encodeSubset(source, glyphs, includeGlyph) };
}

function encodeSubset(source: TrueTypeSource, glyphs: number[], includeGlyph: (id: number) => number): Uint8Array {
  const { view, bytes, tables } = source;
  const at = (tag: string) => tables.get(tag) ?? { offset: 0, length: 0 };
  const loca = at('loca').offset;
  const glyf = at('glyf').offset;
  const hmtx = at('hmtx').offset;
  const glyphOffset = (id: number) => (source.longLoca ? view.getUint32(loca + 4 * id) : 2 * view.getUint16(loca + 2 * id));
  const outlines: Uint8Array[] = [];
  const offsets: number[] = [0];
  const metrics: number[] = [];
  // Components add glyphs to the end of the list as it is walked.
  for (let i = 0; i < glyphs.length; i++) {
    const id = glyphs[i] ?? 0;
    const start = glyphOffset(id);
    let outline = bytes.subarray(glyf + start, glyf + glyphOffset(id + 1));
    if (outline.length >= 10 && view.getInt16(glyf + start) < 0) {
      // A composite (copied, not a view of the shared font bytes): its components join the subset under their new ids.
      outline = new Uint8Array(outline);
      const parts = new DataView(outline.buffer, outline.byteOffset, outline.byteLength);
      let pos = 10;
      for (;;) {
        const flags = parts.getUint16(pos);
        parts.setUint16(pos + 2, includeGlyph(parts.getUint16(pos + 2)));
        pos += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
        pos += flags & WE_HAVE_A_SCALE ? 2 : flags & WE_HAVE_AN_X_AND_Y_SCALE ? 4 : flags & WE_HAVE_A_TWO_BY_TWO ? 8 : 0;
        if (!(flags & MORE_COMPONENTS)) break;
      }
    }
    outlines.push(outline);
    offsets.push((offsets.at(-1) ?? 0) + outline.length);
    // hmtx: glyphs past numberOfHMetrics share the last advance and have only a bearing.
    const n = source.numberOfHMetrics;
    const advance = view.getUint16(hmtx + 4 * (id < n ? id : n - 1));
    const bearing = id < n ? view.getInt16(hmtx + 4 * id + 2) : view.getInt16(hmtx + 4 * n + 2 * (id - n));
    metrics.push(advance, bearing);
  }

  const glyfLength = offsets.at(-1) ?? 0;
  const out = new Map<string, Uint8Array>();
  // A copy, never a view: the font's own bytes are shared by every memo (and a Buffer's slice() is a view).
  const copy = (tag: string) => new Uint8Array(bytes.subarray(at(tag).offset, at(tag).offset + at(tag).length));
  const head = copy('head');
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment, set below
  headView.setInt16(50, 1); // 32-bit loca offsets
  out.set('head', head);
  const hhea = copy('hhea');
  new DataView(hhea.buffer).setUint16(34, glyphs.length);
  out.set('hhea', hhea);
  const maxp = copy('maxp');
  new DataView(maxp.buffer).setUint16(4, glyphs.length);
  out.set('maxp', maxp);
  const locaOut = new Uint8Array(4 * offsets.length);
  const locaView = new DataView(locaOut.buffer);
  offsets.forEach((o, i) => locaView.setUint32(4 * i, o));
  out.set('loca', locaOut);
  const glyfOut = new Uint8Array(glyfLength);
  outlines.forEach((o, i) => glyfOut.set(o, offsets[i] ?? 0));
  out.set('glyf', glyfOut);
  const hmtxOut = new Uint8Array(2 * metrics.length);
  const hmtxView = new DataView(hmtxOut.buffer);
  metrics.forEach((m, i) => (i % 2 ? hmtxView.setInt16(2 * i, m) : hmtxView.setUint16(2 * i, m)));
  out.set('hmtx', hmtxOut);
  for (const tag of COPIED) if (tables.has(tag)) out.set(tag, copy(tag));
  return fontFile(out);
}

/** An sfnt file of `tables`: records sorted by tag, each table 4-byte aligned with its checksum, and head's checkSumAdjustment. */
function fontFile(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const padded = (n: number) => (n + 3) & ~3;
  let size = 12 + 16 * tags.length;
  for (const tag of tags) size += padded(tables.get(tag)?.length ?? 0);
  const file = new Uint8Array(size);
  const view = new DataView(file.buffer);
  const power = 2 ** Math.floor(Math.log2(tags.length));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tags.length * 16 - power * 16);
  let offset = 12 + 16 * tags.length;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag) ?? new Uint8Array(0);
    file.set(data, offset);
    const record = 12 + 16 * i;
    for (let c = 0; c < 4; c++) file[record + c] = tag.charCodeAt(c);
    view.setUint32(record + 4, checksum(view, offset, padded(data.length)));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.length);
    if (tag === 'head') headAt = offset;
    offset += padded(data.length);
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(view, 0, size)) >>> 0);
  return file;
}

/** The sum of big-endian 32-bit words, modulo 2^32. */
function checksum(view: DataView, offset: number, length: number): number {
  let sum = 0;
  for (let i = offset; i < offset + length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}
