/** Case files for the date engine's tests: one client, changed per test. No test reads today's date. */
import { CaseFile, type CaseFileInput } from '../../../../shared/case-file';
import { keyDates } from '../../../../shared/key-dates';
import type { KeyDate } from '../../../../shared/key-dates/types';
import { SHIPPED_CATALOGUE } from '../../../../shared/programs/index';

export const AS_OF = '2026-12-03';

/** Ananya: 29 on AS_OF (born 1997-06-15), single, master's from India, IELTS-GT, on STEM OPT in the US. */
export function ananya(change: (f: CaseFileInput & { client: NonNullable<CaseFileInput['client']> }) => void = () => undefined): CaseFile {
  const f = {
    format: 'immigration-advisor/case',
    version: 1,
    client: { fullName: 'Ananya Rao', dateOfBirth: '1997-06-15', citizenships: ['IN'], residenceCountry: 'IN', maritalStatus: 'single' },
    spouse: null,
    education: [
      { level: 'bachelor', field: 'Computer Engineering', country: 'IN', completed: '2018-05', durationYears: 4, credentialAssessed: true, assessedOn: '2024-05-01' },
      { level: 'master', field: 'Data Science', country: 'IN', completed: '2020-06', durationYears: 2, credentialAssessed: false },
    ],
    work: [{ occupation: 'Data engineer', country: 'IN', start: '2022-09-01', end: '2025-09-01', hoursPerWeek: 40, skilled: true }],
    languages: [{ language: 'en', test: 'IELTS-GT', listening: 8, reading: 7, writing: 7, speaking: 7, testDate: '2026-02-10' }],
    jobOffer: null,
    ties: [],
  } satisfies CaseFileInput;
  change(f);
  return CaseFile.parse(f);
}

export function datesOf(file: CaseFile, asOf = AS_OF): KeyDate[] {
  return keyDates(file, asOf, SHIPPED_CATALOGUE).dates;
}

export function one(dates: readonly KeyDate[], key: string): KeyDate {
  const found = dates.filter(d => d.key === key);
  if (found.length !== 1) throw new Error(`expected one date with key ${key}, found ${String(found.length)}: ${dates.map(d => d.key).join(', ')}`);
  return found[0] as KeyDate;
}

export const keysOf = (dates: readonly KeyDate[], kind: KeyDate['kind']) => dates.filter(d => d.kind === kind).map(d => d.key);
