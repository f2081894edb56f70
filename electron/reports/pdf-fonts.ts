/**
 * The memo's fonts, registered from resources/fonts so a memo never depends on system fonts, and
 * chosen per script. pdfkit embeds only the glyphs a memo uses.
 *
 * Opening a font (reading the file, decoding its layout tables) and shaping words cost far more than
 * drawing a memo. So a font is read only when a memo's text first needs it (a Latin-only memo never
 * reads the 17 MB of Chinese, Korean and Devanagari fonts), plain Latin words are set from a table
 * instead of shaped (latin-shaper.ts), and the process keeps what it opened, the words it shaped and
 * their widths for the next memo: the memo worker serves memo after memo. When the memo ends, the
 * fonts are subset by copying their glyphs' bytes (pdf-font-embed.ts), not through fontkit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { ScriptFace } from '../../shared/memo/scripts';
import { embedCheaply } from './pdf-font-embed';
import { latinShaper, type FontkitGlyphs, type LatinShaper } from './latin-shaper';

/** The font names registered in every memo document. */
export type FontName = 'latin' | 'latin-bold' | 'han' | 'hangul' | 'devanagari';

const FILES: Record<FontName, string> = {
  latin: 'NotoSans-Regular.ttf',
  'latin-bold': 'NotoSans-Bold.ttf',
  // SC for Han (and kana): KR lacks some common Chinese surnames.
  han: 'NotoSansSC-Regular.ttf',
  hangul: 'NotoSansKR-Regular.ttf',
  devanagari: 'NotoSansDevanagari-Regular.ttf',
};

/** Noto Sans's ascender, in em: every run is set on the Latin font's baseline so mixed lines align. */
export const LATIN_ASCENT = 1.069;
/** Noto Sans's ascender plus descender, in em. */
export const LATIN_HEIGHT = 1.362;

/** The font that draws a script; signs the Latin font lacks come from the Chinese font, which has them. */
export function fontFor(face: ScriptFace, bold: boolean): FontName {
  switch (face) {
    case 'latin':
      return bold ? 'latin-bold' : 'latin';
    case 'han':
    case 'symbol':
      return 'han';
    case 'hangul':
      return 'hangul';
    case 'devanagari':
      return 'devanagari';
  }
}

/** What one fonts folder holds across memos. */
type Book = {
  fontsDir: string;
  /** Font files read so far, each once. */
  files: Partial<Record<FontName, Buffer>>;
  /** How many times each file was read: once at most, which tests check. */
  reads: Partial<Record<FontName, number>>;
  /** The parsed font objects pdfkit made (fontkit fonts), reusable by later documents. */
  opened: Partial<Record<FontName, unknown>>;
  /** Widths at size 1 (pdfkit's widths scale linearly with the size). */
  widths: Map<string, number>;
  /** pdfkit's per-font cache of shaped words, shared by every memo: shaping is most of a memo's cost. */
  layouts: Partial<Record<FontName, Record<string, unknown>>>;
  /** The Latin fonts' table shapers (latin-shaper.ts); null where the table does not fit the file. */
  shapers: Partial<Record<FontName, LatinShaper | null>>;
};
const books = new Map<string, Book>();
/** Enough for every word of many memos; caches are cleared rather than grown without bound. */
const MAX_ENTRIES = 100_000;

function book(fontsDir: string): Book {
  let known = books.get(fontsDir);
  if (!known) books.set(fontsDir, (known = { fontsDir, files: {}, reads: {}, opened: {}, widths: new Map(), layouts: {}, shapers: {} }));
  return known;
}

