/**
 * renderMemoPdf: draws a MemoDocument (shared/memo) as a firm-branded PDF with pdfkit. It decides
 * nothing about content; it lays out the letterhead, the memo header, the sections and their
 * generated parts, then stamps the running header and "Page X of Y" on every page.
 */
import PDFDocument from 'pdfkit';
import { APPENDIX_IDS, type MemoDocument, type MemoSection, type SectionId } from '../../shared/memo/types';
import { replaceUnsafe } from '../../shared/unsafe-text';
import { drawAnalysis, drawAssumptions, drawCharts, drawFacts, drawNextSteps, drawOptions, drawSetAside, drawSources } from './memo-sections';
import { COLOURS, Flow, SIZE, type Box } from './pdf-flow';
import { DocumentFonts } from './pdf-fonts';
import { Tags } from './pdf-tags';
import { LEADING, TextEngine, type Styled, type TextStyle } from './pdf-text';
import { clientLine, engagementNotice, headerFields } from './memo-style';

const PAPER = { a4: 'A4', letter: 'LETTER' } as const;
const MARGIN = { top: 66, bottom: 62, side: 60 };
const FIRST_PAGE_TOP = 40;

const s = (text: string, style: TextStyle): Styled => ({ text, style });

/** `Priya Sharma (प्रिया शर्मा, 李伟)`: the client's name with its other scripts. */

function letterhead(flow: Flow, memo: MemoDocument): void {
  const { doc } = flow;
  const lh = memo.letterhead;
  const top = flow.y;
  let leftY = top;
  if (lh.logo) {
    const bytes = Buffer.from(lh.logo.bytes, 'base64');
    try {
      // Read first, so an image that cannot be decoded leaves no empty figure in the structure tree.
      // pdfkit's typings lack openImage; doc.image() takes what it returns in place of the bytes.
      const image = (doc as unknown as { openImage(src: Buffer): Buffer }).openImage(bytes);
      flow.tag('Figure', () => flow.graphic(() => doc.image(image, flow.box.left, top, { fit: [150, 46] })), { alt: `${lh.firmName} logo` });
      leftY += 52;
    } catch {
      // An image pdfkit cannot decode is left out: the letterhead still names the firm.
    }
  }
  const name = flow.text.layout([s(lh.firmName, { size: 15, bold: true, color: COLOURS.accent })], flow.width * 0.55);
  flow.tag('P', () => {
    for (const line of name) {
      flow.text.drawLine(line, flow.box.left, leftY);
      leftY += line.size * LEADING;
    }
  });
  // The firm's address and attorney, right-aligned beside the name.
  const right: Styled[][] = [
    ...lh.addressLines.map(l => [s(l, { size: SIZE.tiny, color: COLOURS.muted })]),
    ...(lh.attorneyName ? [[s(lh.attorneyName, { size: SIZE.tiny, bold: true, color: COLOURS.ink })]] : []),
    ...(lh.barAdmission ? [[s(lh.barAdmission, { size: SIZE.tiny, color: COLOURS.muted })]] : []),
  ];
  const rightWidth = flow.width * 0.4;
  let rightY = top;
  for (const spans of right) {
    flow.tag('P', () => {
      for (const line of flow.text.layout(spans, rightWidth)) {
        flow.text.drawLine(line, flow.box.right - rightWidth, rightY, 'right', rightWidth);
        rightY += line.size * LEADING;
      }
    });
  }
  flow.y = Math.max(leftY, rightY) + 6;
  flow.rule(COLOURS.accent, 1.2);
  flow.y += 16;
}

/** A shaded box with a coloured bar on its left, for the engagement notice and warnings. */
function banner(flow: Flow, spans: readonly Styled[], bar: string): void {
  const pad = 7;
  const height = flow.text.height(spans, flow.width - 2 * pad - 3) + 2 * pad;
  flow.ensure(height);
  flow.artifact(() => {
    flow.doc.save().rect(flow.box.left, flow.y, flow.width, height).fill(COLOURS.band).restore();
    flow.doc.save().rect(flow.box.left, flow.y, 3, height).fill(bar).restore();
  });
  const y = flow.y;
  flow.y += pad;
  flow.paragraph(spans, { indent: pad + 3, width: flow.width - 2 * pad - 3 });
  flow.y = y + height + 8;
}

function memoHeader(flow: Flow, memo: MemoDocument): void {
  flow.paragraph([s('MEMORANDUM', { size: 14, bold: true, color: COLOURS.ink })], { after: 8, tag: 'H1' });
  const fields = headerFields(memo);
  for (const [label, value] of fields) {
    flow.labelled([s(label.toUpperCase(), { size: SIZE.tiny, bold: true, color: COLOURS.muted })], [{ spans: [s(value, { size: SIZE.small, bold: label === 'Re' })] }], 62, { after: 2 });
  }
  flow.space(4);
  flow.rule(COLOURS.ink, 0.8);
  flow.y += 8;
  const notice = engagementNotice(memo);
  banner(flow, [s(notice, { size: SIZE.tiny, bold: true, color: COLOURS.ink })], COLOURS.accent);
  for (const n of memo.notices) banner(flow, [s(n, { size: SIZE.small, color: COLOURS.ink })], '#a12a2a');
}

