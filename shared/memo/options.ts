/**
 * The options table and the option-by-option analysis, written from the engine's assessments as
 * the snapshot stored them. Every figure is the engine's; this file only puts it into words.
 */
import { timelineSpans, type Span } from '../compare/chart-model';
import type { RankedOption } from '../compare/ranking';
import type { Payer } from '../programs/types';
import { headline, openQuestions } from '../rules/headline';
import { conditionalText, firmFigureLines, formatMoney, oddsDetail, oddsHeadline } from '../rules/labels';
import type { CaseFile } from '../case-file';
import type { Assessment, GateResult } from '../rules/types';
import { capital, countryName, plural, sentence } from './format';
import { factLabel, oddsNeeds } from '../rules/fact-labels';
import type { AnalysisItem, GateLine, GateMark, OptionAnalysis, OptionRow } from './types';


const PAYER_WORD: Record<Payer, string> = { applicant: 'client', employer: 'employer' };

/**
 * `3,595 USD`, with ` +?` when some fee the payer owes is of unknown amount,
 * ` + 100,000 USD if …` for each fee owed only if a policy holds, and ` (firm figure)` when one of
 * the payer's fees is the firm's own figure (the analysis names it with its source).
 */
export function payerTotal(a: Assessment, payer: Payer): string {
  const open = a.costs.unknown.some(u => u.payer === payer) ? ' +?' : '';
  const conditional = a.costs.conditional.filter(c => c.payer === payer).map(c => ` ${conditionalText(c)}`).join('');
  const firm = [...a.costs.items, ...a.costs.conditional, ...a.costs.unknown].some(f => f.payer === payer && f.firm) ? ' (firm figure)' : '';
  return `${formatMoney(a.costs.totals[payer])}${open}${conditional}${firm}`;
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
  // The engine may start a reason with a credential's description ("a master's degree in …").
  return { mark, label: g.label, reason: capital(reason) };
}

/** The client's and the employer's cost, one line each, with fees of unknown amount and conditional fees said. */
function costItem(a: Assessment): AnalysisItem {
  const line = (payer: Payer) => {
    const unknown = a.costs.unknown.filter(u => u.payer === payer);
    const open = unknown.length ? `, plus ${plural(unknown.length, 'fee')} of unknown amount (${unknown.map(u => u.label).join('; ')})` : '';
    const conditional = a.costs.conditional.filter(c => c.payer === payer).map(c => `; ${conditionalText(c)} (${c.label}), not in the total`).join('');
    return `${capital(PAYER_WORD[payer])}: ${formatMoney(a.costs.totals[payer])} in total${open}${conditional}.`;
  };
  // Why a fee is not charged (a visa waiver, a surcharge exemption) is said beside the client's cost;
  // a figure the firm entered itself is named with its source, so the reader knows it is not the catalogue's.
  const firm = firmFigureLines(a.costs).map(l => `${capital(l)}.`);
  return { label: 'Cost', lines: [line('applicant'), line('employer'), ...(a.costs.notes ?? []), ...firm], details: [] };
}

function timelineItem(a: Assessment): AnalysisItem {
  const s = timelineSpans(a);
  if (a.standing) return { label: 'Timeline', lines: ['No invitation is expected at recent cut-offs, so no timeline can be given.'], details: [] };
  const said = (span: Span, what: string, none: string) =>
    span.kind === 'range' ? `${what}: ${span.label}.` : span.kind === 'unknown' ? `${what}: unknown. ${sentence(span.reason)}` : `${what}: ${none}.`;
  const work = said(s.toWork, 'To work', 'no route');
  const pr = said(s.toPermanentResidence, 'To permanent residence', 'this route does not lead to it');
  // Two figures share a line; a reason for an unknown takes a line of its own.
  return { label: 'Timeline', lines: s.toWork.kind === 'unknown' || s.toPermanentResidence.kind === 'unknown' ? [work, pr] : [`${work} ${pr}`], details: [] };
}

function pointsItem(a: Assessment, file: CaseFile): AnalysisItem[] {
  const p = a.points;
  if (!p) return [];
  const mark = p.passMark === null ? '' : ` against a pass mark or latest cut-off of ${String(p.passMark)}`;
  // A missing fact adds no points yet: the score is a floor, and the appendix names the facts.
  const open = p.missing.length ? ` ${p.missing.length === 1 ? `One fact not yet recorded (${factLabel(p.missing[0] ?? '', file)}) counts` : `${String(p.missing.length)} facts not yet recorded count`} for nothing so far, so the score may rise.` : '';
  return [{ label: 'Points', lines: [`${String(p.total)} points${mark}.${open}`], details: [] }];
}

/** The first sentence of a long text, without its parenthesised citations: the basis of a figure in brief. */
export function firstSentence(text: string): string {
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    if (depth === 0) out += ch;
    if (ch === ')') depth = Math.max(0, depth - 1);
  }
  const first = /^.*?[.!?](?=\s+[A-Z]|$)/s.exec(out.trim())?.[0] ?? out.trim();
  return sentence(first.replace(/\s+([,.;:])/g, '$1').replace(/\s{2,}/g, ' '));
}

/**
 * The odds, for a route with a lottery: the figure and its basis in brief, whether the client is
 * exempt, or the fact it waits on. A route without one says so in the table and needs no line here.
 */
