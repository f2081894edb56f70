/**
 * Ranks assessed routes for the comparison workspace, openly: every point of a score is a line of
 * its breakdown with the weight behind it, and the reasons say in plain sentences why.
 */
import type { PRIORITIES } from '../case-file';
import { headline } from '../rules/headline';
import { conditionalText, formatMoney } from '../rules/labels';
import type { Assessment } from '../rules/types';
import { timelineSpans, totalsIn, type Span } from './chart-model';

/** A client priority, as recorded under `goals.priorities`. */
export type Priority = (typeof PRIORITIES)[number];

/** One line of a score: the criterion, the points it could give (weight) and the points it gave. */
export type ScoreLine = { criterion: string; weight: number; points: number };

/**
 * Why a route ranks below the routes eligible on well-known figures, said in its rank: below recent
 * cut-offs or no recent round open (Assessment.standing), most of the weighed figures unknown,
 * information missing, or not eligible.
 */
export type RankMark = { kind: 'below-recent-cutoffs' | 'no-recent-round-open' | 'mostly-unknown' | 'needs-info' | 'ineligible'; label: string };

/** How much one priority gave, with the sentence saying so. */
export type Contribution = { priority: Priority; weight: number; points: number; text: string };

export type RankedOption = {
  programId: string;
  /** 1-based position; unique, ties broken by programme id. */
  rank: number;
  /** Fit with the client's priorities, 0–100: the sum of `breakdown` points. */
  score: number;
  /**
   * True when the score agrees with the rank: no route above scores less and none below scores
   * more. Only then may the score be shown beside the rank.
   */
  scoreMatchesRank: boolean;
  /** Null for a route eligible on figures mostly known, which nothing holds back. */
  mark: RankMark | null;
  /** The status sentence, one sentence per priority saying what it gave, then the weights. */
  reasons: string[];
  contributions: Contribution[];
  breakdown: ScoreLine[];
};

/** `markedLast` (default true): marked eligible routes rank after every unmarked eligible route. */
export type RankOptions = { markedLast?: boolean };

/**
 * Weights of the client's priorities by position: first 40, second 30, third 20, fourth 10 (of 100).
 * Priorities the client did not list share what is left equally, which always stays below the
 * last listed weight; with none recorded, all four weigh 25.
 */
export const PRIORITY_WEIGHTS: readonly number[] = [40, 30, 20, 10];
/** Share of the cost weight given to the employer's costs: small, so it mostly breaks ties. */
export const EMPLOYER_COST_SHARE = 0.1;

const ALL: readonly Priority[] = ['speed', 'permanent-residence', 'family', 'cost'];
const NAMES: Record<Priority, string> = { speed: 'speed', 'permanent-residence': 'permanent residence', family: 'family', cost: 'cost' };
const NEUTRAL = 0.5;
const NEUTRAL_TEXT = 'counted as neutral (half its weight)';
const MARK_LABEL: Record<RankMark['kind'], string> = {
  'below-recent-cutoffs': 'below recent cut-offs',
  'no-recent-round-open': 'no recent round open',
  'mostly-unknown': 'figures mostly unknown',
  'needs-info': 'needs information',
  ineligible: 'not eligible',
};
const mark = (kind: RankMark['kind']): RankMark => ({ kind, label: MARK_LABEL[kind] });

/**
 * Tiers, whatever the scores: eligible on figures mostly known (0); eligible but below recent
 * cut-offs or on figures mostly unknown (1, or 0 when `markedLast` is false); needs information (2);
 * not eligible (3).
 */
