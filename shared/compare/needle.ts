/**
 * "What moves the needle" for a points-based route: single, realistic changes to the client's facts
 * (a better test score, a master's, another year of work…), each scored by re-running the route's
 * own calculator on a changed copy of the case file. No point value is written here.
 */
import type { CaseFile, LanguageTest } from '../case-file';
import { CaseFile as CaseFileSchema } from '../case-file';
import { DE_OC_GERMAN } from '../programs/de-points-tables';
import { SHIPPED_CATALOGUE, type Catalogue } from '../programs/index';
import type { Cefr, Program } from '../programs/types';
import { evaluate } from '../rules/evaluate';
import { completedEducation, educationRank, highestEducation, shiftMonths, shiftYears } from '../rules/facts';
import { EDUCATION_LABELS, formatMoney } from '../rules/labels';
import { CEFR_ORDER } from '../rules/language/cefr';
import { CLB_SKILLS, clbChartFor, clbFor } from '../rules/language/clb';
import { CALCULATORS } from '../rules/points/index';
import type { Assessment, EvaluateOptions, PointsResult } from '../rules/types';

/** One change and what it does to the points total. */
export type NeedleMove = {
  /** The change in words, e.g. `Speaking CLB 9 → 10 (IELTS 7 → 7.5)`. */
  change: string;
  from: number;
  to: number;
  /** `to - from`; always positive. */
  delta: number;
  /** The points-table line that gains most. */
  factor: string;
  /** Present only when the change also changes the route's eligibility status. */
  statusChange?: { from: Assessment['status']; to: Assessment['status'] };
};

/** The options evaluate() takes besides the date, so the status check matches the comparison. */
export type NeedleOptions = {
  assumptions?: EvaluateOptions['assumptions'] | undefined;
  currency?: string | undefined;
  /** The catalogue to assess with (the firm's); the shipped one when absent. */
  catalogue?: Catalogue | undefined;
};

/** At most this many moves are returned, largest first. */
export const MAX_MOVES = 10;

type Language = NonNullable<CaseFile['languages']>[number];
type Candidate = { change: string; apply: (f: CaseFile) => void };

const TEST_NAMES: Partial<Record<LanguageTest, string>> = {
  'IELTS-GT': 'IELTS',
  'IELTS-A': 'IELTS Academic',
  'CELPIP-G': 'CELPIP',
  'PTE-Core': 'PTE Core',
  TEF: 'TEF Canada',
  TCF: 'TCF Canada',
};
/** IELTS scores run in half bands up to 9 (the case file's own score ranges). */
const IELTS_STEP = 0.5;
const IELTS_MAX = 9;

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const clone = (f: CaseFile): CaseFile => JSON.parse(JSON.stringify(f)) as CaseFile;
const languageName = (code: string): string => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

/** The language list a move edits: the client's, or the spouse's. */
type Whose = { label: string; list: (f: CaseFile) => Language[] | null | undefined };
const CLIENT: Whose = { label: '', list: f => f.languages };
const SPOUSE: Whose = { label: 'Spouse: ', list: f => f.spouse?.languages };

/**
 * Per scored result and skill: one CLB level up (the next band's lowest score in IRCC's chart),
 * and for IELTS half a band up; a Goethe level or JLPT level one step up.
 */
function languageMoves(file: CaseFile, whose: Whose): Candidate[] {
  const moves: Candidate[] = [];
  (whose.list(file) ?? []).forEach((r, i) => {
    const set = (patch: Partial<Language>) => (f: CaseFile) => {
      const target = whose.list(f)?.[i];
      if (target) Object.assign(target, patch);
    };
    const test = r.test;
    const name = test ? (TEST_NAMES[test] ?? test) : '';
    const chart = clbChartFor(r);
    const table = typeof chart === 'string' ? undefined : chart;
    const levels = clbFor(r);
    for (const skill of CLB_SKILLS) {
      const score = r[skill];
      if (score == null) continue;
      const Skill = `${whose.label}${whose.label ? skill : capital(skill)}`;
      let clbTarget: number | null = null;
      if (table && levels) {
        const next = table.bands[skill].find(b => b.clb === levels[skill] + 1);
        if (next && next.min > score) {
          clbTarget = next.min;
          moves.push({
            change: `${Skill} CLB ${String(levels[skill])} → ${String(next.clb)} (${name} ${String(score)} → ${String(next.min)})`,
            apply: set({ [skill]: next.min }),
          });
        }
      }
      if ((test === 'IELTS-GT' || test === 'IELTS-A') && score < IELTS_MAX && score + IELTS_STEP !== clbTarget) {
        const still = levels ? ` (still CLB ${String(levels[skill])})` : '';
        moves.push({ change: `${Skill} ${name} ${String(score)} → ${String(score + IELTS_STEP)}${still}`, apply: set({ [skill]: score + IELTS_STEP }) });
      }
    }
    const cefr = test === 'Goethe' ? (/\b([ABC][12])\b/i.exec(r.level ?? '')?.[1]?.toUpperCase() as Cefr | undefined) : undefined;
    const nextCefr = cefr ? CEFR_ORDER[CEFR_ORDER.indexOf(cefr) + 1] : undefined;
    if (cefr && nextCefr) {
      moves.push({ change: `${whose.label}${languageName(r.language)} ${cefr} → ${nextCefr} (Goethe)`, apply: set({ level: nextCefr }) });
    }
    const jlpt = test === 'JLPT' ? Number(/^\s*N?\s*([2-5])\s*$/i.exec(r.level ?? '')?.[1]) : NaN;
    if (jlpt) {
      moves.push({ change: `${whose.label}${languageName(r.language)} JLPT N${String(jlpt)} → N${String(jlpt - 1)}`, apply: set({ level: `N${String(jlpt - 1)}` }) });
    }
  });
  return moves;
}

