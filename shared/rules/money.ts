/**
 * Money conversion from the catalogue's dated exchange-rate table. No network: the rates are data,
 * with their date and source, and the original amount is always kept beside the converted one.
 */
import type { Money } from '../case-file';
import { FX_RATES, FX_TABLE } from '../programs/fx-rates';

export type FxTable = { date: string; base: string; rates: Readonly<Record<string, number>>; sourceId: string };

/** The currencies totals can be shown in: those the exchange-rate table has a rate for. */
export { SUPPORTED_CURRENCIES } from '../programs/fx-rates';

/** Rounds to cents; amounts are shown to the unit but totals must not drift. */
function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** `amount` in currency `to`, or null when the table has no rate for one of the two currencies. */
export function convert(amount: Money, to: string, table: FxTable = FX_TABLE): Money | null {
  if (amount.currency === to) return { amount: amount.amount, currency: to };
  const from = amount.currency === table.base ? 1 : table.rates[amount.currency];
  const into = to === table.base ? 1 : table.rates[to];
  if (from === undefined || into === undefined) return null;
  return { amount: round2((amount.amount / from) * into), currency: to };
}

/** The table's date and source id, for citing beside converted totals. */
export function fxProvenance(table: FxTable = FX_TABLE): { date: string; sourceId: string } {
  return { date: table.date, sourceId: table.sourceId };
}

/**
 * The sources of the rates a conversion between these currencies used, beyond the main table
 * (e.g. the dirham's peg), so a figure converted from AED cites where the AED rate comes from.
 */
export function rateSourceIds(currencies: readonly string[]): string[] {
  const ids = currencies.map(c => FX_RATES[c]?.sourceId).filter((id): id is string => id !== undefined);
  return [...new Set(ids)];
}