function tierOf(a: Assessment, m: RankMark | null, markedLast: boolean): number {
  if (a.status === 'ineligible') return 3;
  if (a.status === 'needs-info') return 2;
  return m && markedLast ? 1 : 0;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Weight of each priority, in the order they are weighed, and whether the client stated any. */
export function priorityWeights(priorities: readonly Priority[] | null | undefined): { order: Priority[]; weights: Record<Priority, number>; stated: boolean; listed: number } {
  const listed = [...new Set(priorities ?? [])].filter(p => ALL.includes(p)).slice(0, PRIORITY_WEIGHTS.length);
  const rest = ALL.filter(p => !listed.includes(p));
  const used = listed.reduce((sum, _, i) => sum + (PRIORITY_WEIGHTS[i] ?? 0), 0);
  const share = rest.length ? (100 - used) / rest.length : 0;
  const weights = Object.fromEntries(ALL.map(p => [p, listed.includes(p) ? (PRIORITY_WEIGHTS[listed.indexOf(p)] ?? 0) : share])) as Record<Priority, number>;
  return { order: [...listed, ...rest], weights, stated: listed.length > 0, listed: listed.length };
}

/** `1st`, `2nd`, `3rd`, `11th`, `22nd`. */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${String(n)}${suffix}`;
}

/** A lower-is-better value placed among the known ones: 1 at the best, 0 at the worst, linear between. */
type Placed = { sub: number; position: number; of: number };
function place(value: number, known: readonly number[]): Placed {
  const min = Math.min(...known);
  const max = Math.max(...known);
  const sub = max === min ? 1 : Math.min(1, Math.max(0, (max - value) / (max - min)));
  return { sub, position: 1 + known.filter(k => k < value).length, of: known.length };
}

const midpoint = (s: Span): number | null => (s.kind === 'range' ? (s.min + s.max) / 2 : null);

/**
 * Spouse work rights from the catalogue's sentence, checked in this order: "Unknown…" or "not
 * confirmed / not researched / does not say" → unknown; "may not work" / "no work" → may not work;
 * an EAD or a work permit → with a permit; "may work", "work-authorised", "free employment", "open
 * work", "and work" → may work; anything else → unknown (the sentence does not say).
 */
export type SpouseWork = 'may work' | 'with a permit' | 'may not work' | 'unknown';
export function classifySpouseWork(text: string): SpouseWork {
  if (/^unknown\b|not confirmed|not researched|does not say/i.test(text)) return 'unknown';
  if (/\bmay not work\b|\bno work\b|not (?:be )?(?:allowed|permitted) to work/i.test(text)) return 'may not work';
  if ((/\bEAD\b/.test(text) && !/\bno EAD\b/i.test(text)) || /work permit/i.test(text)) return 'with a permit';
  if (/\bmay work\b|work-authori[sz]ed|free employment|open work|\band work\b/i.test(text)) return 'may work';
  return 'unknown';
}

/** Whether children can come: unknown as for the spouse; "cannot / may not / not eligible" → no. */
export type ChildrenAccompany = 'yes' | 'no' | 'unknown';
export function classifyChildren(text: string): ChildrenAccompany {
  if (/^unknown\b|not confirmed|not researched|does not say/i.test(text)) return 'unknown';
  return /\bcannot\b|\bmay not (?:join|accompany)\b|not eligible/i.test(text) ? 'no' : 'yes';
}

const SPOUSE_SUB: Record<SpouseWork, number> = { 'may work': 1, 'with a permit': 0.5, 'may not work': 0, unknown: NEUTRAL };
const SPOUSE_TEXT: Record<SpouseWork, string> = {
  'may work': 'Spouse may work.',
  'with a permit': 'Spouse may work only with a permit (an EAD or work permit): counted as half.',
  'may not work': 'Spouse may not work.',
  unknown: `Spouse's work rights unknown: ${NEUTRAL_TEXT}.`,
};
const CHILDREN_SUB: Record<ChildrenAccompany, number> = { yes: 1, no: 0, unknown: NEUTRAL };
const CHILDREN_TEXT: Record<ChildrenAccompany, string> = {
  yes: 'Children can accompany.',
  no: 'Children cannot accompany.',
  unknown: `Whether children can accompany is unknown: ${NEUTRAL_TEXT}.`,
};

type Part = { criterion: string; share: number; sub: number };
type Scored = { parts: Part[]; reasons: string[] };

/** The facts each criterion compares, gathered once across all options. */
function context(assessments: readonly Assessment[]) {
  const currency = assessments[0]?.costs.currency ?? 'USD';
  const rows = assessments.map(a => ({ a, ...timelineSpans(a), costs: totalsIn(a.costs, currency) }));
  const known = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
  // Totals missing a fee still count at their known part: "at least X" is information too.
  const totals = (payer: 'applicant' | 'employer') => rows.map(r => r.costs.totals[payer]);
  return {
    currency,
    rows,
    work: known(rows.map(r => midpoint(r.toWork))),
    pr: known(rows.map(r => midpoint(r.toPermanentResidence))),
    applicant: totals('applicant'),
    employer: totals('employer'),
  };
}
type Context = ReturnType<typeof context>;
type Row = Context['rows'][number];

