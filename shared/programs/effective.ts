/**
 * Effective dating: a fact, fee or default holds from a date (inclusive) to an optional last day
 * (inclusive), and the assessment date picks the one in force. Dates are `YYYY-MM-DD`, so plain
 * string comparison orders them. Kept to data and one rule so every dated item is chosen alike.
 */

/** Whether something in force from `from` to `to` (both inclusive; no `to` = still in force) holds on `asOf`. */
export function inForce(asOf: string, from: string, to?: string): boolean {
  return from <= asOf && (to === undefined || asOf <= to);
}

/** A value with its period of force. */
export type Dated = { from: string; to?: string };

/** The entry of `list` in force on `asOf`, or undefined when none is. */
export function pickInForce<T extends Dated>(list: readonly T[], asOf: string): T | undefined {
  return list.find(d => inForce(asOf, d.from, d.to));
}

/**
 * Where `asOf` falls among dated items (oldest first, never overlapping): in one's period; before
 * the next one (before the first, or in a gap); or after the last one ended. The facts resolver and
 * the fee engine both choose through this, so a figure and its fee change on the same day.
 */
export type PeriodAt<T> = { state: 'in-force'; item: T } | { state: 'not-yet'; next: T } | { state: 'ended'; last: T };

export function periodAt<T>(items: readonly T[], asOf: string, period: (item: T) => { from: string; to?: string | undefined }): PeriodAt<T> {
  const item = items.find(i => inForce(asOf, period(i).from, period(i).to));
  if (item !== undefined) return { state: 'in-force', item };
  const next = items.find(i => asOf < period(i).from);
  if (next !== undefined) return { state: 'not-yet', next };
  const last = items.at(-1);
  if (last === undefined) throw new Error('periodAt needs at least one dated item');
  return { state: 'ended', last };
}
