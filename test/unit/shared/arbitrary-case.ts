/** fast-check generators of schema-valid case files, covering unknowns (absent and null) everywhere. */
import fc from 'fast-check';
import { CaseFile, EDUCATION_LEVELS, EMPLOYER_SIZES, GERMAN_RECOGNITION, MARITAL_STATUSES, TIE_KINDS, PRIORITIES, UK_PAY_SCALE_ROLES } from '../../../shared/case-file';
import { shiftMonths } from '../../../shared/rules/facts';

const COUNTRIES = ['US', 'CN', 'IN', 'CA', 'DE', 'GB', 'KR', 'NZ', 'JP', 'AU', 'SG', 'AE'] as const;
const CURRENCIES = ['USD', 'CNY', 'INR', 'CAD', 'EUR', 'GBP', 'KRW', 'NZD', 'JPY', 'AUD', 'SGD', 'AED', 'CHF'] as const;

const country = fc.constantFrom(...COUNTRIES);
const day = fc.integer({ min: Date.UTC(1960, 0, 1), max: Date.UTC(2026, 10, 28) }).map(t => new Date(t).toISOString().slice(0, 10));
const month = day.map(d => d.slice(0, 7));
const orNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const money = fc.record({ amount: fc.integer({ min: 0, max: 2_000_000 }), currency: fc.constantFrom(...CURRENCIES) });
const opt = { requiredKeys: [] as [] };

const education = fc.record(
  {
    level: fc.constantFrom(...EDUCATION_LEVELS),
    stem: orNull(fc.boolean()),
    country: orNull(country),
    completed: orNull(month),
    durationYears: orNull(fc.integer({ min: 1, max: 6 })),
    topRanked: orNull(fc.boolean()),
    credentialAssessed: orNull(fc.boolean()),
    germanShortageOccupation: orNull(fc.boolean()),
    germanRecognition: orNull(fc.constantFrom(...GERMAN_RECOGNITION)),
    taughtInEnglish: orNull(fc.boolean()),
  },
  { requiredKeys: ['level'] },
);

const work = fc
  .record({ start: month, months: fc.integer({ min: 1, max: 240 }), ongoing: fc.boolean(), country: orNull(country), hoursPerWeek: orNull(fc.integer({ min: 5, max: 60 })), skilled: orNull(fc.boolean()), stem: orNull(fc.boolean()) })
  .map(({ start, months, ongoing, ...rest }) => ({ ...rest, start, end: ongoing ? null : shiftMonths(start, months), employer: 'Acme' }));

