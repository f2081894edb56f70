/**
 * The canonical case file (format `immigration-advisor/case`, version 1): the one shape in which a
 * client's facts travel between intake, database, rules engine, import/export and the CLI.
 *
 * Conventions (see the case-file design page): absent or `null` means *unknown*, never "no";
 * dates are `YYYY-MM-DD` (or `YYYY-MM` where only the month is known); countries are ISO 3166-1
 * alpha-2; money is `{ amount, currency }` with an ISO 4217 currency; languages are ISO 639-1.
 *
 * Objects are strict: an unknown key (usually a misspelling such as `dateOfbirth`) is rejected with
 * its path instead of being silently dropped, because a dropped fact would read as "unknown".
 */
import { z } from 'zod';
import {
  date,
  EMAIL_MAX,
  freeText,
  group,
  list,
  monthOrDate,
  NAME_MAX,
  NOTES_MAX,
  number,
  oneOf,
  PHONE_MAX,
  text,
  typeError,
  yesNo,
} from './case-file-fields';
import { isCountryCode } from './countries';
import { compareMonthOrDate, isCalendarDate } from './dates';
import { formatPath, type FieldIssue } from './validation';

/** The format tag every case file carries. */
export const CASE_FILE_FORMAT = 'immigration-advisor/case';
/** The case-file version this build reads and writes. */
export const CASE_FILE_VERSION = 1;

const COUNTRY = 'expected a two-letter ISO country code such as "IN"';
const country = z.string({ error: typeError(COUNTRY) }).refine(isCountryCode, { error: COUNTRY });
const CURRENCY = 'expected a three-letter ISO 4217 currency code such as "USD"';
const currencyCodes = new Set(Intl.supportedValuesOf('currency'));
const currency = z.string({ error: typeError(CURRENCY) }).refine(c => currencyCodes.has(c), { error: CURRENCY });
const LANGUAGE = 'expected a two-letter ISO 639-1 language code such as "en"';
const language = z.string({ error: typeError(LANGUAGE) }).regex(/^[a-z]{2}$/, { error: LANGUAGE });
/** Names, employers, titles: short text. */
const name = text(NAME_MAX);
const count = number().int({ error: 'expected a whole number' }).min(0);

/** Money as an amount and an ISO 4217 currency. */
export const Money = group({
  amount: number().min(0, { error: 'must not be negative' }),
  currency,
});
export type Money = z.infer<typeof Money>;

export const EDUCATION_LEVELS = [
  'none',
  'secondary',
  'diploma-1yr',
  'diploma-2yr',
  'bachelor',
  'two-or-more',
  'master',
  'professional',
  'doctorate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const MARITAL_STATUSES = [
  'single',
  'married',
  'common-law',
  'divorced',
  'widowed',
  'separated',
] as const;

export const LANGUAGE_TESTS = [
  'IELTS-GT',
  'IELTS-A',
  'CELPIP-G',
  'PTE-Core',
  'TEF',
  'TCF',
  'Goethe',
  'TestDaF',
  'HSK',
  'TOPIK',
  'JLPT',
  'native',
  'none',
] as const;
export type LanguageTest = (typeof LANGUAGE_TESTS)[number];

export const EMPLOYER_SIZES = ['small', 'large', 'nonprofit', 'cap-exempt'] as const;
export const TIE_KINDS = [
  'sibling',
  'parent',
  'child',
  'spouse-citizen',
  'provincial-nomination',
  'trade-certificate',
  'prior-study',
  'prior-stay-6-months',
] as const;
export const PRIORITIES = ['speed', 'permanent-residence', 'family', 'cost'] as const;
/**
 * A German recognition body's notice on a foreign qualification (Anerkennungsbescheid): full
 * equivalence, partial equivalence (a Defizitbescheid naming adaptation measures), or no notice.
 * A ZAB statement or an anabin entry is not a recognition notice (that is `credentialAssessed`).
 */
export const GERMAN_RECOGNITION = ['full', 'partial', 'none'] as const;
/**
 * Whether a UK job is paid on a national pay scale (Appendix Skilled Occupations): a health or care
 * role eligible for the Health and Care Worker visa, an education role, or neither.
 */
export const UK_PAY_SCALE_ROLES = ['health-care', 'education', 'none'] as const;

