/**
 * Calendar helpers for the case file's `YYYY-MM-DD` and `YYYY-MM` strings.
 * Pure string arithmetic: no time zones, so a date never shifts by a day between machines.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST surprises. Set through
  // setUTCFullYear: Date.UTC reads years 0–99 as 1900–1999, and 1900 had no 29 February.
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** The year of a `YYYY-MM[-DD]` string. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** `YYYY-MM-DD` of `moment` on the calendar of the machine's time zone: the user's "today". */
export function localDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(moment.getFullYear()).padStart(4, '0')}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for a `YYYY-MM` month or a full `YYYY-MM-DD` date. */
export function isMonthOrDate(value: string): boolean {
  const m = MONTH.exec(value);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return isCalendarDate(value);
}

/** Compares two `YYYY-MM[-DD]` strings by their common precision; negative when a is earlier. */
export function compareMonthOrDate(a: string, b: string): number {
  const len = Math.min(a.length, b.length);
  const x = a.slice(0, len);
  const y = b.slice(0, len);
  return x < y ? -1 : x > y ? 1 : 0;
}
