import { describe, expect, it } from 'vitest';
import { addYears, birthday } from '../../../../shared/key-dates/calendar';
import { ananya, datesOf, keysOf, one } from './fixture';

describe('calendar', () => {
  it('moves 29 February to 28 February for a validity (never a day too long), and to 1 March for a birthday (as ageAt counts it)', () => {
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(birthday('1996-02-29', 30)).toBe('2026-03-01');
    expect(birthday('1996-02-29', 32)).toBe('2028-02-29');
  });
});

describe('status and passport', () => {
  it('dates the end of the current status, or asks for it when a status is recorded without one', () => {
    const fixed = one(datesOf(ananya(f => (f.client.currentStatus = { country: 'US', type: 'F-1', validUntil: '2027-06-30' }))), 'status-expiry');
    expect(fixed).toMatchObject({ date: '2027-06-30', certainty: 'fixed', title: 'F-1 status ends', fields: ['client.currentStatus.validUntil'] });
    expect(fixed.programIds).toContain('us-h1b');
    const open = one(datesOf(ananya(f => (f.client.currentStatus = { country: 'US', type: 'F-1' }))), 'status-expiry');
    expect(open).toMatchObject({ date: null, certainty: 'unknown', toRecord: 'Record the date the current status ends (the I-94 or residence permit).' });
  });

  it('asks for a status end when the client lives outside every country of citizenship, and has none to give at home', () => {
    expect(one(datesOf(ananya(f => (f.client.residenceCountry = 'US'))), 'status-expiry').certainty).toBe('unknown');
    expect(keysOf(datesOf(ananya()), 'status-expiry')).toEqual([]);
  });

  it('dates the passport, or asks for its expiry', () => {
    expect(one(datesOf(ananya(f => (f.client.passportExpiresOn = '2029-01-31'))), 'passport-expiry')).toMatchObject({ date: '2029-01-31', certainty: 'fixed' });
    expect(one(datesOf(ananya()), 'passport-expiry')).toMatchObject({ date: null, certainty: 'unknown', toRecord: 'Record the passport’s expiry date.' });
  });
});

describe('language test and ECA validity', () => {
  it('an Express Entry test is valid two years from the test date, with its source', () => {
    const d = one(datesOf(ananya()), 'language-test-expiry:languages[0]:IELTS-GT');
    expect(d).toMatchObject({ date: '2028-02-10', certainty: 'fixed', sourceId: 'dates-ca-language-two-years', fields: ['languages[0].testDate'] });
    expect(d.programIds).toContain('ca-express-entry');
    expect(d.programIds.every(id => id.startsWith('ca-'))).toBe(true);
  });

  it('a test taken on 29 February expires on 28 February in a common year', () => {
    const file = ananya(f => {
      f.languages = [{ language: 'en', test: 'IELTS-GT', listening: 8, reading: 7, writing: 7, speaking: 7, testDate: '2024-02-29' }];
    });
    expect(one(datesOf(file, '2025-01-01'), 'language-test-expiry:languages[0]:IELTS-GT').date).toBe('2026-02-28');
  });

  it('a UK SELT counts for UK visas for two years; a test not taken as a SELT does not', () => {
    const selt = ananya(f => {
      f.languages = [{ language: 'en', test: 'IELTS-A', listening: 8, reading: 7, writing: 7, speaking: 7, testDate: '2026-05-04', ukSelt: true }];
    });
    const d = one(datesOf(selt), 'language-test-expiry:languages[0]:IELTS-A');
    expect(d).toMatchObject({ date: '2028-05-04', sourceId: 'dates-gb-selt-two-years' });
    expect(d.programIds.length).toBeGreaterThan(0);
    expect(d.programIds.every(id => id.startsWith('gb-'))).toBe(true);
    const notSelt = ananya(f => {
      f.languages = [{ language: 'en', test: 'IELTS-A', listening: 8, reading: 7, writing: 7, speaking: 7, testDate: '2026-05-04', ukSelt: false }];
    });
    expect(keysOf(datesOf(notSelt), 'language-test-expiry')).toEqual([]);
  });

  it('a test without its date is unknown with the fact to record; a native speaker has nothing to expire', () => {
    const open = ananya(f => {
      f.languages = [{ language: 'en', test: 'CELPIP-G', listening: 9, reading: 9, writing: 9, speaking: 9 }, { language: 'fr', test: 'native' }];
    });
    const dates = datesOf(open);
    expect(one(dates, 'language-test-expiry:languages[0]:CELPIP-G')).toMatchObject({ date: null, certainty: 'unknown', toRecord: 'Record the date the CELPIP-G test was taken.' });
    expect(keysOf(dates, 'language-test-expiry')).toHaveLength(1);
  });

  it('counts the spouse’s test too, under its own key', () => {
    const file = ananya(f => {
      f.spouse = { fullName: 'Ravi Rao', accompanying: true, languages: [{ language: 'en', test: 'IELTS-GT', listening: 6, reading: 6, writing: 6, speaking: 6, testDate: '2025-09-01' }] };
      f.client.maritalStatus = 'married';
    });
    expect(one(datesOf(file), 'language-test-expiry:spouse.languages[0]:IELTS-GT')).toMatchObject({ date: '2027-09-01', title: 'Spouse’s IELTS-GT result (English) expires' });
  });

  it('an ECA is valid five years from its issue; an assessed credential without the date is unknown; an unassessed one has none', () => {
    const dates = datesOf(ananya());
    expect(one(dates, 'eca-expiry:education[0]')).toMatchObject({ date: '2029-05-01', certainty: 'fixed', sourceId: 'dates-ca-eca-five-years', fields: ['education[0].assessedOn'] });
    expect(keysOf(dates, 'eca-expiry')).toEqual(['eca-expiry:education[0]']);
    const open = ananya(f => {
      f.education = [{ level: 'master', country: 'IN', completed: '2020-06', credentialAssessed: true }];
    });
    expect(one(datesOf(open), 'eca-expiry:education[0]')).toMatchObject({ date: null, toRecord: 'Record the date the credential assessment (ECA) was issued.' });
  });

  it('leaves out Canadian and UK documents when the client targets neither country', () => {
    const file = ananya(f => (f.goals = { targetCountries: ['US'] }));
    const dates = datesOf(file);
    expect(keysOf(dates, 'language-test-expiry')).toEqual([]);
    expect(keysOf(dates, 'eca-expiry')).toEqual([]);
  });
});