function fileOf(b: Book, name: FontName): Buffer {
  const known = b.files[name];
  if (known) return known;
  const path = join(b.fontsDir, FILES[name]);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new Error(`The memo font ${path} cannot be read: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  b.reads[name] = (b.reads[name] ?? 0) + 1;
  return (b.files[name] = bytes);
}

/** How many times this process has read each font file of `fontsDir`: which fonts memos needed. */
export function fontReads(fontsDir: string): Partial<Record<FontName, number>> {
  return { ...books.get(fontsDir)?.reads };
}

/** The parts of pdfkit 0.20's EmbeddedFont (`doc._font`) the memo reuses. */
type PdfkitFont = { font?: { layout?: unknown }; layoutCache?: Record<string, unknown>; layoutRun: (text: string, features?: unknown) => unknown };

/** A shaped run as pdfkit caches it (EmbeddedFont.layoutRun). */
type Run = { glyphs: unknown[]; positions: unknown[]; advanceWidth: number };
const isRun = (x: unknown): x is Run =>
  typeof x === 'object' && x !== null && Array.isArray((x as Run).glyphs) && Array.isArray((x as Run).positions) && typeof (x as Run).advanceWidth === 'number';

/** The fonts of one document: selects a font and size, and measures strings. */
export class DocumentFonts {
  private readonly book: Book;
  private readonly registered = new Set<FontName>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    fontsDir: string,
  ) {
    this.book = book(fontsDir);
    for (const [name, layouts] of Object.entries(this.book.layouts)) {
      if (Object.keys(layouts).length > MAX_ENTRIES) this.book.layouts[name as FontName] = {};
    }
  }

  /** Makes `name` at `size` the document's current font, opening it the first time the process needs it. */
  select(name: FontName, size: number): void {
    if (!this.registered.has(name)) {
      // pdfkit accepts an already parsed font object in place of the bytes (PDFFontFactory.open).
      this.doc.registerFont(name, (this.book.opened[name] ?? fileOf(this.book, name)) as Buffer);
      this.doc.font(name).fontSize(size);
      this.registered.add(name);
      // pdfkit 0.20 keeps the parsed font as `_font.font` and shaped words in `_font.layoutCache`.
      // Both depend only on the font file, so later memos reuse them instead of decoding and shaping again.
      const font = (this.doc as unknown as { _font?: PdfkitFont })._font;
      if (typeof font?.font?.layout === 'function') this.book.opened[name] ??= font.font;
      if (font?.layoutCache && typeof font.layoutCache === 'object') font.layoutCache = this.book.layouts[name] ??= font.layoutCache;
      if (font && typeof font.layoutRun === 'function') this.shapeFromTable(name, font);
      // Before anything is drawn with it: the subset starts empty.
      if (font) embedCheaply(font, fileOf(this.book, name));
      return;
    }
    this.doc.font(name).fontSize(size);
  }

  /**
   * Lets the Latin fonts shape plain words from their table (latin-shaper.ts) rather than through
   * fontkit; pdfkit's EmbeddedFont.layoutRun is where every measured or drawn word is shaped.
   */
  private shapeFromTable(name: FontName, font: PdfkitFont): void {
    if (name !== 'latin' && name !== 'latin-bold') return;
    if (!(name in this.book.shapers)) {
      // Only with fontkit's font at hand to prime (see LatinShaper.prime); else fontkit shapes everything.
      const made = font.font ? latinShaper(FILES[name], fileOf(this.book, name)) : null;
      made?.prime(font.font as FontkitGlyphs);
      this.book.shapers[name] = made;
    }
    const shaper = this.book.shapers[name];
    if (!shaper) return;
    const shape = font.layoutRun.bind(font);
    // OpenType features asked for explicitly are fontkit's to apply.
    font.layoutRun = (text: string, features?: unknown) => (features === undefined ? shaper.shape(text) : null) ?? shape(text, features);
  }

  /** The width of `text` in points. */
  width(name: FontName, size: number, text: string): number {
    const key = `${name}\u0000${text}`;
    let unit = this.book.widths.get(key);
    if (unit === undefined) {
      // A word the table shapes is measured from it: no glyph run is built until the word is drawn.
      const fromTable = this.book.shapers[name]?.width(text);
      if (fromTable === null || fromTable === undefined) {
        this.select(name, 1000);
        unit = this.doc.widthOfString(text) / 1000;
        this.joinSpace(name, text);
      } else unit = fromTable / 1000;
      if (this.book.widths.size >= MAX_ENTRIES) this.book.widths.clear();
      this.book.widths.set(key, unit);
    }
    return unit * size;
  }

  /**
   * pdfkit shapes a drawn run word by word, each word with the space after it (`word `), while the
   * memo measures words without their spaces: every word would be shaped twice. The shipped fonts
   * have no substitution or kerning across a space (memo-fonts.test.ts checks this), so `word ` is
   * `word` then ` `, cached here from the two runs already shaped.
   */
  private joinSpace(name: FontName, text: string): void {
    if (text === '' || /[ \t]/.test(text)) return;
    const cache = this.book.layouts[name];
    if (!cache || `${text} ` in cache) return;
    if (!(' ' in cache)) this.doc.widthOfString(' ');
    const word = cache[text];
    const space = cache[' '];
    if (!isRun(word) || !isRun(space)) return;
    const joined: Run = { glyphs: [...word.glyphs, ...space.glyphs], positions: [...word.positions, ...space.positions], advanceWidth: word.advanceWidth + space.advanceWidth };
    cache[`${text} `] = joined;
  }
}

/** Words measured per turn of the event loop while warming, so a memo sent meanwhile waits little. */
const WARM_SLICE = 100;

/**
 * Opens the Latin fonts and shapes `words` in them ahead of the first memo, a slice at a time:
 * shaping the first few thousand words in a fresh process is what makes a first memo slow
 * (fontkit's code is cold and every word is new). Only the Latin fonts: others open when a memo needs them.
 */
export async function warmFonts(fontsDir: string, words: readonly string[], boldWords: readonly string[] = []): Promise<void> {
  const doc = new PDFDocument({ autoFirstPage: false, font: '' });
  const fonts = new DocumentFonts(doc, fontsDir);
  const jobs = [...words.map(w => ['latin', w] as const), ...boldWords.map(w => ['latin-bold', w] as const)];
  for (let i = 0; i < jobs.length; i += WARM_SLICE) {
    for (const [font, word] of jobs.slice(i, i + WARM_SLICE)) fonts.width(font, 10, word);
    await new Promise(resolve => setImmediate(resolve));
  }
  doc.end();
}
