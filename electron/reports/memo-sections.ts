/**
 * The generated, non-editable parts of the memo's sections: the facts, the options table and its
 * charts, the option-by-option analysis, the assumptions and open questions, and the sources.
 */
import type { FactGroup, GateMark, MemoAssumptions, MemoDocument, MemoSource, OptionAnalysis } from '../../shared/memo/types';
import { OPTION_COLUMNS } from '../../shared/memo/types';
import { drawCostChart, drawTimelineChart } from './pdf-charts';
import { COLOURS, SIZE, type Flow, type ValueBlock } from './pdf-flow';
import { formatDate } from '../../shared/memo/format';
import { drawTable, type Column } from './pdf-table';
import type { Styled, TextStyle } from './pdf-text';

const s = (text: string, style: TextStyle): Styled => ({ text, style });
const small = (text: string, extra: Partial<TextStyle> = {}): Styled => s(text, { size: SIZE.small, ...extra });
const tiny = (text: string, extra: Partial<TextStyle> = {}): Styled => s(text, { size: SIZE.tiny, ...extra });
const labelStyle: TextStyle = { size: SIZE.tiny, bold: true, color: COLOURS.muted };

/** A sub-heading inside a section, kept with the lines that follow it. */
export function subheading(flow: Flow, text: string, keep = 48, extra: Styled[] = []): void {
  flow.space(6);
  flow.ensure(keep);
  flow.paragraph([s(text, { size: SIZE.subheading, bold: true, color: COLOURS.accent }), ...extra], { after: 3 });
}

function minorHeading(flow: Flow, text: string): void {
  flow.space(4);
  flow.ensure(36);
  flow.paragraph([small(text, { bold: true, color: COLOURS.accent })], { after: 2 });
}

/** The facts relied on, group by group, label beside value; unknowns in a fainter ink. */
export function drawFacts(flow: Flow, groups: readonly FactGroup[]): void {
  for (const g of groups) {
    minorHeading(flow, g.heading);
    for (const r of g.rows) {
      const style = r.unknown ? { color: COLOURS.faint } : {};
      flow.labelled([small(r.label, { color: COLOURS.muted })], r.value.split('\n').map(v => ({ spans: [small(v, style)], after: 1.5 })), 150, { after: 0.5 });
    }
  }
}

// The status column holds the shared headline ("Likely eligible — 2 questions for you"): wide
// enough for it in two lines, so no row grows taller than a two-line programme name.
const COLUMN_WEIGHTS: Record<(typeof OPTION_COLUMNS)[number]['key'], number> = {
  programme: 2.2,
  country: 1.0,
  status: 1.6,
  points: 0.85,
  clientCost: 1.15,
  employerCost: 1.15,
  toWork: 1.05,
  toPermanentResidence: 1.1,
  odds: 0.7,
};

/** The options table (recommended row highlighted), its notes, then the two charts. */
export function drawOptions(flow: Flow, memo: MemoDocument): void {
  const columns: Column[] = OPTION_COLUMNS.map(c => ({ heading: c.heading, weight: COLUMN_WEIGHTS[c.key] }));
  const header = OPTION_COLUMNS.map(c => [tiny(c.heading, { bold: true, color: COLOURS.accent })]);
  const rows = memo.options.rows.map(r => ({
    cells: OPTION_COLUMNS.map(c =>
      c.key === 'programme' && r.recommended
        ? [tiny(r.programme, { bold: true }), tiny('\nRecommended', { bold: true, color: '#8a6d00' })]
        : [tiny(r[c.key], c.key === 'programme' ? { bold: true } : {})],
    ),
    ...(r.recommended ? { fill: COLOURS.highlight } : {}),
  }));
  flow.space(2);
  drawTable(flow, columns, header, rows);
  flow.space(3);
  flow.paragraph([tiny(memo.options.notes.join('  '), { color: COLOURS.muted })], { after: 10 });
  drawCostChart(flow, memo.charts.cost);
  flow.space(8);
  drawTimelineChart(flow, memo.charts.timeline);
}

const MARKS: Record<GateMark, { text: string; colour: string }> = {
  met: { text: 'Met', colour: '#1e6b3a' },
  'not-met': { text: 'Not met', colour: '#a12a2a' },
  unknown: { text: 'Unknown', colour: '#8a5a00' },
  judge: { text: 'To judge', colour: '#1f5fbf' },
};

const refs = (ns: readonly number[]) => ns.map(n => `[${String(n)}]`).join(' ');
/** Width of the analysis's label column. */
const LABEL = 112;

