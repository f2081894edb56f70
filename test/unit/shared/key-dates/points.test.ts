import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../shared/key-dates/calendar';
import { crsCalculator } from '../../../../shared/rules/points/ca-crs';
import { opportunityCardCalculator } from '../../../../shared/rules/points/de-opportunity-card';
import { hspCalculator } from '../../../../shared/rules/points/jp-hsp';
import { keyDates } from '../../../../shared/key-dates';
import type { KeyDate } from '../../../../shared/key-dates/types';
import { SHIPPED_CATALOGUE } from '../../../../shared/programs/index';
import { ananya, AS_OF, datesOf, keysOf, one } from './fixture';

const pointsOf = (dates: readonly KeyDate[], calculator: string) => dates.filter(d => d.key.startsWith(`points-change:${calculator}:`));
const ages = (dates: readonly KeyDate[]) => dates.map(d => Number(/age-(\d+)$/.exec(d.key)?.[1]));

describe('birthdays on which points fall', () => {
  it('CRS falls at 30 (from 29) and on every birthday after, to 45; before and after are the calculator’s own scores', () => {
    const file = ananya();
    const crs = pointsOf(datesOf(file), 'ca-crs');
    expect(ages(crs)).toEqual([30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45]);
    for (const d of crs) {
      const on = d.date ?? '';
      expect(on.slice(5)).toBe('06-15');
      expect(d.points).toEqual({ programId: 'ca-express-entry', before: crsCalculator(file, addDays(on, -1)).total, after: crsCalculator(file, on).total });
      expect(d.points?.after).toBeLessThan(d.points?.before ?? 0);
      expect(d.consequence).toBe(`The score falls from ${String(d.points?.before)} to ${String(d.points?.after)} points when the client turns ${String(Number(on.slice(0, 4)) - 1997)}.`);
      expect(d).toMatchObject({ kind: 'points-change', certainty: 'fixed', fields: ['client.dateOfBirth'], sourceId: 'ca-pts-crs' });
    }
    expect(one(crs, 'points-change:ca-crs:age-30')).toMatchObject({ date: '2027-06-15', title: 'Express Entry: fewer points at age 30' });
    expect(one(datesOf(file), 'points-change:de-opportunity-card:age-35').title).toBe('The Opportunity Card: fewer points at age 35');
  });

  it('the Opportunity Card falls at 35 and at 40 only; Japan’s HSP at its age bands; each score from its calculator', () => {
    const file = ananya();
    const dates = datesOf(file);
    const card = pointsOf(dates, 'de-opportunity-card');
    expect(ages(card)).toEqual([35, 40]);
    for (const d of card) expect(d.points?.after).toBe(opportunityCardCalculator(file, d.date ?? '').total);
    const hsp = pointsOf(dates, 'jp-hsp');
    expect(hsp.length).toBeGreaterThan(0);
    for (const d of hsp) {
      expect(d.points?.before).toBe(hspCalculator(file, addDays(d.date ?? '', -1)).total);
      expect(d.points?.after).toBe(hspCalculator(file, d.date ?? '').total);
    }
  });

  it('a birthday already passed on the as-of date is not listed', () => {
    expect(ages(pointsOf(datesOf(ananya(), '2027-06-15'), 'ca-crs'))[0]).toBe(31);
  });

  it('born on 29 February: in a common year the birthday counts on 1 March, the day the calculator’s score changes, and says so', () => {
    const file = ananya(f => (f.client.dateOfBirth = '1997-02-28'));
    expect(one(datesOf(file), 'points-change:ca-crs:age-30').date).toBe('2027-02-28');
    const leap = ananya(f => (f.client.dateOfBirth = '1996-02-29'));
    const d = one(datesOf(leap, '2025-06-01'), 'points-change:ca-crs:age-30');
    expect(d.date).toBe('2026-03-01');
    expect(crsCalculator(leap, '2026-02-28').total).toBe(d.points?.before);
    expect(crsCalculator(leap, '2026-03-01').total).toBe(d.points?.after);
    expect(d.consequence).toContain('Born on 29 February');
    // In a leap year the birthday is the day itself.
    expect(one(datesOf(leap, '2025-06-01'), 'points-change:ca-crs:age-32').date).toBe('2028-02-29');
  });

  it('without a date of birth: one unknown date, with the fact to record', () => {
    const dates = datesOf(ananya(f => (f.client.dateOfBirth = null)));
    expect(keysOf(dates, 'points-change')).toEqual(['points-change']);
    expect(one(dates, 'points-change')).toMatchObject({ date: null, certainty: 'unknown', toRecord: 'Record the client’s date of birth.' });
  });

  it('only the programmes of the target countries', () => {
    const dates = datesOf(ananya(f => (f.goals = { targetCountries: ['CA'] })));
    expect(new Set(dates.filter(d => d.kind === 'points-change').map(d => d.key.split(':')[1]))).toEqual(new Set(['ca-crs']));
  });
});

