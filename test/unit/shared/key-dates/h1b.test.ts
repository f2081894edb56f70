import { describe, expect, it } from 'vitest';
import { ananya, datesOf, keysOf, one } from './fixture';

const onOpt = (optEndsOn: string | undefined, optKind: 'stem' | 'post-completion' = 'stem') =>
  ananya(f => {
    f.client.residenceCountry = 'US';
    f.client.currentStatus = { country: 'US', type: 'F-1', validUntil: '2028-01-01', optKind, ...(optEndsOn ? { optEndsOn } : {}) };
  });

describe('H-1B season: registration window and filing period, fiscal year named', () => {
  it('uses the announced FY2027 dates while that window is open', () => {
    const dates = datesOf(ananya(), '2026-03-10');
    expect(one(dates, 'h1b-registration:FY2027')).toMatchObject({ date: '2026-03-04', endDate: '2026-03-19', certainty: 'fixed', sourceId: 'us-h1b-fy2027-dates', programIds: ['us-h1b'] });
    expect(one(dates, 'h1b-filing:FY2027')).toMatchObject({ date: '2026-04-01', endDate: '2026-06-29', certainty: 'fixed', sourceId: 'us-h1b-fy2027-dates' });
  });

  it('after the window closes, the next registration is next March’s for the next fiscal year, expected; the filing period still open stays', () => {
    const dates = datesOf(ananya(), '2026-03-20');
    expect(one(dates, 'h1b-registration:FY2028')).toMatchObject({ date: '2027-03-01', endDate: '2027-03-31', certainty: 'expected', sourceId: 'us-h1b-weighted-rule' });
    expect(one(dates, 'h1b-filing:FY2027').certainty).toBe('fixed');
  });

  it('names the fiscal year across the calendar year’s end: 31 December and 1 January give the same season', () => {
    for (const asOf of ['2026-12-31', '2027-01-01']) {
      const dates = datesOf(ananya(), asOf);
      expect(keysOf(dates, 'h1b-registration')).toEqual(['h1b-registration:FY2028']);
      expect(one(dates, 'h1b-filing:FY2028')).toMatchObject({ date: '2027-04-01', endDate: '2027-06-29', certainty: 'expected', sourceId: 'dates-h1b-filing-90-days' });
    }
    expect(one(datesOf(ananya(), '2027-03-31'), 'h1b-registration:FY2028').date).toBe('2027-03-01');
    expect(keysOf(datesOf(ananya(), '2027-04-01'), 'h1b-registration')).toEqual(['h1b-registration:FY2029']);
  });

  it('is left out when the client targets other countries and has no US status or offer', () => {
    expect(keysOf(datesOf(ananya(f => (f.goals = { targetCountries: ['CA'] }))), 'h1b-registration')).toEqual([]);
  });
});

describe('OPT and cap-gap', () => {
  it('OPT ending inside the registration window: no cap petition can be filed while it runs, so no cap-gap', () => {
    const dates = datesOf(onOpt('2027-03-10'));
    const end = one(dates, 'opt-end');
    expect(end).toMatchObject({ date: '2027-03-10', title: 'STEM OPT ends', certainty: 'fixed', sourceId: 'dates-cap-gap-2025', fields: ['client.currentStatus.optEndsOn'] });
    expect(end.consequence).toContain('inside the FY2028 registration window');
    expect(keysOf(dates, 'cap-gap')).toEqual([]);
  });

  it('inside an announced window too (FY2027: 4–19 March 2026)', () => {
    expect(one(datesOf(onOpt('2026-03-19'), '2026-01-05'), 'opt-end').consequence).toContain('inside the FY2027 registration window');
    expect(one(datesOf(onOpt('2026-03-20'), '2026-01-05'), 'opt-end').consequence).toContain('before FY2027 cap petitions can be filed (from 1 April 2026)');
  });

  it('OPT ending before the window: not bridged either', () => {
    const dates = datesOf(onOpt('2027-02-10', 'post-completion'));
    expect(one(dates, 'opt-end')).toMatchObject({ title: 'OPT ends' });
    expect(one(dates, 'opt-end').consequence).toContain('before FY2028 cap petitions can be filed (from 1 April 2027)');
    expect(keysOf(dates, 'cap-gap')).toEqual([]);
  });

  it('OPT ending once filing is open: cap-gap to 1 April of the fiscal year (8 CFR 214.2(f)(5)(vi) as amended in 2025), if a petition is filed', () => {
    for (const end of ['2027-04-01', '2027-09-30']) {
      const dates = datesOf(onOpt(end));
      expect(one(dates, 'opt-end').consequence).toContain('cap-gap then extends status and work to 1 April 2028 or the H-1B start date, whichever is earlier');
      expect(one(dates, 'cap-gap:FY2028')).toMatchObject({ date: '2028-04-01', certainty: 'expected', sourceId: 'dates-cap-gap-2025', programIds: ['us-h1b'] });
    }
    // The day before filing opens is still outside.
    expect(keysOf(datesOf(onOpt('2027-03-31')), 'cap-gap')).toEqual([]);
  });

  it('an OPT without its end date is unknown, with the fact to record', () => {
    expect(one(datesOf(onOpt(undefined)), 'opt-end')).toMatchObject({ date: null, certainty: 'unknown', toRecord: 'Record the OPT end date on the EAD card.' });
  });

  it('no OPT recorded: no OPT date', () => {
    expect(keysOf(datesOf(ananya()), 'opt-end')).toEqual([]);
  });
});

describe('H-1B six-year limit', () => {
  it('ends the day before the sixth anniversary of the first day in H-1B status', () => {
    const d = one(datesOf(ananya(f => (f.client.h1bHistory = { capCounted: true, countedOn: '2021-06', firstStartedOn: '2021-10-01' }))), 'h1b-six-year');
    expect(d).toMatchObject({ date: '2027-09-30', certainty: 'fixed', sourceId: 'us-h1b-validity', fields: ['client.h1bHistory.firstStartedOn'] });
  });

  it('a month alone counts from its first day and says so', () => {
    const d = one(datesOf(ananya(f => (f.client.h1bHistory = { firstStartedOn: '2021-10' }))), 'h1b-six-year');
    expect(d.date).toBe('2027-09-30');
    expect(d.consequence).toContain('Only the month of the first day is recorded');
  });

  it('H-1B history without the first day is unknown; no history, no date', () => {
    expect(one(datesOf(ananya(f => (f.client.h1bHistory = { capCounted: true }))), 'h1b-six-year')).toMatchObject({ date: null, toRecord: 'Record the first day the client held H-1B status.' });
    expect(one(datesOf(ananya(f => (f.client.currentStatus = { country: 'US', type: 'H-1B' }))), 'h1b-six-year').certainty).toBe('unknown');
    expect(keysOf(datesOf(ananya()), 'h1b-six-year')).toEqual([]);
  });
});
