/**
 * The options table and the option-by-option analysis, written from the engine's assessments as
 * the snapshot stored them. Every figure is the engine's; this file only puts it into words.
 */
import { timelineSpans, type Span } from '../compare/chart-model';
import type { RankedOption } from '../compare/ranking';
import type { Payer } from '../programs/types';
import { headline, openQuestions } from '../rules/headline';
import { conditionalText, formatMoney, oddsDetail, oddsHeadline } from '../rules/labels';
import type { CaseFile } from '../case-file';
import type { Assessment, CostItem, GateResult } from '../rules/types';
import { countryName, plural, sentence } from './format';
import { factLabel, oddsNeeds } from '../rules/fact-labels';
import type { AnalysisItem, GateLine, GateMark, OptionAnalysis, OptionRow } from './types';


const PAYER_WORD: Record<Payer, string> = { applicant: 'client', employer: 'employer' };

/**
 * `3,595 USD`, with ` +?` when some fee the payer owes is of unknown amount, and
 * ` + 100,000 USD if …` for each fee owed only if a policy holds.
 */
export function payerTotal(a: Assessment, payer: Payer): string {
  const open = a.costs.unknown.some(u => u.payer === payer) ? ' +?' : '';
  const conditional = a.costs.conditional.filter(c => c.payer === payer).map(c => ` ${conditionalText(c)}`).join('');
  return `${formatMoney(a.costs.totals[payer])}${open}${conditional}`;
}

function spanCell(s: Span): string {
  if (s.kind === 'range') return s.label;
  return s.kind === 'none' ? 'No route' : 'Unknown';
}

/** `470 (needs 508)`, `470`, or a dash for a route without points. */
function pointsCell(a: Assessment): string {
  if (!a.points) return '—';
  return a.points.passMark === null ? String(a.points.total) : `${String(a.points.total)} (needs ${String(a.points.passMark)})`;
}

/** One row of the options table. */
export function optionRow(a: Assessment, recommendedId: string | null): OptionRow {
  const spans = timelineSpans(a);
  // Below recent cut-offs, the months counted from an invitation do not apply: say why instead of "Unknown".
  const timeCell = (s: Span) => (a.standing ? NO_INVITATION : spanCell(s));
  return {
    programId: a.programId,
    programme: a.programName,
    country: countryName(a.country),
    status: `${headline(a).text}${a.standing ? '; below recent cut-offs' : ''}`,
    points: pointsCell(a),
    clientCost: payerTotal(a, 'applicant'),
    employerCost: payerTotal(a, 'employer'),
    toWork: timeCell(spans.toWork),
    toPermanentResidence: timeCell(spans.toPermanentResidence),
    odds: oddsHeadline(a.odds),
    recommended: a.programId === recommendedId,
  };
}

/** The timeline cell of a route whose points are below recent cut-offs. */
const NO_INVITATION = 'No invitation expected';

/** The engine's verdict in one sentence. */
export function verdict(a: Assessment): string {
  const judge = openQuestions(a);
  const judged = judge.length ? ` ${plural(judge.length, 'criterion', 'criteria')} ${judge.length === 1 ? 'is' : 'are'} left to the attorney's judgement.` : '';
  const labels = (pick: (g: GateResult) => boolean) => a.gates.filter(pick).map(g => g.label).join('; ');
  const h = headline(a);
  const belowCutoffs = a.standing ? `, but no invitation is expected at recent cut-offs. ${a.standing.summary}` : '';
  switch (h.kind) {
    case 'eligible':
      return `Eligible on the facts recorded${belowCutoffs || ': every criterion the case file can decide is met.'}`;
    case 'likely':
      return `${h.text}: every criterion the case file can decide is met${belowCutoffs || '.'}${judged}`;
    case 'needs-info':
      return `Needs information: ${sentence(labels(g => g.status === 'unknown' && !g.judgement))}${judged}`;
    case 'ineligible':
      return `Not eligible on the facts recorded: ${sentence(labels(g => g.status === 'not-met'))}${judged}`;
  }
}

const JUDGE_PREFIX = 'For the attorney to judge: ';

function gateLine(g: GateResult): GateLine {
  const mark: GateMark = g.judgement && g.status === 'unknown' ? 'judge' : g.status;
  const reason = g.reason.startsWith(JUDGE_PREFIX) ? g.reason.slice(JUDGE_PREFIX.length) : g.reason;
  return { mark, label: g.label, reason };
}

function costLine(i: CostItem): string {
  const converted = i.converted && i.converted.currency !== i.amount.currency ? ` (about ${formatMoney(i.converted)})` : '';
  return `${i.label}: ${formatMoney(i.amount)}${converted}${i.optional ? ', optional and not in the total' : ''}`;
}

