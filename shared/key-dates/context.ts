/** What every kind of date reads: the case, the as-of date, the catalogue, and the countries in view. */
import type { CaseFile } from '../case-file';
import type { Catalogue } from '../programs/catalogue';
import type { Condition, Program } from '../programs/types';
import type { KeyDate } from './types';

export type DateContext = {
  file: CaseFile;
  asOf: string;
  catalogue: Catalogue;
  /** The client's target countries, or null when none are recorded (then every country is in view). */
  countries: ReadonlySet<string> | null;
  /** The last day looked at (the Upcoming view's horizon), or null for every date ahead. */
  until: string | null;
};

export function dateContext(file: CaseFile, asOf: string, catalogue: Catalogue, until: string | null = null): DateContext {
  const targets = file.goals?.targetCountries;
  return { file, asOf, catalogue, countries: targets && targets.length > 0 ? new Set(targets) : null, until };
}

/** True when the country is one the client is looking at (or no targets are recorded). */
export function inView(ctx: DateContext, country: string): boolean {
  return ctx.countries === null || ctx.countries.has(country);
}

/** True when `condition`, or any condition nested in it, satisfies `test`. */
export function hasCondition(condition: Condition, test: (c: Condition) => boolean): boolean {
  if (test(condition)) return true;
  if ('all' in condition) return condition.all.some(c => hasCondition(c, test));
  if ('any' in condition) return condition.any.some(c => hasCondition(c, test));
  return false;
}

/** The programmes in view with a gate that satisfies `test`, in catalogue order. */
export function programsWhere(ctx: DateContext, test: (c: Condition) => boolean): Program[] {
  return ctx.catalogue.programs.filter(p => inView(ctx, p.country) && p.gates.some(g => hasCondition(g.condition, test)));
}

/** A date the engine cannot give: what it would be, and the fact to record. */
export function unknownDate(d: Omit<KeyDate, 'date' | 'certainty' | 'toRecord'> & { toRecord: string }): KeyDate {
  return { ...d, date: null, certainty: 'unknown' };
}
