/**
 * The memo's fonts, registered from resources/fonts so a memo never depends on system fonts, and
 * chosen per script. pdfkit embeds only the glyphs a memo uses.
 *
 * Opening a font (decoding its layout tables) costs far more than drawing a memo, so the files are
 * read once per folder, the fonts pdfkit opens are kept for the next memo, and string widths are
 * remembered across memos.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScriptFace } from '../../shared/memo/scripts';

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
  files: Record<FontName, Buffer>;
  /** The parsed font objects pdfkit made (fontkit fonts), reusable by later documents. */
  opened: Partial<Record<FontName, unknown>>;
  /** Widths at size 1 (pdfkit's widths scale linearly with the size). */
  widths: Map<string, number>;
  /** pdfkit's per-font cache of shaped words, shared by every memo: shaping is most of a memo's cost. */
  layouts: Partial<Record<FontName, Record<string, unknown>>>;
};
const books = new Map<string, Book>();
/** Enough for every word of many memos; caches are cleared rather than grown without bound. */
const MAX_ENTRIES = 100_000;

function book(fontsDir: string): Book {
  const known = books.get(fontsDir);
  if (known) return known;
  const entries = Object.entries(FILES).map(([name, file]) => {
    const path = join(fontsDir, file);
    try {
      return [name, readFileSync(path)] as const;
    } catch (err) {
      throw new Error(`The memo font ${path} cannot be read: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  });
  const created: Book = { files: Object.fromEntries(entries) as Record<FontName, Buffer>, opened: {}, widths: new Map(), layouts: {} };
  books.set(fontsDir, created);
  return created;
}

/** The fonts of one document: selects a font and size, and measures strings. */
export class DocumentFonts {
  private readonly book: Book;
  private readonly seen = new Set<FontName>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    fontsDir: string,
  ) {
    this.book = book(fontsDir);
    for (const [name, layouts] of Object.entries(this.book.layouts)) {
      if (Object.keys(layouts).length > MAX_ENTRIES) this.book.layouts[name as FontName] = {};
    }
    for (const name of Object.keys(FILES) as FontName[]) {
      // pdfkit accepts an already parsed font object in place of the bytes (PDFFontFactory.open).
      doc.registerFont(name, (this.book.opened[name] ?? this.book.files[name]) as Buffer);
    }
  }

  /** Makes `name` at `size` the document's current font. */
  select(name: FontName, size: number): void {
    this.doc.font(name).fontSize(size);
    if (!this.seen.has(name)) {
      this.seen.add(name);
      // pdfkit 0.20 keeps the parsed font as `_font.font` and shaped words in `_font.layoutCache`.
      // Both depend only on the font file, so later memos reuse them instead of decoding and shaping again.
      const font = (this.doc as unknown as { _font?: { font?: { layout?: unknown }; layoutCache?: Record<string, unknown> } })._font;
      if (typeof font?.font?.layout === 'function') this.book.opened[name] ??= font.font;
      if (font?.layoutCache && typeof font.layoutCache === 'object') font.layoutCache = this.book.layouts[name] ??= font.layoutCache;
    }
  }

  /** The width of `text` in points. */
  width(name: FontName, size: number, text: string): number {
    const key = `${name}\u0000${text}`;
    let unit = this.book.widths.get(key);
    if (unit === undefined) {
      this.select(name, 1000);
      unit = this.doc.widthOfString(text) / 1000;
      if (this.book.widths.size >= MAX_ENTRIES) this.book.widths.clear();
      this.book.widths.set(key, unit);
    }
    return unit * size;
  }
}