/** German from nothing to the lowest level Germany's points table scores, when none is on file. */
function firstGerman(file: CaseFile): Candidate[] {
  const entry = DE_OC_GERMAN.at(-1)?.min;
  if (!entry || file.languages == null || file.languages.some(l => l.language === 'de')) return [];
  return [{ change: `German ${entry} (Goethe); none on file`, apply: f => f.languages?.push({ language: 'de', test: 'Goethe', level: entry }) }];
}

/** A master's after a bachelor's, and recognition of each foreign credential not yet assessed. */
function educationMoves(file: CaseFile, program: Program, asOf: string): Candidate[] {
  const moves: Candidate[] = [];
  const highest = highestEducation(file, asOf);
  const done = completedEducation(file, asOf);
  const degree = done.find(e => e.level === 'bachelor');
  if (highest && degree && educationRank(highest) < educationRank('master')) {
    moves.push({
      change: `Complete a master's degree (highest now: ${EDUCATION_LABELS[highest]})`,
      // Same field and country as the bachelor's; anything the file cannot know stays unknown.
      apply: f =>
        f.education?.push({
          level: 'master',
          field: degree.field ?? null,
          stem: degree.stem ?? null,
          country: degree.country ?? null,
          completed: asOf,
          credentialAssessed: degree.credentialAssessed ?? null,
        }),
    });
  }
  // The Opportunity Card scores a German body's partial-recognition notice, not an equivalency assessment.
  const germanNotice = program.points?.calculator === 'de-opportunity-card';
  for (const e of done) {
    const i = file.education?.indexOf(e) ?? -1;
    const where = e.institution ?? e.country ?? 'abroad';
    if (germanNotice) {
      if (e.germanRecognition === 'partial' || e.germanRecognition === 'full' || educationRank(e.level) < educationRank('diploma-2yr')) continue;
      moves.push({
        change: `Obtain a partial recognition notice for ${EDUCATION_LABELS[e.level]} (${where}) from a German recognition body`,
        apply: f => {
          const target = f.education?.[i];
          if (target) target.germanRecognition = 'partial';
        },
      });
      continue;
    }
    if (e.credentialAssessed === true || e.country === program.country) continue;
    moves.push({
      change: `Have ${EDUCATION_LABELS[e.level]} (${where}) assessed / recognised`,
      apply: f => {
        const target = f.education?.[i];
        if (target) target.credentialAssessed = true;
      },
    });
  }
  return moves;
}

/** One more year on the latest skilled job (its start a year earlier), or a first year of work. */
function workMoves(file: CaseFile, program: Program, asOf: string): Candidate[] {
  const moves: Candidate[] = [];
  const work = file.work;
  if (work == null) return moves;
  const skilled = work.filter(w => w.skilled === true && w.start);
  const latest = skilled.reduce<(typeof skilled)[number] | undefined>((a, w) => (!a || (w.start ?? '') > (a.start ?? '') ? w : a), undefined);
  if (latest?.start) {
    const i = work.indexOf(latest);
    const start = shiftYears(latest.start, -1);
    const what = [latest.occupation, latest.country && `in ${latest.country}`].filter(Boolean).join(' ');
    moves.push({
      change: `One more year of skilled work${what ? ` (${what})` : ''}: start ${latest.start} → ${start}`,
      apply: f => {
        const target = f.work?.[i];
        if (target) target.start = start;
      },
    });
  } else if (!work.length && file.client.residenceCountry) {
    const country = file.client.residenceCountry;
    moves.push({ change: `One year of skilled work (in ${country})`, apply: f => f.work?.push({ country, skilled: true, start: shiftYears(asOf, -1), end: asOf }) });
  }
  // The latest year spent in the programme's country instead: other jobs are cut at the year's
  // start so the same months are not counted twice.
  const yearStart = shiftMonths(asOf, -12);
  if (!work.some(w => w.country === program.country && w.skilled === true)) {
    moves.push({
      change: `One year of skilled work in ${program.country} (in place of the latest year elsewhere)`,
      apply: f => {
        const kept = (f.work ?? [])
          .filter(w => !w.start || w.start < yearStart)
          .map(w => (!w.end || w.end > yearStart ? { ...w, end: yearStart } : w));
        f.work = [...kept, { occupation: latest?.occupation ?? null, country: program.country, skilled: true, start: yearStart, end: asOf }];
      },
    });
  }
  return moves;
}

