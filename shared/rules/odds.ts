/**
 * Selection odds, in one of four states (see `Odds`). Where there is a lottery (the H-1B cap) the
 * figure comes from the catalogue: DHS's modelled odds by wage level under weighted selection, or
 * the last random season's selection rate. The basis names the season the figure describes and,
 * when the assessment date's season is another one, says the figure is carried over. A client
 * outside the lottery is `exempt`, with the rule; a missing fact makes the odds `unknown`, naming it.
 */
import type { CaseFile } from '../case-file';
import { sourceById } from '../programs/index';
import type { AssumptionKey, Program, Selection } from '../programs/types';
import { evaluateCondition, type ConditionContext } from './conditions';
import { completedEducation, educationRank } from './facts';
import { formatPercent, MONTH_NAMES } from './labels';
import type { Odds } from './types';

type Lottery = Extract<Selection, { kind: 'lottery' }>;
type Season = { fiscalYear: string; registration: string };
type Cite = (id: string | undefined) => string;

const LEVELS = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' } as const;

/**
 * The lottery season an assessment on `asOf` is about: the next registration (in
 * `registrationMonth`, this year if that month has not passed, else next year), for the US fiscal
 * year that starts on the following 1 October and is named by the year it ends in. On 2026-11-29,
 * with registration in March: March 2027, for FY2028.
 */
export function lotterySeason(asOf: string, registrationMonth: number): Season {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  const registrationYear = month <= registrationMonth ? year : year + 1;
  // The federal fiscal year starts on 1 October and takes the number of the year it ends in.
  const fiscalYear = registrationMonth < 10 ? registrationYear + 1 : registrationYear + 2;
  return { fiscalYear: `FY${String(fiscalYear)}`, registration: `${MONTH_NAMES[registrationMonth - 1] ?? ''} ${String(registrationYear)}` };
}

/**
 * A US master's or higher puts the client in the 20,000 advanced-degree draw before the regular one.
 * No source gives that pool's size under weighted selection, so this is said, not computed.
 */
function mastersCapNote(file: CaseFile, asOf: string): string {
  const usAdvanced = completedEducation(file, asOf).some(e => e.country === 'US' && educationRank(e.level) >= educationRank('master'));
  return usAdvanced
    ? " The client's US master's or higher also enters the 20,000 advanced-degree draw first, so the real chance is higher than this figure."
    : '';
}

/** How a route without a lottery selects, as the `none` state's reason. */
export function noLottery(s: Exclude<Selection, Lottery>): Odds {
  const how = {
    none: 'No lottery or draw for this route.',
    quota: 'No lottery: an annual quota decides when, not whether.',
    draw: 'No lottery: ranked draws by score, so no chance can be computed; compare the points with the latest cut-off.',
    discretionary: 'No lottery: each application is decided on its merits.',
  }[s.kind];
  return { kind: 'none', reason: `${how} ${s.description}` };
}

/**
 * The season a figure describes, and a sentence saying it is carried over when the assessment
 * date's season is a later one (no figure for that season is published), else when it registers.
 */
function seasonOf(figureSeason: string | undefined, current: Season): { season: string; note: string } {
  const season = figureSeason ?? current.fiscalYear;
  const note =
    season === current.fiscalYear
      ? ` Registration for ${season}: ${current.registration}.`
      : ` Carried over from ${season} to the season at hand, ${current.fiscalYear} (registration in ${current.registration}): no figure for it is published.`;
  return { season, note };
}

/** The odds of one programme for the case, recording every source the answer cites in `sources`. */
export function oddsFor(program: Program, ctx: ConditionContext, sources: Set<string>): Odds {
  const s = program.selection;
  if (s.kind !== 'lottery') {
    if ('sourceId' in s) sources.add(s.sourceId);
    return noLottery(s);
  }
  const { file, asOf, assumptions } = ctx;
  sources.add(s.sourceId);
  const cite = (id: string | undefined) => {
    if (!id) return '';
    sources.add(id);
    const src = sourceById(id);
    return src ? ` (source: ${src.title}, as of ${src.asOf})` : '';
  };
  let subject = '';
  if (s.subjectTo) {
    const verdict = evaluateCondition(s.subjectTo.condition, ctx);
    if (verdict.status !== 'met') s.subjectTo.sourceIds.forEach(id => sources.add(id));
    if (verdict.status === 'not-met') return { kind: 'exempt', reason: verdict.reason };
    if (verdict.status === 'unknown') return { kind: 'unknown', reason: `Whether the client goes through the lottery is not known: ${verdict.reason}`, missing: verdict.missing ?? [] };
    subject = ` ${verdict.reason}`;
  }
  const season = lotterySeason(asOf, s.registrationMonth);
  return weighted(s, file, asOf, assumptions, season, cite, subject) ?? random(s, file, asOf, season, cite, subject);
}

/** DHS's modelled odds by wage level, when selection is weighted; unknown without the wage level. */
function weighted(s: Lottery, file: CaseFile, asOf: string, assumptions: Record<AssumptionKey, string>, season: Season, cite: Cite, subject: string): Odds | null {
  if (assumptions['us-h1b-weighted-selection'] !== 'weighted' || !s.weightedOdds) return null;
  const table = s.weightedOdds;
  if (table.value === null) return { kind: 'unknown', reason: `No modelled odds under weighted selection: ${table.unknown}`, missing: [] };
  const level = file.jobOffer?.usWageLevel;
  if (level == null) {
    const reason = file.jobOffer === null
      ? 'No job offer: under weighted selection the odds turn on the offer\'s US wage level.'
      : "The offer's US wage level is not recorded; under weighted selection the odds turn on it.";
    return { kind: 'unknown', reason, missing: file.jobOffer === null ? [] : ['jobOffer.usWageLevel'] };
  }
  const key = String(level) as keyof typeof LEVELS;
  const probability = table.value[key];
  const { season: modelled, note } = seasonOf(s.weightedOddsSeason, season);
  return {
    kind: 'probability',
    probability,
    basis:
      `DHS's modelled odds for ${modelled} registrations at wage level ${LEVELS[key]}: ${formatPercent(probability)}, ` +
      `a projection in the weighted-selection rule's regulatory impact analysis, not a result${cite(table.sourceId)}.` +
      `${note}${mastersCapNote(file, asOf)}${subject} ${s.description}`,
  };
}

/** The last random season's selection rate, under the plain random lottery. */
function random(s: Lottery, file: CaseFile, asOf: string, season: Season, cite: Cite, subject: string): Odds {
  const rate = s.randomOdds;
  if (!rate) return { kind: 'unknown', reason: 'No selection rate for a random lottery is recorded.', missing: [] };
  if (rate.value === null) return { kind: 'unknown', reason: `The random lottery's selection rate is unknown: ${rate.unknown}`, missing: [] };
  const { season: last, note } = seasonOf(s.randomOddsSeason, season);
  return {
    kind: 'probability',
    probability: rate.value,
    basis: `Random lottery: the ${last} selection rate, ${formatPercent(rate.value)}${cite(rate.sourceId)}.${note}${mastersCapNote(file, asOf)}${subject} ${s.description}`,
  };
}