export const Education = group({
  level: oneOf(EDUCATION_LEVELS),
  field: name.nullish(),
  stem: yesNo().nullish(),
  institution: name.nullish(),
  country: country.nullish(),
  /** When it was completed; absent or null when not known (never "still studying": see `studying`). */
  completed: monthOrDate.nullish(),
  /**
   * True while the client is still studying for it; `completed` is then the expected date, if known.
   * Absent when not stated: a blank completion date alone is "not known", not "still studying".
   */
  studying: yesNo().nullish(),
  durationYears: number().positive().max(15).nullish(),
  topRanked: yesNo().nullish(),
  credentialAssessed: yesNo().nullish(),
  /** When the credential assessment (an ECA for Canada) was issued: it is valid for five years. */
  assessedOn: date.nullish(),
  /** The qualification is in a German shortage occupation (Engpassberuf): an Opportunity Card point. */
  germanShortageOccupation: yesNo().nullish(),
  // Germany and the UK (issue 13):
  germanRecognition: oneOf(GERMAN_RECOGNITION).nullish(),
  /** Taught in English: a UK degree, or one Ecctis confirms was taught or researched in English. */
  taughtInEnglish: yesNo().nullish(),
});

export const Work = group({
    occupation: name.nullish(),
    country: country.nullish(),
    start: monthOrDate.nullish(),
    end: monthOrDate.nullish(),
    hoursPerWeek: number().positive().max(168, { error: 'a week has 168 hours' }).nullish(),
    skilled: yesNo().nullish(),
    stem: yesNo().nullish(),
    employer: name.nullish(),
  })
  .superRefine((w, ctx) => {
    if (w.start && w.end && compareMonthOrDate(w.end, w.start) < 0) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `is before the start (${w.start})` });
    }
  });

/**
 * Band ranges as printed on each test's score report. Only the tests with per-skill numeric
 * scores are listed; the others report a single `level`.
 */
const SCORE_RANGES: Partial<Record<LanguageTest, Record<Skill, { min: number; max: number; step: number }>>> = {
  'IELTS-GT': uniform(0, 9, 0.5),
  'IELTS-A': uniform(0, 9, 0.5),
  'CELPIP-G': uniform(0, 12, 1),
  'PTE-Core': uniform(10, 90, 1),
  TEF: {
    listening: { min: 0, max: 360, step: 1 },
    reading: { min: 0, max: 300, step: 1 },
    writing: { min: 0, max: 450, step: 1 },
    speaking: { min: 0, max: 450, step: 1 },
  },
  TCF: {
    listening: { min: 100, max: 699, step: 1 },
    reading: { min: 100, max: 699, step: 1 },
    writing: { min: 0, max: 20, step: 1 },
    speaking: { min: 0, max: 20, step: 1 },
  },
};
const SKILLS = ['listening', 'reading', 'writing', 'speaking'] as const;
type Skill = (typeof SKILLS)[number];
function uniform(min: number, max: number, step: number) {
  const r = { min, max, step };
  return { listening: r, reading: r, writing: r, speaking: r };
}

/**
 * TEF Canada reports every ability on a 0–699 scale for tests taken from this date; IRCC converts
 * them with a chart of its own (programs/ca-points-tables.ts). Earlier results are entered as the
 * report's "Équivalence ancien score" (the ranges in SCORE_RANGES).
 */
export const TEF_NEW_SCALE_FROM = '2023-12-11';
const TEF_NEW_SCALE = uniform(0, 699, 1);

/** The ranges a result's scores must fall in; a TEF without a test date may be on either scale. */
function scoreRanges(test: LanguageTest, testDate: string | null | undefined) {
  if (test === 'TEF' && (testDate == null || testDate >= TEF_NEW_SCALE_FROM)) return { ranges: TEF_NEW_SCALE, era: '' };
  const era = test === 'TEF' ? ` for tests taken before ${TEF_NEW_SCALE_FROM}` : '';
  return { ranges: SCORE_RANGES[test], era };
}

