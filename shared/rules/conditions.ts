/**
 * Evaluates catalogue conditions against a case file. Three answers, never two: met, not-met, or
 * unknown when the case file does not say (absent or null is unknown, never "no"). The exceptions
 * are `spouse` and `jobOffer`, where the case-file page defines null as "none"; absent stays unknown.
 */
import type { CaseFile } from '../case-file';
import { ASSUMPTIONS } from '../programs/assumptions';
import type { AssumptionKey, CalculatorId, Condition, Program } from '../programs/types';
import { assessedOrFrom, ageAt, completedEducation, completedWithin, educationRank, highestEducation, monthsBetween, shiftMonths, workYears } from './facts';
import { capSubject } from './h1b-cap';
import { CALCULATOR_NAMES, clientName, countryInProse, countryList, countryPossessive, CRITERION_WORDS, EDUCATION_LABELS, formatMoney, formatYears, joinList, LANGUAGE_NAMES, orList } from './labels';
import { cefrFor } from './language/cefr';
import { clbFor, clbMissingFields } from './language/clb';
import { ukSeltVerdicts } from './language/uk-selt';
import { offerFlag, payScale } from './offer-conditions';
import { convert } from './money';
import type { PointsResult, Verdict } from './types';

export type ConditionContext = {
  file: CaseFile;
  asOf: string;
  /** The programme being assessed: its country (where an offer must be) and its name in a sentence. */
  program?: Pick<Program, 'country' | 'shortName'>;
  assumptions: Record<AssumptionKey, string>;
  /** The programme's own points, computed once on demand. */
  points: () => PointsResult | null;
  calculator: (id: CalculatorId) => PointsResult;
};

const met = (reason: string): Verdict => ({ status: 'met', reason });
const notMet = (reason: string): Verdict => ({ status: 'not-met', reason });
const unknown = (reason: string, ...missing: string[]): Verdict => ({ status: 'unknown', reason, missing });

const CEFR_ORDER = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

/** Combines child verdicts: all must be met; one not-met decides; otherwise unknown. */
function all(verdicts: Verdict[]): Verdict {
  const failed = verdicts.filter(v => v.status === 'not-met');
  if (failed.length) return notMet(failed.map(v => v.reason).join(' '));
  const open = verdicts.filter(v => v.status === 'unknown');
  if (open.length) return undecided(open, ' ');
  return met(verdicts.map(v => v.reason).join(' '));
}

/** An unknown made of unknowns; still a matter of judgement only if every part is. */
function undecided(open: Verdict[], glue: string): Verdict {
  const v = unknown(open.map(x => x.reason).join(glue), ...open.flatMap(x => x.missing ?? []));
  return open.every(x => x.judgement) ? { ...v, judgement: true } : v;
}

/** The opposite verdict, with the same reason (it states the fact either way); unknown stays unknown. */
function negate(v: Verdict): Verdict {
  if (v.status === 'unknown') return v;
  return { status: v.status === 'met' ? 'not-met' : 'met', reason: v.reason };
}

/** Any one met decides; all not-met fails; otherwise unknown. */
function any(verdicts: Verdict[]): Verdict {
  const ok = verdicts.find(v => v.status === 'met');
  if (ok) return met(ok.reason);
  const open = verdicts.filter(v => v.status === 'unknown');
  if (open.length) return undecided(open, ' Or: ');
  return notMet(verdicts.map(v => v.reason).join(' Nor: '));
}

