/**
 * renderMemoDocx: the memo as a Word document, from the same MemoDocument the PDF draws, for a firm
 * to edit. Same sections in the same order, as Word heading styles (Heading 1 for sections, 2 for
 * each route, 3 inside a section); the letterhead with the logo in the first page's header; the
 * running header, and "Page X of Y" in the footer; the sources as Word endnotes. Word lays it out,
 * so this decides only what goes where and which styles say how it looks.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { APPENDIX_IDS, type MemoDocument, type MemoSection, type SectionId } from '../../shared/memo/types';
import { replaceUnsafe } from '../../shared/unsafe-text';
import { analysis, assumptions, charts, facts, nextSteps, optionsTable, setAsideTable, sources, twips } from './docx-parts';
import { COLOUR, FONTS, HALF_POINTS, heading, labelled, para, prose, runs, TWIPS_PER_POINT } from './docx-text';
import { imageSize } from './image-size';
import { clientLine, engagementNotice, headerFields } from './memo-style';

/** Page sizes in twips, and the margins in points (the PDF's). */
const PAGES = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } } as const;
const MARGIN = { top: 66, bottom: 62, side: 60, header: 26, footer: 26 };

/** The document's language: the memo is written in English; Chinese for the East Asian slot. */
const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' };

/** `Priya Sharma (प्रिया शर्मा, 李伟)`: the client's name with its other scripts. */

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

/** The logo, fitted into 150 × 46 points as on the PDF's letterhead; none when its size cannot be read. */
function logo(memo: MemoDocument): ImageRun | null {
  const lh = memo.letterhead;
  if (!lh.logo) return null;
  const bytes = Buffer.from(lh.logo.bytes, 'base64');
  const size = imageSize(bytes, lh.logo.type);
  if (!size) return null;
  // docx sizes images in pixels at 96 to the inch: 150 × 46 points.
  const scale = Math.min((150 * 96) / 72 / size.width, (46 * 96) / 72 / size.height);
  return new ImageRun({
    type: lh.logo.type === 'png' ? 'png' : 'jpg',
    data: bytes,
    transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
    altText: { name: 'Logo', description: `${replaceUnsafe(lh.firmName)} logo`, title: 'Logo' },
  });
}

/** The first page's header: logo and firm name on the left, address and attorney on the right, a rule below. */
function letterhead(memo: MemoDocument, widthTwips: number): Header {
  const lh = memo.letterhead;
  const image = logo(memo);
  const left = [
    ...(image ? [new Paragraph({ children: [image], spacing: { after: 80 } })] : []),
    new Paragraph({ children: runs(lh.firmName, { size: 30, bold: true, color: COLOUR.accent }) }),
  ];
  const rightLines = [
    ...lh.addressLines.map(l => runs(l, { size: HALF_POINTS.tiny, color: COLOUR.muted })),
    ...(lh.attorneyName ? [runs(lh.attorneyName, { size: HALF_POINTS.tiny, bold: true })] : []),
    ...(lh.barAdmission ? [runs(lh.barAdmission, { size: HALF_POINTS.tiny, color: COLOUR.muted })] : []),
  ];
  const right = (rightLines.length ? rightLines : [[]]).map(children => new Paragraph({ children, alignment: AlignmentType.RIGHT, spacing: { after: 0 } }));
  const leftWidth = Math.round(widthTwips * 0.58);
  const row = new TableRow({
    children: [
      new TableCell({ children: left, width: { size: leftWidth, type: WidthType.DXA } }),
      new TableCell({ children: right, width: { size: widthTwips - leftWidth, type: WidthType.DXA } }),
    ],
  });
  return new Header({
    children: [
      new Table({ rows: [row], width: { size: widthTwips, type: WidthType.DXA }, columnWidths: [leftWidth, widthTwips - leftWidth], borders: NO_BORDERS, margins: { left: 0, right: 0 } }),
      new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 10, color: COLOUR.accent, space: 1 } }, spacing: { after: 120 } }),
    ],
  });
}