/** A provincial nomination, and the client's job offer moved to the programme's country. */
function tieMoves(file: CaseFile, program: Program): Candidate[] {
  const moves: Candidate[] = [];
  if (!file.ties?.some(t => t.kind === 'provincial-nomination' && t.country === program.country)) {
    moves.push({
      change: `Provincial nomination (${program.country})`,
      apply: f => {
        f.ties = [...(f.ties ?? []), { country: program.country, kind: 'provincial-nomination' }];
      },
    });
  }
  const offer = file.jobOffer;
  if (offer?.annualSalary && offer.country && offer.country !== program.country) {
    moves.push({
      change: `The current job offer (${formatMoney(offer.annualSalary)}) from an employer in ${program.country} instead of ${offer.country}`,
      apply: f => {
        if (f.jobOffer) f.jobOffer.country = program.country;
      },
    });
  }
  return moves;
}

/** The breakdown line that gains most, matched by position (a change keeps the table's shape). */
function gainedMost(before: PointsResult, after: PointsResult): string {
  let best = { gain: 0, factor: after.breakdown[0]?.factor ?? '' };
  after.breakdown.forEach((line, i) => {
    const old = before.breakdown.length === after.breakdown.length ? before.breakdown[i] : before.breakdown.find(b => b.factor === line.factor);
    const gain = line.points - (old?.points ?? 0);
    if (gain > best.gain) best = { gain, factor: line.factor };
  });
  return best.factor.replace(/ \(section capped at \d+\)$/, '');
}

/**
 * The single changes that raise the client's points for `programId` at `asOf`, largest first (at
 * most MAX_MOVES; none for a route without points). Each is scored by the route's own calculator
 * on a changed copy of the case file; changes that leave the total equal or lower are dropped.
 * `options` are those passed to evaluate(), used to tell when a change also changes eligibility.
 */
export function whatMovesTheNeedle(file: CaseFile, programId: string, asOf: string, options: NeedleOptions = {}): NeedleMove[] {
  const catalogue = options.catalogue ?? SHIPPED_CATALOGUE;
  const program = catalogue.programById(programId);
  if (!program) throw new Error(`Unknown programme id "${programId}"`);
  if (!program.points) return [];
  const calculator = CALCULATORS[program.points.calculator];
  const before = calculator(file, asOf);
  const evaluateOptions: EvaluateOptions = {
    asOf,
    ...(options.assumptions ? { assumptions: options.assumptions } : {}),
    ...(options.currency ? { currency: options.currency } : {}),
  };
  const statusOf = (f: CaseFile) => evaluate(f, [programId], evaluateOptions, catalogue)[0]?.status;
  const candidates = [
    ...languageMoves(file, CLIENT),
    ...firstGerman(file),
    ...educationMoves(file, program, asOf),
    ...workMoves(file, program, asOf),
    ...tieMoves(file, program),
    ...(file.spouse ? languageMoves(file, SPOUSE) : []),
  ];
  const seen = new Set<string>();
  const moves: (NeedleMove & { file: CaseFile })[] = [];
  for (const c of candidates) {
    if (seen.has(c.change)) continue;
    seen.add(c.change);
    const changed = clone(file);
    c.apply(changed);
    // A move must leave a valid case file (e.g. no IELTS band above 9).
    if (!CaseFileSchema.safeParse(changed).success) continue;
    const after = calculator(changed, asOf);
    const delta = after.total - before.total;
    if (delta > 0) moves.push({ change: c.change, from: before.total, to: after.total, delta, factor: gainedMost(before, after), file: changed });
  }
  moves.sort((a, b) => b.delta - a.delta || (a.change < b.change ? -1 : a.change > b.change ? 1 : 0));
  const top = moves.slice(0, MAX_MOVES);
  const was = top.length ? statusOf(file) : undefined;
  return top.map(({ file: changed, ...move }) => {
    const now = statusOf(changed);
    return was && now && now !== was ? { ...move, statusChange: { from: was, to: now } } : move;
  });
}