/** Evaluates one condition; never throws on a schema-valid case file. */
export function evaluateCondition(c: Condition, ctx: ConditionContext): Verdict {
  if ('all' in c) return all(c.all.map(x => evaluateCondition(x, ctx)));
  if ('any' in c) return any(c.any.map(x => evaluateCondition(x, ctx)));
  if ('not' in c) return negate(evaluateCondition(c.not, ctx));
  const { file, asOf } = ctx;
  switch (c.kind) {
    case 'age': {
      const age = ageAt(file.client.dateOfBirth, asOf);
      const limit = [c.min !== undefined ? `at least ${String(c.min)}` : '', c.max !== undefined ? `at most ${String(c.max)}` : '']
        .filter(Boolean)
        .join(' and ');
      if (age === null) return unknown(`Date of birth not recorded (age must be ${limit}).`, 'client.dateOfBirth');
      const ok = (c.min === undefined || age >= c.min) && (c.max === undefined || age <= c.max);
      return (ok ? met : notMet)(`Age ${String(age)} on ${asOf} (must be ${limit}).`);
    }
    case 'education':
      return education(c, ctx);
    case 'work-experience': {
      const years = workYears(file, asOf, c);
      const what = [c.skilled ? 'skilled' : '', c.stem ? 'STEM' : ''].filter(Boolean).join(' ');
      const where = c.countries ? ` in ${orList(c.countries)}` : c.excludeCountries ? ` outside ${orList(c.excludeCountries)}` : '';
      const within = c.withinYears ? ` within the last ${formatYears(c.withinYears)}` : '';
      const need = `needs ${formatYears(c.minYears)} of ${what ? `${what} ` : ''}work${where}${within}`;
      if (years === null) return unknown(`Work history incomplete (${need}).`, 'work');
      return (years >= c.minYears ? met : notMet)(`${formatYears(years)} of ${what ? `${what} ` : ''}work${where}${within} (${need}).`);
    }
    case 'job-offer': {
      const offer = file.jobOffer;
      const need = `needs a job offer in ${orList(c.countries)}`;
      if (offer === undefined) return unknown(`Job offer not recorded (${need}).`, 'jobOffer');
      if (offer === null) return notMet(`No job offer (${need}).`);
      if (!offer.country) return unknown(`The job offer's country is not recorded (${need}).`, 'jobOffer.country');
      return (c.countries.includes(offer.country) ? met : notMet)(`Job offer in ${offer.country}${offer.employer ? ` from ${offer.employer}` : ''} (${need}).`);
    }
    case 'salary':
      return salary(c, ctx);
    case 'us-wage-level': {
      const level = file.jobOffer?.usWageLevel;
      if (file.jobOffer === null) return notMet(`No job offer (needs wage level ${String(c.min)} or higher).`);
      if (file.jobOffer === undefined) return unknown(`Job offer not recorded (needs US wage level ${String(c.min)}+).`, 'jobOffer');
      if (level == null) return unknown(`US wage level of the offer not recorded (needs level ${String(c.min)}+).`, 'jobOffer.usWageLevel');
      return (level >= c.min ? met : notMet)(`Offer at US wage level ${String(level)} (needs level ${String(c.min)}+).`);
    }
    case 'employer-size': {
      const size = file.jobOffer?.employerSize;
      // No offer means no employer; an offer not yet recorded is asked for first.
      if (file.jobOffer === null) return notMet(`No job offer, so no employer (this applies to ${orList(c.in)} employers).`);
      if (file.jobOffer === undefined) return unknown(`Job offer not recorded (this applies to ${orList(c.in)} employers).`, 'jobOffer');
      if (size == null) return unknown(`Employer size not recorded (this applies to ${orList(c.in)} employers).`, 'jobOffer.employerSize');
      return (c.in.includes(size) ? met : notMet)(`Employer is ${size} (this applies to ${orList(c.in)} employers).`);
    }
    case 'h1b-dependent-employer': {
      const dependent = file.jobOffer?.h1bDependentEmployer;
      if (file.jobOffer === null) return notMet('No job offer, so no H-1B dependent employer.');
      if (file.jobOffer === undefined) return unknown('Job offer not recorded (this applies to H-1B dependent employers).', 'jobOffer');
      if (dependent == null) return unknown('Not recorded whether the employer is H-1B dependent (50+ staff, over half on H-1B/L).', 'jobOffer.h1bDependentEmployer');
      return (dependent ? met : notMet)(`Employer is ${dependent ? '' : 'not '}H-1B dependent.`);
    }
    case 'language':
      return language(c, ctx);
    case 'uk-selt':
      return any(ukSeltVerdicts(c.min, file));
    case 'offer-flag':
      return offerFlag(c.flag, file);
    case 'uk-pay-scale':
      return payScale(c.in, file);
    case 'points':
    case 'calculator-points': {
      const result = c.kind === 'points' ? ctx.points() : ctx.calculator(c.calculator);
      const label = c.kind === 'points' ? 'Points' : `${CALCULATOR_NAMES[c.calculator]} points`;
      if (!result) return unknown('This programme has no points calculator.');
      if (result.total >= c.min) return met(`${label}: ${String(result.total)} (needs ${String(c.min)}).`);
      if (result.missing.length) {
        return unknown(`${label}: ${String(result.total)} so far with facts missing (needs ${String(c.min)}).`, ...result.missing);
      }
      return notMet(`${label}: ${String(result.total)} (needs ${String(c.min)}).`);
    }
    case 'achievements':
      return achievements(c.min, c.of, file);
    case 'present-in':
    case 'outside':
      return presence(c.kind === 'present-in' ? c.countries : [c.country], c.kind === 'outside', file);
    case 'h1b-cap-subject':
      return capSubject(c, file, asOf);
    case 'citizenship': {
      const held = file.client.citizenships;
      if (!held?.length) return unknown('Citizenship not recorded.', 'client.citizenships');
      const okAny = !c.anyOf || held.some(h => c.anyOf?.includes(h));
      const okNone = !c.noneOf || !held.some(h => c.noneOf?.includes(h));
      const need = c.anyOf ? `needs citizenship of ${orList(c.anyOf)}` : `not open to citizens of ${orList(c.noneOf ?? [])}`;
      return (okAny && okNone ? met : notMet)(`Citizen of ${held.join(', ')} (${need}).`);
    }
    case 'foreign-national':
      return foreignNational(c, ctx);
    case 'funds': {
      const funds = file.funds;
      const need = `needs ${formatMoney(c.min)}`;
      if (!funds) return unknown(`Available funds not recorded (${need}).`, 'funds');
      const converted = convert(funds, c.min.currency);
      if (!converted) return unknown(`No exchange rate for ${funds.currency} (${need}).`, 'funds.currency');
      return (converted.amount >= c.min.amount ? met : notMet)(`Funds of ${formatMoney(funds)} (${need}).`);
    }
    case 'employer-tenure-abroad':
      return tenureAbroad(c, ctx);
    case 'tie': {
      const need = `${orList(c.kinds)} in ${orList(c.countries)}`;
      if (file.ties == null) return unknown(`Family and legal ties not recorded (looks for ${need}).`, 'ties');
      const found = file.ties.find(t => c.kinds.includes(t.kind) && c.countries.includes(t.country));
      return found ? met(`Has a ${found.kind} tie in ${found.country}.`) : notMet(`No ${need} recorded.`);
    }
    case 'assumption': {
      const value = ctx.assumptions[c.key];
      // The assumption's own words, as the what-if panel shows them, not its key.
      const a = ASSUMPTIONS.find(x => x.key === c.key);
      const chosen = a?.options.find(o => o.value === value)?.label ?? value;
      const said = `Policy assumption: ${a?.label ?? 'a policy question'}: ${chosen}.`;
      if (c.unsettled?.includes(value)) return { ...unknown(`For the attorney to judge: ${said}`), judgement: true };
      return (value === c.equals ? met : notMet)(said);
    }
    case 'judgement':
      return { ...unknown(`For the attorney to judge: ${c.question}`), judgement: true };
  }
}

