import { COST_CHART_NOTE, costChart, describeChart, timelineChart, type BarChart, type RangeChart, type Scale, type Span } from '../../../shared/compare/index';
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

/** Cost per programme, stacked by who pays; fees of unknown amount add a hatched "unknown" piece. */
function CostChart({ model }: { model: BarChart }) {
  return (
    <figure className="chart">
      <figcaption>{model.title}</figcaption>
      <p className="visually-hidden">{describeChart(model)}</p>
      <div className="chart-body" aria-hidden="true">
        {model.bars.map(b => (
          <div key={b.programId} className="chart-row">
            <span className="chart-label">{b.label}</span>
            <span className="chart-track">
              {b.segments.map(s => (
                <span key={s.payer} className={`chart-bar chart-${s.payer}`} style={{ width: pct(s.value, model.scale) }} title={s.label} />
              ))}
              {b.unknown.length > 0 && <Unknown text={b.total > 0 ? '+ unknown' : 'amount unknown'} />}
              <span className="chart-value">{b.totalLabel}</span>
            </span>
          </div>
        ))}
        <Axis scale={model.scale} />
      </div>
      <p className="legend">
        <span className="key chart-applicant" /> client · <span className="key chart-employer" /> employer · <span className="key chart-unknown-key" /> unknown amount ·{' '}
        {COST_CHART_NOTE}
      </p>
    </figure>
  );
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
  return (
    <figure className="chart">
      <figcaption>{model.title}</figcaption>
      <p className="visually-hidden">{describeChart(model)}</p>
      <div className="chart-body" aria-hidden="true">
        {model.rows.map(r => (
          <div key={r.programId} className="chart-row">
            <span className="chart-label">{r.label}</span>
            <span className="chart-track chart-lines">
              <Bar span={r.toWork} kind="work" scale={model.scale} />
              <Bar span={r.toPermanentResidence} kind="pr" scale={model.scale} />
            </span>
          </div>
        ))}
        <Axis scale={model.scale} />
      </div>
      <p className="legend">
        <span className="key chart-work" /> to work · <span className="key chart-pr" /> to permanent residence · <span className="key chart-unknown-key" /> unknown
      </p>
    </figure>
  );
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
