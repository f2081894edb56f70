/** Small formatters for the memo's prose: dates, countries, yes/no/unknown. */
import { joinList, MONTH_NAMES as MONTHS } from '../rules/labels';

/** `2026-11-29` → `29 November 2026`; `2024-05` → `May 2024`; anything else as given. */
export function formatDate(value: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return value;
  return m[3] ? `${String(Number(m[3]))} ${month} ${m[1] ?? ''}` : `${month} ${m[1] ?? ''}`;
}

export { countryName } from '../countries';
export { countryInProse, countryList } from '../rules/labels';

/** `a, b and c`. */
export const andList = (xs: readonly string[]): string => joinList(xs, 'and');

/** `yes` / `no`, for a fact the case file records as a boolean. */
export const yesNo = (b: boolean): string => (b ? 'yes' : 'no');


/** Upper-cases the first letter. */
export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Ends a sentence with a full stop unless it already ends with punctuation. */
export const sentence = (s: string): string => (/[.!?…:]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** `1 option`, `3 options`. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${String(n)} ${n === 1 ? one : many}`;