/**
 * A salary threshold is met only by an offer of work in the threshold's country: a US salary says
 * nothing about New Zealand's median wage. The offer's country unknown leaves it unknown.
 */
function salary(c: Extract<Condition, { kind: 'salary' }>, { file, program }: ConditionContext): Verdict {
  const offer = file.jobOffer;
  const need = `threshold ${formatMoney(c.min)} a year`;
  if (offer === null) return notMet(`No job offer, so no salary (${need}).`);
  if (offer === undefined) return unknown(`Job offer not recorded (${need}).`, 'jobOffer');
  const where = c.countries ?? (program ? [program.country] : null);
  const whose = where?.length === 1 && where[0] ? `${countryPossessive(where[0])} threshold` : 'the threshold';
  const inPlace = where ? ` needs an offer in ${countryList(where, 'or')}` : '';
  if (where && offer.country && !where.includes(offer.country)) {
    return notMet(`The offer is for work in ${countryInProse(offer.country)}; ${whose}${inPlace}.`);
  }
  const open: Verdict[] = [];
  if (where && !offer.country) open.push(unknown(`The offer's country is not recorded; ${whose}${inPlace}.`, 'jobOffer.country'));
  const pay = offer.annualSalary;
  if (!pay) return undecided([...open, unknown(`Offered salary not recorded (${need}).`, 'jobOffer.annualSalary')], ' ');
  const inThreshold = convert(pay, c.min.currency);
  if (!inThreshold) return undecided([...open, unknown(`No exchange rate for ${pay.currency} (${need}).`, 'jobOffer.annualSalary.currency')], ' ');
  const shown = pay.currency === c.min.currency ? formatMoney(pay) : `${formatMoney(pay)} ≈ ${formatMoney(inThreshold)}`;
  const verdict = (inThreshold.amount >= c.min.amount ? met : notMet)(`Offered salary ${shown} (${need}).`);
  // Below the threshold fails wherever the work is; above it counts only once the country is known.
  return verdict.status === 'met' && open.length ? undecided(open, ' ') : verdict;
}

