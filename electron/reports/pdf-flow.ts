/**
 * The memo's page flow: a cursor down the page's text area that starts a new page when the next
 * line, row or block would not fit, plus the few blocks every section uses (paragraphs, bullets,
 * label–value rows, rules).
 */
import { LATIN_ASCENT, LATIN_HEIGHT } from './pdf-fonts';
import type { StructType, TagOptions } from './pdf-tags';
import { LEADING, type Line, type Styled, type TextEngine, type TextStyle } from './pdf-text';
import { COLOURS, SIZE } from './memo-style';

export { COLOURS, SIZE } from './memo-style';

/** The text area of a page, in points from the top left. */
export type Box = { left: number; right: number; top: number; bottom: number };

/** Draws blocks down the text area, page after page. */
export class Flow {
  /** The cursor: the top of the next thing drawn. */
  y: number;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly text: TextEngine,
    readonly box: Box,
  ) {
    this.y = box.top;
  }

  get width(): number {
    return this.box.right - this.box.left;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.box.top;
  }

  /** Starts a new page unless `height` points still fit on this one; true when it did. */
  ensure(height: number): boolean {
    if (this.y + height <= this.box.bottom || this.y === this.box.top) return false;
    this.newPage();
    return true;
  }

  space(points: number): void {
    // Space at the top of a page is swallowed, so a page never opens with a gap.
    if (this.y > this.box.top) this.y = Math.min(this.y + points, this.box.bottom);
  }

  /** Runs `draw` inside a structure element (a heading, paragraph, table, figure…) of the tagged PDF. */
  tag<T>(type: StructType, draw: () => T, options: TagOptions = {}): T {
    return this.text.tags ? this.text.tags.within(type, draw, options) : draw();
  }

  /** Draws something screen readers skip: rules, fills, borders. */
  artifact(draw: () => void): void {
    if (this.text.tags) this.text.tags.artifact(draw);
    else draw();
  }

  /** Draws graphics that are content, not decoration: a chart's bars belong to its figure. */
  graphic(draw: () => void): void {
    if (this.text.tags) this.text.tags.content(draw);
    else draw();
  }

  /** A horizontal rule across the text area (or from `indent`). */
  rule(colour: string = COLOURS.rule, weight = 0.5, indent = 0): void {
    this.artifact(() => this.doc.save().moveTo(this.box.left + indent, this.y).lineTo(this.box.right, this.y).lineWidth(weight).strokeColor(colour).stroke().restore());
  }

  /** Styled text wrapped to the text area, line by line across pages; a paragraph unless `tag` says it is a heading. */
  paragraph(spans: readonly Styled[], options: { indent?: number; width?: number; after?: number; align?: 'left' | 'right' | 'center'; tag?: StructType } = {}): void {
    const indent = options.indent ?? 0;
    const width = options.width ?? this.width - indent;
    const lines = this.text.layout(spans, width);
    this.tag(options.tag ?? 'P', () =>
      lines.forEach((line, i) => {
        const h = line.size * LEADING;
        this.ensure(h * together(i, lines.length));
        this.text.drawLine(line, this.box.left + indent, this.y, options.align ?? 'left', width);
        this.y += h;
      }),
    );
    this.space(options.after ?? 0);
  }

  /** Prose with paragraphs separated by blank lines, as the editor stores it. */
  prose(text: string, style: TextStyle): void {
    const paras = text.split(/\n\s*\n/).map(p => p.trim()).filter(Boolean);
    for (const p of paras) this.paragraph([{ text: p, style }], { after: style.size * 0.7 });
  }

  /** A bulleted item: the bullet hangs in the indent, the text wraps beside it. */
  bullet(spans: readonly Styled[], indent = 0, marker = '•'): void {
    const size = spans[0]?.style.size ?? SIZE.body;
    const lines = this.text.layout(spans, this.width - indent - 12);
    this.tag('LI', () => {
      const first = lines[0];
      if (first) {
        this.ensure(first.size * LEADING);
        this.tag('Lbl', () => this.text.drawLine(this.text.layout([{ text: marker, style: { size, color: COLOURS.muted } }], 12)[0] ?? first, this.box.left + indent, this.y));
      }
      this.tag('LBody', () =>
        lines.forEach(line => {
          const h = line.size * LEADING;
          this.ensure(h);
          this.text.drawLine(line, this.box.left + indent + 12, this.y);
          this.y += h;
        }),
      );
    });
    this.space(size * 0.25);
  }

  /**
   * A label in a column of its own beside its value blocks (paragraphs, or bulleted items with a
   * hanging bullet). The label is drawn beside the value's first line, on whichever page that
   * lands; `keep` keeps the whole entry on one page where it fits.
   */
  labelled(label: readonly Styled[], value: readonly ValueBlock[], labelWidth: number, options: { indent?: number; after?: number; keep?: boolean } = {}): void {
    const indent = options.indent ?? 0;
    const x = this.box.left + indent + labelWidth;
    const valueWidth = this.width - indent - labelWidth;
    const labelLines = this.text.layout(label, labelWidth - 8);
    const blocks = value.map(v => ({ ...v, lines: this.text.layout(v.spans, valueWidth - (v.bullet ? BULLET : 0)) }));
    const heightOf = (lines: readonly Line[]) => lines.reduce((h, l) => h + l.size * LEADING, 0);
    const total = blocks.reduce((h, b) => h + heightOf(b.lines) + (b.after ?? 0), 0);
    const first = heightOf(blocks[0]?.lines.slice(0, 2) ?? []);
    this.ensure(Math.max(options.keep ? Math.min(total, this.box.bottom - this.box.top) : first, heightOf(labelLines)));
    // The label's first baseline sits on the value's first baseline.
    const valueSize = blocks[0]?.lines[0]?.size ?? 0;
    const labelSize = labelLines[0]?.size ?? 0;
    let labelY = this.y + Math.max(0, (valueSize - labelSize) * BASELINE);
    // Read as the label, then its value: paragraphs, and bulleted items as a list.
    this.tag('Div', () => {
      this.tag('P', () => {
        for (const l of labelLines) {
          this.text.drawLine(l, this.box.left + indent, labelY);
          labelY += l.size * LEADING;
        }
      });
      const lines = (b: (typeof blocks)[number]) =>
        b.lines.forEach((line, i) => {
          const h = line.size * LEADING;
          if (this.ensure(h * together(i, b.lines.length))) labelY = this.y;
          this.text.drawLine(line, x + (b.bullet ? BULLET : 0), this.y);
          this.y += h;
        });
      const item = (b: (typeof blocks)[number]) => {
        const first = b.lines[0];
        // The bullet goes where the first line will: on the next page if that line moves there.
        if (first && this.ensure(first.size * LEADING * together(0, b.lines.length))) labelY = this.y;
        if (first) this.tag('Lbl', () => this.text.drawLine(this.text.layout([{ text: '•', style: { size: first.size, color: COLOURS.faint } }], BULLET)[0] ?? first, x, this.y));
        this.tag('LBody', () => lines(b));
      };
      for (const group of runsOf(blocks, b => b.bullet === true)) {
        const each = () =>
          group.forEach(b => {
            if (b.bullet) this.tag('LI', () => item(b));
            else this.tag('P', () => lines(b));
            this.y += b.after ?? 0;
          });
        if (group[0]?.bullet) this.tag('L', each);
        else each();
      }
    });
    this.y = Math.max(this.y, labelY);
    this.space(options.after ?? 3);
  }
}

/**
 * How many lines, from line `i` of `n`, must fit on the page before line `i` is drawn: no orphan (a
 * paragraph's first line alone at the foot of a page) and no widow (its last line alone at the top
 * of the next). A paragraph of three lines or fewer stays whole; a longer one keeps its first two
 * and its last two lines together.
 */
function together(i: number, n: number): number {
  if (i === 0) return n <= 3 ? n : 2;
  return i === n - 2 ? 2 : 1;
}

/** `items` cut into runs of neighbours that agree on `key`, in order. */
function runsOf<T>(items: readonly T[], key: (item: T) => boolean): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last?.[0] !== undefined && key(last[0]) === key(item)) last.push(item);
    else runs.push([item]);
  }
  return runs;
}

/** One block of a labelled value: a paragraph, or a bulleted item. */
export type ValueBlock = { spans: readonly Styled[]; bullet?: boolean; after?: number };
const BULLET = 9;
/** A line's baseline below its top, per point of font size (see TextEngine.drawLine). */
const BASELINE = (LEADING - LATIN_HEIGHT) / 2 + LATIN_ASCENT;
