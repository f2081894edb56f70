/**
 * Text for the memo: mixed-script lines laid out by the memo itself, then drawn run by run.
 *
 * pdfkit has no font fallback, so every string is split by script (Han → SC, Hangul → KR,
 * Devanagari → Devanagari, else Noto Sans) and each run is drawn in its own font. The lines are
 * broken here rather than by pdfkit's wrapper because (1) widths must be measured per run, in the
 * run's font; (2) fonts with different ascenders would otherwise sit on different baselines, which
 * looks wrong and makes text extractors split the line; (3) tables need heights before drawing.
 * Every run is drawn at an explicit position on a shared baseline, with `lineBreak: false`.
 */
import { splitByScript } from '../../shared/memo/scripts';
import { graphemes } from './graphemes';
import { fontFor, LATIN_ASCENT, LATIN_HEIGHT, type DocumentFonts, type FontName } from './pdf-fonts';
import type { Tags } from './pdf-tags';

/** Size in points, weight, colour and an optional link target. */
export type TextStyle = { size: number; bold?: boolean; color?: string; link?: string };
/** A piece of text in one style; a paragraph is a list of them. */
export type Styled = { text: string; style: TextStyle };

type Token = { text: string; font: FontName; style: TextStyle; width: number; kind: 'space' | 'word' | 'cjk' | 'newline' };
type Box = { tokens: Token[]; width: number; spaceBefore: Token | null; newline: boolean };
/** A laid-out line: its tokens, width and largest font size. */
export type Line = { tokens: Token[]; width: number; size: number };

const INK = '#1c2430';
/** Line height as a multiple of the font size. */
export const LEADING = 1.38;
/**
 * Where a long URL may break: after these characters. Never after a hyphen: text extractors take a
 * line-final hyphen for hyphenation and drop it, which would corrupt the URL when copied.
 */