function costItem(a: Assessment, payer: Payer): AnalysisItem {
  const items = a.costs.items.filter(i => i.payer === payer);
  const unknown = a.costs.unknown.filter(u => u.payer === payer);
  const conditional = a.costs.conditional.filter(c => c.payer === payer);
  const open = unknown.length ? `, plus ${plural(unknown.length, 'fee')} of unknown amount` : '';
  // Why a fee is not charged (a visa waiver, a surcharge exemption) is said beside the client's cost.
  const notes = payer === 'applicant' ? (a.costs.notes ?? []) : [];
  return {
    label: `Cost to the ${PAYER_WORD[payer]}`,
    lines: [`${formatMoney(a.costs.totals[payer])} in total${open}.`, ...conditional.map(c => `${conditionalText(c)} (${c.label}), not in the total.`), ...notes],
    details: [...items.map(costLine), ...unknown.map(u => `${u.label}: amount unknown. ${u.reason}`)],
  };
}

function timelineItem(a: Assessment): AnalysisItem {
  const s = timelineSpans(a);
  const work = s.toWork.kind === 'range' ? s.toWork.label : s.toWork.kind === 'unknown' ? `unknown. ${s.toWork.reason}` : s.toWork.label;
  const pr =
    s.toPermanentResidence.kind === 'range'
      ? s.toPermanentResidence.label
      : s.toPermanentResidence.kind === 'unknown'
        ? `unknown. ${s.toPermanentResidence.reason}`
        : 'this route does not lead to permanent residence.';
  // The reasons for an unknown are already said above; the other notes explain the figures.
  const notes = a.timeline.notes.filter(n => !/^Time to (work|permanent residence) unknown: /.test(n));
  return { label: 'Timeline', lines: [`To work: ${work}`, `To permanent residence: ${pr}`], details: notes };
}

function pointsItem(a: Assessment, file: CaseFile): AnalysisItem[] {
  const p = a.points;
  if (!p) return [];
  const mark = p.passMark === null ? '' : ` (pass mark or latest cut-off ${String(p.passMark)})`;
  return [
    {
      label: 'Points',
      lines: [
        `${String(p.total)} points${mark}.`,
        ...(p.missing.length ? [`Scored as 0 until known: ${p.missing.map(m => factLabel(m, file)).join('; ')}.`] : []),
      ],
      details: p.breakdown.map(l => `${l.factor}: ${String(l.points)} of ${String(l.max)}`),
    },
  ];
}

/** The odds: a figure with its basis, or why there is none, naming any fact it waits on. */
function oddsItem(a: Assessment, file: CaseFile): AnalysisItem {
  const o = a.odds;
  if (o.kind === 'probability') return { label: 'Odds of selection', lines: [`${oddsHeadline(o)}.`], details: [o.basis] };
  const needs = oddsNeeds(o, file);
  return { label: 'Odds of selection', lines: [`${oddsHeadline(o)}. ${sentence(oddsDetail(o))}`, ...(needs ? [needs] : [])], details: [] };
}

/** One option analysed: the verdict, the gates with their reasons, then the figures and risks. */
export function optionAnalysis(a: Assessment, recommendedId: string | null, rank: RankedOption | undefined, of: number, sourceNumber: (id: string) => number | undefined, file: CaseFile): OptionAnalysis {
  const items: AnalysisItem[] = [];
  if (rank) {
    items.push({
      label: 'Rank for this client',
      // As on the comparison screen: the mark always, the fit only where it agrees with the rank order.
      lines: [
        `${String(rank.rank)} of ${String(of)} by the client's priorities${rank.mark ? `, ${rank.mark.label}` : ''}${rank.scoreMatchesRank ? ` (fit ${String(Math.round(rank.score))} of 100)` : ''}.`,
      ],
      details: rank.reasons,
    });
  }
  items.push(...pointsItem(a, file), costItem(a, 'applicant'), costItem(a, 'employer'), timelineItem(a));
  items.push(oddsItem(a, file));
  const { accompanying } = a.family;
  items.push({
    label: 'Family',
    lines: [
      `Spouse: ${sentence(a.family.spouseWork)}`,
      `Children: ${sentence(a.family.children)}`,
      `Accompanying, per the case file: ${accompanying.spouse ? 'the spouse' : 'no spouse'} and ${plural(accompanying.children, 'child', 'children')}.`,
    ],
    details: [],
  });
  items.push({ label: 'Language', lines: [sentence(a.language)], details: [] }, { label: 'Employer tie', lines: [sentence(a.employerTie)], details: [] });
  const numbers = [...new Set(a.sources.map(s => sourceNumber(s.id)).filter((n): n is number => n !== undefined))].sort((x, y) => x - y);
  return {
    programId: a.programId,
    heading: `${a.programName} — ${countryName(a.country)}`,
    recommended: a.programId === recommendedId,
    verdict: verdict(a),
    gates: a.gates.map(gateLine),
    items,
    risks: a.risks,
    sourceNumbers: numbers,
  };
}
