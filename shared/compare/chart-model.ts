/**
 * Chart models for the comparison: cost by payer and months to work / to permanent residence.
 * Layout-independent on purpose (values, scales, labels and flags; no pixels), so the renderer's SVG
 * and the PDF memo's vector drawing read the very same model and cannot disagree.
 */
import { programById } from '../programs/index';
import type { Payer } from '../programs/types';
import { conditionalText, formatMoney } from '../rules/labels';
import { convert } from '../rules/money';
import type { Assessment, ConditionalCost, Costs } from '../rules/types';

/** A value axis from 0: `ticks` step 1, 2 or 5 × 10ⁿ and end at `max`, which covers the data. */
export type Scale = {
  max: number;
  ticks: number[];
  /** One label per tick, e.g. `100,000 USD` or `18 mo`. */
  tickLabels: string[];
  unit: string;
};

/** One payer's share of a cost bar, in the chart's currency. */
export type BarSegment = { payer: Payer; value: number; label: string };

/** One programme's costs: segments stacked applicant first, then employer. */
export type CostBar = {
  programId: string;
  label: string;
  segments: BarSegment[];
  total: number;
  /**
   * `2,453 USD`, or `2,453 USD +?` when some fee is unknown (as the comparison table writes it),
   * then `+ 100,000 USD conditional` for fees owed only if a policy holds.
   */
  totalLabel: string;
  /** Fees left out of the bar because their amount (or exchange rate) is unknown. */
  unknown: Costs['unknown'];
  /** Fees left out of the bar because they are owed only if a policy holds, in the chart's currency where a rate exists. */
  conditional: ConditionalCost[];
};

/** What the cost chart's marks after a total mean, for its legend on screen and in the PDF. */
export const COST_CHART_NOTE = '"+?" some fees unknown · "conditional" owed only if a policy holds';

export type BarChart = { kind: 'bar'; title: string; currency: string; bars: CostBar[]; scale: Scale };

/** A month range, or why there is none: not published (`unknown`) or no such route (`none`). */
export type Span =
  | { kind: 'range'; min: number; max: number; label: string }
  | { kind: 'unknown'; label: string; reason: string }
  | { kind: 'none'; label: string };

export type RangeRow = { programId: string; label: string; toWork: Span; toPermanentResidence: Span };

export type RangeChart = { kind: 'range'; title: string; rows: RangeRow[]; scale: Scale };

export type ChartModel = BarChart | RangeChart;

const PAYERS: readonly Payer[] = ['applicant', 'employer'];
/** The attorney's word for each payer: the applicant is their client. */
const PAYER_WORD: Record<Payer, string> = { applicant: 'client', employer: 'employer' };
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `1–6 months`, `1 month`, `0.2–3 months`. */
export function formatMonthRange(min: number, max: number, unit = 'months'): string {
  const n = (x: number) => String(Math.round(x * 10) / 10);
  if (min === max) return `${n(min)} ${min === 1 && unit === 'months' ? 'month' : unit}`;
  return `${n(min)}–${n(max)} ${unit}`;
}

/** The reason the engine gave for an unknown figure (`<what> unknown: <why>` in the notes). */
function unknownReason(a: Assessment, what: string): string {
  const prefix = `${what} unknown: `;
  const note = a.timeline.notes.find(n => n.startsWith(prefix));
  return note ? note.slice(prefix.length) : 'Not published.';
}

/**
 * The two timelines of an assessment as spans. A route the catalogue records as leading to no
 * permanent residence is `none`; a figure nobody published is `unknown`, never zero.
 */
export function timelineSpans(a: Assessment): { toWork: Span; toPermanentResidence: Span } {
  const span = (range: readonly [number, number] | null, what: string): Span =>
    range
      ? { kind: 'range', min: range[0], max: range[1], label: formatMonthRange(range[0], range[1]) }
      : { kind: 'unknown', label: 'Unknown', reason: unknownReason(a, what) };
  const noRoute = programById(a.programId)?.permanentResidence === null;
  return {
    toWork: span(a.timeline.toWorkMonths, 'Time to work'),
    toPermanentResidence: noRoute
      ? { kind: 'none', label: 'No route to permanent residence' }
      : span(a.timeline.toPermanentResidenceMonths, 'Time to permanent residence'),
  };
}

/** Strips binary noise from a multiple of a step (0.30000000000000004 → 0.3). */
const clean = (x: number): number => Number(x.toPrecision(12));

/**
 * A 0-based axis whose step is 1, 2 or 5 × 10ⁿ, aiming at about `target` intervals, with its last
 * tick at or above `dataMax`. An all-zero chart gets the axis 0–1 so it can still be drawn.
 */
export function niceScale(dataMax: number, label: (v: number) => string, unit: string, target = 5): Scale {
  const top = Number.isFinite(dataMax) && dataMax > 0 ? dataMax : 0;
  let step = 1;
  if (top > 0) {
    const raw = top / target;
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    step = clean(([1, 2, 5, 10].find(m => m * magnitude >= raw) ?? 10) * magnitude);
  }
  const count = Math.max(1, Math.ceil(clean(top / step)));
  const ticks = Array.from({ length: count + 1 }, (_, i) => clean(i * step));
  return { max: ticks[ticks.length - 1] ?? step, ticks, tickLabels: ticks.map(label), unit };
}