function section(flow: Flow, memo: MemoDocument, sec: MemoSection): void {
  const appendixOf = (id: SectionId) => /^Appendix (\w+)\./.exec(memo.sections.find(x => x.id === id)?.heading ?? '')?.[1] ?? '';
  const numberOf = (id: SectionId) => /^(\d+)\./.exec(memo.sections.find(x => x.id === id)?.heading ?? '')?.[1] ?? '';
  // The appendices start on a page of their own, after the signature.
  if (sec.id === APPENDIX_IDS[0]) flow.newPage();
  // The closing words print as the body's last paragraphs, without a heading, as in a letter.
  if (sec.id === 'closing') {
    flow.space(8);
    flow.prose(sec.text, { size: SIZE.body });
    return;
  }
  const notice = sec.id === 'disclaimer';
  flow.space(notice ? 10 : 14);
  const style: TextStyle = { size: notice ? SIZE.small : SIZE.heading, bold: true, color: COLOURS.accent };
  const noticeStyle: TextStyle = { size: SIZE.tiny, color: COLOURS.muted };
  // A heading keeps with the first lines of its text; the notice keeps with the signature below it.
  const paras = sec.text.split(/\n\s*\n/).map(p => p.trim()).filter(Boolean);
  const keep = notice && paras.length === 1 ? proseHeight(flow, sec.text, noticeStyle) + SIGNATURE_HEIGHT : 3 * SIZE.body * LEADING;
  flow.ensure(style.size * LEADING + 4 + keep);
  flow.paragraph([s(sec.heading, style)], { after: 2, tag: 'H2' });
  if (!notice) {
    flow.rule();
    flow.y += 6;
  }
  // The generated part of the section: the routes table before the note that explains it, the
  // others after the section's prose.
  const body = () => flow.prose(sec.text, { size: SIZE.body });
  switch (sec.id) {
    case 'summary':
      body();
      break;
    case 'options':
      drawOptions(flow, memo, sec.text);
      break;
    case 'analysis':
      body();
      drawAnalysis(flow, memo.analysis, numberOf('analysis'), appendixOf('assumptions'));
      break;
    case 'set-aside':
      body();
      drawSetAside(flow, memo.setAside);
      break;
    case 'next-steps':
      body();
      drawNextSteps(flow, memo.nextSteps);
      break;
    case 'disclaimer':
      // The signature keeps with the notice's last paragraph, so it never stands alone on a page.
      paras.forEach((p, i) => {
        if (i === paras.length - 1) flow.ensure(proseHeight(flow, p, noticeStyle) + SIGNATURE_HEIGHT);
        flow.prose(p, noticeStyle);
      });
      signature(flow, memo);
      break;
    case 'facts':
      body();
      drawFacts(flow, memo.facts);
      drawCharts(flow, memo);
      break;
    case 'assumptions':
      body();
      drawAssumptions(flow, memo.assumptions);
      break;
    case 'sources':
      body();
      drawSources(flow, memo.sources);
      break;
  }
}

/** The height of prose as Flow.prose draws it. */
function proseHeight(flow: Flow, text: string, style: TextStyle): number {
  const paras = text.split(/\n\s*\n/).map(p => p.trim()).filter(Boolean);
  return paras.reduce((h, p) => h + flow.text.height([{ text: p, style }], flow.width) + style.size * 0.7, 0);
}

/** The signature block's height, with the space for the signature itself. */
const SIGNATURE_HEIGHT = 10 + 28 + 4 + 4 * SIZE.body * LEADING;

/** Where the attorney signs, at the end of the body: a line, then the name, the firm and the bar admission. */
function signature(flow: Flow, memo: MemoDocument): void {
  const lh = memo.letterhead;
  flow.space(10);
  flow.ensure(SIGNATURE_HEIGHT - 10);
  flow.y += 28;
  flow.artifact(() => flow.doc.save().moveTo(flow.box.left, flow.y).lineTo(flow.box.left + 190, flow.y).lineWidth(0.6).strokeColor(COLOURS.ink).stroke().restore());
  flow.y += 4;
  if (lh.attorneyName) flow.paragraph([s(lh.attorneyName, { size: SIZE.body, bold: true })]);
  flow.paragraph([s(lh.firmName, { size: SIZE.small, color: lh.attorneyName ? COLOURS.muted : COLOURS.ink, bold: !lh.attorneyName })]);
  if (lh.barAdmission) flow.paragraph([s(lh.barAdmission, { size: SIZE.tiny, color: COLOURS.muted })]);
  flow.paragraph([s(memo.date, { size: SIZE.tiny, color: COLOURS.muted })]);
}