function drawOption(flow: Flow, a: OptionAnalysis, number: string): void {
  const tag = a.recommended ? [s('   Recommended', { size: SIZE.small, bold: true, color: '#8a6d00' })] : [];
  subheading(flow, `${number} ${a.heading}`, 90, tag);
  flow.paragraph([small(a.verdict)], { after: 4 });
  flow.paragraph([s('CRITERIA', labelStyle)], { after: 1 });
  for (const g of a.gates) {
    const mark = MARKS[g.mark];
    flow.labelled([tiny(mark.text, { bold: true, color: mark.colour })], [{ spans: [small(`${g.label}: `, { bold: true }), small(g.reason)] }], 52, { indent: 8, after: 2 });
  }
  flow.space(3);
  for (const item of a.items) {
    const blocks: ValueBlock[] = [
      ...item.lines.map(l => ({ spans: [small(l)], after: 1 })),
      ...item.details.map(d => ({ spans: [tiny(d, { color: COLOURS.muted })], bullet: true, after: 1 })),
    ];
    flow.labelled([s(item.label.toUpperCase(), labelStyle)], blocks, LABEL);
  }
  if (a.risks.length) flow.labelled([s('RISKS', labelStyle)], a.risks.map(r => ({ spans: [small(r)], bullet: true, after: 1.5 })), LABEL);
  if (a.sourceNumbers.length) flow.labelled([s('SOURCES', labelStyle)], [{ spans: [tiny(refs(a.sourceNumbers), { color: COLOURS.muted })] }], LABEL);
  flow.space(6);
}

/** Each option as a numbered sub-section (4.1, 4.2…): verdict, criteria, figures, risks, sources. */
export function drawAnalysis(flow: Flow, analysis: readonly OptionAnalysis[], section: number): void {
  analysis.forEach((a, i) => drawOption(flow, a, `${String(section)}.${String(i + 1)}`));
}

/** Policy assumptions with their status, what-if changes, open questions and matters of judgement. */
export function drawAssumptions(flow: Flow, a: MemoAssumptions): void {
  minorHeading(flow, 'Policy assumptions');
  if (!a.policy.length) flow.paragraph([small('None of the options compared depends on a policy assumption.')], { after: 4 });
  for (const p of a.policy) {
    flow.ensure(48);
    flow.paragraph([small(p.label, { bold: true })], { after: 1 });
    flow.paragraph([small('Assumed: ', { color: COLOURS.muted }), small(p.value)], { indent: 10, after: 1 });
    flow.paragraph([small(p.status, { color: COLOURS.muted })], { indent: 10, after: 1 });
    if (p.sourceNumbers.length) flow.paragraph([tiny(`Sources: ${refs(p.sourceNumbers)}`, { color: COLOURS.muted })], { indent: 10, after: 6 });
  }
  minorHeading(flow, 'What-if changes to the facts');
  if (!a.whatIf.length) flow.paragraph([small('None: the comparison used the facts as recorded in the case file.')], { after: 4 });
  for (const w of a.whatIf) flow.bullet([small(w)]);
  minorHeading(flow, 'Open questions: facts still unknown');
  if (!a.openQuestions.length) flow.paragraph([small('None: every fact the options need is recorded.')], { after: 4 });
  for (const q of a.openQuestions) flow.bullet([small(q.fact, { bold: true }), small(`, needed for ${q.neededBy.join('; ')}`)]);
  minorHeading(flow, 'Questions for legal judgement');
  if (!a.judgements.length) flow.paragraph([small('None.')], { after: 4 });
  for (const j of a.judgements) flow.bullet([small(`${j.programme}: `, { bold: true }), small(`${j.criterion}. `, { bold: true, color: COLOURS.muted }), small(j.question)]);
}

/** The numbered sources: title, clickable URL, as-of date and confidence, each kept on one page. */
export function drawSources(flow: Flow, sources: readonly MemoSource[]): void {
  flow.space(2);
  for (const src of sources) {
    const blocks: ValueBlock[] = [
      { spans: [small(src.title)], after: 0.5 },
      { spans: [tiny(src.url, { color: COLOURS.link, link: src.url })] },
      { spans: [tiny(`As of ${formatDate(src.asOf)} · ${src.confidence}`, { color: COLOURS.muted })] },
    ];
    flow.labelled([small(`[${String(src.number)}]`, { color: COLOURS.muted })], blocks, 28, { after: 4, keep: true });
  }
}