/**
 * Whether the client is one of the people the route is for: not a citizen (by any citizenship)
 * of a country it excludes, and not already a permanent resident where it would take them.
 */
function foreignNational(c: Extract<Condition, { kind: 'foreign-national' }>, { file, program }: ConditionContext): Verdict {
  const who = clientName(file);
  const route = program?.shortName ?? 'this route';
  const tail = `${route} is for ${c.for}`;
  const held = file.client.citizenships;
  const citizenOf = held?.find(h => c.citizens.includes(h));
  if (citizenOf) return notMet(`${who} is a citizen of ${countryInProse(citizenOf)}; ${tail}.`);
  const residences = file.client.permanentResidences;
  const residentOf = residences?.find(r => c.permanentResidents.includes(r));
  const noNeed = (where: string) => `permanent residents of ${where} do not need ${route}`;
  if (residentOf) return notMet(`${who} holds permanent residence in ${countryInProse(residentOf)}; ${noNeed(countryInProse(residentOf))}.`);
  const prPlaces = countryList(c.permanentResidents, 'or');
  const open: Verdict[] = [];
  if (!held?.length) open.push(unknown(`${who}'s citizenship is not recorded; ${tail}.`, 'client.citizenships'));
  if (c.permanentResidents.length && residences == null) {
    open.push(unknown(`Not recorded whether ${who} holds permanent residence in ${prPlaces}; ${noNeed(prPlaces)}.`, 'client.permanentResidences'));
  }
  if (open.length) return undecided(open, ' ');
  const pr = c.permanentResidents.length ? ` with no permanent residence in ${prPlaces}` : '';
  return met(`${who} is a citizen of ${countryList(held ?? [])}${pr}; ${tail}.`);
}

/** An education entry's open flags, in words for the reason. */
const FLAG_WORDS: Readonly<Record<string, string>> = {
  stem: 'the field is STEM',
  topRanked: 'the institution is top-ranked',
  country: 'it was awarded in one of those countries',
  taughtInEnglish: 'it was taught in English',
  germanRecognition: 'a German recognition body has issued a notice',
  credentialAssessed: 'an equivalency assessment (ECA) is on file',
  completed: 'it was completed in time',
};

