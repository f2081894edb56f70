// The byte-copying TrueType subsetter (ttf-subset.ts) makes, for every shipped font, a valid font
// whose glyphs (outline bytes, advances, bearings) are the original's under the same new ids as
// fontkit's own subset, composites with their components renumbered; it never changes the font's
// shared bytes; pdfkit's post header read directly equals fontkit's; and memos embed fonts made by it.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it, vi } from 'vitest';
import { seedPostHeader } from '../../../electron/reports/pdf-font-embed';
import { renderMemoPdf } from '../../../electron/reports/memo-pdf';
import { trueTypeSource, trueTypeSubset, type TrueTypeSource } from '../../../electron/reports/ttf-subset';
import { buildMemo } from '../../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../../shared/memo/disclaimers';
import { snapshotOf } from './memo-snapshot';

// Reading the Chinese and Korean fonts is CPU-bound on a busy machine; no timing is asserted.
vi.setConfig({ testTimeout: 120_000 });

const FONTS = join(import.meta.dirname, '../../../resources/fonts');
const FILES = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSansDevanagari-Regular.ttf', 'NotoSansKR-Regular.ttf', 'NotoSansSC-Regular.ttf'];

type Glyph = { id: number; advanceWidth: number; _getMetrics(): { leftBearing: number }; path: { toSVG(): string } };
type Fontkit = {
  numGlyphs: number;
  getGlyph(id: number): Glyph;
  createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array };
  post: Record<string, unknown>;
  _tables: Record<string, unknown>;
};

/** A fontkit font of `bytes`, as pdfkit opens it. */
function fontkit(bytes: Uint8Array): Fontkit {
  const doc = new PDFDocument({ autoFirstPage: false, font: '' });
  doc.font(Buffer.from(bytes));
  const font = (doc as unknown as { _font: { font: Fontkit } })._font.font;
  doc.end();
  return font;
}

/** The font's table `tag`, as bytes. */
function table(source: TrueTypeSource, tag: string): Uint8Array {
  const t = source.tables.get(tag);
  if (!t) throw new Error(`no ${tag}`);
  return source.bytes.subarray(t.offset, t.offset + t.length);
}

/** Each glyph's outline bytes in a font file, by id. */
function outlines(source: TrueTypeSource): Uint8Array[] {
  const loca = new DataView(table(source, 'loca').slice().buffer);
  const glyf = table(source, 'glyf');
  const at = (i: number) => (source.longLoca ? loca.getUint32(4 * i) : 2 * loca.getUint16(2 * i));
  return Array.from({ length: source.numGlyphs }, (_, i) => glyf.subarray(at(i), at(i + 1)));
}

/** Some plain glyphs, every 40th composite (whose components the subset must add), and the last glyph. */
function sampleGlyphs(source: TrueTypeSource): { ids: number[]; composites: number } {
  const all = outlines(source);
  const isComposite = (o: Uint8Array) => o.length >= 10 && ((o[0] ?? 0) & 0x80) !== 0;
  const composites = all.flatMap((o, id) => (isComposite(o) ? [id] : [])).filter((_, i) => i % 40 === 0);
  const plain = all.flatMap((o, id) => (o.length > 0 && !isComposite(o) ? [id] : [])).filter((_, i) => i % 97 === 0);
  return { ids: [...plain.slice(0, 60), ...composites.slice(0, 60), all.length - 1, 3], composites: composites.length };
}

/** The whole file's checksum, which head.checkSumAdjustment makes 0xB1B0AFBA. */
function fileChecksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