/** The running header and footer, stamped on every page once the page count is known. */
function stampPages(doc: PDFKit.PDFDocument, text: TextEngine, tags: Tags, memo: MemoDocument, box: Box): void {
  const range = doc.bufferedPageRange();
  const width = box.right - box.left;
  const style = { size: SIZE.tiny, color: COLOURS.muted };
  // The same on every page; a name too long for the header is shortened, never wrapped.
  const firm = text.fitLine(memo.letterhead.firmName, { ...style, bold: true }, width * 0.4);
  const client = text.fitLine(`${clientLine(memo)}  ·  Matter ${memo.matter}`, style, width * 0.58);
  const third = width / 3;
  const left = text.fitLine(memo.date, style, third);
  const right = text.fitLine(memo.engagement === 'engaged' ? 'Confidential' : 'General information, not legal advice', style, third);
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Running headers and footers repeat on every page: screen readers skip them.
    tags.artifact(() => stampPage(i), 'Pagination');
  }
  function stampPage(i: number): void {
    const headTop = 28;
    // Page 1 carries the letterhead instead.
    if (i > 0) {
      text.drawLine(firm, box.left, headTop);
      text.drawLine(client, box.left, headTop, 'right', width);
      doc.save().moveTo(box.left, headTop + 14).lineTo(box.right, headTop + 14).lineWidth(0.5).strokeColor(COLOURS.rule).stroke().restore();
    }
    const footTop = doc.page.height - 40;
    doc.save().moveTo(box.left, footTop - 6).lineTo(box.right, footTop - 6).lineWidth(0.5).strokeColor(COLOURS.rule).stroke().restore();
    text.drawLine(left, box.left, footTop);
    text.drawLine(text.fitLine(`Page ${String(i + 1)} of ${String(range.count)}`, style, third), box.left, footTop, 'center', width);
    text.drawLine(right, box.left, footTop, 'right', width);
  }
}

/** The parts of pdfkit 0.20's PDFDocument that write the file (PDFDocument._write). */
type Writer = { _write?: (data: unknown) => void; _offset?: unknown };

/**
 * pdfkit writes the file a line at a time (each object's header, body and end, each cross-reference
 * entry) and pushes every line through its Readable stream: thousands of pushes per memo, costlier
 * than the bytes. The memo keeps the whole file anyway, so the lines go straight into `chunks`, as
 * pdfkit's _write converts them; the stream still ends the document. Without that internal,
 * the stream's data events fill `chunks`.
 */
function collectDirectly(doc: PDFKit.PDFDocument, chunks: Uint8Array[]): void {
  const writer = doc as unknown as Writer;
  if (typeof writer._write !== 'function' || typeof writer._offset !== 'number') return;
  // What pdfkit has already written (the file's header, in its constructor) comes first.
  const written: unknown = doc.read();
  if (written instanceof Uint8Array) chunks.push(written);
  writer._write = (data: unknown) => {
    // pdfkit's fromBinaryString: one byte per character, its low 8 bits, as latin1 encodes.
    const bytes = data instanceof Uint8Array ? data : Buffer.from(`${String(data)}\n`, 'latin1');
    chunks.push(bytes);
    writer._offset = (writer._offset as number) + bytes.length;
  };
}

/**
 * Renders the memo to PDF bytes. Fonts come from `fontsDir` (resources/fonts), never from the
 * system; the paper size is the firm's (A4 or US Letter).
 */
export function renderMemoPdf(memo: MemoDocument, fontsDir: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: PAPER[memo.paper],
    margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
    bufferPages: true,
    // No default font: pdfkit would load Helvetica's metrics for every document, and the memo sets
    // every run in its own fonts (pdf-fonts.ts).
    font: '',
    // Tagged (a structure tree in reading order, see pdf-tags.ts), in English, for screen readers.
    tagged: true,
    pdfVersion: '1.7',
    lang: 'en-US',
    displayTitle: true,
    // Viewers show these in title bars and file lists, where a control character or a
    // right-to-left override from a name would act instead of showing: each becomes �.
    info: {
      Title: replaceUnsafe(memo.meta.title),
      Author: replaceUnsafe(memo.meta.author),
      Subject: replaceUnsafe(memo.meta.subject),
      Keywords: replaceUnsafe(memo.meta.keywords),
      Creator: 'Immigration Advisor',
    },
  });
  const chunks: Uint8Array[] = [];
  collectDirectly(doc, chunks);
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  try {
    const tags = new Tags(doc);
    const text = new TextEngine(doc, new DocumentFonts(doc, fontsDir), tags);
    const box: Box = { left: MARGIN.side, right: doc.page.width - MARGIN.side, top: MARGIN.top, bottom: doc.page.height - MARGIN.bottom };
    const flow = new Flow(doc, text, box);
    // Page 1 has no running header: the letterhead starts nearer the top edge.
    flow.y = FIRST_PAGE_TOP;
    letterhead(flow, memo);
    memoHeader(flow, memo);
    for (const sec of memo.sections) flow.tag('Sect', () => section(flow, memo, sec));
    tags.finish();
    stampPages(doc, text, tags, memo, box);
    doc.end();
  } catch (err) {
    // Drawing failed part-way: end the stream so nothing is left open, and report the real error.
    doc.end();
    return done.then(() => Promise.reject(err instanceof Error ? err : new Error(String(err))));
  }
  return done;
}