function education(c: Extract<Condition, { kind: 'education' }>, { file, asOf }: ConditionContext): Verdict {
  const extras = [
    c.stem ? 'in a STEM field' : '',
    c.topRanked ? 'from a top-ranked institution' : '',
    c.countries ? `from ${orList(c.countries)}` : '',
    c.taughtInEnglish ? 'taught in English' : '',
    c.assessedUnlessFrom ? `from ${orList(c.assessedUnlessFrom)} or with an equivalency assessment (ECA) on file` : '',
    c.germanRecognition ? `with a German ${orList(c.germanRecognition)} recognition notice` : '',
    c.withinYears !== undefined ? `completed within the last ${formatYears(c.withinYears)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const need = `needs ${EDUCATION_LABELS[c.min]} or higher${extras ? ` ${extras}` : ''}`;
  const highest = highestEducation(file, asOf);
  if (highest === null) return unknown(`Education not recorded (${need}).`, 'education');
  const candidates = completedEducation(file, asOf).filter(e => educationRank(e.level) >= educationRank(c.min));
  if (candidates.length === 0) return notMet(`Highest completed education is ${EDUCATION_LABELS[highest]} (${need}).`);
  const verdicts = candidates.map(e => {
    const path = (field: string) => `education[${String(file.education?.indexOf(e) ?? 0)}].${field}`;
    const assessed = c.assessedUnlessFrom ? assessedOrFrom(e, c.assessedUnlessFrom) : true;
    const within = c.withinYears !== undefined ? completedWithin(e, asOf, c.withinYears) : true;
    const open = [
      c.stem && e.stem == null ? 'stem' : '',
      c.topRanked && e.topRanked == null ? 'topRanked' : '',
      c.countries && !e.country ? 'country' : '',
      c.taughtInEnglish && e.taughtInEnglish == null ? 'taughtInEnglish' : '',
      c.germanRecognition && e.germanRecognition == null ? 'germanRecognition' : '',
      typeof assessed === 'string' ? assessed : '',
      within === null ? 'completed' : '',
    ].filter(Boolean);
    const fails =
      (c.stem && e.stem === false) ||
      (c.topRanked && e.topRanked === false) ||
      (c.countries && e.country && !c.countries.includes(e.country)) ||
      (c.taughtInEnglish && e.taughtInEnglish === false) ||
      (c.germanRecognition && e.germanRecognition && !c.germanRecognition.includes(e.germanRecognition)) ||
      assessed === false ||
      within === false;
    const what = `${EDUCATION_LABELS[e.level]}${e.field ? ` in ${e.field}` : ''}${e.institution ? ` (${e.institution})` : ''}${c.withinYears !== undefined && e.completed ? `, completed ${e.completed}` : ''}`;
    if (assessed === false) return notMet(`${what} is from ${e.country ?? 'abroad'} and has no equivalency assessment (ECA) on file (${need}).`);
    if (fails) return notMet(`${what} does not qualify (${need}).`);
    // Each open flag is asked for on its own entry, so "Still missing" links to that very field.
    const words = open.map(f => FLAG_WORDS[f] ?? f);
    if (open.length) return unknown(`${what}: not recorded whether ${joinList(words, 'or')} (${need}).`, ...open.map(path));
    return met(`Has ${what} (${need}).`);
  });
  return any(verdicts);
}

function language(c: Extract<Condition, { kind: 'language' }>, { file }: ConditionContext): Verdict {
  const name = LANGUAGE_NAMES[c.language] ?? c.language;
  const need = c.minClb !== undefined ? `CLB ${String(c.minClb)} in each ability` : `CEFR ${c.minCefr ?? ''}`;
  if (file.languages == null) return unknown(`Language results not recorded (needs ${name} at ${need}).`, 'languages');
  const results = file.languages.filter(l => l.language === c.language);
  if (results.length === 0) return unknown(`No ${name} result on file (needs ${need}).`, 'languages');
  const verdicts = results.map((r): Verdict => {
    const test = r.test ?? 'unknown test';
    if (c.minClb !== undefined) {
      const clb = clbFor(r);
      if (!clb) {
        const fields = clbMissingFields(r);
        const paths = fields.map(f => `languages[${String(file.languages?.indexOf(r) ?? 0)}].${f}`);
        if (fields.includes('testDate')) {
          return unknown(`${name} ${test} result has no test date; IRCC converts it with the chart in force on that date (needs ${need}).`, ...paths);
        }
        return unknown(`${name} ${test} result cannot be converted to CLB (needs ${need}).`, ...(paths.length ? paths : ['languages']));
      }
      const lowest = Math.min(clb.listening, clb.reading, clb.writing, clb.speaking);
      return (lowest >= c.minClb ? met : notMet)(`${name} ${test}: lowest ability CLB ${String(lowest)} (needs ${need}).`);
    }
    const level = cefrFor(r);
    if (!level) return unknown(`${name} ${test} result has no CEFR level (needs ${need}).`, 'languages');
    const ok = CEFR_ORDER.indexOf(level) >= CEFR_ORDER.indexOf(c.minCefr ?? 'A1');
    return (ok ? met : notMet)(`${name} ${test}: CEFR ${level} (needs ${need}).`);
  });
  return any(verdicts);
}

function achievements(min: number, of: readonly string[], file: CaseFile): Verdict {
  const a = file.achievements;
  if (a == null) return unknown(`Achievements not recorded (needs ${String(min)} of ${String(of.length)} criteria).`, 'achievements');
  const value = (k: string): boolean | null => {
    const v = (a as Record<string, unknown>)[k];
    if (v == null) return null;
    if (typeof v === 'number') return v > 0;
    if (Array.isArray(v)) return v.length > 0;
    return v === true;
  };
  const metKeys = of.filter(k => value(k) === true);
  const open = of.filter(k => value(k) === null);
  const words = (keys: readonly string[]) => keys.map(k => CRITERION_WORDS[k] ?? k).join(', ');
  const summary = `${String(metKeys.length)} of the criteria shown (${words(metKeys) || 'none'}); needs ${String(min)}`;
  if (metKeys.length >= min) return met(`${summary}.`);
  if (metKeys.length + open.length >= min) return unknown(`${summary}; not recorded: ${words(open)}.`, ...open.map(k => `achievements.${k}`));
  return notMet(`${summary}.`);
}

function presence(countries: readonly string[], outside: boolean, file: CaseFile): Verdict {
  const places = [file.client.residenceCountry, file.client.currentStatus?.country].filter((p): p is string => !!p);
  const where = orList(countries);
  if (places.length === 0) return unknown('Country of residence and current status not recorded.', 'client.residenceCountry');
  const inside = places.some(p => countries.includes(p));
  const fact = `Lives in or holds status in ${[...new Set(places)].join(' and ')}`;
  if (outside) return (inside ? notMet : met)(`${fact} (applies to people outside ${where}).`);
  return (inside ? met : notMet)(`${fact} (applies to people in ${where}).`);
}

function tenureAbroad(c: Extract<Condition, { kind: 'employer-tenure-abroad' }>, { file, asOf }: ConditionContext): Verdict {
  const need = `needs ${String(c.minMonths)} continuous months with one employer outside ${orList(c.excludeCountries)} in the last ${String(c.withinMonths)} months`;
  if (file.work == null) return unknown(`Work history not recorded (${need}).`, 'work');
  const windowStart = shiftMonths(asOf, -c.withinMonths);
  let best = 0;
  for (const w of file.work) {
    if (!w.country || !w.start) return unknown(`A job lacks its country or start date (${need}).`, 'work');
    if (c.excludeCountries.includes(w.country)) continue;
    const from = w.start > windowStart ? w.start : windowStart;
    const to = w.end && w.end < asOf ? w.end : asOf;
    best = Math.max(best, monthsBetween(from, to));
  }
  return (best >= c.minMonths ? met : notMet)(`Longest qualifying stint: ${String(Math.floor(best))} months (${need}).`);
}
