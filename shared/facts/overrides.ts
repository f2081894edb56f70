/**
 * A firm's own figures laid over a data set (issue 17, item 2). An override is a version of one
 * fact that the firm enters, with its effective date, the attorney's name and a source URL or a
 * note. Laid over the base data set (the applied pack's, else the shipped one) it is in force from
 * its effective date on; the version in force before is cut to end the day before and kept, so an
 * assessment at an earlier date still uses it. Pure: the content hash of the result is recomputed
 * in electron/ (Node's crypto), see electron/rules/override-hash.ts.
 */
import { addDays } from '../memo/format';
import { factById } from './resolve';
import type { FactDataSet, FactRecord, FactVersion } from './schema';

/** One stored firm figure, as the override store hands it over (active ones only are laid over). */
export type FactOverride = {
  /** The stored override's id (not shown to users). */
  id: string;
  factId: string;
  /** The firm's figure, or null: the firm marks the figure unknown, for the reason in `unknown`. */
  value: number | null;
  unknown?: string;
  /** `YYYY-MM-DD`: the first day the firm's figure is in force. */
  effectiveFrom: string;
  url?: string;
  note?: string;
  /** The attorney who entered it (the user name from Settings). */
  by: string;
  /** When it was entered, an ISO timestamp. */
  at: string;
};

/** Said when the firm marks a figure unknown without saying why. */
export const FIRM_UNKNOWN_REASON = 'The firm has marked this figure unknown.';

/** The version an override becomes: `sourceId: 'firm'`, marked with who, when and on what authority. */
export function overrideVersion(o: FactOverride): FactVersion {
  return {
    effectiveFrom: o.effectiveFrom,
    value: o.value,
    ...(o.value === null ? { unknown: o.unknown ?? FIRM_UNKNOWN_REASON } : {}),
    sourceId: 'firm',
    asOf: o.at.slice(0, 10),
    // The attorney vouches for the figure; there is no lesser standing to give it.
    confidence: 'confirmed',
    firm: { by: o.by, at: o.at, ...(o.url !== undefined && { url: o.url }), ...(o.note !== undefined && { note: o.note }) },
  };
}

/**
 * `versions` with `added` in force from its first day on: a version running into that day ends the
 * day before; versions starting on or after it give way, since the firm's figure has no end date.
 */
function layVersion(versions: readonly FactVersion[], added: FactVersion): FactVersion[] {
  const from = added.effectiveFrom;
  const dayBefore = addDays(from, -1);
  const kept = versions
    .filter(v => v.effectiveFrom < from)
    .map(v => (v.effectiveTo === undefined || v.effectiveTo >= from ? { ...v, effectiveTo: dayBefore } : v));
  return [...kept, added];
}

/** Overrides in the order they are laid: by effective date, then by when they were entered. */
export function inLayingOrder(overrides: readonly FactOverride[]): FactOverride[] {
  return [...overrides].sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) : a.effectiveFrom < b.effectiveFrom ? -1 : 1));
}

/**
 * The data set with the firm's overrides laid over `base`, several of one fact in date order (a
 * later one cuts an earlier one short). An override of a fact `base` lacks throws, naming the fact.
 * `contentHash` is still the base's: electron/rules/override-hash.ts recomputes it.
 */
export function withOverrides(base: FactDataSet, overrides: readonly FactOverride[]): FactDataSet {
  if (overrides.length === 0) return base;
  const laid = new Map<string, FactRecord>();
  for (const o of inLayingOrder(overrides)) {
    const fact = laid.get(o.factId) ?? factById(base, o.factId);
    laid.set(o.factId, { ...fact, versions: layVersion(fact.versions, overrideVersion(o)) });
  }
  return { ...base, facts: base.facts.map(f => laid.get(f.id) ?? f) };
}

/** An overridden fact whose base figure a new data set (a pack) changes: kept, but to be reviewed. */
export type OverrideReview = {
  factId: string;
  /** The firm's figure in force last (the latest of its active overrides). */
  firm: FactVersion;
  /** The base's newest version hidden by the override, before and after the change (null: none). */
  was: FactVersion | null;
  now: FactVersion | null;
};

/** The versions of `fact` in force on or after `from` (the part an override from that day hides). */
function fromDay(fact: FactRecord | undefined, from: string): FactVersion[] {
  return (fact?.versions ?? []).filter(v => v.effectiveTo === undefined || v.effectiveTo >= from);
}

/** The figures and their periods from `from` on: what the override hides (sources and notes aside). */
const hiddenFigures = (versions: readonly FactVersion[], from: string) =>
  JSON.stringify(versions.map(v => [v.effectiveFrom < from ? from : v.effectiveFrom, v.effectiveTo ?? null, v.value, v.unknown ?? null]));

/**
 * The overridden facts whose base figures `newBase` changes where the override is in force (from
 * its earliest active override on): the override stays, and the attorney is asked to review it with
 * both base figures shown. A change before the override's date is not flagged, as it hides nothing.
 */
export function overridesToReview(oldBase: FactDataSet, newBase: FactDataSet, overrides: readonly FactOverride[]): OverrideReview[] {
  const byFact = new Map<string, FactOverride[]>();
  for (const o of inLayingOrder(overrides)) byFact.set(o.factId, [...(byFact.get(o.factId) ?? []), o]);
  const reviews: OverrideReview[] = [];
  for (const [factId, list] of byFact) {
    const first = list[0];
    const last = list[list.length - 1];
    if (!first || !last) continue;
    const was = fromDay(oldBase.facts.find(f => f.id === factId), first.effectiveFrom);
    const now = fromDay(newBase.facts.find(f => f.id === factId), first.effectiveFrom);
    if (hiddenFigures(was, first.effectiveFrom) === hiddenFigures(now, first.effectiveFrom)) continue;
    reviews.push({ factId, firm: overrideVersion(last), was: was[was.length - 1] ?? null, now: now[now.length - 1] ?? null });
  }
  return reviews;
}
