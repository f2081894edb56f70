/** Plain-English names used in the engine's reasons, so every sentence reads the same way. */
import type { EducationLevel, Money } from '../case-file';
import type { ConditionalCost, Odds } from './types';

export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  none: 'no formal education',
  secondary: 'secondary school',
  'diploma-1yr': 'a one-year diploma',
  'diploma-2yr': 'a two-year diploma',
  bachelor: "a bachelor's degree",
  'two-or-more': "two or more credentials (one a bachelor's)",
  master: "a master's degree",
  professional: 'a professional degree',
  doctorate: 'a doctorate',
};

/** `145,000 USD`: whole units, thousands separated, currency code after. */
export function formatMoney(m: Money): string {
  return `${Math.round(m.amount).toLocaleString('en-US')} ${m.currency}`;
}

/** English month names, January first. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** `12.3%` for a probability of 0.123, to a tenth of a percent. */
export function formatPercent(p: number): string {
  return `${(Math.round(p * 1000) / 10).toFixed(1)}%`;
}

/** `2.5 years` / `1 year`. */
export function formatYears(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return `${String(rounded)} ${rounded === 1 ? 'year' : 'years'}`;
}

/** Joins country codes for a sentence: `US`, `US or CA`. */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}

/** The odds in a few words, for a table cell: `30.6%`, `No lottery`, `Not in the lottery`, `Unknown`. */
export function oddsHeadline(o: Odds): string {
  switch (o.kind) {
    case 'probability':
      return formatPercent(o.probability);
    case 'none':
      return 'No lottery';
    case 'exempt':
      return 'Not in the lottery';
    case 'unknown':
      return 'Unknown';
  }
}

/** The sentence behind the headline: the basis of a figure, or why there is none. */
export function oddsDetail(o: Odds): string {
  return o.kind === 'probability' ? o.basis : o.reason;
}

/** `+ 100,000 USD if the payment is extended or upheld`, in the converted amount where there is one. */
export function conditionalText(c: ConditionalCost): string {
  return `+ ${formatMoney(c.converted ?? c.amount)} ${c.condition}`;
}
