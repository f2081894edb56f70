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
