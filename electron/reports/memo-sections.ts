/**
 * The generated, non-editable parts of the memo's sections: the facts, the routes table and its
 * charts, the option-by-option analysis, the assumptions and open questions, and the sources.
 */
import type { FactGroup, MemoAssumptions, MemoDocument, MemoSource, OptionAnalysis } from '../../shared/memo/types';
import { OPTION_COLUMNS } from '../../shared/memo/types';
import { describeChart } from '../../shared/compare/chart-model';
import { drawCostChart, drawTimelineChart } from './pdf-charts';
import { COLOURS, SIZE, type Flow, type ValueBlock } from './pdf-flow';
import { COLUMN_WEIGHTS, MARKS, refs } from './memo-style';
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
  flow.paragraph([s(text, { size: SIZE.subheading, bold: true, color: COLOURS.accent }), ...extra], { after: 3, tag: 'H3' });
}

function minorHeading(flow: Flow, text: string): void {
  flow.space(4);
  flow.ensure(36);
  flow.paragraph([small(text, { bold: true, color: COLOURS.accent })], { after: 2, tag: 'H3' });
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


/** The table of the routes discussed (recommended row highlighted), then its note. */
export function drawOptions(flow: Flow, memo: MemoDocument, note: string): void {
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
  flow.paragraph([tiny(note, { color: COLOURS.muted })], { after: 4 });
}

/** The cost and timeline charts of the routes discussed, when there are any. */
export function drawCharts(flow: Flow, memo: MemoDocument): void {
  if (!memo.charts.cost.bars.length) return;
  flow.space(6);
  // Each chart is one figure, read as its text alternative.
  flow.tag('Figure', () => drawCostChart(flow, memo.charts.cost), { alt: describeChart(memo.charts.cost) });
  flow.space(8);
  flow.tag('Figure', () => drawTimelineChart(flow, memo.charts.timeline), { alt: describeChart(memo.charts.timeline) });
}

/** The routes set aside: one row each, with the main reason. */
export function drawSetAside(flow: Flow, rows: MemoDocument['setAside']): void {
  const columns: Column[] = [
    { heading: 'Route', weight: 2.2 },
    { heading: 'Country', weight: 1 },
    { heading: 'Main reason', weight: 5 },
  ];
  const header = columns.map(c => [tiny(c.heading, { bold: true, color: COLOURS.accent })]);
  drawTable(flow, columns, header, rows.map(r => ({ cells: [[tiny(r.programme, { bold: true })], [tiny(r.country)], [tiny(r.reason)]] })));
  flow.space(4);
}

/** The dated next steps, the date in a column of its own. */
export function drawNextSteps(flow: Flow, steps: MemoDocument['nextSteps']): void {
  for (const step of steps) flow.labelled([small(step.when, { bold: true })], [{ spans: [small(step.what)] }], 130, { after: 3 });
}


export { refs };

/** Width of the analysis's label column. */
const LABEL = 96;

/** The criteria in words: the met ones in one sentence, each other one with its reason. */
function drawCriteria(flow: Flow, a: OptionAnalysis): void {
  const met = a.gates.filter(g => g.mark === 'met').map(g => g.label);
  const blocks: ValueBlock[] = [];
  if (met.length) blocks.push({ spans: [small('Met: ', { bold: true, color: MARKS.met.colour }), small(`${met.join('; ')}.`)], after: 1.5 });
  for (const mark of ['not-met', 'unknown', 'judge'] as const) {
    for (const g of a.gates.filter(x => x.mark === mark)) {
      blocks.push({ spans: [small(`${MARKS[mark].text}: `, { bold: true, color: MARKS[mark].colour }), small(`${g.label}. `, { bold: true }), small(g.reason)], after: 1.5 });
    }
  }
  flow.labelled([s('CRITERIA', labelStyle)], blocks, LABEL);
}

function drawOption(flow: Flow, a: OptionAnalysis, number: string, appendix: string): void {
  const tag = a.recommended ? [s('   Recommended', { size: SIZE.small, bold: true, color: '#8a6d00' })] : [];
  subheading(flow, `${number} ${a.heading}`, 90, tag);
  // The generated verdict is one bold sentence; the attorney's own analysis reads as prose.
  if (a.edited) flow.prose(a.verdict, { size: SIZE.small });
  else flow.paragraph([small(a.verdict, { bold: true })], { after: 4 });
  drawCriteria(flow, a);
  for (const item of a.items) {
    const blocks: ValueBlock[] = [
      ...item.lines.map(l => ({ spans: [small(l)], after: 1 })),
      ...item.details.map(d => ({ spans: [tiny(d, { color: COLOURS.muted })], after: 1 })),
    ];
    flow.labelled([s(item.label.toUpperCase(), labelStyle)], blocks, LABEL);
  }
  if (a.risks.length) {
    const more = a.moreRisks ? [{ spans: [tiny(`${a.moreRisks === 1 ? 'One further risk is' : `${String(a.moreRisks)} further risks are`} listed in appendix ${appendix}.`, { color: COLOURS.muted })] }] : [];
    flow.labelled([s('MAIN RISKS', labelStyle)], [...a.risks.map(r => ({ spans: [small(r)], bullet: true, after: 1.5 })), ...more], LABEL);
  }
  if (a.sourceNumbers.length) flow.labelled([s('SOURCES', labelStyle)], [{ spans: [tiny(refs(a.sourceNumbers), { color: COLOURS.muted })] }], LABEL);
  flow.space(6);
}

/** Each route as a numbered sub-section (3.1, 3.2…): verdict, criteria, figures, main risks, sources. */
export function drawAnalysis(flow: Flow, analysis: readonly OptionAnalysis[], section: string, appendix: string): void {
  analysis.forEach((a, i) => drawOption(flow, a, `${section}.${String(i + 1)}`, appendix));
}

/** Policy assumptions with their status, what-if changes, open questions and matters of judgement. */
export function drawAssumptions(flow: Flow, a: MemoAssumptions): void {
  minorHeading(flow, 'Policy assumptions');
  if (!a.policy.length) flow.paragraph([small('None of the routes discussed depends on a policy assumption.')], { after: 4 });
  for (const p of a.policy) {
    flow.ensure(48);
    flow.paragraph([small(p.label, { bold: true })], { after: 1 });
    flow.paragraph([small('Assumed: ', { color: COLOURS.muted }), small(p.value)], { indent: 10, after: 1 });
    flow.paragraph([small(p.status, { color: COLOURS.muted })], { indent: 10, after: 1 });
    if (p.sourceNumbers.length) flow.paragraph([tiny(`Sources: ${refs(p.sourceNumbers)}`, { color: COLOURS.muted })], { indent: 10, after: 6 });
  }
  minorHeading(flow, 'What-if changes to the facts');
  if (!a.whatIf.length) flow.paragraph([small('None: the comparison used the facts as recorded in the case file.')], { after: 4 });
  if (a.whatIf.length) flow.tag('L', () => a.whatIf.forEach(w => flow.bullet([small(w)])));
  minorHeading(flow, 'Open questions: facts still unknown');
  if (!a.openQuestions.length) flow.paragraph([small('None: every fact the routes discussed need is recorded.')], { after: 4 });
  if (a.openQuestions.length) flow.tag('L', () => a.openQuestions.forEach(q => flow.bullet([small(q.fact, { bold: true }), small(`, needed for ${q.neededBy.join('; ')}`)])));
  minorHeading(flow, 'Questions for legal judgement');
  if (!a.judgements.length) flow.paragraph([small('None.')], { after: 4 });
  if (a.judgements.length) flow.tag('L', () => a.judgements.forEach(j => flow.bullet([small(`${j.programme}: `, { bold: true }), small(`${j.criterion}. `, { bold: true, color: COLOURS.muted }), small(j.question)])));
  if (a.furtherRisks.length) {
    minorHeading(flow, 'Further risks of the routes discussed');
    for (const r of a.furtherRisks) {
      flow.paragraph([small(r.programme, { bold: true })], { after: 1 });
      if (r.risks.length) flow.tag('L', () => r.risks.forEach(risk => flow.bullet([small(risk)], 8)));
    }
  }
}

/** The numbered endnotes, official sources first: title, date and confidence, then the clickable URL. */
export function drawSources(flow: Flow, sources: readonly MemoSource[]): void {
  flow.space(2);
  let group = '';
  for (const src of sources) {
    const name = src.official ? 'Official sources' : 'Other sources';
    if (name !== group) minorHeading(flow, (group = name));
    const blocks: ValueBlock[] = [
      { spans: [small(src.title), tiny(`  ·  as of ${formatDate(src.asOf)}, ${src.confidence}`, { color: COLOURS.muted })], after: 0.5 },
      { spans: [tiny(src.url, { color: COLOURS.link, link: src.url })] },
    ];
    flow.labelled([small(`[${String(src.number)}]`, { color: COLOURS.muted })], blocks, 28, { after: 3, keep: true });
  }
}
