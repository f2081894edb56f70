/**
 * Text for the Word memo: runs split by script so Word picks a font with the glyphs (a Chinese or
 * Devanagari name in Noto Sans alone would show as boxes), and the few paragraph shapes the memo
 * uses (prose, label beside value, bullets, minor headings).
 */
import { HeadingLevel, Paragraph, TabStopType, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { splitByScript, type ScriptFace } from '../../shared/memo/scripts';
import { replaceUnsafe } from '../../shared/unsafe-text';
import { COLOURS, type SIZE } from './memo-style';

/** Word's colours are hex without the `#`. */
export const COLOUR = {
  ...(Object.fromEntries(Object.entries(COLOURS).map(([k, v]) => [k, v.slice(1)])) as { [K in keyof typeof COLOURS]: string }),
  /** The PDF's gold for "Recommended". */
  recommended: '8a6d00',
};

/** Half-points, as Word counts font sizes: the PDF's sizes, a touch larger for a screen-read document. */
export const HALF_POINTS = { body: 20, small: 18, tiny: 16, heading: 26, subheading: 22 } as const satisfies Record<keyof typeof SIZE, number>;

/** Twips (1/20 pt), Word's unit for widths and spacing. */
export const TWIPS_PER_POINT = 20;

/**
 * The memo's fonts as the app ships them (resources/fonts): Noto Sans, with the CJK and Devanagari
 * families for the characters Word sends to its East Asian and complex-script slots.
 */
export const FONTS = { latin: 'Noto Sans', han: 'Noto Sans SC', hangul: 'Noto Sans KR', devanagari: 'Noto Sans Devanagari' } as const;

/** The font of a run of one script, with Word's hint so shared punctuation goes to the same slot. */
function fontFor(face: ScriptFace): IRunOptions['font'] {
  switch (face) {
    case 'han':
    case 'hangul':
      return { ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia: FONTS[face], cs: FONTS.devanagari, hint: 'eastAsia' };
    case 'devanagari':
      return { ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia: FONTS.han, cs: FONTS.devanagari, hint: 'cs' };
    case 'latin':
    case 'symbol':
      // The document's default fonts.
      return undefined;
  }
}

/** How a piece of text is set; sizes in half-points, colours as Word hex. */
export type RunStyle = { size?: number; bold?: boolean; color?: string; italics?: boolean; allCaps?: boolean };

/**
 * The text as runs, one per script. Control characters and direction overrides from a name would
 * act in Word instead of showing (as in the PDF's metadata): each becomes �. Line breaks become
 * Word line breaks.
 */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  const out: TextRun[] = [];
  text.split(/\r\n?|\n/).forEach((line, i) => {
    if (i > 0) out.push(new TextRun({ break: 1 }));
    for (const run of splitByScript(replaceUnsafe(line))) {
      const font = fontFor(run.face);
      out.push(new TextRun({ text: run.text, ...style, ...(font ? { font } : {}) }));
    }
  });
  return out;
}

/** Spacing after (and before) a paragraph, in points. */
const after = (points: number, before = 0) => ({ spacing: { after: points * TWIPS_PER_POINT, ...(before ? { before: before * TWIPS_PER_POINT } : {}) } });

/** The paragraphs of prose: blank lines separate paragraphs. `keepLast` keeps the last one whole and with what follows. */
export function prose(text: string, style: RunStyle = {}, keepLast = false): Paragraph[] {
  const paras = text
    .split(/\n\s*\n/)
    .map(p => p.trim())
    .filter(Boolean);
  return paras.map((p, i) => new Paragraph({ children: runs(p, style), ...after(6), ...(keepLast && i === paras.length - 1 ? { keepNext: true, keepLines: true } : {}) }));
}

/** A paragraph of several runs. */
export function para(children: ParagraphChild[], options: { after?: number; before?: number; indent?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children,
    ...after(options.after ?? 4, options.before),
    ...(options.indent ? { indent: { left: options.indent * TWIPS_PER_POINT } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
  });
}

/** A heading in one of Word's heading styles, so Word's navigation pane and outline see it. */
export function heading(text: string, level: 1 | 2 | 3, extra: ParagraphChild[] = [], pageBreakBefore = false): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ heading: levels[level], children: [...runs(text), ...extra], ...(pageBreakBefore ? { pageBreakBefore: true } : {}) });
}

/** The analysis's labels (CRITERIA, COST…): small, bold, muted. */
const LABEL_STYLE: RunStyle = { size: HALF_POINTS.tiny, bold: true, color: COLOUR.muted };

/** The label column's width, in points: the PDF's. */
export const LABEL_WIDTH = 96;

/**
 * A label beside its lines, as the PDF's label column: the label, a tab, the first line; the other
 * lines indented to the same place. Each line is a paragraph, so Word edits it as one.
 */
export function labelled(label: string, lines: readonly ParagraphChild[][], width = LABEL_WIDTH, labelStyle: RunStyle = LABEL_STYLE): Paragraph[] {
  const indent = width * TWIPS_PER_POINT;
  return lines.map(
    (children, i) =>
      new Paragraph({
        children: i === 0 ? [...runs(label, labelStyle), new TextRun({ text: '\t' }), ...children] : children,
        indent: i === 0 ? { left: indent, hanging: indent } : { left: indent },
        tabStops: [{ type: TabStopType.LEFT, position: indent }],
        // The label keeps with its lines; the lines keep together.
        keepNext: i < lines.length - 1,
        ...after(i === lines.length - 1 ? 5 : 1.5),
      }),
  );
}

/** A bullet paragraph ("•" and a hanging indent, so it needs no numbering definition). */
export function bullet(children: ParagraphChild[], indent = 0): Paragraph {
  const left = (indent + 12) * TWIPS_PER_POINT;
  return new Paragraph({
    children: [new TextRun({ text: '•\t' }), ...children],
    indent: { left, hanging: 12 * TWIPS_PER_POINT },
    tabStops: [{ type: TabStopType.LEFT, position: left }],
    ...after(2),
  });
}
