import { COST_CHART_NOTE, costChart, describeChart, timelineChart, type BarChart, type RangeChart, type Scale, type Span } from '../../../shared/compare/index';
import type { ReactNode } from 'react';
import type { Assessment } from '../../../shared/rules/types';

/*
 * Drawn in HTML rather than SVG so text keeps its CSS size (never below 12 px, however narrow the
 * chart) and route names wrap between words instead of being cut. The model has no pixels; the memo
 * draws the same model.
 */

/** The scale's end sits at 75 % of the track, leaving room for the value written after a bar. */
const pct = (v: number, scale: Scale) => `${String((Math.max(0, v) / scale.max) * 75)}%`;
/** `1,000 USD` → `1,000`: the caption names the currency once, so the axis labels stay apart. */
const tick = (label: string, scale: Scale) => (label.endsWith(` ${scale.unit}`) ? label.slice(0, -scale.unit.length - 1) : label);

function Axis({ scale }: { scale: Scale }) {
  return (
    <div className="chart-row chart-axis" aria-hidden="true">
      <span />
      <span className="chart-track">
        {scale.ticks.map((t, i) => (
          <span key={t} className="chart-tick" style={{ left: pct(t, scale) }}>
            {tick(scale.tickLabels[i] ?? '', scale)}
          </span>
        ))}
      </span>
    </div>
  );
}

/** An amount or a time nobody can give: hatched and labelled, never a zero-length bar. */
function Unknown({ text }: { text: string }) {
  return <span className="chart-unknown">{text}</span>;
}

/** A row of a chart: the route's name, then its track. */
type ChartRow = { programId: string; label: string; track: ReactNode; trackClass?: string };

/** What both charts share: caption, a text alternative for screen readers, rows on one scale, legend. */
function ChartFrame({ model, rows, legend }: { model: BarChart | RangeChart; rows: ChartRow[]; legend: ReactNode }) {
  return (
    <figure className="chart">
      <figcaption>{model.title}</figcaption>
      <p className="visually-hidden">{describeChart(model)}</p>
      <div className="chart-body" aria-hidden="true">
        {rows.map(r => (
          <div key={r.programId} className="chart-row">
            <span className="chart-label">{r.label}</span>
            <span className={r.trackClass ? `chart-track ${r.trackClass}` : 'chart-track'}>{r.track}</span>
          </div>
        ))}
        <Axis scale={model.scale} />
      </div>
      <p className="legend">{legend}</p>
    </figure>
  );
}

/** Cost per programme, stacked by who pays; fees of unknown amount add a hatched "unknown" piece. */
function CostChart({ model }: { model: BarChart }) {
  const rows = model.bars.map(b => ({
    programId: b.programId,
    label: b.label,
    track: (
      <>
        {b.segments.map(seg => (
          <span key={seg.payer} className={`chart-bar chart-${seg.payer}`} style={{ width: pct(seg.value, model.scale) }} title={seg.label} />
        ))}
        {b.unknown.length > 0 && <Unknown text={b.total > 0 ? '+ unknown' : 'amount unknown'} />}
        <span className="chart-value">{b.totalLabel}</span>
      </>
    ),
  }));
  const legend = (
    <>
      <span className="key chart-applicant" /> client · <span className="key chart-employer" /> employer · <span className="key chart-unknown-key" /> unknown amount ·{' '}
      {COST_CHART_NOTE}
    </>
  );
  return <ChartFrame model={model} rows={rows} legend={legend} />;
}

function Bar({ span, kind, scale }: { span: Span; kind: 'work' | 'pr'; scale: Scale }) {
  const what = kind === 'work' ? 'to work' : 'to permanent residence';
  if (span.kind === 'none') return <span className="chart-line muted">{span.label}</span>;
  if (span.kind === 'unknown') {
    return (
      <span className="chart-line">
        <Unknown text={`time ${what} unknown`} />
      </span>
    );
  }
  return (
    <span className="chart-line">
      <span className={`chart-bar chart-${kind}`} style={{ marginLeft: pct(span.min, scale), width: `max(3px, ${pct(span.max - span.min, scale)})` }} />
      <span className="chart-value">{span.label}</span>
    </span>
  );
}

/** Time to work and to permanent residence, as range bars. */
function TimelineChart({ model }: { model: RangeChart }) {
  const rows = model.rows.map(r => ({
    programId: r.programId,
    label: r.label,
    trackClass: 'chart-lines',
    track: (
      <>
        <Bar span={r.toWork} kind="work" scale={model.scale} />
        <Bar span={r.toPermanentResidence} kind="pr" scale={model.scale} />
      </>
    ),
  }));
  const legend = (
    <>
      <span className="key chart-work" /> to work · <span className="key chart-pr" /> to permanent residence · <span className="key chart-unknown-key" /> unknown
    </>
  );
  return <ChartFrame model={model} rows={rows} legend={legend} />;
}

/** Both charts, drawn from the same chart model the memo will use. */
export function Charts({ assessments, currency }: { assessments: Assessment[]; currency: string }) {
  return (
    <div className="charts">
      <CostChart model={costChart(assessments, currency)} />
      <TimelineChart model={timelineChart(assessments)} />
    </div>
  );
}