function speed(r: Row, c: Context): Scored {
  const mid = midpoint(r.toWork);
  const criterion = 'Speed: months to work';
  if (mid === null || r.toWork.kind !== 'range') return { parts: [{ criterion, share: 1, sub: NEUTRAL }], reasons: [`Time to work unknown: ${NEUTRAL_TEXT}.`] };
  const p = place(mid, c.work);
  const text = p.position === 1 ? `Fastest to work: ${r.toWork.label} (1st of ${String(p.of)}).` : `Time to work: ${r.toWork.label} (${ordinal(p.position)} fastest of ${String(p.of)}).`;
  return { parts: [{ criterion, share: 1, sub: p.sub }], reasons: [text] };
}

function permanentResidence(r: Row, c: Context): Scored {
  const criterion = 'Permanent residence: months to it';
  const s = r.toPermanentResidence;
  if (s.kind === 'none') return { parts: [{ criterion, share: 1, sub: 0 }], reasons: ['No route to permanent residence.'] };
  if (s.kind === 'unknown') return { parts: [{ criterion, share: 1, sub: NEUTRAL }], reasons: [`Time to permanent residence unknown: ${NEUTRAL_TEXT}.`] };
  const p = place((s.min + s.max) / 2, c.pr);
  const text = p.position === 1
    ? `Quickest to permanent residence: ${s.label} (1st of ${String(p.of)}).`
    : `Permanent residence in ${s.label} (${ordinal(p.position)} quickest of ${String(p.of)}).`;
  return { parts: [{ criterion, share: 1, sub: p.sub }], reasons: [text] };
}

/**
 * One payer's cost. A total missing some fee is a lower bound, so it scores neutral at best. A fee
 * owed only if a policy holds is not scored (the total is what is owed today) but is named.
 */
function payerCost(r: Row, c: Context, payer: 'applicant' | 'employer'): { sub: number; text: string | null } {
  const scored = payerCostScore(r, c, payer);
  const conditional = r.a.costs.conditional.filter(x => x.payer === payer).map(x => `${conditionalText(x)} (not scored).`);
  if (!conditional.length) return scored;
  const who = payer === 'applicant' ? 'the client' : 'the employer';
  return { sub: scored.sub, text: [scored.text ?? `Cost to ${who}: ${formatMoney({ amount: r.costs.totals[payer], currency: c.currency })}.`, ...conditional].join(' ') };
}

/** The scored part of one payer's cost: the total owed today, placed among the other routes'. */
function payerCostScore(r: Row, c: Context, payer: 'applicant' | 'employer'): { sub: number; text: string | null } {
  const amount = r.costs.totals[payer];
  const money = formatMoney({ amount, currency: c.currency });
  const open = r.costs.unknown.filter(u => u.payer === payer).length;
  const p = place(amount, payer === 'applicant' ? c.applicant : c.employer);
  const who = payer === 'applicant' ? 'the client' : 'the employer';
  if (open) {
    const fees = `${String(open)} ${open === 1 ? 'fee' : 'fees'} of unknown amount`;
    return { sub: Math.min(p.sub, NEUTRAL), text: `Cost to ${who}: at least ${money} plus ${fees}, so ${NEUTRAL_TEXT} at best.` };
  }
  if (payer === 'employer') {
    return { sub: p.sub, text: amount > 0 ? `The employer pays ${money}: a minor factor (one tenth of the cost weight) that mostly breaks ties.` : null };
  }
  return { sub: p.sub, text: p.position === 1 ? `Lowest cost to the client: ${money}.` : `Cost to the client: ${money} (${ordinal(p.position)} lowest of ${String(p.of)}).` };
}

