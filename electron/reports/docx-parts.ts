/**
 * The generated, non-editable parts of the Word memo's sections, as the PDF draws them
 * (memo-sections.ts): the routes table, the analysis of each route, the routes set aside, next
 * steps, the facts, the charts in words, the assumptions, and the sources as Word endnotes.
 */
import {
  BorderStyle,
  EndnoteReferenceRun,
  ExternalHyperlink,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  ShadingType,
  type ParagraphChild,
} from 'docx';
import { describeChart } from '../../shared/compare/chart-model';
import { formatDate } from '../../shared/memo/format';
import { OPTION_COLUMNS, type FactGroup, type GateMark, type MemoAssumptions, type MemoDocument, type MemoSource, type OptionAnalysis } from '../../shared/memo/types';
import { bullet, COLOUR, HALF_POINTS, heading, labelled, para, prose, runs, TWIPS_PER_POINT, type RunStyle } from './docx-text';
import { COLUMN_WEIGHTS, MARKS, refs } from './memo-style';

type Block = Paragraph | Table;

const small = (text: string, style: RunStyle = {}) => runs(text, { size: HALF_POINTS.small, ...style });
const tiny = (text: string, style: RunStyle = {}) => runs(text, { size: HALF_POINTS.tiny, ...style });

const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule };

/**
 * A table across the text width, columns in proportion to `weights`; the header row repeats on
 * every page Word breaks the table across, and no row splits between pages.
 */
function table(widthTwips: number, weights: readonly number[], header: readonly string[], rows: readonly { cells: ParagraphChild[][]; fill?: string }[]): Table {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map(w => Math.floor((widthTwips * w) / total));
  const cell = (children: ParagraphChild[], width: number, fill?: string) =>
    new TableCell({
      children: [new Paragraph({ children, spacing: { after: 0 } })],
      width: { size: width, type: WidthType.DXA },
      ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
    });
  return new Table({
    width: { size: widthTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE },
    margins: { top: 50, bottom: 50, left: 70, right: 70 },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) => cell(tiny(h, { bold: true, color: COLOUR.accent }), widths[i] ?? 0, COLOUR.band)),
      }),
      ...rows.map(r => new TableRow({ cantSplit: true, children: r.cells.map((c, i) => cell(c, widths[i] ?? 0, r.fill)) })),
    ],
  });
}

/** The table of the routes discussed (the recommended row highlighted), then its note. */
export function optionsTable(memo: MemoDocument, note: string, widthTwips: number): Block[] {
  const rows = memo.options.rows.map(r => ({
    cells: OPTION_COLUMNS.map(c =>
      c.key === 'programme' && r.recommended
        ? [...tiny(r.programme, { bold: true }), new TextRun({ break: 1 }), ...tiny('Recommended', { bold: true, color: COLOUR.recommended })]
        : tiny(r[c.key], c.key === 'programme' ? { bold: true } : {}),
    ),
    ...(r.recommended ? { fill: COLOUR.highlight } : {}),
  }));
  const weights = OPTION_COLUMNS.map(c => COLUMN_WEIGHTS[c.key]);
  return [
    table(
      widthTwips,
      weights,
      OPTION_COLUMNS.map(c => c.heading),
      rows,
    ),
    para(tiny(note, { color: COLOUR.muted }), { before: 4, after: 8 }),
  ];
}

/** The routes set aside: one row each, with the main reason. */
export function setAsideTable(rows: MemoDocument['setAside'], widthTwips: number): Block[] {
  return [
    table(
      widthTwips,
      [2.2, 1, 5],
      ['Route', 'Country', 'Main reason'],
      rows.map(r => ({ cells: [tiny(r.programme, { bold: true }), tiny(r.country), tiny(r.reason)] })),
    ),
    para([], { after: 4 }),
  ];
}

/** The dated next steps, the date in a column of its own. */
export function nextSteps(steps: MemoDocument['nextSteps']): Paragraph[] {
  return steps.flatMap(step => labelled(step.when, [small(step.what)], 130, { size: HALF_POINTS.small, bold: true }));
}

const markColour = (mark: GateMark) => MARKS[mark].colour.slice(1);

/** The criteria in words: the met ones in one sentence, each other one with its reason. */
function criteria(a: OptionAnalysis): ParagraphChild[][] {
  const met = a.gates.filter(g => g.mark === 'met').map(g => g.label);
  const lines: ParagraphChild[][] = [];
  if (met.length) lines.push([...small('Met: ', { bold: true, color: markColour('met') }), ...small(`${met.join('; ')}.`)]);
  for (const mark of ['not-met', 'unknown', 'judge'] as const) {
    for (const g of a.gates.filter(x => x.mark === mark)) {
      lines.push([...small(`${MARKS[mark].text}: `, { bold: true, color: markColour(mark) }), ...small(`${g.label}. `, { bold: true }), ...small(g.reason)]);
    }
  }
  return lines;
}

