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

/** `Yes` / `No`, for a fact the case file records as a boolean. */
export const yesNo = (b: boolean): string => (b ? 'Yes' : 'No');


/** Upper-cases the first letter. */
export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Ends a sentence with a full stop unless it already ends with punctuation. */
export const sentence = (s: string): string => (/[.!?…:]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** `1 option`, `3 options`. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${String(n)} ${n === 1 ? one : many}`;

/**
 * The date of a rules version (`2026-12-03.1` → `3 December 2026`), or null when the version does
 * not start with one: the memo states the rules' date, never the internal version string.
 */
export function rulesDate(version: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:\.\d+)?$/.exec(version);
  return m?.[1] ? formatDate(m[1]) : null;
}

/** `rules as of 3 December 2026`: how a rules version is named to a user (the version itself only when it is not dated). */
export function rulesAsOf(version: string): string {
  const date = rulesDate(version);
  return date ? `rules as of ${date}` : `rules ${version}`;
}

/** What a change of rules versions means to a user, in words, whether or not the date moved. */
export function rulesChange(from: string, to: string): string {
  const [was, now] = [rulesDate(from), rulesDate(to)];
  if (was && was === now) return `The programme rules were revised on ${now}, after this comparison was saved.`;
  return `The programme rules have changed since: ${rulesAsOf(from)} then, ${rulesAsOf(to)} now.`;
}

/** `2026-11-29` plus `days` → `2026-12-13` (calendar days, in UTC so no time zone moves it). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first day of the month `months` after `date`'s: `2026-11-29` plus 6 → `2027-05-01`. */
export function monthStart(date: string, months: number): string {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}
