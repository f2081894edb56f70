/**
 * United States dates: the end of OPT and the cap-gap that may bridge it, the H-1B registration
 * window and petition filing period of the season that applies (fiscal year named), and the H-1B
 * six-year limit.
 */
import { H1B_STATUS } from '../rules/h1b-cap';
import { addDays, addYears, firstDay } from './calendar';
import { inView, unknownDate, type DateContext } from './context';
import type { KeyDate } from './types';

/** A season USCIS has announced: registration dates and the first filing day, with the source. */
type Season = { registration: [string, string]; filingFrom: string; sourceId: string };

/** Announced seasons by fiscal year. A season not listed is `expected`, from the published pattern. */
const ANNOUNCED: Readonly<Record<number, Season>> = {
  2027: { registration: ['2026-03-04', '2026-03-19'], filingFrom: '2026-04-01', sourceId: 'us-h1b-fy2027-dates' },
};

/** The filing period runs at least 90 days from its first day (the selection notice gives the end). */
const FILING_DAYS = 90;

type SeasonDates = { fy: number; registration: [string, string]; filing: [string, string]; certainty: 'fixed' | 'expected'; sourceId: string };

/**
 * The season for the fiscal year `fy`: as announced, or expected in the registration month the
 * catalogue gives (the whole month, since the exact days are not yet announced) with filing from
 * 1 April. Registration for FY N runs in the calendar year N − 1.
 */
function season(fy: number, registrationMonth: number, patternSourceId: string): SeasonDates {
  const known = ANNOUNCED[fy];
  if (known) {
    return { fy, registration: known.registration, filing: [known.filingFrom, addDays(known.filingFrom, FILING_DAYS - 1)], certainty: 'fixed', sourceId: known.sourceId };
  }
  const year = String(fy - 1);
  const month = String(registrationMonth).padStart(2, '0');
  const last = addDays(`${String(registrationMonth === 12 ? fy : fy - 1)}-${String((registrationMonth % 12) + 1).padStart(2, '0')}-01`, -1);
  const filingFrom = `${year}-04-01`;
  return { fy, registration: [`${year}-${month}-01`, last], filing: [filingFrom, addDays(filingFrom, FILING_DAYS - 1)], certainty: 'expected', sourceId: patternSourceId };
}

/** The H-1B programme and its registration month, from the catalogue; null when it has none. */
function lottery(ctx: DateContext) {
  const program = ctx.catalogue.programs.find(p => p.selection.kind === 'lottery' && p.country === 'US');
  if (program?.selection.kind !== 'lottery') return null;
  return { program, month: program.selection.registrationMonth, sourceId: program.selection.sourceId };
}

/** The first season whose window (picked by `end`) has not closed on `asOf`. */
function nextSeason(ctx: DateContext, end: (s: SeasonDates) => string): SeasonDates | null {
  const l = lottery(ctx);
  if (!l) return null;
  const year = Number(ctx.asOf.slice(0, 4));
  for (const fy of [year, year + 1, year + 2]) {
    const s = season(fy, l.month, l.sourceId);
    if (end(s) >= ctx.asOf) return s;
  }
  return null;
}

/** The client already holds or held H-1B status, so the cap may not apply: the dates say "if". */
function isUsCase(ctx: DateContext): boolean {
  const { client, jobOffer } = ctx.file;
  return client.currentStatus?.country === 'US' || jobOffer?.country === 'US' || client.currentStatus?.optKind != null || inView(ctx, 'US');
}

export function h1bSeasonDates(ctx: DateContext): KeyDate[] {
  const l = lottery(ctx);
  if (!l || !isUsCase(ctx)) return [];
  const out: KeyDate[] = [];
  const reg = nextSeason(ctx, s => s.registration[1]);
  const notYet = (s: SeasonDates, pattern: string) => (s.certainty === 'expected' ? ` USCIS has not announced this season yet; ${pattern}` : '');
  if (reg) {
    out.push({
      key: `h1b-registration:FY${String(reg.fy)}`,
      date: reg.registration[0],
      endDate: reg.registration[1],
      kind: 'h1b-registration',
      title: `H-1B registration for FY${String(reg.fy)}`,
      consequence: `The employer registers the client for the H-1B lottery for jobs starting 1 October ${String(reg.fy - 1)}.${notYet(reg, 'registration has run in this month.')}`,
      programIds: [l.program.id],
      sourceId: reg.sourceId,
      certainty: reg.certainty,
      fields: ['jobOffer', 'client.h1bHistory.capCounted'],
    });
  }
  const filing = nextSeason(ctx, s => s.filing[1]);
  if (filing) {
    out.push({
      key: `h1b-filing:FY${String(filing.fy)}`,
      date: filing.filing[0],
      endDate: filing.filing[1],
      kind: 'h1b-filing',
      title: `H-1B cap petition filing for FY${String(filing.fy)}`,
      consequence: `If selected, the employer files the petition in this period (at least ${String(FILING_DAYS)} days; the selection notice gives the end).${notYet(filing, 'filing has opened on 1 April.')}`,
      programIds: [l.program.id],
      sourceId: filing.certainty === 'fixed' ? filing.sourceId : 'dates-h1b-filing-90-days',
      certainty: filing.certainty,
      fields: ['jobOffer'],
    });
  }
  return out;
}