describe('age limits', () => {
  it('dates the day the client passes a route’s top age (New Zealand’s 55, China’s Z visa 60)', () => {
    const dates = datesOf(ananya());
    expect(one(dates, 'age-limit:nz-smc:age')).toMatchObject({ date: '2053-06-15', certainty: 'fixed', programIds: ['nz-smc'], sourceId: 'nz-smc-requirements' });
    expect(one(dates, 'age-limit:cn-z:cn-z-age').date).toBe('2058-06-15');
  });

  it('the K visa’s limit is unpublished: an open question, never a guessed date', () => {
    const k = one(datesOf(ananya()), 'age-limit:cn-k:cn-k-age');
    expect(k).toMatchObject({ date: null, certainty: 'unknown', programIds: ['cn-k'] });
    expect(k.toRecord).toContain('age limit');
    // Singapore's age-banded salary is not an age limit.
    expect(keysOf(datesOf(ananya()), 'age-limit').some(key => key.includes('sg-'))).toBe(false);
  });

  it('past the limit already: no date ahead; no date of birth: unknown', () => {
    expect(keysOf(datesOf(ananya(f => (f.client.dateOfBirth = '1960-01-01'))), 'age-limit')).not.toContain('age-limit:nz-smc:age');
    expect(one(datesOf(ananya(f => (f.client.dateOfBirth = null))), 'age-limit:nz-smc:age').certainty).toBe('unknown');
  });
});

describe('the whole answer', () => {
  it('with a horizon, leaves out the dates after it (and never scores those birthdays), keeping unknown dates', () => {
    const file = ananya();
    const all = datesOf(file);
    const until = '2028-06-15';
    const near = keyDates(file, AS_OF, SHIPPED_CATALOGUE, { until }).dates;
    expect(near).toEqual(all.filter(d => d.date === null || d.date <= until));
    expect(ages(pointsOf(near, 'ca-crs'))).toEqual([30, 31]);
  });

  it('is sorted by date, unknown last, and the same case gives the same keys every time', () => {
    const file = ananya(f => (f.client.currentStatus = { country: 'US', type: 'F-1', optKind: 'stem', optEndsOn: '2027-05-20' }));
    const first = datesOf(file);
    const dated = first.filter(d => d.date !== null).map(d => d.date ?? '');
    expect(dated).toEqual([...dated].sort());
    const firstUnknown = first.findIndex(d => d.date === null);
    expect(first.slice(firstUnknown).every(d => d.date === null)).toBe(true);
    expect(new Set(first.map(d => d.key)).size).toBe(first.length);
    expect(datesOf(file).map(d => d.key)).toEqual(first.map(d => d.key));
    // A week later, every date still ahead keeps its key (so a calendar re-import updates it).
    const later = new Set(datesOf(file, addDays(AS_OF, 7)).map(d => d.key));
    for (const d of first.filter(x => x.date === null || x.date > addDays(AS_OF, 7))) expect(later).toContain(d.key);
  });
});
