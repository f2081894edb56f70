/**
 * Plain-English names for every case-file path the engine can report as missing, for "Still
 * missing" in the intake and the memo's open questions. A path into a list names the entry as the
 * case file describes it: `education[0].credentialAssessed` reads "Master's in Computer Science
 * (IIT Delhi): credential assessment (ECA)", never the path itself.
 */
import type { CaseFile, EducationLevel } from '../case-file';
import { countryName } from '../countries';
import { LANGUAGE_NAMES } from './labels';
import type { Odds } from './types';

/** Labels of whole facts and single fields. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  'client.fullName': 'Full name',
  'client.otherNames': 'Other names and spellings',
  'client.dateOfBirth': 'Date of birth',
  'client.citizenships': 'Citizenships',
  'client.permanentResidences': 'Permanent residence held in any country (or none)',
  'client.residenceCountry': 'Country of residence',
  'client.currentStatus': 'Current immigration status',
  'client.currentStatus.country': 'Country of current immigration status',
  'client.currentStatus.type': 'Current status',
  'client.currentStatus.validUntil': 'Status valid until',
  'client.currentStatus.optKind': 'Kind of OPT (post-completion or STEM extension)',
  'client.currentStatus.optEndsOn': 'OPT end date (on the EAD card)',
  'client.passportExpiresOn': 'Passport expiry date',
  'client.email': 'E-mail',
  'client.phone': 'Phone',
  'client.h1bHistory': 'H-1B history',
  'client.maritalStatus': 'Marital status',
  'client.h1bHistory.capCounted': 'Whether the client was counted against the H-1B cap in the last six years',
  'client.h1bHistory.countedOn': 'When the client was counted against the H-1B cap',
  'client.h1bHistory.firstStartedOn': 'First day in H-1B status',
  spouse: 'Spouse or partner',
  'spouse.fullName': 'Spouse’s full name',
  'spouse.otherNames': 'Spouse’s other names and spellings',
  'spouse.citizenships': 'Spouse’s citizenships',
  'spouse.accompanying': 'Whether the spouse will accompany',
  'spouse.dateOfBirth': 'Spouse’s date of birth',
  'spouse.education': 'Spouse’s education',
  'spouse.work': 'Spouse’s work experience',
  'spouse.languages': 'Spouse’s language test results',
  children: 'Children',
  education: 'Education',
  work: 'Work experience',
  languages: 'Language test results',
  jobOffer: 'Has a job offer',
  'jobOffer.country': 'Job offer: country of the job',
  'jobOffer.employer': 'Job offer: employer',
  'jobOffer.occupation': 'Job offer: occupation',
  'jobOffer.annualSalary': 'Job offer: annual salary',
  'jobOffer.annualSalary.amount': 'Job offer: annual salary amount',
  'jobOffer.annualSalary.currency': 'Job offer: currency of the salary (one with an exchange rate)',
  'jobOffer.usWageLevel': 'Job offer: US wage level',
  'jobOffer.employerSize': 'Job offer: employer size',
  'jobOffer.h1bDependentEmployer': 'Job offer: whether the employer is H-1B dependent',
  'jobOffer.startDate': 'Job offer: start date',
  'jobOffer.shortageOccupation': 'Job offer: whether it is in a German shortage occupation (Engpassberuf)',
  'jobOffer.socCode': 'Job offer: UK occupation code (SOC 2020)',
  'jobOffer.nationalPayScale': 'Job offer: whether it is a UK national pay scale job (health and care, or education)',
  'jobOffer.professionalRegistration': 'Job offer: registration with the professional body the job needs (e.g. the NMC for nurses)',
  funds: 'Funds available',
  'funds.amount': 'Funds available: amount',
  'funds.currency': 'Funds available: currency (one with an exchange rate)',
  achievements: 'Achievements',
  'achievements.publications': 'Publications',
  'achievements.citations': 'Citations',
  'achievements.patents': 'Patents',
  'achievements.awards': 'Awards',
  registrations: 'Occupational registrations (licences to practise)',
  ties: 'Family and legal ties to other countries',
  goals: 'Goals',
  'goals.targetCountries': 'Target countries',
  'goals.priorities': 'Priorities',
  'goals.budget': 'Budget',
  'goals.budget.amount': 'Budget: amount',
  'goals.budget.currency': 'Budget: currency',
  'goals.startBy': 'Wants to start by',
  notes: 'Notes for the attorney',
};

/** The yes/no evidence criteria, as the intake asks them. */
export const ACHIEVEMENT_CRITERIA_LABELS = {
  judging: 'Has judged others’ work',
  mediaCoverage: 'Media coverage about the client',
  criticalRole: 'Critical role at a distinguished organisation',
  highSalary: 'High salary for the field',
  membership: 'Membership requiring outstanding achievement',
  originalContribution: 'Original contributions of major significance',
} as const;

