/**
 * The dates that matter for a case (issue 18): what the date engine (shared/key-dates) computes from
 * the case file, the as-of date and the catalogue's facts, and what the case panel, the case list,
 * the Upcoming view, the memo, the iCalendar export and the CLI `dates` all read.
 */

/** What kind of date it is; the Upcoming view filters by it. */
export const KEY_DATE_KINDS = [
  'status-expiry',
  'opt-end',
  'cap-gap',
  'h1b-registration',
  'h1b-filing',
  'h1b-six-year',
  'language-test-expiry',
  'eca-expiry',
  'passport-expiry',
  'points-change',
  'age-limit',
] as const;
export type KeyDateKind = (typeof KEY_DATE_KINDS)[number];

/**
 * How sure the date is: `fixed` by a document or a rule that is in force (a status's end, a birthday's
 * points change under the current table); `expected` from a published pattern or an announcement not
 * yet in force (next season's registration window); `unknown` when an input or the rule itself is
 * missing — then `date` is null and `toRecord` says what to find out.
 */
export const CERTAINTIES = ['fixed', 'expected', 'unknown'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** A score before and after a points change on a birthday. */
export type PointsChange = { programId: string; before: number; after: number };

export type KeyDate = {
  /**
   * Stable across recomputations for the same case and event (kind + subject, e.g. the language
   * result's index and test), so an iCalendar re-import updates the event instead of duplicating it.
   * Never shown to a user.
   */
  key: string;
  /** `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  /** The last day, when the date is a range (a registration window, a filing period). */
  endDate?: string;
  kind: KeyDateKind;
  /** What the date is, in words ("Passport expires"). */
  title: string;
  /** What happens on it, in words, for the client ("CRS falls from 498 to 493 points"). */
  consequence: string;
  /** The programmes it matters for (catalogue ids; shown by name). */
  programIds: string[];
  /** The catalogue source the rule comes from, or null for a date read from the case file alone. */
  sourceId: string | null;
  certainty: Certainty;
  /** Case-file paths the date depends on, for links into the intake (never shown as text). */
  fields: string[];
  /** When the date is unknown: the fact to record, in words ("Record the passport's expiry date"). */
  toRecord?: string;
  /** A points change on a birthday. */
  points?: PointsChange;
};

/** The engine's answer: every date, sorted by date (unknown dates last), as at `asOf`. */
export type KeyDates = { asOf: string; dates: KeyDate[] };