describe('TrueType subset by copying bytes', () => {
  it.each(FILES)('%s: the same glyphs under the same ids as fontkit’s subset, composites renumbered, and a valid file', file => {
    const bytes = readFileSync(join(FONTS, file));
    const before = createHash('sha256').update(bytes).digest('hex');
    const source = trueTypeSource(bytes);
    expect(source).not.toBeNull();
    if (!source) return;
    const original = fontkit(bytes);
    const { ids, composites } = sampleGlyphs(source);
    expect(composites).toBeGreaterThan(0);

    const ours = trueTypeSubset(source);
    const theirs = original.createSubset();
    for (const id of ids) expect(ours.includeGlyph(id)).toBe(theirs.includeGlyph(id));
    const made = ours.encode();
    const theirBytes = theirs.encode();
    const reference = fontkit(theirBytes);
    const subset = fontkit(made);
    const madeSource = trueTypeSource(made);
    expect(madeSource).not.toBeNull();
    if (!madeSource) return;

    // Components were added after the glyphs asked for, in fontkit's order.
    expect(subset.numGlyphs).toBe(reference.numGlyphs);
    if (!/SC|KR/.test(file)) expect(subset.numGlyphs).toBeGreaterThan(new Set(ids).size);
    const ourOutlines = outlines(madeSource);
    const theirOutlines = outlines(trueTypeSource(theirBytes) as TrueTypeSource);
    for (let id = 0; id < subset.numGlyphs; id++) {
      expect(Buffer.from(ourOutlines[id] ?? []).equals(Buffer.from(theirOutlines[id] ?? [])), `glyph ${String(id)}`).toBe(true);
      const [a, b] = [subset.getGlyph(id), reference.getGlyph(id)];
      expect([a.advanceWidth, a._getMetrics().leftBearing, a.path.toSVG()]).toEqual([b.advanceWidth, b._getMetrics().leftBearing, b.path.toSVG()]);
    }
    // A requested glyph draws as the original does.
    for (const id of ids.slice(0, 10)) expect(subset.getGlyph(ours.includeGlyph(id)).path.toSVG()).toBe(original.getGlyph(id).path.toSVG());
    // The hinting program is kept, as fontkit keeps it.
    expect(Buffer.from(table(madeSource, 'prep')).equals(Buffer.from(table(source, 'prep')))).toBe(true);
    expect(fileChecksum(made)).toBe(0xb1b0afba);
    // Renumbering composites worked on copies: the font's bytes, shared by every memo, are unchanged.
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(before);
  });

  it('refuses glyph ids the font does not have', () => {
    const source = trueTypeSource(readFileSync(join(FONTS, 'NotoSans-Regular.ttf'))) as TrueTypeSource;
    const subset = trueTypeSubset(source);
    expect(() => subset.includeGlyph(source.numGlyphs)).toThrow(/not in the font/);
    expect(() => subset.includeGlyph(-1)).toThrow(/not in the font/);
  });

  it('leaves fonts it cannot copy to fontkit: not TrueType outlines, a variable font, a truncated file', () => {
    const bytes = readFileSync(join(FONTS, 'NotoSans-Regular.ttf'));
    const otto = Buffer.from(bytes);
    otto.write('OTTO', 0, 'latin1');
    expect(trueTypeSource(otto)).toBeNull();
    const variable = Buffer.from(bytes);
    // Rename the STAT table's record to fvar.
    const source = trueTypeSource(bytes) as TrueTypeSource;
    const records = [...source.tables.keys()];
    variable.write('fvar', 12 + 16 * records.indexOf('STAT'), 'latin1');
    expect(trueTypeSource(variable)).toBeNull();
    expect(trueTypeSource(bytes.subarray(0, 100))).toBeNull();
  });
});

describe('post header', () => {
  it.each(FILES.slice(0, 3))('%s: read directly, equals fontkit’s decoding, glyph names included', file => {
    const bytes = readFileSync(join(FONTS, file));
    const seeded = fontkit(bytes);
    delete seeded._tables.post;
    seedPostHeader(seeded, trueTypeSource(bytes) as TrueTypeSource);
    const decoded = fontkit(bytes).post;
    for (const key of ['version', 'italicAngle', 'underlinePosition', 'underlineThickness', 'isFixedPitch', 'minMemType42', 'maxMemType42', 'minMemType1', 'maxMemType1']) {
      expect(seeded.post[key], key).toBe(decoded[key]);
    }
    expect(seeded.post.names).toEqual(decoded.names);
    expect(seeded.post.glyphNameIndex).toEqual(decoded.glyphNameIndex);
  });
});

/** The embedded font files (FontFile2 streams) of a pdfkit PDF, inflated. */
function embeddedFonts(pdf: Buffer): Buffer[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/FontFile2 (\d+) 0 R/g)].map(([, id]) => {
    const start = text.indexOf(`\n${id ?? ''} 0 obj`);
    const from = text.indexOf('stream\n', start) + 'stream\n'.length;
    return inflateSync(pdf.subarray(from, text.indexOf('\nendstream', from)));
  });
}

describe('memos', () => {
  it('embed every font as a subset made by copying bytes, and the text copies as written', async () => {
    const memo = buildMemo({
      snapshot: snapshotOf(raw => Object.assign(raw.client, { fullName: 'Zoë Ångström-Fitzgerald', otherNames: ['李伟', 'प्रिया', '한국'] })),
      firm: { name: 'Harbor & Pike LLP', address: '1 Main St', attorneyName: 'Ann Attorney', barAdmission: '', logo: null, paper: 'a4', disclaimers: DEFAULT_DISCLAIMERS },
      engagement: 'engaged',
      date: '2026-11-29',
      reference: '2026-0001',
      edits: {},
    });
    const pdf = await renderMemoPdf(memo, FONTS);
    const listed = execFileSync('pdffonts', ['-'], { input: pdf, encoding: 'utf8' });
    for (const name of ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansSC-Regular', 'NotoSansKR-Regular', 'NotoSansDevanagari-Regular']) {
      expect(listed).toMatch(new RegExp(`[A-Z]{6}\\+${name} +CID TrueType +Identity-H +yes yes yes`));
    }
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });
    for (const name of ['Zoë Ångström-Fitzgerald', '李伟', 'प्रिया', '한국']) expect(text).toContain(name);
    // fontkit's subsets start `true` with zero checksums; these are the byte copies, checksummed.
    const files = embeddedFonts(pdf);
    expect(files).toHaveLength(5);
    for (const file of files) {
      expect(file.readUInt32BE(0)).toBe(0x00010000);
      expect(fileChecksum(file)).toBe(0xb1b0afba);
    }
  });
});
