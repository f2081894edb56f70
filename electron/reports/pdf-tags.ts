/**
 * The memo's structure tree (tagged PDF), for screen readers and reflow: headings, paragraphs,
 * lists, tables with header cells, links and figures, in the order they are drawn, which is the
 * reading order. Running headers, footers, rules and fills are artifacts, which readers skip.
 *
 * The memo draws line by line, breaking pages between lines, so every drawn line is its own
 * marked-content sequence on its own page, added to the element open at the time. Nothing stays
 * marked across a page break.
 */

/** Structure types the memo uses (PDF 1.7, 14.8.4). */
export type StructType = 'Document' | 'Sect' | 'H1' | 'H2' | 'H3' | 'P' | 'Div' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Link' | 'Span';

/**
 * Options of a structure element: alternative text (figures), header scope (table header cells),
 * the text that shaped glyphs stand for (a Span of reordered Devanagari).
 */
export type TagOptions = { alt?: string; scope?: 'Column' | 'Row'; actual?: string };

/** What an artifact is (PDF 1.7, 14.8.2.2): running headers and footers, or layout such as rules. */
type ArtifactType = 'Pagination' | 'Layout';

/** pdfkit sets this while a Link element's content is drawn, and files the link annotation under it. */
type WithCurrent = { _currentStructureElement?: PDFKit.PDFStructureElement | undefined };

/** The open structure elements of one document, innermost last. */
export class Tags {
  private readonly stack: { el: PDFKit.PDFStructureElement; type: StructType }[] = [];
  private artifacts = 0;

  constructor(readonly doc: PDFKit.PDFDocument) {
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.stack.push({ el: root, type: 'Document' });
  }

  /** Runs `draw` inside a new element of `type`, a child of the element open now. */
  within<T>(type: StructType, draw: () => T, options: TagOptions = {}): T {
    const top = this.stack.at(-1);
    // Inside an artifact (a repeated table header) nothing is structure; a figure's parts (its
    // title, labels, bars) are the figure, read as its alternative text.
    if (this.artifacts || !top || top.type === 'Figure') return draw();
    // pdfkit writes `scope` as the Table attribute's Scope, `alt` as Alt, `actual` as ActualText.
    const el = this.doc.struct(type, options);
    top.el.add(el);
    this.stack.push({ el, type });
    try {
      return draw();
    } finally {
      this.stack.pop();
      el.end();
    }
  }

  /** Marks what `draw` puts on the current page as content of the open element. */
  content(draw: () => void): void {
    const top = this.stack.at(-1);
    if (this.artifacts || !top) {
      draw();
      return;
    }
    // Text drawn outside any element is still read: as a paragraph of its own.
    if (top.type === 'Document') {
      this.within('P', () => this.content(draw));
      return;
    }
    const marked = this.doc.markStructureContent(top.type);
    try {
      draw();
    } finally {
      this.doc.endMarkedContent();
      top.el.add(marked);
    }
  }

  /** Text with a link: a Link element holding the text and the link annotation pdfkit makes for it. */
  link(draw: () => void): void {
    if (this.artifacts) {
      draw();
      return;
    }
    this.within('Link', () => {
      const doc = this.doc as PDFKit.PDFDocument & WithCurrent;
      const before = doc._currentStructureElement;
      doc._currentStructureElement = this.stack.at(-1)?.el;
      try {
        this.content(draw);
      } finally {
        doc._currentStructureElement = before;
      }
    });
  }

  /** Draws something readers skip: a rule, a fill, a running header, a repeated table header. */
  artifact(draw: () => void, type: ArtifactType = 'Layout'): void {
    if (this.artifacts) {
      draw();
      return;
    }
    this.doc.markContent('Artifact', { type });
    this.artifacts++;
    try {
      draw();
    } finally {
      this.artifacts--;
      this.doc.endMarkedContent();
    }
  }

  /** Ends the tree; call before doc.end(). */
  finish(): void {
    while (this.stack.length) this.stack.pop()?.el.end();
  }
}
