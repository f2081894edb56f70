/**
 * The client facts a memo relies on, read from the case file as compared. Every fact prints: a
 * recorded one as written, an absent one as "Unknown (not recorded)", never as "no".
 */
import type { CaseFile } from '../case-file';
import { EDUCATION_LABELS, formatMoney, formatYears } from '../rules/labels';
import { ageAt, workYears } from '../rules/facts';
import { capital, countryName, formatDate, yesNo } from './format';
import { programById } from '../programs/index';
import type { Condition } from '../programs/types';
import type { FactGroup, FactRow } from './types';

const H1B_CAP_LABEL = 'Counted against the H-1B cap in the last six years';
const FUNDS_LABEL = 'Funds available';
const TIES_LABEL = 'Ties to other countries';

/** What an absent fact prints as. */
export const UNKNOWN_FACT = 'Unknown (not recorded)';

type Education = NonNullable<CaseFile['education']>[number];
type Work = NonNullable<CaseFile['work']>[number];
type Language = NonNullable<CaseFile['languages']>[number];

const known = (label: string, value: string): FactRow => ({ label, value, unknown: false });
const unknown = (label: string): FactRow => ({ label, value: UNKNOWN_FACT, unknown: true });

/** A row for a value that may be absent: `format` runs only on a recorded value. */
function fact<T>(label: string, value: T | null | undefined, format: (v: T) => string = String): FactRow {
  return value === null || value === undefined ? unknown(label) : known(label, format(value));
}

/**
 * A row for a list: absent is unknown, empty is "None" (the client has none). Entries are joined
 * with `separator`: "; " for short items, a line break for entries that are sentences of their own.
 */
function list<T>(label: string, items: readonly T[] | null | undefined, format: (v: T) => string, none = 'None', separator = '; '): FactRow {
  if (items === null || items === undefined) return unknown(label);
  return known(label, items.length === 0 ? none : items.map(format).join(separator));
}
const entries = <T>(label: string, items: readonly T[] | null | undefined, format: (v: T) => string): FactRow => list(label, items, format, 'None', '\n');

/** Parts that are known, joined; an unknown part is named as unknown so nothing reads as "no". */
const parts = (xs: (string | null)[]): string => xs.filter((x): x is string => x !== null && x !== '').join(', ');
const maybe = (label: string, v: boolean | null | undefined, yes: string, no: string): string => (v == null ? `${label} unknown` : v ? yes : no);

const GERMAN_RECOGNITION_WORDS: Record<NonNullable<Education['germanRecognition']>, string> = {
  full: 'fully recognised in Germany',
  partial: 'partially recognised in Germany (adaptation measures needed)',
  none: 'no German recognition notice',
};

function education(e: Education): string {
  return parts([
    capital(EDUCATION_LABELS[e.level]),
    e.field ? `${e.field}${e.stem === true ? ' (STEM)' : ''}` : null,
    e.institution ?? null,
    e.country ? countryName(e.country) : null,
    e.completed ? `completed ${formatDate(e.completed)}` : 'completion date unknown',
    e.durationYears != null ? `${String(e.durationYears)}-year programme` : null,
    e.topRanked === true ? 'top-ranked institution' : null,
    e.credentialAssessed == null ? null : e.credentialAssessed ? 'credential assessed' : 'credential not assessed',
    e.germanShortageOccupation === true ? 'in a German shortage occupation' : null,
    e.germanRecognition == null ? null : GERMAN_RECOGNITION_WORDS[e.germanRecognition],
    e.taughtInEnglish == null ? null : e.taughtInEnglish ? 'taught in English' : 'not taught in English',
  ]);
}