const URL_BREAK = /[/.?&=_#]/;

/**
 * Words longer than this many graphemes are measured in pieces of this size. pdfkit shapes every
 * string it measures in full and keeps the result in its per-word cache, so a 64 KB name without a
 * space would otherwise be shaped whole and held in memory, and a line never needs more than a few
 * dozen graphemes of it at once.
 */
const PIECE = 48;

/** `text` cut into strings of at most `size` graphemes. */
function pieces(text: string, size: number): string[] {
  const chars = graphemes(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

const sameStyle = (a: TextStyle, b: TextStyle) => a.size === b.size && a.bold === b.bold && a.color === b.color && a.link === b.link;

/** `<FEFF…>`: a PDF text string in UTF-16BE, as ActualText needs it. */
function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/**
 * Draws text inside a `/Span <</ActualText …>> BDC … EMC` placed within the text object (after its
 * font is set, before ET). pdfkit's markContent() would wrap the whole `q … Q` instead, and text
 * extractors (poppler) then place the text by the wrong transformation, mirrored on the page.
 */
function withActualText(doc: PDFKit.PDFDocument, actual: string, draw: () => void): void {
  const write = doc.addContent.bind(doc);
  let open = false;
  doc.addContent = (data: unknown) => {
    if (data === 'ET' && open) {
      write('EMC');
      open = false;
    }
    write(data);
    if (!open && typeof data === 'string' && data.endsWith(' Tf')) {
      write(`/Span <</ActualText ${utf16Hex(actual)}>> BDC`);
      open = true;
    }
    return doc;
  };
  try {
    draw();
  } finally {
    // Back to the prototype's method.
    Reflect.deleteProperty(doc, 'addContent');
  }
}

/**
 * What drawRun passes pdfkit: where the run's baseline sits below `y`, and its width as the memo
 * measured it; a link's is left to pdfkit, which measures the run whole for the link's area (the
 * memo measures a long URL in pieces, which can differ by a kerning pair).
 */
type RunOptions = { baseline: number; textWidth?: number; link?: string };
/** pdfkit 0.20's internal that draws one line of text (PDFDocument._fragment). */
type Fragment = (text: string, x: number, y: number, options: RunOptions & { wordCount: number }) => void;

/**
 * Draws one run of text (no line breaks) at `x`, `y`. pdfkit's text() would measure the run twice
 * more before and after drawing it (for its own cursor, which the memo never uses); its internal
 * _fragment() draws the same text with the width the memo measured. Without that internal, text().
 */
function drawRun(doc: PDFKit.PDFDocument, text: string, x: number, y: number, options: RunOptions): void {
  const fragment = (doc as unknown as { _fragment?: Fragment })._fragment;
  // wordCount only widens the run by word spacing, which the memo does not use.
  if (typeof fragment === 'function') fragment.call(doc, text, x, y, { ...options, wordCount: 1 });
  else doc.text(text, x, y, { lineBreak: false, baseline: options.baseline, ...(options.link ? { link: options.link } : {}) });
}

/** Measures and draws styled text on one pdfkit document. */
export class TextEngine {
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly fonts: DocumentFonts,
    /** The structure tree each drawn line is marked into; none for a document that is not tagged. */
    readonly tags?: Tags,
  ) {}

  /** The width of `text` in a font and size. */
  width(font: FontName, size: number, text: string): number {
    return this.fonts.width(font, size, text);
  }

  private tokens(spans: readonly Styled[]): Token[] {
    const out: Token[] = [];
    for (const { text, style } of spans) {
      for (const run of splitByScript(text)) {
        const font = fontFor(run.face, style.bold === true);
        // Han and kana break between any two characters; other scripts at spaces.
        const parts = run.face === 'han' ? graphemes(run.text) : (run.text.match(/\n|[^\S\n]+|[^\s]+/g) ?? []);
        for (const t of parts) {
          const kind = t === '\n' ? 'newline' : /^\s+$/.test(t) ? 'space' : run.face === 'han' ? 'cjk' : 'word';
          // A long word becomes several tokens in one box (boxes() joins them), each measured on its own.
          for (const text of kind === 'word' && t.length > PIECE ? pieces(t, PIECE) : [kind === 'space' ? ' ' : t]) {
            out.push({ text, font, style, width: kind === 'newline' ? 0 : this.width(font, style.size, text), kind });
          }
        }
      }
    }
    return out;
  }

  /** Unbreakable boxes: words (possibly several runs, e.g. `(प्रिया)`), single Han characters, forced breaks. */
  private boxes(tokens: readonly Token[]): Box[] {
    const boxes: Box[] = [];
    let space: Token | null = null;
    let current: Box | null = null;
    for (const t of tokens) {
      if (t.kind === 'newline') {
        boxes.push({ tokens: [], width: 0, spaceBefore: null, newline: true });
        current = null;
        space = null;
      } else if (t.kind === 'space') {
        space = t;
        current = null;
      } else if (!current || space || t.kind === 'cjk' || current.tokens.at(-1)?.kind === 'cjk') {
        boxes.push((current = { tokens: [t], width: t.width, spaceBefore: space, newline: false }));
        space = null;
      } else {
        current.tokens.push(t);
        current.width += t.width;
      }
    }
    return boxes;
  }

  /** Cuts a box wider than a line into pieces that fit, preferring breaks after URL punctuation. */
  private split(box: Box, max: number): Box[] {
    const chars = box.tokens.flatMap(t => graphemes(t.text).map(ch => ({ ch, t, w: this.width(t.font, t.style.size, ch) })));
    const pieces: Box[] = [];
    let start = 0;
    while (start < chars.length) {
      let end = start;
      let width = 0;
      let lastBreak = -1;
      while (end < chars.length && (end === start || width + (chars[end]?.w ?? 0) <= max)) {
        width += chars[end]?.w ?? 0;
        if (URL_BREAK.test(chars[end]?.ch ?? '')) lastBreak = end;
        end++;
      }
      if (end < chars.length && lastBreak > start) end = lastBreak + 1;
      while (end < chars.length && end - start > 1 && chars[end - 1]?.ch === '-') end--;
      const slice = chars.slice(start, end);
      const tokens: Token[] = [];
      for (const c of slice) {
        const last = tokens.at(-1);
        if (last && last.font === c.t.font && last.style === c.t.style) last.text += c.ch;
        else tokens.push({ ...c.t, text: c.ch });
      }
      for (const t of tokens) t.width = this.width(t.font, t.style.size, t.text);
      pieces.push({ tokens, width: tokens.reduce((s, t) => s + t.width, 0), spaceBefore: start === 0 ? box.spaceBefore : null, newline: false });
      start = end;
    }
    return pieces;
  }

  /** Breaks styled text into lines no wider than `max` points. */
  layout(spans: readonly Styled[], max: number): Line[] {
    const size = Math.max(...spans.map(s => s.style.size));
    const lines: Line[] = [];
    let line: Line = { tokens: [], width: 0, size };
    const push = () => {
      lines.push(line);
      line = { tokens: [], width: 0, size };
    };
    for (const box of this.boxes(this.tokens(spans))) {
      if (box.newline) {
        push();
        continue;
      }
      for (const piece of box.width > max ? this.split(box, max) : [box]) {
        let gap = line.tokens.length && piece.spaceBefore ? piece.spaceBefore.width : 0;
        if (line.tokens.length && line.width + gap + piece.width > max) {
          push();
          gap = 0;
        }
        if (gap && piece.spaceBefore) line.tokens.push(piece.spaceBefore);
        line.tokens.push(...piece.tokens);
        line.width += gap + piece.width;
      }
    }
    if (line.tokens.length || lines.length === 0) push();
    return lines;
  }

  /** Text on one line of at most `max` points, shortened with an ellipsis when it is longer. */
  fitLine(text: string, style: TextStyle, max: number): Line {
    const empty: Line = { tokens: [], width: 0, size: style.size };
    const whole = this.layout([{ text, style }], max);
    const chars = graphemes(text);
    if (whole.length <= 1 || chars.length <= 1) return whole[0] ?? empty;
    const shortened = (count: number) => this.layout([{ text: `${chars.slice(0, count).join('').trimEnd()}…`, style }], max);
    // The longest prefix that fits beside its ellipsis, found by halving (a longer prefix is never
    // narrower): a few dozen layouts for any length, where shortening one grapheme at a time made
    // a long name cost one layout of the whole name per grapheme.
    let best = shortened(1)[0] ?? empty;
    let lo = 2;
    let hi = chars.length - 1;
    while (lo <= hi) {
      const mid = Math.floor((lo + hi) / 2);
      const lines = shortened(mid);
      if (lines.length === 1 && lines[0]) {
        best = lines[0];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }

  /** Height of text laid out at `max` points wide. */
  height(spans: readonly Styled[], max: number): number {
    return this.layout(spans, max).reduce((h, l) => h + l.size * LEADING, 0);
  }

  /** Draws one line with its top at `top`; runs share the Latin font's baseline whatever their font. */
  drawLine(line: Line, x: number, top: number, align: 'left' | 'right' | 'center' = 'left', width = 0): void {
    const doc = this.doc;
    const baseline = top + (line.size * LEADING - line.size * LATIN_HEIGHT) / 2 + line.size * LATIN_ASCENT;
    let cx = align === 'right' ? x + width - line.width : align === 'center' ? x + (width - line.width) / 2 : x;
    // Consecutive tokens in the same font and style are drawn as one run.
    const runs: Token[] = [];
    for (const t of line.tokens) {
      const last = runs.at(-1);
      if (last && last.font === t.font && sameStyle(last.style, t.style)) {
        last.text += t.text;
        last.width += t.width;
      } else runs.push({ ...t });
    }
    for (const r of runs) {
      const ascent = r.style.size * LATIN_ASCENT;
      this.fonts.select(r.font, r.style.size);
      doc.fillColor(r.style.color ?? INK);
      const x = cx;
      const text = () => drawRun(doc, r.text, x, baseline - ascent, r.style.link ? { baseline: -ascent, link: r.style.link } : { baseline: -ascent, textWidth: r.width });
      // Shaped Devanagari reorders glyphs (ि before its consonant); ActualText keeps copy and search right.
      const draw = r.font === 'devanagari' ? () => withActualText(doc, r.text, text) : text;
      if (!this.tags) draw();
      else if (r.style.link) this.tags.link(draw);
      else if (r.font === 'devanagari') this.tags.within('Span', () => this.tags?.content(draw), { actual: r.text });
      else this.tags.content(draw);
      cx += r.width;
    }
  }
}

