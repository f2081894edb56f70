/**
 * Fees whose amounts live in the facts data set. The programme file keeps what is rule logic
 * (label, who is charged, per person or per application, conditions, assumptions); the data set
 * holds the amounts and their periods of force. Each version becomes one dated entry of the same
 * series, so the engine's as-of selection (rules/costs.ts) picks the version in force exactly as
 * factAt does.
 */
import type { Fee } from '../programs/types';
import { factById } from './resolve';
import type { FactDataSet, FactVersion } from './schema';

/** Everything about a fee that is rule logic rather than a figure. */
export type FeeRule = Omit<Fee, 'amount' | 'unknown' | 'payer' | 'effective' | 'effectiveTo' | 'introduced' | 'series' | 'factId' | 'sourceId' | 'firm'>;

/**
 * How a rule uses the figure: `times` multiplies it (a yearly rate over a grant of several years);
 * `label` words the fee around each version's value (and its source), so a label never quotes a
 * figure the version does not carry: a pack's or the firm's figure cannot make it lie.
 */
export type FeeScaling = { times?: number; label?: (value: number | null, version: FactVersion) => string };

/**
 * A label quoting a figure that is not the fact's own value (the fee for a longer certificate, a
 * child's rate), as stated by source `sourceId`: kept on versions from that source only. A version
 * from elsewhere (a pack, the firm's own figure) does not vouch for it, so its label says `without`.
 */
export function quotingSource(sourceId: string, quoting: string, without: string): NonNullable<FeeScaling['label']> {
  return (_value, version) => (version.sourceId === sourceId ? quoting : without);
}

/** How a programme file declares a fee whose amounts are a fact: the fact id, the rule, and any scaling. */
export type FeesOf = (factId: string, rule: FeeRule, scaling?: FeeScaling) => Fee[];

/** The fee declarations of programme files, read from `dataSet` (see shared/programs/catalogue.ts). */
export function feesOf(dataSet: FactDataSet): FeesOf {
  return (factId, rule, scaling) => factFees(dataSet, factId, rule, scaling);
}

/** The dated fee entries of fact `factId`: the first keeps `rule.id`, later ones add `@effectiveFrom`. */
export function factFees(dataSet: FactDataSet, factId: string, rule: FeeRule, scaling: FeeScaling = {}): Fee[] {
  const fact = factById(dataSet, factId);
  if (fact.kind !== 'fee' || fact.payer === undefined) throw new Error(`Fact ${factId} is not a fee`);
  const payer = fact.payer;
  return fact.versions.map((v, i) => ({
    ...rule,
    id: i === 0 ? rule.id : `${rule.id}@${v.effectiveFrom}`,
    label: scaling.label ? scaling.label(v.value, v) : rule.label,
    amount: v.value === null ? null : { amount: v.value * (scaling.times ?? 1), currency: fact.unit },
    ...(v.unknown !== undefined && { unknown: v.unknown }),
    payer,
    effective: v.effectiveFrom,
    ...(v.effectiveTo !== undefined && { effectiveTo: v.effectiveTo }),
    ...(fact.introduced && { introduced: true as const }),
    // The series is the fee rule, not the fact: one fact may price several fees (the UK health
    // surcharge over 2 or 3 years), each of which has its own amounts over time.
    series: rule.id,
    factId,
    sourceId: v.sourceId,
    // The firm's own figure carries who entered it and its source to every place the fee is shown.
    ...(v.firm && { firm: { by: v.firm.by, ...(v.firm.url !== undefined && { url: v.firm.url }), ...(v.firm.note !== undefined && { note: v.firm.note }) } }),
  }));
}
