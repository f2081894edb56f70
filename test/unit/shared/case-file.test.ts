import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../shared/case-file';
import { COUNTRY_CODES } from '../../../shared/countries';
import { loadFixture } from '../../fixtures';
import { problems, withChange } from './case-file-problems';

describe('case file schema: accepts every file written to the design page', () => {
  it('accepts the full example from case-file.md and keeps every value as written', () => {
    const file = loadFixture('priya-sharma.case.json');
    const parsed = CaseFile.parse(file);
    expect(parsed).toEqual(file);
  });

  it('accepts the smallest file: format, version and the client’s name', () => {
    const minimal = { format: 'immigration-advisor/case', version: 1, client: { fullName: 'Li Wei' } };
    expect(CaseFile.parse(minimal)).toEqual(minimal);
  });

  it('treats null as unknown wherever the page allows it, and keeps the nulls', () => {
    const file = loadFixture('li-wei-minimal.case.json');
    expect(CaseFile.parse(file)).toEqual(file);
    const allNull = {
      format: 'immigration-advisor/case',
      version: 1,
      client: { fullName: 'A', dateOfBirth: null, citizenships: null, currentStatus: null, maritalStatus: null, email: null },
      spouse: null, children: null, education: null, work: null, languages: null, jobOffer: null,
      funds: null, achievements: null, ties: null, goals: null, notes: null,
    };
    expect(problems(allNull)).toEqual([]);
  });

  it('accepts a month alone where the day is not known, and an ongoing job', () => {
    expect(problems(withChange(f => { f.work[0].start = '2024-06'; f.work[0].end = null; }))).toEqual([]);
    expect(problems(withChange(f => { f.education[0].completed = '2020-05-31'; }))).toEqual([]);
  });

  it('accepts scores on each test’s own scale: CELPIP, TEF, TCF, PTE', () => {
    const lang = (test: string, s: [number, number, number, number]) =>
      withChange(f => {
        f.languages = [{ language: 'en', test, listening: s[0], reading: s[1], writing: s[2], speaking: s[3] }];
      });
    expect(problems(lang('CELPIP-G', [10, 9, 9, 10]))).toEqual([]);
    expect(problems(lang('TEF', [316, 248, 371, 371]))).toEqual([]);
    expect(problems(lang('TCF', [549, 524, 14, 14]))).toEqual([]);
    expect(problems(lang('PTE-Core', [76, 69, 79, 89]))).toEqual([]);
  });
});

describe('case file schema: rejects a wrong file and names the field', () => {
  it('names the path of a wrong education level and lists the allowed ones', () => {
    const lines = problems(withChange(f => { f.education[1].level = 'phd'; }));
    expect(lines).toEqual([
      'education[1].level: expected one of none, secondary, diploma-1yr, diploma-2yr, bachelor, two-or-more, master, professional, doctorate',
    ]);
  });

  it('rejects a misspelt key at its own path instead of dropping the fact', () => {
    const lines = problems(withChange(f => { f.client.dateOfbirth = '1998-04-12'; }));
    expect(lines).toEqual(['client.dateOfbirth: unknown field']);
  });

  it('reports every problem, not only the first', () => {
    const lines = problems(
      withChange(f => {
        f.client.dateOfBirth = '1998-02-30';
        f.client.citizenships = ['IX'];
        f.funds.currency = 'usd';
        f.languages[0].speaking = 9.5;
        f.jobOffer.usWageLevel = 5;
      }),
    );
    expect(lines).toEqual([
      'client.dateOfBirth: expected a real date written YYYY-MM-DD',
      'client.citizenships[0]: expected a two-letter ISO country code such as "IN"',
      'languages[0].speaking: IELTS-GT speaking scores run from 0 to 9 in half bands',
      'jobOffer.usWageLevel: US wage levels run from 1 to 4',
      'funds.currency: expected a three-letter ISO 4217 currency code such as "USD"',
    ]);
  });

  it('rejects a job that ends before it starts', () => {
    expect(problems(withChange(f => { f.work[0].end = '2023-01'; }))).toEqual([
      'work[0].end: is before the start (2024-06)',
    ]);
  });

  it('rejects a missing or blank client name, and a wrong format or version', () => {
    expect(problems({ format: 'immigration-advisor/case', version: 1, client: { fullName: '  ' } })).toEqual([
      'client.fullName: required',
    ]);
    expect(problems({ format: 'immigration-advisor/case', version: 1, client: {} })).toEqual([
      'client.fullName: required',
    ]);
    expect(problems({ format: 'other', version: 2, client: { fullName: 'A' } })).toEqual([
      'format: expected "immigration-advisor/case"',
      'version: expected 1 (this version of the app reads case files of version 1)',
    ]);
  });

  it('rejects an e-mail that is not one, a repeated priority and a negative amount', () => {
    const lines = problems(
      withChange(f => {
        f.client.email = 'priya at example';
        f.goals.priorities = ['speed', 'speed'];
        f.goals.budget.amount = -1;
      }),
    );
    expect(lines).toEqual([
      'client.email: expected an e-mail address such as name@example.com',
      'goals.priorities: lists a priority twice',
      'goals.budget.amount: must not be negative',
    ]);
  });

  it('rejects something that is not an object at all', () => {
    expect(problems(null)[0]).toBe('expected an object');
    expect(problems('{}')[0]).toBe('expected an object');
  });
});

describe('country codes', () => {
  it('lists the 249 assigned ISO 3166-1 alpha-2 codes, each known to the platform', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    const unknown = COUNTRY_CODES.filter(c => names.of(c) === c);
    expect(unknown).toEqual([]);
  });
});
