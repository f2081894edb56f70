// Every file is read back with ical.js, a maintained iCalendar parser, not by string matching alone.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { foldLine, toICalendar, type CalendarEntry } from '../../../../shared/key-dates/ics';
import type { KeyDate } from '../../../../shared/key-dates/types';

const STAMP = '2026-12-03T20:15:00Z';

function keyDate(over: Partial<KeyDate> = {}): KeyDate {
  return {
    key: 'passport-expiry',
    date: '2029-01-31',
    kind: 'passport-expiry',
    title: 'Passport expires',
    consequence: 'Renew it before applying.',
    programIds: [],
    sourceId: null,
    certainty: 'fixed',
    fields: ['client.passportExpiresOn'],
    ...over,
  };
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map(v => ({ vevent: v, event: new ICAL.Event(v) })) };
}

const entry = (date: KeyDate, extra: Partial<CalendarEntry> = {}): CalendarEntry => ({ caseId: 'case-1', date, ...extra });

describe('iCalendar export', () => {
  it('writes all-day events with PRODID, a stable UID, DTSTAMP and a reminder the lead time before', () => {
    const text = toICalendar([entry(keyDate())], { stamp: STAMP, leadDays: 14, name: 'Ananya Rao' });
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Immigration Advisor//Dates that matter//EN');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toHaveLength(1);
    const { vevent, event } = events[0] ?? { vevent: null, event: null };
    expect(event?.uid).toBe('case-1/passport-expiry@immigration-advisor.invalid');
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe('2029-01-31');
    // DTEND is exclusive: the day after.
    expect(event?.endDate.toString()).toBe('2029-02-01');
    expect(event?.summary).toBe('Passport expires');
    expect(event?.description).toBe('Renew it before applying.');
    expect(vevent?.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-03T20:15:00Z');
    expect(vevent?.getFirstPropertyValue('last-modified')?.toString()).toBe('2026-12-03T20:15:00Z');
    const alarm = vevent?.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    const trigger = alarm?.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.isNegative).toBe(true);
    expect(trigger.toSeconds()).toBe(-14 * 86400);
  });

  it('a lead time of 0 fires on the day', () => {
    const { events } = parse(toICalendar([entry(keyDate())], { stamp: STAMP, leadDays: 0 }));
    const trigger = events[0]?.vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(0);
  });

  it('a range runs from its first day to the day after its last (exclusive DTEND)', () => {
    const range = keyDate({ key: 'h1b-registration:FY2028', kind: 'h1b-registration', date: '2027-03-01', endDate: '2027-03-31', title: 'H-1B registration for FY2028' });
    const event = parse(toICalendar([entry(range)], { stamp: STAMP, leadDays: 7 })).events[0]?.event;
    expect(event?.startDate.toString()).toBe('2027-03-01');
    expect(event?.endDate.toString()).toBe('2027-04-01');
  });

  it('keeps the UID and raises SEQUENCE on a later export, so a re-import updates the event', () => {
    const first = parse(toICalendar([entry(keyDate())], { stamp: STAMP, leadDays: 14 })).events[0]?.vevent;
    const again = parse(toICalendar([entry(keyDate({ title: 'Passport expires (renewal booked)' }))], { stamp: '2026-12-10T09:00:00Z', leadDays: 14 })).events[0]?.vevent;
    expect(again?.getFirstPropertyValue('uid')).toBe(first?.getFirstPropertyValue('uid'));
    expect(Number(again?.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(first?.getFirstPropertyValue('sequence')));
  });

  it('escapes commas, semicolons, backslashes and newlines in names and text, and they read back unchanged', () => {
    const title = 'Rao, Ananya; "AR" \\ test';
    const consequence = 'Line one,\nline two; done';
    const text = toICalendar([entry(keyDate({ title, consequence }), { clientName: 'O’Brien, Seán', details: ['Programmes: Express Entry, Blue Card'] })], { stamp: STAMP, leadDays: 1, name: 'Upcoming; firm' });
    expect(text).toContain('SUMMARY:O’Brien\\, Seán: Rao\\, Ananya\\; "AR" \\\\ test');
    const { calendar, events } = parse(text);
    expect(events[0]?.event.summary).toBe(`O’Brien, Seán: ${title}`);
    expect(events[0]?.event.description).toBe(`${consequence}\nProgrammes: Express Entry, Blue Card`);
    // An X- property is TEXT by default (RFC 5545 3.8.8.2), so it is escaped; ical.js hands it back raw.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Upcoming\\; firm');
  });

  it('skips dates not yet known: a calendar entry needs a day', () => {
    const unknown = keyDate({ key: 'status-expiry', kind: 'status-expiry', date: null, certainty: 'unknown', toRecord: 'Record it.' });
    const { events } = parse(toICalendar([entry(unknown), entry(keyDate())], { stamp: STAMP, leadDays: 3 }));
    expect(events.map(e => e.event.uid)).toEqual(['case-1/passport-expiry@immigration-advisor.invalid']);
  });

  it('ends every line with CRLF and folds lines at 75 octets without splitting a character', () => {
    const long = 'Ünïcödé '.repeat(30);
    const text = toICalendar([entry(keyDate({ title: long }))], { stamp: STAMP, leadDays: 2 });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(parse(text).events[0]?.event.summary).toBe(long);
    expect(foldLine('a'.repeat(80))).toBe(`${'a'.repeat(75)}\r\n ${'a'.repeat(5)}`);
  });

  it('refuses a stamp that is not UTC and a negative or fractional lead time, naming them', () => {
    expect(() => toICalendar([], { stamp: '2026-12-03 20:15', leadDays: 1 })).toThrow(/stamp/);
    expect(() => toICalendar([], { stamp: STAMP, leadDays: -1 })).toThrow(/lead time/);
    expect(() => toICalendar([], { stamp: STAMP, leadDays: 1.5 })).toThrow(/lead time/);
  });
});
