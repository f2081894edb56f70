/**
 * Calendar arithmetic on `YYYY-MM-DD` strings for the date engine. UTC throughout, so a date never
 * shifts by a day between machines; no clock (the as-of date is always passed in).
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function toUtc(date: string): Date {
  const d = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return d;
}

function fromUtc(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `date` moved by whole days (negative for earlier). */
export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The same day `years` later. A 29 February lands on 28 February in a common year: for a document's
 * validity the earlier day is the safe one (the result is never counted as valid a day too long).
 */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5) === '02-29' && !isLeap(year) ? '02-28' : date.slice(5);
  return `${pad(year, 4)}-${monthDay}`;
}

/**
 * The day a person born on `dateOfBirth` turns `age`. Born on 29 February: 1 March in a common
 * year, the day rules/facts.ts `ageAt` (which every points calculator uses) first counts the new
 * age, so the date shown is the day the computed score changes. IRCC, the ISA and the German and
 * New Zealand rules publish no leap-day rule that we found; some laws (England's) count 28
 * February instead, so the consequence says so for a leap-day birthday.
 */
export function birthday(dateOfBirth: string, age: number): string {
  const year = Number(dateOfBirth.slice(0, 4)) + age;
  const monthDay = dateOfBirth.slice(5) === '02-29' && !isLeap(year) ? '03-01' : dateOfBirth.slice(5);
  return `${pad(year, 4)}-${monthDay}`;
}

/** The first day of a `YYYY-MM` month, or the date itself. */
export function firstDay(monthOrDate: string): string {
  return monthOrDate.length === 7 ? `${monthOrDate}-01` : monthOrDate;
}