export const LanguageResult = group({
    language,
    test: oneOf(LANGUAGE_TESTS).nullish(),
    listening: number().nullish(),
    reading: number().nullish(),
    writing: number().nullish(),
    speaking: number().nullish(),
    level: name.nullish(),
    testDate: date.nullish(),
    /** Taken as a Secure English Language Test approved for UK visas (e.g. IELTS for UKVI). */
    ukSelt: yesNo().nullish(),
  })
  .superRefine((l, ctx) => {
    if (!l.test) return;
    const { ranges, era } = scoreRanges(l.test, l.testDate);
    if (!ranges) return;
    for (const skill of SKILLS) {
      const score = l[skill];
      const { min, max, step } = ranges[skill];
      if (score == null) continue;
      const onStep = Math.abs(score / step - Math.round(score / step)) < 1e-9;
      if (score < min || score > max || !onStep) {
        const steps = step === 0.5 ? ' in half bands' : step === 1 ? ' in whole numbers' : '';
        ctx.addIssue({
          code: 'custom',
          path: [skill],
          message: `${l.test} ${skill} scores run from ${String(min)} to ${String(max)}${steps}${era}`,
        });
      }
    }
  });

const person = {
  fullName: name,
  otherNames: list(name).nullish(),
  dateOfBirth: date.nullish(),
  citizenships: list(country).nullish(),
};

/**
 * The client's H-1B history, as far as the cap is concerned (INA 214(g)(7)). `capCounted`: counted
 * against the H-1B cap within the six years before the assessment; `countedOn`: when (the approval
 * of the cap-subject petition), so the six years can be checked at the assessment date. Grouped so
 * the six-year limit on H-1B time can add its own facts here later.
 */
export const H1bHistory = group({
  capCounted: yesNo().nullish(),
  countedOn: monthOrDate.nullish(),
  /** The first day in H-1B status (INA 214(g)(4): six years from it, less time spent outside the US). */
  firstStartedOn: monthOrDate.nullish(),
});

/** Post-completion OPT, or the 24-month STEM OPT extension (8 CFR 214.2(f)(10)(ii)). */
export const OPT_KINDS = ['post-completion', 'stem'] as const;

export const Client = group({
  ...person,
  // The one field every case file needs: blank is as good as missing.
  fullName: text(NAME_MAX, 'required'),
  residenceCountry: country.nullish(),
  currentStatus: group({
    country: country.nullish(),
    type: name.nullish(),
    validUntil: date.nullish(),
    /** An F-1 student on Optional Practical Training: which kind, and the end date on the EAD. */
    optKind: oneOf(OPT_KINDS).nullish(),
    optEndsOn: date.nullish(),
  }).nullish(),
  maritalStatus: oneOf(MARITAL_STATUSES).nullish(),
  h1bHistory: H1bHistory.nullish(),
  passportExpiresOn: date.nullish(),
  email: z
    .email({ error: 'expected an e-mail address such as name@example.com' })
    .max(EMAIL_MAX, { error: `at most ${String(EMAIL_MAX)} characters` })
    .nullish(),
  phone: text(PHONE_MAX).nullish(),
  /** Countries where the client holds permanent residence (a green card, Canadian PR…); [] = none. */
  permanentResidences: list(country).nullish(),
});

export const Spouse = group({
  ...person,
  fullName: name.nullish(),
  accompanying: yesNo().nullish(),
  education: list(Education).nullish(),
  work: list(Work).nullish(),
  languages: list(LanguageResult).nullish(),
});

export const JobOffer = group({
  country: country.nullish(),
  employer: name.nullish(),
  occupation: name.nullish(),
  annualSalary: Money.nullish(),
  usWageLevel: number().int().min(1).max(4, { error: 'US wage levels run from 1 to 4' }).nullish(),
  employerSize: oneOf(EMPLOYER_SIZES).nullish(),
  h1bDependentEmployer: yesNo().nullish(),
  startDate: date.nullish(),
  // Germany and the UK (issue 13):
  /** In a German shortage occupation (§ 18g(1) AufenthG: ISCO-08 groups 132-134, 21, 221, 222, 225, 226, 23, 25). */
  shortageOccupation: yesNo().nullish(),
  /** The UK occupation code (SOC 2020), four digits. */
  socCode: z
    .string({ error: typeError('expected a four-digit SOC 2020 code such as "2231"') })
    .regex(/^\d{4}$/, { error: 'expected a four-digit SOC 2020 code such as "2231"' })
    .nullish(),
  nationalPayScale: oneOf(UK_PAY_SCALE_ROLES).nullish(),
  /** Registered with the professional body the job requires (e.g. the NMC for nurses). */
  professionalRegistration: yesNo().nullish(),
});