function oddsItem(a: Assessment, file: CaseFile): AnalysisItem[] {
  const o = a.odds;
  if (o.kind === 'none') return [];
  if (o.kind === 'probability') return [{ label: 'Odds of selection', lines: [`${oddsHeadline(o)}: ${lowerFirst(firstSentence(o.basis))}.`], details: [] }];
  const needs = oddsNeeds(o, file);
  return [{ label: 'Odds of selection', lines: [`${oddsHeadline(o)}. ${firstSentence(oddsDetail(o))}`, ...(needs ? [needs] : [])], details: [] }];
}

/**
 * Who would accompany the client, from the case file: a spouse or children not recorded are said
 * to be not recorded, never counted as none.
 */
export function accompanying(file: CaseFile): string {
  const s = file.spouse;
  const marital = file.client.maritalStatus;
  const spouse = s
    ? s.accompanying === true
      ? 'the spouse'
      : s.accompanying === false
        ? 'not the spouse'
        : 'whether the spouse accompanies is not recorded'
    : s === null || (marital != null && marital !== 'married' && marital !== 'common-law')
      ? 'no spouse or partner'
      : 'a spouse or partner not recorded';
  const kids = file.children;
  let children: string;
  if (kids == null) children = 'children not recorded';
  else if (kids.length === 0) children = 'no children';
  else {
    const going = kids.filter(c => c.accompanying === true).length;
    const open = kids.filter(c => c.accompanying == null).length;
    const n = kids.length;
    if (going === n) children = n === 1 ? 'the child' : `all ${String(n)} children`;
    else if (open === 0) children = going === 0 ? (n === 1 ? 'not the child' : `none of the ${String(n)} children`) : `${String(going)} of the ${String(n)} children`;
    else if (open === n) children = n === 1 ? 'whether the child accompanies is not recorded' : `whether the ${String(n)} children accompany is not recorded`;
    else children = `${String(going)} of the ${String(n)} children, and whether ${plural(open, 'other accompanies', 'others accompany')} is not recorded`;
  }
  return `Accompanying, per the case file: ${spouse}; ${children}.`.replace(/^(Accompanying, per the case file: )(the spouse); (the child|all \d+ children)\.$/, '$1$2 and $3.');
}

/** How many risks an analysis prints; the others are listed in the appendix. */
export const MAX_RISKS = 3;

/**
 * The risks that matter most for this client first: those naming one of the client's citizenships
 * (a green-card backlog by country of birth), then the catalogue's own order.
 */
export function risksForClient(risks: readonly string[], file: CaseFile): string[] {
  const names = (file.client.citizenships ?? []).map(countryName);
  const mentions = (r: string) => names.some(n => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(r));
  return [...risks.filter(mentions), ...risks.filter(r => !mentions(r))];
}

// An acronym or name (DHS, USCIS, IRCC) keeps its capitals: only an ordinary first word is lowered.
const lowerFirst = (t: string) => (/^[A-Z][A-Z]/.test(t) ? t : t.charAt(0).toLowerCase() + t.slice(1)).replace(/\.$/, '');

/** One route analysed: the verdict, the criteria with their reasons, then the figures and the main risks. */
export function optionAnalysis(a: Assessment, recommendedId: string | null, rank: RankedOption | undefined, of: number, sourceNumber: (id: string) => number | undefined, file: CaseFile): OptionAnalysis {
  const items: AnalysisItem[] = [];
  if (rank) {
    items.push({
      label: 'Fit with priorities',
      // As on the comparison screen: the mark always, the fit only where it agrees with the rank order.
      lines: [
        `${String(rank.rank)} of ${String(of)} by the client's priorities${rank.mark ? `, ${rank.mark.label}` : ''}${rank.scoreMatchesRank ? ` (fit ${String(Math.round(rank.score))} of 100)` : ''}.`,
      ],
      // The reasons per priority stay on the comparison screen: the memo's body is kept to five pages.
      details: [],
    });
  }
  items.push(...pointsItem(a, file), costItem(a), timelineItem(a), ...oddsItem(a, file));
  const { spouseWork, children } = a.family;
  const rights = spouseWork === children ? `Spouse and children: ${sentence(spouseWork)}` : `Spouse: ${sentence(spouseWork)} Children: ${sentence(children)}`;
  items.push({ label: 'Family', lines: [rights, accompanying(file)], details: [] });
  items.push({ label: 'Language', lines: [sentence(a.language)], details: [] }, { label: 'Employer tie', lines: [sentence(a.employerTie)], details: [] });
  const numbers = [...new Set(a.sources.map(s => sourceNumber(s.id)).filter((n): n is number => n !== undefined))].sort((x, y) => x - y);
  const risks = risksForClient(a.risks, file);
  const said = verdict(a);
  return {
    programId: a.programId,
    heading: `${a.programName} — ${countryName(a.country)}`,
    recommended: a.programId === recommendedId,
    // The attorney's own text replaces the verdict in buildMemo.
    verdict: said,
    generatedVerdict: said,
    edited: false,
    gates: a.gates.map(gateLine),
    items,
    risks: risks.slice(0, MAX_RISKS),
    moreRisks: Math.max(0, risks.length - MAX_RISKS),
    sourceNumbers: numbers,
  };
}

/** The main reason a route was set aside: its first criterion not met, or else its verdict. */
export function setAsideReason(a: Assessment): string {
  const g = a.gates.find(x => x.status === 'not-met');
  return g ? `${g.label}: ${sentence(g.reason)}` : verdict(a);
}