/** Every later page's header: the firm on the left, the client and matter on the right. */
function runningHeader(memo: MemoDocument, widthTwips: number): Header {
  const style = { size: HALF_POINTS.tiny, color: COLOUR.muted };
  return new Header({
    children: [
      new Paragraph({
        children: [...runs(memo.letterhead.firmName, { ...style, bold: true }), new TextRun({ text: '\t' }), ...runs(`${clientLine(memo)}  ·  Matter ${memo.matter}`, style)],
        tabStops: [{ type: TabStopType.RIGHT, position: widthTwips }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule, space: 4 } },
      }),
    ],
  });
}

/** The footer of every page: the date, "Page X of Y" (Word's own fields) and the memo's standing. */
function footer(memo: MemoDocument, widthTwips: number): Footer {
  const style = { size: HALF_POINTS.tiny, color: COLOUR.muted };
  const standing = memo.engagement === 'engaged' ? 'Confidential' : 'General information, not legal advice';
  return new Footer({
    children: [
      new Paragraph({
        children: [
          ...runs(memo.date, style),
          new TextRun({ text: '\t' }),
          new TextRun({ ...style, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
          new TextRun({ text: '\t' }),
          ...runs(standing, style),
        ],
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(widthTwips / 2) },
          { type: TabStopType.RIGHT, position: widthTwips },
        ],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule, space: 4 } },
      }),
    ],
  });
}

/** A shaded paragraph with a coloured bar on its left, for the engagement notice and warnings. */
function banner(text: string, bar: string, bold: boolean): Paragraph {
  return new Paragraph({
    children: runs(text, { size: bold ? HALF_POINTS.tiny : HALF_POINTS.small, bold }),
    shading: { type: ShadingType.CLEAR, fill: COLOUR.band, color: 'auto' },
    border: { left: { style: BorderStyle.SINGLE, size: 24, color: bar, space: 6 } },
    indent: { left: 140, right: 140 },
    spacing: { before: 60, after: 160 },
  });
}

/** MEMORANDUM, the TO/FROM/DATE/MATTER/RE block, a rule, the engagement notice and any warnings. */
function memoHeader(memo: MemoDocument): Paragraph[] {
  // Word's header block is in capitals, as firms' memo templates set it.
  const fields = headerFields(memo).map(([label, value]): [string, string] => [label.toUpperCase(), value]);
  const notice = engagementNotice(memo);
  return [
    new Paragraph({ children: runs('MEMORANDUM', { size: 28, bold: true }), spacing: { after: 160 } }),
    ...fields.flatMap(([label, value]) => labelled(label, [runs(value, { size: HALF_POINTS.small, bold: label === 'RE' })], 62)),
    new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOUR.ink, space: 1 } }, spacing: { after: 120 } }),
    banner(notice, COLOUR.accent, true),
    ...memo.notices.map(n => banner(n, 'a12a2a', false)),
  ];
}

/** Where the attorney signs, at the end of the body: space, a line, the name, the firm, the bar admission, the date. */
function signature(memo: MemoDocument): Paragraph[] {
  const lh = memo.letterhead;
  const keep = { keepNext: true, keepLines: true };
  return [
    new Paragraph({ children: [], spacing: { before: 560, after: 0 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOUR.ink, space: 1 } }, indent: { right: twips(300) }, ...keep }),
    ...(lh.attorneyName ? [new Paragraph({ children: runs(lh.attorneyName, { bold: true }), spacing: { before: 80, after: 0 }, ...keep })] : []),
    new Paragraph({ children: runs(lh.firmName, { size: HALF_POINTS.small, color: lh.attorneyName ? COLOUR.muted : COLOUR.ink, bold: !lh.attorneyName }), spacing: { after: 0 }, ...keep }),
    ...(lh.barAdmission ? [new Paragraph({ children: runs(lh.barAdmission, { size: HALF_POINTS.tiny, color: COLOUR.muted }), spacing: { after: 0 }, ...keep })] : []),
    new Paragraph({ children: runs(memo.date, { size: HALF_POINTS.tiny, color: COLOUR.muted }), spacing: { after: 0 } }),
  ];
}