function cost(r: Row, c: Context): Scored {
  const client = payerCost(r, c, 'applicant');
  const employer = payerCost(r, c, 'employer');
  return {
    parts: [
      { criterion: 'Cost to the client', share: 1 - EMPLOYER_COST_SHARE, sub: client.sub },
      { criterion: 'Cost to the employer (minor, mostly a tie-breaker)', share: EMPLOYER_COST_SHARE, sub: employer.sub },
    ],
    reasons: [client.text, employer.text].filter((t): t is string => t !== null),
  };
}

function family(r: Row): Scored {
  const spouse = classifySpouseWork(r.a.family.spouseWork);
  const children = classifyChildren(r.a.family.children);
  return {
    parts: [
      { criterion: 'Family: spouse may work', share: 0.5, sub: SPOUSE_SUB[spouse] },
      { criterion: 'Family: children may accompany', share: 0.5, sub: CHILDREN_SUB[children] },
    ],
    reasons: [SPOUSE_TEXT[spouse], CHILDREN_TEXT[children]],
  };
}

/**
 * The five figures the ranking weighs that can be unknown: time to work, time to permanent
 * residence, the cost to the client (unknown when nothing of it is known), the spouse's work rights
 * and whether children can come. Below cut-offs the times are not counted: the standing says why.
 */
function unknownFigures(r: Row): string[] {
  const open = r.costs.unknown.some(u => u.payer === 'applicant') && r.costs.totals.applicant === 0;
  return [
    r.toWork.kind === 'unknown' ? 'time to work' : null,
    r.toPermanentResidence.kind === 'unknown' ? 'time to permanent residence' : null,
    open ? 'cost to the client' : null,
    classifySpouseWork(r.a.family.spouseWork) === 'unknown' ? "the spouse's work rights" : null,
    classifyChildren(r.a.family.children) === 'unknown' ? 'whether children can come' : null,
  ].filter((x): x is string => x !== null);
}
/** How many figures unknownFigures looks at; more than half of them unknown is "mostly unknown". */
export const WEIGHED_FIGURES = 5;

function markOf(r: Row): RankMark | null {
  if (r.a.status !== 'eligible') return mark(r.a.status);
  if (r.a.standing) return mark(r.a.standing.kind);
  return unknownFigures(r).length * 2 > WEIGHED_FIGURES ? mark('mostly-unknown') : null;
}

function eligibility(r: Row, m: RankMark | null, markedLast: boolean): string[] {
  const a = r.a;
  const labels = (pick: (g: Assessment['gates'][number]) => boolean) => a.gates.filter(pick).map(g => g.label).join('; ');
  const judged = labels(g => g.status === 'unknown' && g.judgement);
  const toJudge = judged ? [`For the attorney to judge: ${judged}.`] : [];
  const below = markedLast ? ' so it ranks below every route eligible without that doubt.' : ' but it is ranked by score all the same, as asked.';
  switch (a.status) {
    case 'eligible': {
      if (a.standing) return [`${a.standing.summary} No invitation is expected at recent cut-offs,${below}`, ...toJudge];
      if (m?.kind === 'mostly-unknown') {
        const open = unknownFigures(r);
        return [`${headline(a).text}, but ${String(open.length)} of the ${String(WEIGHED_FIGURES)} figures the ranking weighs are unknown (${open.join(', ')}),${below}`, ...toJudge];
      }
      const h = headline(a);
      return [h.kind === 'likely' ? `${h.text}: every criterion the facts decide is met.` : 'Eligible on every criterion the facts decide.', ...toJudge];
    }
    case 'needs-info':
      return [`Needs information: ${labels(g => g.status === 'unknown' && !g.judgement)}. Ranked below every eligible route.`, ...toJudge];
    case 'ineligible':
      return [`Not eligible: ${labels(g => g.status === 'not-met')}. Ranked below every eligible route and every route that needs information.`];
  }
}

/** How much of its weight a priority gave, in words. */
function share(points: number, weight: number): string {
  const f = weight > 0 ? points / weight : 0;
  if (f >= 0.95) return 'its full weight';
  if (f >= 0.6) return 'most of its weight';
  if (f >= 0.4) return 'about half its weight';
  if (f > 0.05) return 'a little of its weight';
  return 'nothing';
}