/**
 * An occupational registration or licence to practise held in a country (New Zealand counts it for
 * Skilled Migrant points by the years of training or experience it requires).
 */
export const Registration = group({
  country,
  occupation: name.nullish(),
  /** Years of training or experience the registration requires. */
  requiredYears: number().min(0).max(20, { error: 'at most 20 years' }).nullish(),
});

export const Achievements = group({
  publications: count.nullish(),
  citations: count.nullish(),
  patents: count.nullish(),
  awards: list(name).nullish(),
  judging: yesNo().nullish(),
  mediaCoverage: yesNo().nullish(),
  criticalRole: yesNo().nullish(),
  highSalary: yesNo().nullish(),
  membership: yesNo().nullish(),
  originalContribution: yesNo().nullish(),
});

export const Goals = group({
  targetCountries: list(country).nullish(),
  priorities: list(oneOf(PRIORITIES))
    .refine(p => new Set(p).size === p.length, { error: 'lists a priority twice' })
    .nullish(),
  budget: Money.nullish(),
  startBy: date.nullish(),
});

/** The whole case file. Parse untrusted JSON with `CaseFile.safeParse`. */
export const CaseFile = group({
  format: z.literal(CASE_FILE_FORMAT, { error: typeError(`expected "${CASE_FILE_FORMAT}"`) }),
  version: z.literal(CASE_FILE_VERSION, {
    error: typeError(`expected ${String(CASE_FILE_VERSION)} (this version of the app reads case files of version 1)`),
  }),
  client: Client,
  spouse: Spouse.nullish(),
  children: list(group({ dateOfBirth: date.nullish(), accompanying: yesNo().nullish() })).nullish(),
  education: list(Education).nullish(),
  work: list(Work).nullish(),
  languages: list(LanguageResult).nullish(),
  jobOffer: JobOffer.nullish(),
  funds: Money.nullish(),
  achievements: Achievements.nullish(),
  registrations: list(Registration).nullish(),
  ties: list(group({ country, kind: oneOf(TIE_KINDS) })).nullish(),
  goals: Goals.nullish(),
  notes: freeText(NOTES_MAX).nullish(),
});
export type CaseFile = z.infer<typeof CaseFile>;
/** A case file as a caller may write it (before defaults). */
export type CaseFileInput = z.input<typeof CaseFile>;

/** A problem found with a path inside the case file (`children[1].dateOfBirth`). */
export type CaseFileProblem = { path: (string | number)[]; message: string };

/** `value[key]` when value is an object; the dated checks also read files that failed others. */
const field = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined);

/**
 * The checks that need to know the date: no date of birth after `today` (`YYYY-MM-DD` on the
 * user's calendar). The schema has no clock of its own, so each caller passes its today in. Reads
 * any value, so these problems are reported together with every other one.
 */
export function datedProblems(file: unknown, today: string): CaseFileProblem[] {
  const children = field(file, 'children');
  const births: [CaseFileProblem['path'], unknown][] = [
    [['client', 'dateOfBirth'], field(field(file, 'client'), 'dateOfBirth')],
    [['spouse', 'dateOfBirth'], field(field(file, 'spouse'), 'dateOfBirth')],
    ...(Array.isArray(children) ? children : []).map((c, i): [CaseFileProblem['path'], unknown] => [['children', i, 'dateOfBirth'], field(c, 'dateOfBirth')]),
  ];
  return births
    .filter(([, born]) => typeof born === 'string' && isCalendarDate(born) && born > today)
    .map(([path]) => ({ path, message: `must not be after today (${today})` }));
}

/** The case-file schema with the checks that need the date (see datedProblems). */
export function caseFileAsOf(today: string) {
  return CaseFile.superRefine(
    (file, ctx) => {
      for (const p of datedProblems(file, today)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
    },
    // Also when other fields are wrong, so every problem is listed at once.
    { when: () => true },
  );
}

/** The dated problems as field issues under `prefix` (`caseFile` → `caseFile.client.dateOfBirth`). */
export function datedIssues(file: CaseFile, today: string, prefix: (string | number)[] = []): FieldIssue[] {
  return datedProblems(file, today).map(p => ({ field: formatPath([...prefix, ...p.path]), message: p.message }));
}