/** `100,000 USD`; cents only on an axis finer than one unit. */
function moneyLabel(currency: string): (v: number) => string {
  return v => (Number.isInteger(v) ? formatMoney({ amount: v, currency }) : `${v.toLocaleString('en-US')} ${currency}`);
}

/**
 * The non-optional costs of one assessment by payer in `currency`. When the assessment was costed
 * in another currency its items are converted again; an item with no rate joins the unknowns.
 */
export function totalsIn(costs: Costs, currency: string): { totals: Record<Payer, number>; unknown: Costs['unknown'] } {
  if (costs.currency === currency) {
    return { totals: { applicant: costs.totals.applicant.amount, employer: costs.totals.employer.amount }, unknown: costs.unknown };
  }
  const totals: Record<Payer, number> = { applicant: 0, employer: 0 };
  // Rate gaps of the old currency are recomputed below; other unknowns (unpublished fees) stay.
  const unknown = costs.unknown.filter(u => !u.reason.startsWith('No exchange rate'));
  for (const item of costs.items) {
    if (item.optional) continue;
    const converted = convert(item.amount, currency);
    if (converted) totals[item.payer] += converted.amount;
    else unknown.push({ label: item.label, payer: item.payer, reason: `No exchange rate from ${item.amount.currency} to ${currency}; left out of the total.` });
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return { totals: { applicant: round(totals.applicant), employer: round(totals.employer) }, unknown };
}

/**
 * One bar per programme, stacked by payer (applicant, then employer), in `currency`. Fees of
 * unknown amount are not in the bar; they are listed on it and its total label ends in `+?`.
 */
export function costChart(assessments: readonly Assessment[], currency: string): BarChart {
  const bars = assessments.map((a): CostBar => {
    const { totals, unknown } = totalsIn(a.costs, currency);
    // Amounts are shown to the unit, as everywhere else; the values keep their cents.
    const segments = PAYERS.map(payer => ({ payer, value: totals[payer], label: `${capital(PAYER_WORD[payer])}: ${formatMoney({ amount: totals[payer], currency })}` }));
    const total = Math.round((totals.applicant + totals.employer) * 100) / 100;
    const conditional = a.costs.conditional.map(c => ({ ...c, converted: convert(c.amount, currency) }));
    const extra = conditional.reduce((sum, c) => sum + (c.converted ?? c.amount).amount, 0);
    const sameCurrency = conditional.every(c => c.converted);
    const marks = `${unknown.length ? ' +?' : ''}${conditional.length ? ` + ${sameCurrency ? formatMoney({ amount: extra, currency }) : 'an amount'} conditional` : ''}`;
    const totalLabel = `${formatMoney({ amount: total, currency })}${marks}`;
    return { programId: a.programId, label: a.programName, segments, total, totalLabel, unknown, conditional };
  });
  const scale = niceScale(Math.max(0, ...bars.map(b => b.total)), moneyLabel(currency), currency);
  return { kind: 'bar', title: `Cost by payer (${currency})`, currency, bars, scale };
}

/** Per programme, the months to work and to permanent residence as two range bars. */
export function timelineChart(assessments: readonly Assessment[]): RangeChart {
  const rows = assessments.map((a): RangeRow => ({ programId: a.programId, label: a.programName, ...timelineSpans(a) }));
  const maxima = rows.flatMap(r => [r.toWork, r.toPermanentResidence]).flatMap(s => (s.kind === 'range' ? [s.max] : []));
  const scale = niceScale(Math.max(0, ...maxima), v => `${String(v)} mo`, 'months');
  return { kind: 'range', title: 'Months to work and to permanent residence', rows, scale };
}

function spanText(s: Span, noun: string): string {
  if (s.kind === 'range') return `${noun} in ${s.label}`;
  return s.kind === 'none' ? s.label.toLowerCase() : `${noun}: time unknown`;
}

/**
 * A short text alternative for screen readers: what the chart shows and one clause per programme,
 * with unknowns said in words (the chart shows them only as marks).
 */
export function describeChart(model: ChartModel): string {
  if (model.kind === 'bar') {
    if (!model.bars.length) return `${model.title}: no routes.`;
    const parts = model.bars.map(b => {
      const paid = b.segments
        .filter(s => s.value > 0)
        .map(s => `${PAYER_WORD[s.payer]} ${formatMoney({ amount: s.value, currency: model.currency })}`);
      const who = paid.length ? ` (${paid.join(', ')})` : '';
      const unknown = b.unknown.length ? `, plus ${String(b.unknown.length)} unknown ${b.unknown.length === 1 ? 'fee' : 'fees'}` : '';
      const conditional = b.conditional.map(c => `, ${conditionalText(c)}`).join('');
      return `${b.label}: ${formatMoney({ amount: b.total, currency: model.currency })}${who}${unknown}${conditional}`;
    });
    return `${model.title} for ${String(model.bars.length)} ${model.bars.length === 1 ? 'route' : 'routes'}. ${parts.join('; ')}.`;
  }
  if (!model.rows.length) return `${model.title}: no routes.`;
  const parts = model.rows.map(
    r => `${r.label}: ${spanText(r.toWork, 'work')}, ${spanText(r.toPermanentResidence, 'permanent residence')}`,
  );
  return `${model.title} for ${String(model.rows.length)} ${model.rows.length === 1 ? 'route' : 'routes'}. ${parts.join('; ')}.`;
}