/** One section: its heading (Heading 1), its prose, and its generated part, as the PDF orders them. */
function section(memo: MemoDocument, sec: MemoSection, widthTwips: number): (Paragraph | Table)[] {
  const part = (id: SectionId, pattern: RegExp) => pattern.exec(memo.sections.find(x => x.id === id)?.heading ?? '')?.[1] ?? '';
  // The appendices start on a page of their own, after the signature.
  const head = heading(sec.heading, 1, [], sec.id === APPENDIX_IDS[0]);
  const body = () => prose(sec.text);
  switch (sec.id) {
    case 'summary':
      return [head, ...body()];
    case 'options':
      // The table first, then the note that explains it.
      return [head, ...optionsTable(memo, sec.text, widthTwips)];
    case 'analysis':
      return [head, ...body(), ...analysis(memo.analysis, part('analysis', /^(\d+)\./), part('assumptions', /^Appendix (\w+)\./))];
    case 'set-aside':
      return [head, ...body(), ...setAsideTable(memo.setAside, widthTwips)];
    case 'next-steps':
      return [head, ...body(), ...nextSteps(memo.nextSteps)];
    case 'closing':
      // The closing words print without a heading (printsHeading), before the notice, as in the PDF.
      return body();
    case 'disclaimer':
      // The notice's last paragraph keeps with the signature, so the signature never stands alone on a page.
      return [head, ...prose(sec.text, { size: HALF_POINTS.tiny, color: COLOUR.muted }, true), ...signature(memo)];
    case 'facts':
      return [head, ...body(), ...facts(memo.facts), ...charts(memo)];
    case 'assumptions':
      return [head, ...body(), ...assumptions(memo.assumptions)];
    case 'sources':
      return [head, ...body(), ...sources(memo.sources)];
  }
}

/** The styles every paragraph starts from: Noto Sans, the document's language, widow and orphan control. */
function styles() {
  const headingStyle = (size: number, before: number) => ({
    run: { font: FONTS.latin, size, bold: true, color: COLOUR.accent },
    // A heading keeps with its text, and never ends a page.
    paragraph: { keepNext: true, keepLines: true, spacing: { before: before * TWIPS_PER_POINT, after: 4 * TWIPS_PER_POINT } },
  });
  return {
    default: {
      document: {
        run: {
          font: { ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia: FONTS.han, cs: FONTS.devanagari },
          size: HALF_POINTS.body,
          color: COLOUR.ink,
          language: LANGUAGE,
        },
        paragraph: { widowControl: true, spacing: { after: 80, line: 264, lineRule: LineRuleType.AUTO } },
      },
      heading1: headingStyle(HALF_POINTS.heading, 14),
      heading2: headingStyle(HALF_POINTS.subheading, 10),
      heading3: headingStyle(HALF_POINTS.small, 6),
      hyperlink: { run: { color: COLOUR.link, underline: {} } },
      endnoteText: { run: { size: HALF_POINTS.small }, paragraph: { spacing: { after: 2 * TWIPS_PER_POINT } } },
    },
  };
}

/** Builds the Word document (not yet packed). */
export function memoDocx(memo: MemoDocument): Document {
  const page = PAGES[memo.paper];
  const widthTwips = page.width - 2 * twips(MARGIN.side);
  const body: ISectionOptions = {
    properties: {
      page: {
        size: page,
        margin: {
          top: twips(MARGIN.top),
          bottom: twips(MARGIN.bottom),
          left: twips(MARGIN.side),
          right: twips(MARGIN.side),
          header: twips(MARGIN.header),
          footer: twips(MARGIN.footer),
        },
      },
      // The first page carries the letterhead instead of the running header.
      titlePage: true,
      endnoteProperties: { numberFormat: { type: NumberFormat.DECIMAL } },
    },
    headers: { first: letterhead(memo, widthTwips), default: runningHeader(memo, widthTwips) },
    footers: { first: footer(memo, widthTwips), default: footer(memo, widthTwips) },
    children: [...memoHeader(memo), ...memo.sections.flatMap(sec => section(memo, sec, widthTwips)), para([])],
  };
  return new Document({
    // Shown in Word's File → Info and file lists, where a control character would act: each becomes �.
    title: replaceUnsafe(memo.meta.title),
    creator: replaceUnsafe(memo.meta.author),
    subject: replaceUnsafe(memo.meta.subject),
    keywords: replaceUnsafe(memo.meta.keywords),
    description: 'Immigration Advisor',
    styles: styles(),
    sections: [body],
  });
}

/** Renders the memo to .docx bytes. */
export function renderMemoDocx(memo: MemoDocument): Promise<Buffer> {
  return Packer.toBuffer(memoDocx(memo));
}
