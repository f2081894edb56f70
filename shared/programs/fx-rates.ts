/**
 * The exchange-rate table the engine converts with: units of each currency per 1 US dollar, each
 * rate with the date and the official table it comes from. No network: rates are data.
 *
 * Derivation: the ECB euro reference rates of 2026-05-08 (EUR 1 = x units, copied below exactly as
 * published), converted through the euro as x / 1.1761 (the EUR/USD reference rate that day),
 * rounded to 6 significant figures. AED is not an ECB reference currency; it is the Central Bank
 * of the UAE's fixed peg (3.6725 per USD). The South African rand (ZAR), also in the ECB list, is
 * left out: its rate for that day could not be read from the stored copy, and no rate is guessed.
 */
import type { Source } from './types';

/** Every exchange-rate source; ids are prefixed `fx-`. */
export const FX_SOURCES: Source[] = [
  {
    id: 'fx-ecb-2026-05-08',
    title: 'ECB euro foreign exchange reference rates, 8 May 2026 (eurofxref-daily.xml)',
    url: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
    asOf: '2026-05-08',
    confidence: 'confirmed',
  },
  {
    id: 'fx-cbuae-aed-peg',
    title: 'UAE dirham fixed at AED 3.6725 per US dollar by the Central Bank of the UAE (summary citing CBUAE foreign exchange rates)',
    url: 'https://legalclarity.org/is-the-uae-dirham-aed-pegged-to-the-us-dollar',
    asOf: '2026-01-17',
    confidence: 'reported',
  },
];

const ECB_DATE = '2026-05-08';
const ECB_SOURCE = 'fx-ecb-2026-05-08';

/** The ECB's reference rates of 2026-05-08, units per EUR 1, as published (ZAR left out, see above). */
const ECB_PER_EUR: Readonly<Record<string, number>> = {
  USD: 1.1761, JPY: 184.37, CZK: 24.304, DKK: 7.4726, GBP: 0.8641, HUF: 356.15, PLN: 4.2318,
  RON: 5.2235, SEK: 10.842, CHF: 0.9156, ISK: 143.8, NOK: 10.8215, TRY: 53.3534, AUD: 1.6259,
  BRL: 5.7794, CAD: 1.6063, CNY: 7.9989, HKD: 9.2067, IDR: 20424.09, ILS: 3.4167, INR: 111.1285,
  KRW: 1725.08, MXN: 20.2716, MYR: 4.6115, NZD: 1.9735, PHP: 71.136, SGD: 1.4911, THB: 37.897,
};

/** One rate: units per 1 USD, with the date it was set and the table it comes from. */
export type FxRate = { perUsd: number; date: string; sourceId: string };

function sixFigures(n: number): number {
  return Number(n.toPrecision(6));
}

const eurUsd = ECB_PER_EUR.USD ?? NaN;

/** Every currency the engine can convert, USD included, each with its date and source. */
export const FX_RATES: Readonly<Record<string, FxRate>> = {
  EUR: { perUsd: sixFigures(1 / eurUsd), date: ECB_DATE, sourceId: ECB_SOURCE },
  ...Object.fromEntries(
    Object.entries(ECB_PER_EUR).map(([code, perEur]) => [
      code,
      { perUsd: code === 'USD' ? 1 : sixFigures(perEur / eurUsd), date: ECB_DATE, sourceId: ECB_SOURCE },
    ]),
  ),
  AED: { perUsd: 3.6725, date: '2026-01-17', sourceId: 'fx-cbuae-aed-peg' },
};

/** The currencies money can be entered and shown in: exactly those with a rate, sorted by code. */
export const SUPPORTED_CURRENCIES: readonly string[] = Object.keys(FX_RATES).sort();

/**
 * The table `convert` reads: units per 1 USD by currency. `date` and `sourceId` are the main
 * (ECB) table's; a rate from another source says so in `FX_RATES`.
 */
export const FX_TABLE: { date: string; base: 'USD'; rates: Record<string, number>; sourceId: string } = {
  date: ECB_DATE,
  base: 'USD',
  rates: Object.fromEntries(Object.entries(FX_RATES).map(([code, r]) => [code, r.perUsd])),
  sourceId: ECB_SOURCE,
};
