/**
 * Facts derived from a case file at an assessment date: age, highest education, years of work.
 * Every function answers `null` when the case file does not say, so callers can report needs-info
 * instead of guessing.
 */
import { EDUCATION_LEVELS, type CaseFile, type EducationLevel } from '../case-file';

type Education = NonNullable<CaseFile['education']>[number];
type Work = NonNullable<CaseFile['work']>[number];

/** Whole years between a `YYYY-MM-DD` birth date and `asOf`; null when unknown. */
export function ageAt(dateOfBirth: string | null | undefined, asOf: string): number | null {
  if (!dateOfBirth) return null;
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Rank of an education level, 0 for `none`. */
export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

/** True when a credential counts at `asOf`: completed on or before that date. */
function completedBy(e: Education, asOf: string): boolean {
  return typeof e.completed === 'string' && e.completed.slice(0, 7) <= asOf.slice(0, 7);
}

/**
 * The completed credentials at `asOf`, highest first. Canada's "two or more" is derived: two or more
 * completed credentials, one of them a bachelor's (3+ years) or above, count as `two-or-more` when
 * that ranks higher than the best single one.
 */
export function completedEducation(file: Pick<CaseFile, 'education'>, asOf: string): Education[] {
  return (file.education ?? [])
    .filter(e => completedBy(e, asOf))
    .sort((a, b) => educationRank(b.level) - educationRank(a.level));
}

/** The highest completed level at `asOf`, or null when education is unknown (absent). */
export function highestEducation(file: Pick<CaseFile, 'education'>, asOf: string): EducationLevel | null {
  if (file.education == null) return null;
  const done = completedEducation(file, asOf);
  const best = done[0]?.level ?? 'none';
  const degreeCount = done.filter(e => educationRank(e.level) >= educationRank('bachelor')).length;
  const twoOrMore = done.length >= 2 && degreeCount >= 1;
  return twoOrMore && educationRank('two-or-more') > educationRank(best) ? 'two-or-more' : best;
}

/**
 * Months from `YYYY-MM[-DD]` a to b (b later), counting partial months by day where given. A bare
 * month counts from its first day, so a job from 2019-07 to 2024-08 is 61 months.
 */
export function monthsBetween(a: string, b: string): number {
  const [ay, am, ad = 1] = a.split('-').map(Number) as [number, number, number?];
  const [by, bm, bd = 1] = b.split('-').map(Number) as [number, number, number?];
  return Math.max(0, (by - ay) * 12 + (bm - am) + (bd - ad) / 30);
}

export type WorkFilter = {
  skilled?: boolean;
  stem?: boolean;
  countries?: readonly string[];
  excludeCountries?: readonly string[];
  withinYears?: number;
};

/**
 * Full-time-equivalent years of work at `asOf`, from `start` to `end` (or `asOf` when ongoing),
 * scaled by hoursPerWeek / 30 for part-time and capped at full time. Returns null when the work
 * history is unknown, or when an entry that could match the filter lacks the fact needed to decide.
 */
export function workYears(file: Pick<CaseFile, 'work'>, asOf: string, filter: WorkFilter = {}): number | null {
  if (file.work == null) return null;
  let months = 0;
  const windowStart = filter.withinYears === undefined ? null : shiftYears(asOf, -filter.withinYears);
  for (const w of file.work) {
    const relevant = matches(w, filter);
    if (relevant === null) return null;
    if (!relevant) continue;
    if (!w.start) return null;
    const from = windowStart && w.start < windowStart ? windowStart : w.start;
    const to = w.end && w.end < asOf ? w.end : asOf;
    if (to <= from) continue;
    const share = w.hoursPerWeek == null ? 1 : Math.min(1, w.hoursPerWeek / 30);
    months += monthsBetween(from, to) * share;
  }
  return Math.round((months / 12) * 100) / 100;
}

/** Whether a job counts under the filter; null when a fact needed to decide is unknown. */
function matches(w: Work, f: WorkFilter): boolean | null {
  if (f.countries || f.excludeCountries) {
    if (!w.country) return null;
    if (f.countries && !f.countries.includes(w.country)) return false;
    if (f.excludeCountries?.includes(w.country)) return false;
  }
  if (f.skilled) {
    if (w.skilled == null) return null;
    if (!w.skilled) return false;
  }
  if (f.stem) {
    if (w.stem == null) return null;
    if (!w.stem) return false;
  }
  return true;
}

/** `YYYY-MM[-DD]` shifted by whole months (negative for earlier); the day is kept. */
export function shiftMonths(date: string, months: number): string {
  const m = Number(date.slice(5, 7)) - 1 + months;
  const year = Number(date.slice(0, 4)) + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}${date.slice(7)}`;
}

/** `YYYY-MM[-DD]` shifted by whole years (negative for earlier). */
export function shiftYears(date: string, years: number): string {
  return shiftMonths(date, years * 12);
}
