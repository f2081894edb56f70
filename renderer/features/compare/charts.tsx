import { COST_CHART_NOTE, costChart, describeChart, timelineChart, type BarChart, type RangeChart, type Span } from '../../../shared/compare/index';
import type { Assessment } from '../../../shared/rules/types';

/** Layout in SVG units; the chart model itself has no pixels, so the memo can draw the same charts. */
const W = 640;
const LABEL = 190;
const ROW = 34;
const PAD = 24;
const COLORS = { applicant: '#1f5fbf', employer: '#c9a227', work: '#1e6b3a', pr: '#7a8699' } as const;

function Axis({ scale, top, height }: { scale: BarChart['scale']; top: number; height: number }) {
  const x = (v: number) => LABEL + (v / scale.max) * (W - LABEL - PAD);
  return (
    <g aria-hidden="true">
      {scale.ticks.map((t, i) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={top} y2={top + height} stroke="#d9dee5" />
          <text x={x(t)} y={top + height + 14} fontSize="10" textAnchor="middle" fill="#5a6472">
            {scale.tickLabels[i]}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Cost per programme, stacked by who pays. */
function CostChart({ model }: { model: BarChart }) {
  const height = model.bars.length * ROW;
  const x = (v: number) => (v / model.scale.max) * (W - LABEL - PAD);
  return (
    <figure className="chart">
      <figcaption id="cost-chart-title">{model.title}</figcaption>
      <svg viewBox={`0 0 ${String(W)} ${String(height + 40)}`} role="img" aria-labelledby="cost-chart-title" aria-describedby="cost-chart-desc">
        <desc id="cost-chart-desc">{describeChart(model)}</desc>
        <Axis scale={model.scale} top={4} height={height} />
        {model.bars.map((b, i) => {
          let offset = LABEL;
          const y = 4 + i * ROW;
          return (
            <g key={b.programId}>
              <text x={LABEL - 8} y={y + ROW / 2 + 4} fontSize="11" textAnchor="end" fill="#1c2430">
                {b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label}
              </text>
              {b.segments.map(s => {
                const w = x(s.value);
                const rect = <rect key={s.payer} x={offset} y={y + 6} width={Math.max(0, w)} height={ROW - 12} fill={COLORS[s.payer]} />;
                offset += w;
                return rect;
              })}
              <text x={offset + 6} y={y + ROW / 2 + 4} fontSize="10" fill="#5a6472">
                {b.totalLabel}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="legend">
        <span style={{ color: COLORS.applicant }}>■</span> client · <span style={{ color: COLORS.employer }}>■</span> employer · {COST_CHART_NOTE}
      </p>
    </figure>
  );
}

function Bar({ span, y, color, scaleMax }: { span: Span; y: number; color: string; scaleMax: number }) {
  const x = (v: number) => LABEL + (v / scaleMax) * (W - LABEL - PAD);
  if (span.kind !== 'range') {
    return (
      <text x={LABEL + 4} y={y + 9} fontSize="10" fill="#5a6472">
        {span.label}
      </text>
    );
  }
  return (
    <g>
      <rect x={x(span.min)} y={y} width={Math.max(2, x(span.max) - x(span.min))} height={11} fill={color} rx={2} />
      <text x={x(span.max) + 5} y={y + 9} fontSize="10" fill="#5a6472">
        {span.label}
      </text>
    </g>
  );
}

/** Time to work and to permanent residence, as range bars. */
function TimelineChart({ model }: { model: RangeChart }) {
  const height = model.rows.length * ROW;
  return (
    <figure className="chart">
      <figcaption id="time-chart-title">{model.title}</figcaption>
      <svg viewBox={`0 0 ${String(W)} ${String(height + 40)}`} role="img" aria-labelledby="time-chart-title" aria-describedby="time-chart-desc">
        <desc id="time-chart-desc">{describeChart(model)}</desc>
        <Axis scale={model.scale} top={4} height={height} />
        {model.rows.map((r, i) => {
          const y = 4 + i * ROW;
          return (
            <g key={r.programId}>
              <text x={LABEL - 8} y={y + ROW / 2 + 4} fontSize="11" textAnchor="end" fill="#1c2430">
                {r.label.length > 30 ? `${r.label.slice(0, 29)}…` : r.label}
              </text>
              <Bar span={r.toWork} y={y + 4} color={COLORS.work} scaleMax={model.scale.max} />
              <Bar span={r.toPermanentResidence} y={y + 18} color={COLORS.pr} scaleMax={model.scale.max} />
            </g>
          );
        })}
      </svg>
      <p className="legend">
        <span style={{ color: COLORS.work }}>■</span> to work · <span style={{ color: COLORS.pr }}>■</span> to permanent residence
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