function work(w: Work): string {
  // No end date means the job is ongoing (the case file's convention, and the engine's).
  const when = `${w.start ? formatDate(w.start) : 'start unknown'} – ${w.end ? formatDate(w.end) : 'present'}`;
  return parts([
    `${w.occupation ?? 'Occupation unknown'}${w.employer ? ` at ${w.employer}` : ''}`,
    w.country ? countryName(w.country) : null,
    when,
    w.hoursPerWeek != null ? `${String(w.hoursPerWeek)} h/week` : null,
    w.skilled == null ? null : w.skilled ? 'skilled' : 'not skilled',
    w.stem === true ? 'STEM' : null,
  ]);
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

function language(l: Language): string {
  const score = (s: number | null | undefined) => (s == null ? '?' : String(s));
  const scores =
    l.listening != null || l.reading != null || l.writing != null || l.speaking != null
      ? `L ${score(l.listening)}, R ${score(l.reading)}, W ${score(l.writing)}, S ${score(l.speaking)}`
      : null;
  return parts([
    `${languageName(l.language)}: ${l.test ?? 'test unknown'}`,
    scores,
    l.level ? `level ${l.level}` : null,
    l.testDate ? `tested ${formatDate(l.testDate)}` : null,
    l.ukSelt == null ? null : l.ukSelt ? 'taken as IELTS for UKVI' : 'not taken as IELTS for UKVI',
  ]);
}

const TIE_WORDS: Record<NonNullable<CaseFile['ties']>[number]['kind'], string> = {
  sibling: 'Sibling',
  parent: 'Parent',
  child: 'Child',
  'spouse-citizen': 'Spouse is a citizen',
  'provincial-nomination': 'Provincial nomination',
  'trade-certificate': 'Trade certificate',
  'prior-study': 'Prior study',
  'prior-stay-6-months': 'Prior stay of six months or more',
};

function clientGroup(file: CaseFile, asOf: string): FactGroup {
  const c = file.client;
  const status = c.currentStatus;
  return {
    heading: 'Client',
    rows: [
      known('Full name', c.fullName),
      list('Other names', c.otherNames, s => s),
      fact('Date of birth', c.dateOfBirth, d => `${formatDate(d)} (age ${String(ageAt(d, asOf))} on ${formatDate(asOf)})`),
      list('Citizenship', c.citizenships, countryName),
      list('Permanent residence held', c.permanentResidences, countryName),
      fact('Country of residence', c.residenceCountry, countryName),
      status && (status.type || status.country)
        ? known('Current status', parts([status.type ?? 'Type unknown', status.country ? `in ${countryName(status.country)}` : null, status.validUntil ? `valid until ${formatDate(status.validUntil)}` : null]))
        : unknown('Current status'),
      fact(H1B_CAP_LABEL, c.h1bHistory?.capCounted, v =>
        `${yesNo(v)}${v && c.h1bHistory?.countedOn ? ` (cap petition approved ${formatDate(c.h1bHistory.countedOn)})` : ''}`,
      ),
      fact('Marital status', c.maritalStatus, capital),
    ],
  };
}

function familyGroup(file: CaseFile): FactGroup {
  const partnered = file.client.maritalStatus === 'married' || file.client.maritalStatus === 'common-law';
  const single = file.client.maritalStatus != null && !partnered;
  const s = file.spouse;
  const rows: FactRow[] = [];
  if (s) {
    rows.push(fact('Spouse or partner', s.fullName));
    rows.push(fact('Spouse accompanies', s.accompanying, yesNo));
    rows.push(list('Spouse citizenship', s.citizenships, countryName));
    rows.push(entries("Spouse's education", s.education, education));
    rows.push(entries("Spouse's work", s.work, work));
    rows.push(entries("Spouse's languages", s.languages, language));
  } else {
    // null is the case file's "none" for a spouse (as for a job offer); absent is unknown.
    rows.push(
      single
        ? known('Spouse or partner', 'None (not married or in a common-law partnership)')
        : s === null
          ? known('Spouse or partner', 'None')
          : unknown('Spouse or partner'),
    );
  }
  rows.push(
    entries('Children', file.children, ch => parts([ch.dateOfBirth ? `Born ${formatDate(ch.dateOfBirth)}` : 'Date of birth unknown', maybe('accompanying', ch.accompanying, 'accompanying', 'not accompanying')])),
  );
  return { heading: 'Family', rows };
}

function jobOfferGroup(file: CaseFile): FactGroup {
  const o = file.jobOffer;
  if (o === null) return { heading: 'Job offer', rows: [known('Job offer', 'None')] };
  if (!o) return { heading: 'Job offer', rows: [unknown('Job offer')] };
  return {
    heading: 'Job offer',
    rows: [
      fact('Employer', o.employer),
      fact('Occupation', o.occupation),
      fact('Country', o.country, countryName),
      fact('Annual salary', o.annualSalary, formatMoney),
      fact('US wage level', o.usWageLevel, l => `Level ${String(l)}`),
      fact('Employer size', o.employerSize, capital),
      fact('H-1B-dependent employer', o.h1bDependentEmployer, yesNo),
      fact('Start date', o.startDate, formatDate),
      // Facts only German and UK routes ask, shown for offers in those countries.
      ...(o.country === 'DE' ? [fact('German shortage occupation', o.shortageOccupation, yesNo)] : []),
      ...(o.country === 'GB'
        ? [
            fact('UK occupation code (SOC 2020)', o.socCode),
            fact('UK national pay scale', o.nationalPayScale, r => PAY_SCALE_WORDS[r]),
            fact('Registered with the professional body', o.professionalRegistration, yesNo),
          ]
        : []),
    ],
  };
}

const PAY_SCALE_WORDS: Record<NonNullable<NonNullable<CaseFile['jobOffer']>['nationalPayScale']>, string> = {
  'health-care': 'Health or care job (Health and Care Worker visa)',
  education: 'Education job',
  none: 'Not a national pay scale job',
};

function achievementsGroup(file: CaseFile): FactGroup {
  const a = file.achievements;
  if (!a) return { heading: 'Achievements', rows: [unknown('Achievements')] };
  return {
    heading: 'Achievements',
    rows: [
      fact('Publications', a.publications),
      fact('Citations', a.citations),
      fact('Patents', a.patents),
      list('Awards', a.awards, x => x),
      fact('Has judged the work of others', a.judging, yesNo),
      fact('Media coverage', a.mediaCoverage, yesNo),
      fact('Critical role', a.criticalRole, yesNo),
      fact('High salary', a.highSalary, yesNo),
      fact('Selective membership', a.membership, yesNo),
      fact('Original contribution', a.originalContribution, yesNo),
    ],
  };
}

function goalsGroup(file: CaseFile): FactGroup {
  const g = file.goals;
  return {
    heading: 'Goals and means',
    rows: [
      list('Target countries', g?.targetCountries, countryName),
      list('Priorities, in order', g?.priorities, p => p.replace(/-/g, ' '), 'None stated'),
      fact('Budget', g?.budget, formatMoney),
      fact('Wishes to start by', g?.startBy, formatDate),
      fact(FUNDS_LABEL, file.funds, formatMoney),
      list(TIES_LABEL, file.ties, t => `${TIE_WORDS[t.kind]} (${countryName(t.country)})`),
    ],
  };
}

/** What a condition tests, by kind, through its all/any/not nesting. */
function kindsOf(c: Condition, into: Set<string>): void {
  if ('all' in c) c.all.forEach(x => kindsOf(x, into));
  else if ('any' in c) c.any.forEach(x => kindsOf(x, into));
  else if ('not' in c) kindsOf(c.not, into);
  else into.add(c.kind);
}

/**
 * The kinds of fact the routes' criteria test (`education`, `job-offer`, …), with `calculator-points`
 * for a points route: the memo lists only the facts its analysis relied on.
 */
export function factKindsUsed(programIds: readonly string[]): Set<string> {
  const kinds = new Set<string>();
  for (const id of programIds) {
    const p = programById(id);
    if (!p) continue;
    for (const g of p.gates) kindsOf(g.condition, kinds);
    if (p.points) kinds.add('calculator-points');
  }
  return kinds;
}

const OFFER_KINDS = ['job-offer', 'salary', 'us-wage-level', 'employer-size', 'h1b-dependent-employer', 'offer-flag', 'uk-pay-scale', 'h1b-cap-subject'];
const usesAny = (used: ReadonlySet<string>, ...kinds: string[]) => kinds.some(k => used.has(k));

/**
 * The facts relied on, in groups, from the case file as compared (what-if changes included) at the
 * comparison's assessment date: the client and family always, the other groups only when a route's
 * criteria test them (`used`, from factKindsUsed).
 */
export function memoFacts(file: CaseFile, asOf: string, used: ReadonlySet<string>): FactGroup[] {
  const years = workYears(file, asOf);
  const points = used.has('calculator-points');
  const client = clientGroup(file, asOf);
  // The H-1B cap history matters to the H-1B only.
  const clientRows = used.has('h1b-cap-subject') ? client.rows : client.rows.filter(r => r.label !== H1B_CAP_LABEL);
  const goals = goalsGroup(file).rows.filter(r => (r.label !== FUNDS_LABEL || used.has('funds')) && (r.label !== TIES_LABEL || used.has('tie')));
  return [
    { ...client, rows: clientRows },
    familyGroup(file),
    ...(points || usesAny(used, 'education') ? [{ heading: 'Education', rows: [entries('Education', file.education, education)] }] : []),
    ...(points || usesAny(used, 'work-experience', 'employer-tenure-abroad')
      ? [
          {
            heading: 'Work',
            rows: [
              entries('Work history', file.work, work),
              ...(file.work ? [fact('Total work (full-time equivalent)', years, formatYears)] : []),
              // Registrations are listed when recorded; no criterion asks for them when they are not.
              ...(file.registrations
                ? [
                    entries('Occupational registrations', file.registrations, r =>
                      parts([`${r.occupation ?? 'Occupation unknown'} in ${countryName(r.country)}`, r.requiredYears == null ? 'years of training it requires unknown' : `requires ${formatYears(r.requiredYears)} of training or experience`]),
                    ),
                  ]
                : []),
            ],
          },
        ]
      : []),
    ...(points || usesAny(used, 'language', 'uk-selt') ? [{ heading: 'Languages', rows: [entries('Language results', file.languages, language)] }] : []),
    ...(usesAny(used, ...OFFER_KINDS) ? [jobOfferGroup(file)] : []),
    ...(used.has('achievements') ? [achievementsGroup(file)] : []),
    { heading: 'Goals and means', rows: goals },
  ];
}