/** One route as a numbered sub-section (Heading 2): verdict, criteria, figures, main risks, sources. */
function option(a: OptionAnalysis, number: string, appendix: string): Paragraph[] {
  const tag = a.recommended ? runs('   Recommended', { size: HALF_POINTS.small, bold: true, color: COLOUR.recommended }) : [];
  // The generated verdict is one bold sentence; the attorney's own analysis reads as prose, as in the PDF.
  const opening = a.edited ? prose(a.verdict, { size: HALF_POINTS.small }) : [para(small(a.verdict, { bold: true }), { after: 5, keepNext: true })];
  const out: Paragraph[] = [heading(`${number} ${a.heading}`, 2, tag), ...opening];
  const gates = criteria(a);
  if (gates.length) out.push(...labelled('CRITERIA', gates));
  for (const item of a.items) {
    out.push(...labelled(item.label.toUpperCase(), [...item.lines.map(l => small(l)), ...item.details.map(d => tiny(d, { color: COLOUR.muted }))]));
  }
  if (a.risks.length) {
    const more = a.moreRisks ? [tiny(`${a.moreRisks === 1 ? 'One further risk is' : `${String(a.moreRisks)} further risks are`} listed in appendix ${appendix}.`, { color: COLOUR.muted })] : [];
    out.push(...labelled('MAIN RISKS', [...a.risks.map(r => [new TextRun({ text: '• ', color: COLOUR.faint }), ...small(r)]), ...more]));
  }
  if (a.sourceNumbers.length) out.push(...labelled('SOURCES', [tiny(refs(a.sourceNumbers), { color: COLOUR.muted })]));
  return out;
}

/** Each route as a numbered sub-section (3.1, 3.2…). */
export function analysis(list: readonly OptionAnalysis[], section: string, appendix: string): Paragraph[] {
  return list.flatMap((a, i) => option(a, `${section}.${String(i + 1)}`, appendix));
}

/** The facts relied on, group by group (Heading 3), label beside value; unknowns in a fainter ink. */
export function facts(groups: readonly FactGroup[]): Paragraph[] {
  return groups.flatMap(g => [
    heading(g.heading, 3),
    ...g.rows.flatMap(r => labelled(r.label, r.value.split('\n').map(v => small(v, r.unknown ? { color: COLOUR.faint } : {})), 150, { size: HALF_POINTS.small, color: COLOUR.muted })),
  ]);
}

/** The cost and timeline charts in words: Word gets their text alternative, which states every figure. */
export function charts(memo: MemoDocument): Paragraph[] {
  if (!memo.charts.cost.bars.length) return [];
  return [memo.charts.cost, memo.charts.timeline].flatMap(c => [heading(c.title, 3), para(small(describeChart(c)))]);
}

/** Policy assumptions with their status, what-if changes, open questions and matters of judgement. */
export function assumptions(a: MemoAssumptions): Paragraph[] {
  const none = (text: string) => para(small(text));
  const out: Paragraph[] = [heading('Policy assumptions', 3)];
  if (!a.policy.length) out.push(none('None of the routes discussed depends on a policy assumption.'));
  for (const p of a.policy) {
    out.push(para(small(p.label, { bold: true }), { after: 1, keepNext: true }));
    out.push(para([...small('Assumed: ', { color: COLOUR.muted }), ...small(p.value)], { indent: 10, after: 1, keepNext: true }));
    out.push(para(small(p.status, { color: COLOUR.muted }), { indent: 10, after: p.sourceNumbers.length ? 1 : 6, keepNext: p.sourceNumbers.length > 0 }));
    if (p.sourceNumbers.length) out.push(para(tiny(`Sources: ${refs(p.sourceNumbers)}`, { color: COLOUR.muted }), { indent: 10, after: 6 }));
  }
  out.push(heading('What-if changes to the facts', 3));
  if (!a.whatIf.length) out.push(none('None: the comparison used the facts as recorded in the case file.'));
  out.push(...a.whatIf.map(w => bullet(small(w))));
  out.push(heading('Open questions: facts still unknown', 3));
  if (!a.openQuestions.length) out.push(none('None: every fact the routes discussed need is recorded.'));
  out.push(...a.openQuestions.map(q => bullet([...small(q.fact, { bold: true }), ...small(`, needed for ${q.neededBy.join('; ')}`)])));
  out.push(heading('Questions for legal judgement', 3));
  if (!a.judgements.length) out.push(none('None.'));
  out.push(...a.judgements.map(j => bullet([...small(`${j.programme}: `, { bold: true }), ...small(`${j.criterion}. `, { bold: true, color: COLOUR.muted }), ...small(j.question)])));
  if (a.furtherRisks.length) {
    out.push(heading('Further risks of the routes discussed', 3));
    for (const r of a.furtherRisks) out.push(para(small(r.programme, { bold: true }), { after: 1, keepNext: true }), ...r.risks.map(risk => bullet(small(risk), 8)));
  }
  return out;
}

/**
 * The sources, official ones first, each with a Word endnote holding its date, confidence and link.
 * Word numbers endnotes in the order their marks appear, and these are the memo's only marks, in
 * the sources' order: endnote n is source [n], as the analysis cites it.
 */
export function sources(list: readonly MemoSource[]): Paragraph[] {
  const out: Paragraph[] = [];
  let group = '';
  for (const src of [...list].sort((a, b) => a.number - b.number)) {
    const name = src.official ? 'Official sources' : 'Other sources';
    if (name !== group) out.push(heading((group = name), 3));
    const note = new EndnoteReferenceRun({
      children: [
        new Paragraph({ style: 'EndnoteText', children: [...runs(`${src.title}. `), ...runs(`As of ${formatDate(src.asOf)}, ${src.confidence}.`, { color: COLOUR.muted })] }),
        new Paragraph({ style: 'EndnoteText', children: [new ExternalHyperlink({ link: src.url, children: runs(src.url, { color: COLOUR.link }) })] }),
      ],
    });
    // The title here, its date, confidence and link in the endnote.
    // docx's ParagraphChild type leaves out EndnoteReferenceRun, a run like TextRun that a paragraph writes the same way.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
    const children: ParagraphChild[] = [...small(src.title), note];
    out.push(para(children, { after: 3 }));
  }
  return out;
}

/** Points to twips. */
export const twips = (points: number) => Math.round(points * TWIPS_PER_POINT);
