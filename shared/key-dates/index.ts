/**
 * The date engine (issue 18): every date that matters for a case at `asOf`, from the case file and
 * the catalogue. Pure: no clock, no Node, no DOM; the renderer runs it too.
 */
import type { CaseFile } from '../case-file';
import type { Catalogue } from '../programs/catalogue';
import { ageLimitDates } from './age-limits';
import { pointsDates } from './birthdays';
import { dateContext } from './context';
import { ecaDates, languageTestDates, passportDates, statusDates } from './documents';
import { h1bSeasonDates, optDates, sixYearDates } from './h1b';
import { KEY_DATE_KINDS, type KeyDate, type KeyDates } from './types';

const KIND_ORDER = new Map(KEY_DATE_KINDS.map((k, i) => [k, i]));

/** By date (unknown last), then kind, then key: the same case always gives the same order. */
export function compareKeyDates(a: KeyDate, b: KeyDate): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  const kind = (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0);
  if (kind !== 0) return kind;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * `until`: the last day wanted (`YYYY-MM-DD`), for a view that looks only so far ahead (the case
 * list's next date, the Upcoming view): dates after it are left out, and the birthdays after it
 * are never scored, which is most of the engine's work. Unknown dates are always kept.
 */
export type KeyDatesOptions = { until?: string };

export function keyDates(file: CaseFile, asOf: string, catalogue: Catalogue, options: KeyDatesOptions = {}): KeyDates {
  const until = options.until ?? null;
  const ctx = dateContext(file, asOf, catalogue, until);
  const dates = [
    ...statusDates(ctx),
    ...optDates(ctx),
    ...h1bSeasonDates(ctx),
    ...sixYearDates(ctx),
    ...languageTestDates(ctx),
    ...ecaDates(ctx),
    ...passportDates(ctx),
    ...pointsDates(ctx),
    ...ageLimitDates(ctx),
  ];
  const inRange = until === null ? dates : dates.filter(d => d.date === null || d.date <= until);
  return { asOf, dates: inRange.sort(compareKeyDates) };
}
