// The case file's limits and sanity rules: maximum lengths named with the field and the limit,
// wrong types told apart from missing values, dates within 1900–2100, no date of birth after the
// caller's today, and a calendar that knows 29 February of year 0.
import { describe, expect, it } from 'vitest';
import { CaseFile, caseFileAsOf, datedIssues } from '../../../shared/case-file';
import { LIST_MAX, NAME_MAX, NOTES_MAX } from '../../../shared/case-file-fields';
import { isCalendarDate, localDate } from '../../../shared/dates';
import { problems, withChange as priyaWith } from './case-file-problems';

describe('maximum lengths', () => {
  it(`takes names of ${String(NAME_MAX)} characters and refuses one more, naming the field and the limit`, () => {
    expect(problems(priyaWith(f => { f.client.fullName = 'a'.repeat(NAME_MAX); }))).toEqual([]);
    expect(problems(priyaWith(f => {
      f.client.fullName = 'a'.repeat(NAME_MAX + 1);
      f.client.otherNames = ['b'.repeat(NAME_MAX + 1)];
      f.work[0].employer = 'c'.repeat(NAME_MAX + 1);
      f.education[0].institution = 'd'.repeat(NAME_MAX + 1);
      f.jobOffer.occupation = 'e'.repeat(NAME_MAX + 1);
    }))).toEqual([
      'client.fullName: at most 300 characters',
      'client.otherNames[0]: at most 300 characters',
      'education[0].institution: at most 300 characters',
      'work[0].employer: at most 300 characters',
      'jobOffer.occupation: at most 300 characters',
    ]);
  });

  it('takes notes of 1,048,576 characters and refuses one more', () => {
    expect(problems(priyaWith(f => { f.notes = 'n'.repeat(NOTES_MAX); }))).toEqual([]);
    expect(problems(priyaWith(f => { f.notes = 'n'.repeat(NOTES_MAX + 1); }))).toEqual(['notes: at most 1,048,576 characters']);
  });

  it('gives a huge value the length message alone, and limits lists, e-mail and phone', () => {
    expect(problems(priyaWith(f => { f.client.fullName = ' '.repeat(10_000_000); }))).toEqual(['client.fullName: at most 300 characters']);
    expect(problems(priyaWith(f => {
      f.client.otherNames = Array.from({ length: LIST_MAX + 1 }, (_, i) => `Name ${String(i)}`);
      f.client.email = `${'p'.repeat(250)}@example.com`;
      f.client.phone = '1'.repeat(101);
    }))).toEqual([
      'client.otherNames: at most 100 entries',
      'client.email: at most 254 characters',
      'client.phone: at most 100 characters',
    ]);
  });
});

describe('wrong types and missing values', () => {
  it('says what was expected for a value of the wrong type, and "required" only when it is missing', () => {
    expect(problems({ format: 'immigration-advisor/case', version: 1, client: { fullName: 42 } })).toEqual(['client.fullName: expected text']);
    expect(problems({ format: 'immigration-advisor/case', version: 1, client: {} })).toEqual(['client.fullName: required']);
    expect(problems({ version: 1, client: { fullName: 'A' } })).toEqual(['format: required']);
    expect(problems(priyaWith(f => {
      f.client.otherNames = 'Priya';
      f.education[0].stem = 'yes';
      f.education[0].durationYears = '2';
      f.work[0].occupation = ['Engineer'];
      f.languages[0].language = undefined;
      f.ties = [{ kind: 'sibling' }];
      f.jobOffer = 'Acme';
    }))).toEqual([
      'client.otherNames: expected a list',
      'education[0].stem: expected true or false',
      'education[0].durationYears: expected a number',
      'work[0].occupation: expected text',
      'languages[0].language: required',
      'jobOffer: expected an object',
      'ties[0].country: required',
    ]);
  });
});

describe('dates', () => {
  it('knows 29 February of year 0 (a leap year) and of 2000, but not of 1900 or 2100', () => {
    expect(isCalendarDate('0000-02-29')).toBe(true);
    expect(isCalendarDate('0004-02-29')).toBe(true);
    expect(isCalendarDate('0001-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2100-02-29')).toBe(false);
  });

  it('refuses a year outside 1900–2100 in any date or month, naming the field', () => {
    expect(problems(priyaWith(f => { f.client.dateOfBirth = '1900-01-01'; f.goals.startBy = '2100-12-31'; }))).toEqual([]);
    expect(problems(priyaWith(f => {
      f.client.dateOfBirth = '0000-02-29';
      f.work[0].start = '1899-12';
      f.jobOffer.startDate = '2101-01-01';
    }))).toEqual([
      'client.dateOfBirth: expected a year from 1900 to 2100',
      'work[0].start: expected a year from 1900 to 2100',
      'jobOffer.startDate: expected a year from 1900 to 2100',
    ]);
  });

  it('refuses a date of birth after the caller’s today, and takes one on it', () => {
    const asOf = caseFileAsOf('2026-11-29');
    expect(problems(priyaWith(f => { f.client.dateOfBirth = '2026-11-29'; }), asOf)).toEqual([]);
    expect(problems(priyaWith(f => {
      f.client.dateOfBirth = '2026-11-30';
      f.spouse.dateOfBirth = '2027-01-01';
      f.children = [{ dateOfBirth: '2020-01-01' }, { dateOfBirth: '2030-05-05' }];
    }), asOf)).toEqual([
      'client.dateOfBirth: must not be after today (2026-11-29)',
      'spouse.dateOfBirth: must not be after today (2026-11-29)',
      'children[1].dateOfBirth: must not be after today (2026-11-29)',
    ]);
    // The plain schema has no clock: the same file passes it.
    expect(problems(priyaWith(f => { f.client.dateOfBirth = '2026-11-30'; }))).toEqual([]);
    const file = CaseFile.parse(priyaWith(f => { f.client.dateOfBirth = '2026-11-30'; }));
    expect(datedIssues(file, '2026-11-29', ['caseFile'])).toEqual([{ field: 'caseFile.client.dateOfBirth', message: 'must not be after today (2026-11-29)' }]);
  });

  it('reads today on the local calendar', () => {
    expect(localDate(new Date(2026, 10, 29, 23, 59))).toBe('2026-11-29');
    expect(localDate(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});
