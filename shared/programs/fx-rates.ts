/**
 * The exchange-rate table the engine converts with: units of each currency per 1 US dollar, on one
 * stated date, from one official table. No network: rates are data with their date and source.
 *
 * Derivation: the ECB euro reference rates of 2026-05-08 (EUR 1 = x units), converted through the
 * euro as x / 1.1761 (the EUR/USD reference rate that day), rounded to 6 significant figures.
 * AED is not in the ECB list; it is the Central Bank of the UAE's fixed peg (3.6725 per USD).
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

/**
 * Units of each currency per 1 USD on `date`. ECB inputs (EUR 1 =): USD 1.1761, JPY 184.37,
 * GBP 0.86410, AUD 1.6259, CAD 1.6063, CNY 7.9989, INR 111.1285, KRW 1725.08, NZD 1.9735,
 * SGD 1.4911. The AED rate comes from `fx-cbuae-aed-peg`, not from the ECB table.
 */
export const FX_TABLE: { date: string; base: 'USD'; rates: Record<string, number>; sourceId: string } = {
  date: '2026-05-08',
  base: 'USD',
  rates: {
    USD: 1,
    EUR: 0.850268,
    CNY: 6.80121,
    INR: 94.489,
    CAD: 1.36579,
    GBP: 0.734716,
    KRW: 1466.78,
    NZD: 1.678,
    JPY: 156.764,
    AUD: 1.38245,
    SGD: 1.26783,
    AED: 3.6725,
  },
  sourceId: 'fx-ecb-2026-05-08',
};