/** Long dates in consequences: "1 April 2027". */
function long(date: string): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${String(Number(date.slice(8, 10)))} ${months[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;
}

/**
 * The end of OPT and, when a cap petition can be filed while it runs, the cap-gap extension
 * (8 CFR 214.2(f)(5)(vi) as amended in force from 17 January 2025): a timely filed cap-subject
 * petition requesting a change of status extends F-1 status and OPT to 1 April of the fiscal year
 * or the approved H-1B start date, whichever is earlier. Petitions are filed from 1 April, so an
 * OPT ending before then is not bridged for that season.
 */
export function optDates(ctx: DateContext): KeyDate[] {
  const status = ctx.file.client.currentStatus;
  if (!status?.optKind && !status?.optEndsOn) return [];
  const l = lottery(ctx);
  const programIds = l ? [l.program.id] : [];
  const kindName = status.optKind === 'stem' ? 'STEM OPT' : 'OPT';
  const base = { key: 'opt-end', kind: 'opt-end' as const, title: `${kindName} ends`, programIds, fields: ['client.currentStatus.optEndsOn'] };
  const end = status.optEndsOn;
  if (!end) {
    return [unknownDate({ ...base, sourceId: null, consequence: 'The OPT’s end date is not recorded, so whether cap-gap can bridge it to an H-1B is unknown.', toRecord: 'Record the OPT end date on the EAD card.' })];
  }
  const year = Number(end.slice(0, 4));
  const fy = year + 1;
  const s = l ? season(fy, l.month, l.sourceId) : null;
  const filingFrom = s?.filing[0] ?? `${String(year)}-04-01`;
  if (end >= filingFrom) {
    const until = `${String(fy)}-04-01`;
    return [
      {
        ...base,
        date: end,
        sourceId: 'dates-cap-gap-2025',
        certainty: 'fixed',
        consequence: `Work authorisation ends, unless the employer files an FY${String(fy)} cap petition requesting a change of status before this date: cap-gap then extends status and work to ${long(until)} or the H-1B start date, whichever is earlier.`,
      },
      {
        key: `cap-gap:FY${String(fy)}`,
        date: until,
        kind: 'cap-gap',
        title: `Cap-gap extension ends (FY${String(fy)} petition)`,
        consequence: `If an FY${String(fy)} cap petition requesting a change of status was filed while the OPT ran, status and work authorisation end on this date or at the H-1B start date, whichever is earlier.`,
        programIds,
        sourceId: 'dates-cap-gap-2025',
        certainty: 'expected',
        fields: ['client.currentStatus.optEndsOn'],
      },
    ];
  }
  const inWindow = s !== null && end >= s.registration[0] && end <= s.registration[1];
  const where = inWindow
    ? `inside the FY${String(fy)} registration window`
    : `before FY${String(fy)} cap petitions can be filed (from ${long(filingFrom)})`;
  return [
    {
      ...base,
      date: end,
      sourceId: 'dates-cap-gap-2025',
      certainty: 'fixed',
      consequence: `Work authorisation ends ${where}: cap-gap cannot bridge it to an October H-1B start, because no FY${String(fy)} petition can be filed while the OPT runs.`,
    },
  ];
}

/**
 * Six years in H-1B status from the first day in it (INA 214(g)(4)); time spent outside the US can
 * be added back, so the date is the earliest it can be. A month alone counts from its first day.
 */
export function sixYearDates(ctx: DateContext): KeyDate[] {
  const { client } = ctx.file;
  const history = client.h1bHistory;
  const l = lottery(ctx);
  const programIds = l ? [l.program.id] : [];
  const base = {
    key: 'h1b-six-year',
    kind: 'h1b-six-year' as const,
    title: 'H-1B six-year limit reached',
    programIds,
    sourceId: 'us-h1b-validity',
    fields: ['client.h1bHistory.firstStartedOn'],
  };
  const consequence = 'H-1B time runs out, unless time spent outside the US is added back or a green-card step allows an extension beyond six years.';
  if (history?.firstStartedOn) {
    const start = firstDay(history.firstStartedOn);
    const monthOnly = history.firstStartedOn.length === 7 ? ' Only the month of the first day is recorded: the date may be later in the month.' : '';
    return [{ ...base, date: addDays(addYears(start, 6), -1), certainty: 'fixed', consequence: `${consequence}${monthOnly}` }];
  }
  const hasHistory = history?.capCounted === true || H1B_STATUS.test(client.currentStatus?.type ?? '');
  if (!hasHistory) return [];
  return [unknownDate({ ...base, consequence, toRecord: 'Record the first day the client held H-1B status.' })];
}
