/**
 * The dates that matter as an iCalendar file (RFC 5545), for a case or the firm's Upcoming view.
 * Pure: the stamp and the reminder lead time are passed in. Each date is an all-day event
 * (VALUE=DATE; a range ends on DTEND, the day after its last day, which RFC 5545 makes exclusive).
 * The UID is the case id and the date's stable key at a fixed domain, and SEQUENCE grows with the
 * stamp, so importing a newer file updates the events instead of adding copies. Unknown dates are
 * not events: a calendar entry needs a day, and the panel lists what to record instead.
 */
import { addDays } from './calendar';
import type { KeyDate } from './types';

/** Never resolves to a host (RFC 6761 `.invalid`): the UID names the app, not a server. */
export const UID_DOMAIN = 'immigration-advisor.invalid';
export const PRODID = '-//Immigration Advisor//Dates that matter//EN';

export type CalendarEntry = {
  /** The case the date belongs to (its stable id, never shown). */
  caseId: string;
  /** The client's name, put before the title when the file holds several cases. */
  clientName?: string;
  date: KeyDate;
  /** Extra lines for the description (programmes and source, in words). */
  details?: readonly string[];
};

export type CalendarOptions = {
  /** When the file is made, ISO 8601 in UTC (`2026-12-03T20:15:00Z`): DTSTAMP and LAST-MODIFIED. */
  stamp: string;
  /** Days before each date the reminder fires (Settings' lead time); 0 fires on the day. */
  leadDays: number;
  /** The calendar's name (X-WR-CALNAME), e.g. the client's name or "Upcoming". */
  name?: string;
};

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and newlines as `\n`. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one character (shared/ has no TextEncoder: it runs without Node or DOM types). */
function octetsOf(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (RFC 5545 3.1) without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = octetsOf(ch);
    // Continuation lines start with a space, which counts towards their 75.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (date: string) => date.replace(/-/g, '');

/** `2026-12-03T20:15:00.000Z` → `20261203T201500Z`. */
function basicStamp(stamp: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/.exec(stamp);
  if (!m) throw new Error(`The calendar stamp must be a UTC time such as 2026-12-03T20:15:00Z, not "${stamp}"`);
  return `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}T${m[4] ?? ''}${m[5] ?? ''}${m[6] ?? ''}Z`;
}

/** Minutes since 2020: grows with every later export, so a calendar takes the newer copy. */
function sequence(stamp: string): number {
  return Math.max(0, Math.floor((Date.parse(stamp) - Date.parse('2020-01-01T00:00:00Z')) / 60_000));
}

function event(entry: CalendarEntry, opts: CalendarOptions, stamp: string): string[] {
  const d = entry.date;
  if (d.date === null) return [];
  const summary = entry.clientName ? `${entry.clientName}: ${d.title}` : d.title;
  const description = [d.consequence, ...(entry.details ?? [])].join('\n');
  const trigger = opts.leadDays > 0 ? `-P${String(opts.leadDays)}D` : 'PT0S';
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${entry.caseId}/${d.key}@${UID_DOMAIN}`)}`,
    `DTSTAMP:${stamp}`,
    `LAST-MODIFIED:${stamp}`,
    `SEQUENCE:${String(sequence(opts.stamp))}`,
    `DTSTART;VALUE=DATE:${basicDate(d.date)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(d.endDate ?? d.date, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(summary)}`,
    `TRIGGER:${trigger}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** The whole file, CRLF line ends and folded lines; dates without a day are left out. */
export function toICalendar(entries: readonly CalendarEntry[], opts: CalendarOptions): string {
  if (!Number.isInteger(opts.leadDays) || opts.leadDays < 0) throw new Error(`The reminder lead time must be a whole number of days, 0 or more, not ${String(opts.leadDays)}`);
  const stamp = basicStamp(opts.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(opts.name ? [`X-WR-CALNAME:${escapeText(opts.name)}`] : []),
    ...entries.flatMap(e => event(e, opts, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
