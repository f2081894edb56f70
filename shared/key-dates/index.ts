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

export function keyDates(file: CaseFile, asOf: string, catalogue: Catalogue): KeyDates {
  const ctx = dateContext(file, asOf, catalogue);
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
  return { asOf, dates: dates.sort(compareKeyDates) };
}
