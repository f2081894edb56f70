/**
 * The comparison workspace's pure logic: ranking routes by the client's priorities, the changes
 * that raise a points score, and chart models shared by the renderer and the PDF memo.
 */
export {
  /** Ranks assessments: eligibility tier first, then fit with the client's priorities; explained line by line. */
  rankAssessments,
  /** The weights of the client's priorities (40/30/20/10 by position; equal when none is recorded). */
  priorityWeights,
  /** Spouse work rights read from the catalogue's sentence: may work, with a permit, may not work, unknown. */
  classifySpouseWork,
  /** Whether children can accompany, read from the catalogue's sentence. */
  classifyChildren,
  /** Weight by priority position, of 100. */
  PRIORITY_WEIGHTS,
  /** Share of the cost weight given to the employer's costs (a tie-breaker). */
  EMPLOYER_COST_SHARE,
} from './ranking';
export type { RankedOption, ScoreLine, Priority, SpouseWork, ChildrenAccompany } from './ranking';
export {
  /** Single changes to the client's facts that raise a points-based route's total, by re-running its calculator. */
  whatMovesTheNeedle,
  /** The most moves returned. */
  MAX_MOVES,
} from './needle';
export type { NeedleMove, NeedleOptions } from './needle';
export {
  /** Cost by payer, one stacked bar per programme, with unknown fees flagged. */
  costChart,
  /** Months to work and to permanent residence, two range bars per programme. */
  timelineChart,
  /** A short text alternative of a chart for screen readers. */
  describeChart,
  /** A 0-based axis with 1-2-5 steps covering a maximum. */
  niceScale,
  /** An assessment's timelines as spans (range, unknown, or no route). */
  timelineSpans,
  /** Costs by payer in a given currency, re-converting when needed. */
  totalsIn,
  /** `1–6 months`. */
  formatMonthRange,
  /** The cost chart's legend note on the marks after a total (`+?`, `conditional`). */
  COST_CHART_NOTE,
} from './chart-model';
export type { BarChart, BarSegment, ChartModel, CostBar, RangeChart, RangeRow, Scale, Span } from './chart-model';
