/**
 * The field types the case file is built from, with their limits and their messages. Every message
 * reads after the field's path: `client.fullName: at most 300 characters`.
 *
 * Types: a missing value says `required`; a value of the wrong type says what was expected
 * (`expected text`, `expected a number`, `expected true or false`, `expected a list`), never
 * `required`, which would send the user looking for a value that is there.
 *
 * Limits are counted in UTF-16 code units, as JavaScript and the intake's `maxLength` count them,
 * so the form and the schema stop at the same character.
 */
import { z } from 'zod';
import { isCalendarDate, isMonthOrDate, yearOf } from './dates';

/** Names and short labels: full names, other names, employers, occupations, institutions, awards. */
export const NAME_MAX = 300;
/** The attorney's notes: 1 MiB of characters. */
export const NOTES_MAX = 1_048_576;
/** An e-mail address (RFC 5321's limit on a forward path). */
export const EMAIL_MAX = 254;
/** A phone number, with room for an extension and a word on when to call. */
export const PHONE_MAX = 100;
/** Entries in any one list of the case file (other names, jobs, citizenships…). */
export const LIST_MAX = 100;
/** The years a date in a case file may fall in. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

/** `required` when the value is missing, else `expected` (the value is there, of the wrong type). */
export function typeError(expected: string): (issue: { input?: unknown }) => string {
  return issue => (issue.input === undefined ? 'required' : expected);
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Half of a UTF-16 surrogate pair, alone: not a character at all, only ever the sign of text cut or
 * corrupted on its way in. UTF-8 (SQLite, an exported file) cannot hold it, so storing it would
 * quietly turn it into U+FFFD; it is refused instead, naming the field, so nothing changes unseen.
 * Every other character, control characters included, is stored exactly as given.
 */
const LONE_SURROGATE = /\p{Cs}/u;
const WHOLE_CHARACTERS = 'holds a broken character (half of a UTF-16 surrogate pair); type or paste this text again';

/**
 * Text of at most `max` characters, kept exactly as written (import then export gives it back).
 * `blank` is the message for text that is only spaces: `must not be empty`, or `required` where the
 * field is the one every case file needs.
 */
export function text(max: number, blank = 'must not be empty') {
  return (
    z
      .string({ error: typeError('expected text') })
      .max(max, { error: `at most ${count(max)} characters` })
      // A text over the limit gets that one message: the others pass it unread. (Not `abort`:
      // an aborting issue also stops the checks on the whole file, such as dates of birth.)
      .refine(s => s.length > max || s.trim() !== '', { error: blank })
      .refine(s => s.length > max || !LONE_SURROGATE.test(s), { error: WHOLE_CHARACTERS })
  );
}

/** Free text that may be empty (the notes). */
export function freeText(max: number) {
  return z
    .string({ error: typeError('expected text') })
    .max(max, { error: `at most ${count(max)} characters` })
    .refine(s => s.length > max || !LONE_SURROGATE.test(s), { error: WHOLE_CHARACTERS });
}

/** A list of at most LIST_MAX entries. */
export function list<T extends z.ZodType>(item: T) {
  return z.array(item, { error: typeError('expected a list') }).max(LIST_MAX, { error: `at most ${count(LIST_MAX)} entries` });
}

/** An object that refuses unknown keys (usually misspellings), which would otherwise be dropped. */
export function group<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject(shape, { error: typeError('expected an object') });
}

/** true or false. */
export const yesNo = () => z.boolean({ error: typeError('expected true or false') });
/** Any number. */
export const number = () => z.number({ error: typeError('expected a number') });

/** An enum whose error lists the allowed values, e.g. `expected one of none, secondary, …`. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: typeError(`expected one of ${values.join(', ')}`) });
}

const inYears = (value: string) => yearOf(value) >= YEAR_RANGE.min && yearOf(value) <= YEAR_RANGE.max;
const YEARS = `expected a year from ${String(YEAR_RANGE.min)} to ${String(YEAR_RANGE.max)}`;

/** A calendar date `YYYY-MM-DD` in YEAR_RANGE. */
export const date = z
  .string({ error: typeError('expected a date written YYYY-MM-DD') })
  .refine(isCalendarDate, { error: 'expected a real date written YYYY-MM-DD' })
  .refine(d => !isCalendarDate(d) || inYears(d), { error: YEARS });
/** A month `YYYY-MM` or a date `YYYY-MM-DD`, in YEAR_RANGE. */
export const monthOrDate = z
  .string({ error: typeError('expected a month YYYY-MM or a date YYYY-MM-DD') })
  .refine(isMonthOrDate, { error: 'expected a month YYYY-MM or a date YYYY-MM-DD' })
  .refine(d => !isMonthOrDate(d) || inYears(d), { error: YEARS });