/** Scores on each test's own scale, so the files are schema-valid. */
const half = (max: number) => fc.integer({ min: 0, max: max * 2 }).map(n => n / 2);
const scores: Record<string, fc.Arbitrary<number>[]> = {
  'IELTS-GT': [half(9), half(9), half(9), half(9)],
  'CELPIP-G': Array(4).fill(fc.integer({ min: 0, max: 12 })),
  'PTE-Core': Array(4).fill(fc.integer({ min: 10, max: 90 })),
  // TEF before its 2023-12-11 scale change (the "ancien score") and after it (0–699), told apart by the test date.
  TEF: [fc.integer({ min: 0, max: 360 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 450 }), fc.integer({ min: 0, max: 450 })],
  'TEF-2024': Array(4).fill(fc.integer({ min: 0, max: 699 })),
  TCF: [fc.integer({ min: 100, max: 699 }), fc.integer({ min: 100, max: 699 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })],
};
const scored = fc.constantFrom(...Object.keys(scores)).chain(test =>
  fc.tuple(...(scores[test] as [fc.Arbitrary<number>, fc.Arbitrary<number>, fc.Arbitrary<number>, fc.Arbitrary<number>]), fc.boolean()).map(([l, r, w, s, selt]) => ({
    language: test.startsWith('TEF') || test === 'TCF' ? 'fr' : 'en',
    test: test === 'TEF-2024' ? 'TEF' : test,
    testDate: test === 'TEF' ? '2023-06-01' : '2024-06-01',
    listening: l,
    reading: r,
    writing: w,
    speaking: s,
    ...(test.startsWith('IELTS') ? { ukSelt: selt } : {}),
  })),
);
const levelled = fc.record({
  language: fc.constantFrom('de', 'ja', 'ko', 'zh', 'en'),
  test: fc.constantFrom('Goethe', 'TestDaF', 'JLPT', 'TOPIK', 'HSK', 'native', 'IELTS-A'),
  level: orNull(fc.constantFrom('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'N1', 'N2', 'N3', '4', '5', '6')),
});
const language = fc.oneof(scored, levelled);

export const caseFileArb = fc
  .record(
    {
      client: fc.record(
        {
          fullName: fc.constant('Test Client'),
          dateOfBirth: orNull(day),
          citizenships: orNull(fc.uniqueArray(country, { maxLength: 2 })),
          permanentResidences: orNull(fc.uniqueArray(country, { maxLength: 2 })),
          residenceCountry: orNull(country),
          currentStatus: orNull(fc.record({ country: orNull(country), type: orNull(fc.constantFrom('F-1', 'H-1B', 'none')) }, opt)),
          maritalStatus: orNull(fc.constantFrom(...MARITAL_STATUSES)),
          h1bHistory: orNull(fc.record({ capCounted: orNull(fc.boolean()), countedOn: orNull(fc.oneof(day, month)) }, opt)),
        },
        { requiredKeys: ['fullName'] },
      ),
      spouse: orNull(fc.record({ fullName: fc.constant('Spouse'), dateOfBirth: orNull(day), accompanying: orNull(fc.boolean()), education: orNull(fc.array(education, { maxLength: 2 })), work: orNull(fc.array(work, { maxLength: 2 })), languages: orNull(fc.array(language, { maxLength: 2 })) }, opt)),
      children: orNull(fc.array(fc.record({ dateOfBirth: orNull(day), accompanying: orNull(fc.boolean()) }, opt), { maxLength: 3 })),
      education: orNull(fc.array(education, { maxLength: 3 })),
      work: orNull(fc.array(work, { maxLength: 3 })),
      languages: orNull(fc.array(language, { maxLength: 3 })),
      jobOffer: orNull(
        fc.record(
          {
            country: orNull(country),
            annualSalary: orNull(money),
            usWageLevel: orNull(fc.integer({ min: 1, max: 4 })),
            employerSize: orNull(fc.constantFrom(...EMPLOYER_SIZES)),
            h1bDependentEmployer: orNull(fc.boolean()),
            employer: fc.constant('Acme'),
            shortageOccupation: orNull(fc.boolean()),
            socCode: orNull(fc.constantFrom('2231', '2134')),
            nationalPayScale: orNull(fc.constantFrom(...UK_PAY_SCALE_ROLES)),
            professionalRegistration: orNull(fc.boolean()),
          },
          opt,
        ),
      ),
      funds: orNull(money),
      achievements: orNull(fc.record({ publications: orNull(fc.nat(50)), citations: orNull(fc.nat(5000)), patents: orNull(fc.nat(10)), awards: orNull(fc.array(fc.constant('Award'), { maxLength: 2 })), judging: orNull(fc.boolean()), mediaCoverage: orNull(fc.boolean()), criticalRole: orNull(fc.boolean()), highSalary: orNull(fc.boolean()), membership: orNull(fc.boolean()), originalContribution: orNull(fc.boolean()) }, opt)),
      registrations: orNull(fc.array(fc.record({ country, requiredYears: orNull(fc.integer({ min: 0, max: 8 })) }, { requiredKeys: ['country'] }), { maxLength: 2 })),
      ties: orNull(fc.array(fc.record({ country, kind: fc.constantFrom(...TIE_KINDS) }), { maxLength: 2 })),
      goals: orNull(fc.record({ targetCountries: orNull(fc.uniqueArray(country, { maxLength: 4 })), priorities: orNull(fc.uniqueArray(fc.constantFrom(...PRIORITIES))) }, opt)),
    },
    { requiredKeys: ['client'] },
  )
  .map(f => CaseFile.parse({ format: 'immigration-advisor/case', version: 1, ...f }));
