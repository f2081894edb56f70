/**
 * The one wording for a problem beside a field (and in the summary at the top): a sentence that says
 * what to do, in the user's words. The case file's schema speaks for files and the CLI ("expected a
 * two-letter ISO country code"); the form asks for what its controls offer ("Choose a country from
 * the list"), and writes dates in the format chosen in Settings.
 */
import { dateExample, formatDate, type DateFormat } from '../../lib/date-format';

/** `expected a whole number` → `Expected a whole number.` */
export const sentence = (message: string) => `${message.charAt(0).toUpperCase()}${message.slice(1)}${/[.!?]$/.test(message) ? '' : '.'}`;

const REWORDED: readonly [RegExp, (format: DateFormat, m: RegExpExecArray) => string][] = [
  [/^required$/, () => 'Fill this in: it is required.'],
  [/^expected a two-letter ISO country code/, () => 'Choose a country from the list.'],
  [/^expected a three-letter ISO 4217 currency code/, () => 'Choose a currency from the list.'],
  [/^expected a two-letter ISO 639-1 language code/, () => 'Choose a language from the list.'],
  [/^expected (a real )?date written/, f => `Enter a real date, such as ${dateExample(f)}.`],
  [/^expected a month YYYY-MM or a date YYYY-MM-DD/, f => `Enter a month or a date, such as ${dateExample(f, true)}.`],
  [/^expected one of /, () => 'Choose one from the list.'],
  [/^expected a number/, () => 'Enter a number.'],
  [/^expected a whole number/, () => 'Enter a whole number.'],
  [/^expected a year from (\d+) to (\d+)/, (_, m) => `Enter a year from ${m[1] ?? ''} to ${m[2] ?? ''}.`],
  [/^must not be after today \((.+)\)/, (f, m) => `Must not be after today (${formatDate(m[1] ?? '', f)}).`],
  [/^is before the start \((.+)\)/, (f, m) => `Must not be before the start (${formatDate(m[1] ?? '', f)}).`],
];

/** The sentence shown for a schema `message`, with dates written in `format`. */
export function errorText(message: string, format: DateFormat): string {
  for (const [pattern, words] of REWORDED) {
    const m = pattern.exec(message);
    if (m) return words(format, m);
  }
  return sentence(message);
}
