/** Plain-English names used in the engine's reasons, so every sentence reads the same way. */
import type { EducationLevel, Money } from '../case-file';

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

/** `2.5 years` / `1 year`. */
export function formatYears(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return `${String(rounded)} ${rounded === 1 ? 'year' : 'years'}`;
}

/** Joins country codes for a sentence: `US`, `US or CA`. */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}
