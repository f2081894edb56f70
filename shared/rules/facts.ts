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

/** True when a credential counts at `asOf`: completed on or before that date (a course still being studied has only an expected date). */
function completedBy(e: Education, asOf: string): boolean {
  return e.studying !== true && typeof e.completed === 'string' && e.completed.slice(0, 7) <= asOf.slice(0, 7);
}

/** The completed credentials at `asOf`, highest first. */
export function completedEducation(file: Pick<CaseFile, 'education'>, asOf: string): Education[] {
  return (file.education ?? [])
    .filter(e => completedBy(e, asOf))
    .sort((a, b) => educationRank(b.level) - educationRank(a.level));
}

/** Post-secondary: a one-year diploma or above; a secondary-school diploma is not. */
const postSecondary = (e: Pick<Education, 'level'>): boolean => educationRank(e.level) >= educationRank('diploma-1yr');

/** A programme of three years or longer: a bachelor's or above, or a stated length of 3+ years. */
export function threeYearsOrLonger(e: Pick<Education, 'level' | 'durationYears'>): boolean {
  return educationRank(e.level) >= educationRank('bachelor') || (postSecondary(e) && (e.durationYears ?? 0) >= 3);
}

/**
 * The level a list of completed credentials reaches: the highest one, or "two or more" when that
 * ranks higher and the list holds two or more post-secondary credentials, one of them of three
 * years or longer (IRCC's CRS criteria; a secondary diploma does not count).
 */
export function levelOf(credentials: readonly Pick<Education, 'level' | 'durationYears'>[]): EducationLevel {
  const best = credentials.reduce<EducationLevel>((top, e) => (educationRank(e.level) > educationRank(top) ? e.level : top), 'none');
  const post = credentials.filter(postSecondary);
  const twoOrMore = post.length >= 2 && post.some(threeYearsOrLonger);
  return twoOrMore && educationRank('two-or-more') > educationRank(best) ? 'two-or-more' : best;
}

/** The highest completed level at `asOf`, or null when education is unknown (absent). */
export function highestEducation(file: Pick<CaseFile, 'education'>, asOf: string): EducationLevel | null {
  if (file.education == null) return null;
  return levelOf(completedEducation(file, asOf));
}

/**
 * Whether a credential counts where a country asks foreign credentials for an equivalency
 * assessment (Canada's ECA): from one of `home`, or assessed. Otherwise the field that would
 * decide it is named (`country` or `credentialAssessed`), or false when it does not count.
 */
export function assessedOrFrom(e: Pick<Education, 'country' | 'credentialAssessed'>, home: readonly string[]): true | false | 'country' | 'credentialAssessed' {
  if (e.credentialAssessed === true || (e.country && home.includes(e.country))) return true;
  if (!e.country) return 'country';
  return e.credentialAssessed === false ? false : 'credentialAssessed';
}

/**
 * Whether a credential was completed within `years` before `asOf` (e.g. the UK HPI's "awarded in the
 * last five years"); null when the completion date cannot decide it (unknown, or given only as the
 * very month the window opens).
 */
export function completedWithin(e: Pick<Education, 'completed'>, asOf: string, years: number): boolean | null {
  if (!e.completed) return null;
  const from = shiftYears(asOf, -years);
  if (e.completed.length === 7 && e.completed === from.slice(0, 7)) return null;
  return e.completed.length === 7 ? e.completed > from.slice(0, 7) : e.completed >= from;
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
  // Truncated, not rounded, to 2 decimals: rounding made a job a day short of a year count as 1.00
  // years and pass every whole-year threshold. The 1e-9 absorbs float error in part-time shares.
  return Math.floor((months / 12) * 100 + 1e-9) / 100;
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