/** What each field of a list entry is, after the entry's own description. */
const ENTRY_FIELD_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  education: {
    level: 'level',
    field: 'field of study',
    stem: 'whether the field is STEM',
    institution: 'institution',
    country: 'country where it was awarded',
    completed: 'completion date',
    studying: 'whether still studying',
    durationYears: 'full-time length in years',
    topRanked: 'whether the institution is top-200 world-ranked',
    credentialAssessed: 'credential assessment (ECA)',
    assessedOn: 'date the credential assessment (ECA) was issued',
    germanRecognition: 'German recognition notice (full or partial equivalence, or none)',
    taughtInEnglish: 'whether it was taught in English',
    germanShortageOccupation: 'whether it is in a German shortage occupation (Engpassberuf)',
  },
  work: {
    occupation: 'occupation',
    employer: 'employer',
    country: 'country',
    start: 'start date',
    end: 'end date',
    hoursPerWeek: 'hours per week',
    skilled: 'whether the role was skilled (TEER 0–3, specialty occupation)',
    stem: 'whether the role was STEM',
  },
  languages: {
    language: 'language',
    test: 'test taken',
    listening: 'listening score',
    reading: 'reading score',
    writing: 'writing score',
    speaking: 'speaking score',
    level: 'level',
    testDate: 'test date',
    ukSelt: 'whether it was taken as IELTS for UKVI',
  },
  children: { dateOfBirth: 'date of birth', accompanying: 'whether the child will accompany' },
  registrations: { country: 'country', occupation: 'occupation', requiredYears: 'years of training or experience it requires' },
  ties: { country: 'country', kind: 'kind of tie' },
};

/** What a whole entry is missing when the engine names the entry itself (`languages[0]`). */
const WHOLE_ENTRY: Readonly<Record<string, string>> = {
  education: 'level and completion date',
  work: 'country, dates and whether it was skilled',
  languages: 'test and level or scores',
  children: 'date of birth',
  registrations: 'country and years it requires',
  ties: 'country and kind of tie',
};

const LEVEL_NOUNS: Record<EducationLevel, string> = {
  none: 'No formal education',
  secondary: 'Secondary school',
  'diploma-1yr': 'One-year diploma',
  'diploma-2yr': 'Two-year diploma',
  bachelor: "Bachelor's",
  'two-or-more': 'Two or more credentials',
  master: "Master's",
  professional: 'Professional degree',
  doctorate: 'Doctorate',
};

type Person = Pick<CaseFile, 'education' | 'work' | 'languages'> & Partial<Pick<CaseFile, 'children' | 'registrations' | 'ties'>>;

/**
 * An entry as the case file describes it: "Master's in Computer Science (IIT Delhi)"; without the
 * entry, its place in the list ("Degree or diploma 2").
 */
export function describeEntry(list: string, index: number, person: Person | undefined): string {
  const n = String(index + 1);
  switch (list) {
    case 'education': {
      const e = person?.education?.[index];
      if (!e) return `Degree or diploma ${n}`;
      return `${LEVEL_NOUNS[e.level]}${e.field ? ` in ${e.field}` : ''}${e.institution ? ` (${e.institution})` : ''}`;
    }
    case 'work': {
      const w = person?.work?.[index];
      if (!w?.occupation && !w?.employer) return `Job ${n}${w?.country ? ` in ${countryName(w.country)}` : ''}`;
      return `${w.occupation ?? 'Job'}${w.employer ? ` at ${w.employer}` : ''}`;
    }
    case 'languages': {
      const l = person?.languages?.[index];
      if (!l) return `Language result ${n}`;
      const test = l.test && l.test !== 'none' && l.test !== 'native' ? ` ${l.test}` : '';
      return `${LANGUAGE_NAMES[l.language] ?? 'Language'}${test} result`;
    }
    case 'registrations': {
      const r = person?.registrations?.[index];
      if (!r) return `Registration ${n}`;
      return `${r.occupation ? `${r.occupation} registration` : 'Registration'} in ${countryName(r.country)}`;
    }
    case 'ties': {
      const t = person?.ties?.[index];
      return t ? `Tie to ${countryName(t.country)}` : `Tie ${n}`;
    }
    default:
      return `Child ${n}`;
  }
}

/** The label of a path, or null when the path is not one this file knows. */
function labelOf(path: string, file: CaseFile | undefined): string | null {
  const own = FIELD_LABELS[path];
  if (own) return own;
  const criterion = /^achievements\.(\w+)$/.exec(path)?.[1];
  if (criterion && criterion in ACHIEVEMENT_CRITERIA_LABELS) {
    return ACHIEVEMENT_CRITERIA_LABELS[criterion as keyof typeof ACHIEVEMENT_CRITERIA_LABELS];
  }
  const m = /^(spouse\.)?(education|work|languages|children|registrations|ties)\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (!m) return null;
  const [, spouse, list = '', index = '0', field] = m;
  const person: Person | undefined = spouse ? (file?.spouse ?? undefined) : file;
  const what = field === undefined ? WHOLE_ENTRY[list] : ENTRY_FIELD_LABELS[list]?.[field];
  if (!what) return null;
  const entry = describeEntry(list, Number(index), person);
  return `${spouse ? 'Spouse’s ' : ''}${entry}: ${what}`;
}

/** What `field` of an entry in `list` is ("institution"), or undefined when it is not a field of one. */
export function entryFieldLabel(list: string, field: string): string | undefined {
  return ENTRY_FIELD_LABELS[list]?.[field];
}

/** True when the path has a label of its own (the missing-facts test holds every engine path to it). */
export function isLabelledFact(path: string, file?: CaseFile): boolean {
  return labelOf(path, file) !== null;
}

/**
 * The plain-English name of a fact the engine reports missing, describing list entries from the
 * case file when it is given. A path this file does not know still reads as words, never as a path.
 */
export function factLabel(path: string, file?: CaseFile): string {
  const label = labelOf(path, file);
  if (label) return label;
  const words = path.replace(/\[(\d+)\]/g, (_, i: string) => ` ${String(Number(i) + 1)}`).replace(/\./g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `Needs: Job offer: US wage level.` when the odds wait on facts; empty otherwise. */
export function oddsNeeds(o: Odds, file?: CaseFile): string {
  return o.kind === 'unknown' && o.missing.length ? `Needs: ${o.missing.map(p => factLabel(p, file)).join('; ')}.` : '';
}