/** `Speed, the client's 1st priority (40 of 100), gave its full weight: Fastest to work: …`. */
function contributionText(p: Priority, w: ReturnType<typeof priorityWeights>, points: number, reasons: string[]): string {
  const weight = round1(w.weights[p]);
  const place = !w.stated ? 'weighed equally with the others' : w.order.indexOf(p) < w.listed ? `the client's ${ordinal(w.order.indexOf(p) + 1)} priority` : "not among the client's priorities";
  const name = NAMES[p].charAt(0).toUpperCase() + NAMES[p].slice(1);
  return `${name}, ${place} (${String(weight)} of 100), gave ${share(points, weight)}: ${reasons.join(' ') || 'nothing to weigh.'}`;
}

function weightsReason(w: ReturnType<typeof priorityWeights>): string {
  if (!w.stated) return `No priorities are recorded, so speed, permanent residence, family and cost weigh equally (${String(w.weights.speed)} points each).`;
  const list = w.order.map(p => `${NAMES[p]} ${String(round1(w.weights[p]))}`).join(', ');
  return `Weights, in the client's order of priorities: ${list} (of 100).`;
}

/**
 * Ranks assessments and returns them in rank order (best first), so callers can lay out columns
 * by it. Tiers come first, whatever the scores: routes eligible on figures mostly known; then,
 * marked, eligible routes below recent cut-offs (Assessment.standing) or with most of the weighed
 * figures unknown (`options.markedLast: false` ranks these among the first by score); then routes
 * needing information; then routes not eligible. Within a tier by score (fit with the client's
 * priorities, weighted by PRIORITY_WEIGHTS), then by programme id. `scoreMatchesRank` says where
 * the score agrees with the rank order, and only there may it be shown.
 *
 * Speed and permanent residence compare the midpoints of the month ranges (quickest 100 % of the
 * weight, slowest 0 %, linear between); no route to permanent residence gives 0. Cost compares the
 * client's total in the first assessment's currency, with the employer's total as a tenth of the
 * cost weight; a total missing some fee counts at its known part but scores no better than
 * neutral. Family counts spouse work rights and children half each (classifySpouseWork,
 * classifyChildren). Every unknown gets half its weight and is named in the reasons, which say per
 * priority, in words, how much of its weight it gave.
 */
export function rankAssessments(assessments: readonly Assessment[], priorities: readonly Priority[] | null | undefined, options: RankOptions = {}): RankedOption[] {
  const markedLast = options.markedLast ?? true;
  const w = priorityWeights(priorities);
  const c = context(assessments);
  const scorers: Record<Priority, (r: Row) => Scored> = {
    speed: r => speed(r, c),
    'permanent-residence': r => permanentResidence(r, c),
    cost: r => cost(r, c),
    family,
  };
  const ranked = c.rows.map(r => {
    const m = markOf(r);
    const scored = w.order.map(p => {
      const s = scorers[p](r);
      const lines = s.parts.map(part => {
        const weight = round1(w.weights[p] * part.share);
        return { criterion: part.criterion, weight, points: round1(weight * part.sub) };
      });
      const points = round1(lines.reduce((sum, l) => sum + l.points, 0));
      return { p, lines, contribution: { priority: p, weight: round1(w.weights[p]), points, text: contributionText(p, w, points, s.reasons) } };
    });
    const breakdown = scored.flatMap(s => s.lines);
    const contributions = scored.map(s => s.contribution);
    return {
      tier: tierOf(r.a, m, markedLast),
      option: {
        programId: r.a.programId,
        rank: 0,
        score: round1(breakdown.reduce((sum, l) => sum + l.points, 0)),
        scoreMatchesRank: false,
        mark: m,
        reasons: [...eligibility(r, m, markedLast), ...contributions.map(x => x.text), weightsReason(w)],
        contributions,
        breakdown,
      } satisfies RankedOption,
    };
  });
  const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  ranked.sort((x, y) => x.tier - y.tier || y.option.score - x.option.score || byId(x.option.programId, y.option.programId));
  const scores = ranked.map(o => o.option.score);
  return ranked.map(({ option }, i) => ({
    ...option,
    rank: i + 1,
    scoreMatchesRank: scores.slice(0, i).every(s => s >= option.score) && scores.slice(i + 1).every(s => s <= option.score),
  }));
}
