/**
 * How dates are shown and typed: one format for the whole app, chosen in Settings, kept as a renderer
 * preference on this computer (it is not client data). Stored dates stay `YYYY-MM-DD` / `YYYY-MM`;
 * only what the user sees and types changes. Typed dates are read in the chosen format, and always as
 * `YYYY-MM-DD`, so a date pasted from a document or the CLI works whatever the setting.
 */
import { useSyncExternalStore } from 'react';
import { isMonthOrDate } from '../../shared/dates';

export const DATE_FORMATS = ['long', 'us'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** How each choice reads in Settings. */
export const DATE_FORMAT_LABELS: Record<DateFormat, string> = {
  long: 'Day, month name, year: 3 December 2026',
  us: 'Month/day/year: 12/3/2026',
};

const KEY = 'advisor.dateFormat';
const DEFAULT: DateFormat = 'long';
const listeners = new Set<() => void>();

function read(): DateFormat {
  try {
    const v = window.localStorage.getItem(KEY);
    return (DATE_FORMATS as readonly string[]).includes(v ?? '') ? (v as DateFormat) : DEFAULT;
  } catch {
    // Storage refused (a locked-down profile): the default still gives one format everywhere.
    return DEFAULT;
  }
}

export function setDateFormat(format: DateFormat): void {
  try {
    window.localStorage.setItem(KEY, format);
  } catch {
    // Not kept across restarts, but applied now.
  }
  current = format;
  for (const l of [...listeners]) l();
}

let current: DateFormat | null = null;
function snapshot(): DateFormat {
  current ??= read();
  return current;
}
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The chosen format; components re-render when it is changed in Settings. */
export function useDateFormat(): DateFormat {
  return useSyncExternalStore(subscribe, snapshot);
}

/** Forgets the cached choice (tests change localStorage between cases). */
export function resetDateFormatCache(): void {
  current = null;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))));
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * `2026-12-03` → "3 December 2026" or "12/3/2026"; `2026-12` → "December 2026" or "12/2026".
 * Anything else, a date that does not exist included (`1996-02-30`), is returned as it is, so what
 * the schema objects to is shown exactly as stored.
 */
export function formatDate(value: string, format: DateFormat): string {
  const m = ISO.exec(value);
  const month = MONTHS[Number(m?.[2]) - 1];
  if (!m || !month || !isMonthOrDate(value)) return value;
  const [year, mm, dd] = [m[1] ?? '', Number(m[2]), m[3]];
  if (format === 'us') return dd ? `${String(mm)}/${String(Number(dd))}/${year}` : `${String(mm)}/${year}`;
  return dd ? `${String(Number(dd))} ${month} ${year}` : `${month} ${year}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return undefined;
  const i = MONTHS.findIndex(m => m.toLowerCase().startsWith(n) && (n.length === 3 || m.toLowerCase() === n));
  return i < 0 ? undefined : i + 1;
}

/**
 * A typed date as `YYYY-MM-DD` (or `YYYY-MM` where `month` allows a month alone), or undefined when
 * it is not written in a form this reads. Whether the date is real (30 February) is left to the case
 * file's schema, which says so beside the field: "30 February 2026" becomes `2026-02-30`.
 */
export function parseDate(text: string, format: DateFormat, month = false): string | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  if (ISO.test(t)) return month || t.length === 10 ? t : undefined;
  if (format === 'us') {
    const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
    if (d) return `${d[3] ?? ''}-${pad(Number(d[1]))}-${pad(Number(d[2]))}`;
    const mo = /^(\d{1,2})\/(\d{4})$/.exec(t);
    if (mo && month) return `${mo[2] ?? ''}-${pad(Number(mo[1]))}`;
  }
  // Month names are unambiguous, so they are read whatever the setting.
  const long = /^(?:(\d{1,2}) )?([A-Za-z]+\.?),? (\d{4})$/.exec(t);
  const m = long?.[2] ? monthNumber(long[2]) : undefined;
  if (!long || !m) return undefined;
  if (long[1]) return `${long[3] ?? ''}-${pad(m)}-${pad(Number(long[1]))}`;
  return month ? `${long[3] ?? ''}-${pad(m)}` : undefined;
}

/** "3 December 2026 or 2026-12-03": how to write a date (or a month), for hints and messages. */
export function dateExample(format: DateFormat, month = false): string {
  const iso = month ? '2026-12' : '2026-12-03';
  return `${formatDate(iso, format)} or ${iso}`;
}
