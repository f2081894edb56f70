/**
 * The comparison's two charts as vector graphics (rectangles, lines, text), drawn from the same
 * chart models as the screen's SVG (shared/compare/chart-model.ts) and in the same colours, so the
 * memo and the screen cannot disagree. A chart too long for the page continues on the next one,
 * with its axis repeated.
 */
import { COST_CHART_NOTE, type BarChart, type RangeChart, type Scale, type Span } from '../../shared/compare/chart-model';
import { COLOURS, SIZE, type Flow } from './pdf-flow';
import { LEADING } from './pdf-text';

/** As in renderer/features/compare/charts.tsx. */
export const CHART_COLOURS = { applicant: '#1f5fbf', employer: '#c9a227', work: '#1e6b3a', pr: '#7a8699' } as const;

const LABEL = 150;
const RIGHT = 64;
const AXIS = 14;
const TICK = 6.5;

type Geometry = { x0: number; plot: number; top: number; rows: number; rowHeight: number };

/** A one-line label; `fit` shortens it with an ellipsis to that many points. */
function label(flow: Flow, text: string, x: number, y: number, options: { colour?: string; align?: 'left' | 'right' | 'center'; width?: number; size?: number; fit?: number } = {}): void {
  const size = options.size ?? TICK;
  const style = { size, color: options.colour ?? COLOURS.muted };
  const line = options.fit ? flow.text.fitLine(text, style, options.fit) : flow.text.layout([{ text, style }], 10_000)[0];
  // y is the vertical centre of the label.
  if (line) flow.text.drawLine(line, x, y - (size * LEADING) / 2, options.align ?? 'left', options.width ?? 0);
}

function axis(flow: Flow, scale: Scale, g: Geometry): void {
  const { doc } = flow;
  const bottom = g.top + g.rows * g.rowHeight;
  scale.ticks.forEach((t, i) => {
    const x = g.x0 + (t / scale.max) * g.plot;
    flow.graphic(() => doc.save().moveTo(x, g.top).lineTo(x, bottom).lineWidth(0.4).strokeColor('#d9dee5').stroke().restore());
    label(flow, scale.tickLabels[i] ?? '', x - 40, bottom + AXIS / 2, { align: 'center', width: 80 });
  });
}

function title(flow: Flow, text: string): void {
  flow.paragraph([{ text, style: { size: SIZE.small, bold: true, color: COLOURS.accent } }], { after: 2 });
}

function legend(flow: Flow, items: readonly { colour: string; text: string }[], note = ''): void {
  const { doc } = flow;
  let x = flow.box.left + LABEL;
  const y = flow.y + 3;
  for (const item of items) {
    flow.graphic(() => doc.save().rect(x, y, 7, 7).fill(item.colour).restore());
    label(flow, item.text, x + 10, y + 3.5);
    x += 16 + flow.text.width('latin', TICK, item.text);
  }
  if (note) label(flow, note, x + 4, y + 3.5);
  flow.y += 14;
}

/**
 * Rows of a chart in page-sized chunks: as many as fit below the cursor (at least a few, else a
 * new page), each chunk drawn with its own axis.
 */
function chunks(flow: Flow, count: number, rowHeight: number, draw: (from: number, to: number, g: Geometry) => void, name: string): void {
  let from = 0;
  let first = true;
  while (from < count) {
    const reserve = SIZE.small * LEADING + 2 + AXIS + 16;
    const perPage = Math.floor((flow.box.bottom - flow.box.top - reserve) / rowHeight);
    let fits = Math.floor((flow.box.bottom - flow.y - reserve) / rowHeight);
    // A chart that fits on a page of its own is never split; a longer one fills each page.
    const left = count - from;
    if (fits < Math.min(3, left) || (fits < left && left <= perPage)) {
      flow.newPage();
      fits = Math.floor((flow.box.bottom - flow.y - reserve) / rowHeight);
    }
    const to = Math.min(count, from + Math.max(1, fits));
    title(flow, first ? name : `${name} (continued)`);
    const g: Geometry = { x0: flow.box.left + LABEL, plot: flow.width - LABEL - RIGHT, top: flow.y, rows: to - from, rowHeight };
    draw(from, to, g);
    flow.y = g.top + g.rows * rowHeight + AXIS;
    first = false;
    from = to;
  }
}

/** Cost per programme, stacked by payer: the client first, then the employer. */
export function drawCostChart(flow: Flow, model: BarChart): void {
  const ROW = 16;
  const { doc } = flow;
  chunks(
    flow,
    model.bars.length,
    ROW,
    (from, to, g) => {
      axis(flow, model.scale, g);
      model.bars.slice(from, to).forEach((bar, i) => {
        const mid = g.top + i * ROW + ROW / 2;
        label(flow, bar.label, flow.box.left, mid, { colour: COLOURS.ink, align: 'right', width: LABEL - 8, size: SIZE.tiny, fit: LABEL - 10 });
        let x = g.x0;
        for (const s of bar.segments) {
          const w = Math.max(0, (s.value / model.scale.max) * g.plot);
          if (w > 0) flow.graphic(() => doc.save().rect(x, mid - 4.5, w, 9).fill(CHART_COLOURS[s.payer]).restore());
          x += w;
        }
        label(flow, bar.totalLabel, x + 4, mid);
      });
    },
    model.title,
  );
  legend(flow, [{ colour: CHART_COLOURS.applicant, text: 'client' }, { colour: CHART_COLOURS.employer, text: 'employer' }], COST_CHART_NOTE);
}

function rangeBar(flow: Flow, span: Span, y: number, colour: string, scaleMax: number, g: Geometry): void {
  if (span.kind !== 'range') {
    label(flow, span.label, g.x0 + 2, y, { colour: COLOURS.faint });
    return;
  }
  const x = (v: number) => g.x0 + (v / scaleMax) * g.plot;
  flow.graphic(() => flow.doc.save().roundedRect(x(span.min), y - 3, Math.max(2, x(span.max) - x(span.min)), 6, 1).fill(colour).restore());
  label(flow, span.label, x(span.max) + 4, y);
}

/** Months to work and to permanent residence, one pair of range bars per programme. */
export function drawTimelineChart(flow: Flow, model: RangeChart): void {
  const ROW = 22;
  chunks(
    flow,
    model.rows.length,
    ROW,
    (from, to, g) => {
      axis(flow, model.scale, g);
      model.rows.slice(from, to).forEach((row, i) => {
        const top = g.top + i * ROW;
        label(flow, row.label, flow.box.left, top + ROW / 2, { colour: COLOURS.ink, align: 'right', width: LABEL - 8, size: SIZE.tiny, fit: LABEL - 10 });
        rangeBar(flow, row.toWork, top + 6.5, CHART_COLOURS.work, model.scale.max, g);
        rangeBar(flow, row.toPermanentResidence, top + 15.5, CHART_COLOURS.pr, model.scale.max, g);
      });
    },
    model.title,
  );
  legend(flow, [{ colour: CHART_COLOURS.work, text: 'to work' }, { colour: CHART_COLOURS.pr, text: 'to permanent residence' }]);
}

