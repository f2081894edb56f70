/**
 * What changed between two runs of the engine on the same inputs, in lines a lawyer can read:
 * `us-h1b: employer cost 3,595 USD → 3,760 USD`. Used to tell a saved comparison it is stale.
 * Only what the comparison and the memo show counts; a source merely re-verified does not.
 */
import type { MonthRange } from '../programs/types';
import { headline } from '../rules/headline';
import { conditionalText, formatMoney, oddsHeadline } from '../rules/labels';
import type { Assessment, ConditionalCost, CostItem, GateResult } from '../rules/types';

const ARROW = '→';

function gateState(g: GateResult): string {
  if (g.status === 'met') return 'met';
  if (g.status === 'not-met') return 'not met';
  return g.judgement ? 'for the attorney to judge' : 'unknown';
}

function months(r: MonthRange | null): string {
  if (!r) return 'unknown';
  return r[0] === r[1] ? `${String(r[0])} months` : `${String(r[0])}–${String(r[1])} months`;
}

const orUnknown = (n: number | null) => (n === null ? 'unknown' : String(n));

/**
 * Items keyed by payer and label; a label repeated for one payer is numbered by occurrence, so
 * two identical lines still pair up with their counterparts.
 */
function keyed<T>(list: readonly T[], key: (t: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  const seen = new Map<string, number>();
  for (const item of list) {
    const k = key(item);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    out.set(n === 1 ? k : `${k}#${String(n)}`, item);
  }
  return out;
}

/** Pairs entries of two keyed maps in `before` order, then those only in `after`. */
function pairs<T>(a: Map<string, T>, b: Map<string, T>): [T | undefined, T | undefined][] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].map((k): [T | undefined, T | undefined] => [a.get(k), b.get(k)]);
}

function gateLines(before: readonly GateResult[], after: readonly GateResult[]): string[] {
  const out: string[] = [];
  for (const [x, y] of pairs(keyed(before, g => g.id), keyed(after, g => g.id))) {
    if (x && !y) out.push(`criterion “${x.label}” no longer applies (was ${gateState(x)})`);
    else if (!x && y) out.push(`new criterion “${y.label}” (${gateState(y)})`);
    else if (x && y) {
      if (gateState(x) !== gateState(y)) out.push(`criterion “${y.label}” ${gateState(x)} ${ARROW} ${gateState(y)}`);
      // The reason quotes the threshold: a moved threshold matters even when the verdict holds.
      else if (x.reason !== y.reason) out.push(`criterion “${y.label}” now reads "${y.reason}" (was "${x.reason}")`);
    }
  }
  return out;
}

function feeLines(before: readonly CostItem[], after: readonly CostItem[]): string[] {
  const out: string[] = [];
  const key = (i: CostItem) => `${i.payer}|${i.label}`;
  for (const [x, y] of pairs(keyed(before, key), keyed(after, key))) {
    if (x && !y) out.push(`fee '${x.label}' (${x.payer}) no longer charged (was ${formatMoney(x.amount)})`);
    else if (!x && y) out.push(`new fee '${y.label}' (${y.payer}) ${formatMoney(y.amount)}${y.optional ? ', optional' : ''}`);
    else if (x && y) {
      if (x.amount.currency !== y.amount.currency || x.amount.amount !== y.amount.amount) {
        out.push(`fee '${y.label}' ${formatMoney(x.amount)} ${ARROW} ${formatMoney(y.amount)}`);
      }
      if (x.optional !== y.optional) out.push(`fee '${y.label}' ${y.optional ? 'now optional' : 'no longer optional'}`);
    }
  }
  return out;
}

function conditionalLines(before: readonly ConditionalCost[], after: readonly ConditionalCost[]): string[] {
  const key = (c: ConditionalCost) => `${c.payer}|${c.label}`;
  const out: string[] = [];
  for (const [x, y] of pairs(keyed(before, key), keyed(after, key))) {
    if (x && !y) out.push(`fee '${x.label}' (${x.payer}) no longer conditional (was ${conditionalText(x)})`);
    else if (!x && y) out.push(`fee '${y.label}' (${y.payer}) now conditional: ${conditionalText(y)}`);
    else if (x && y && conditionalText(x) !== conditionalText(y)) out.push(`fee '${y.label}' ${conditionalText(x)} ${ARROW} ${conditionalText(y)}`);
  }
  return out;
}

function unknownFeeLines(before: Assessment['costs']['unknown'], after: Assessment['costs']['unknown']): string[] {
  const key = (u: { label: string; payer: string }) => `${u.payer}|${u.label}`;
  const out: string[] = [];
  for (const [x, y] of pairs(keyed(before, key), keyed(after, key))) {
    if (x && !y) out.push(`fee '${x.label}' (${x.payer}) no longer unknown`);
    else if (!x && y) out.push(`fee '${y.label}' (${y.payer}) now unknown: ${y.reason}`);
  }
  return out;
}

/** Added and removed lines of a list of texts (risks). */
function listLines(before: readonly string[], after: readonly string[], what: string): string[] {
  return [
    ...after.filter(t => !before.includes(t)).map(t => `new ${what}: "${t}"`),
    ...before.filter(t => !after.includes(t)).map(t => `${what} no longer listed: "${t}"`),
  ];
}

function textLine(what: string, x: string, y: string): string[] {
  return x === y ? [] : [`${what} "${x}" ${ARROW} "${y}"`];
}

/** Every difference a lawyer would care about between two assessments of one programme. */
function diffAssessment(x: Assessment, y: Assessment): string[] {
  const out: string[] = [];
  // The headline as the screen, CLI and memo show it, so a new question for the attorney shows too.
  const [hx, hy] = [headline(x).text, headline(y).text];
  if (hx !== hy) out.push(`status ${hx} ${ARROW} ${hy}`);
  const standing = (a: Assessment) => a.standing?.summary ?? 'no standing against recent cut-offs';
  if (standing(x) !== standing(y)) out.push(`standing "${standing(x)}" ${ARROW} "${standing(y)}"`);
  out.push(...gateLines(x.gates, y.gates));

  if ((x.points === null) !== (y.points === null)) {
    out.push(x.points ? `no longer points-based (was ${String(x.points.total)} points)` : `now points-based (${String(y.points?.total ?? 0)} points)`);
  } else if (x.points && y.points) {
    if (x.points.total !== y.points.total) out.push(`points ${String(x.points.total)} ${ARROW} ${String(y.points.total)}`);
    if (x.points.passMark !== y.points.passMark) out.push(`pass mark ${orUnknown(x.points.passMark)} ${ARROW} ${orUnknown(y.points.passMark)}`);
  }

  for (const payer of ['applicant', 'employer'] as const) {
    const a = x.costs.totals[payer];
    const b = y.costs.totals[payer];
    if (a.currency !== b.currency || a.amount !== b.amount) out.push(`${payer} cost ${formatMoney(a)} ${ARROW} ${formatMoney(b)}`);
  }
  out.push(...feeLines(x.costs.items, y.costs.items), ...unknownFeeLines(x.costs.unknown, y.costs.unknown), ...conditionalLines(x.costs.conditional, y.costs.conditional));

  const work = [months(x.timeline.toWorkMonths), months(y.timeline.toWorkMonths)] as const;
  if (work[0] !== work[1]) out.push(`time to work ${work[0]} ${ARROW} ${work[1]}`);
  const pr = [months(x.timeline.toPermanentResidenceMonths), months(y.timeline.toPermanentResidenceMonths)] as const;
  if (pr[0] !== pr[1]) out.push(`time to permanent residence ${pr[0]} ${ARROW} ${pr[1]}`);
  // As the table shows the odds (a percent to a tenth, or the state): a difference it cannot show is not a change.
  const chance = [oddsHeadline(x.odds), oddsHeadline(y.odds)] as const;
  if (chance[0] !== chance[1]) out.push(`odds ${chance[0]} ${ARROW} ${chance[1]}`);

  out.push(
    ...textLine("spouse's work rights", x.family.spouseWork, y.family.spouseWork),
    ...textLine('children', x.family.children, y.family.children),
    ...textLine('language requirement', x.language, y.language),
    ...textLine('employer tie', x.employerTie, y.employerTie),
    ...listLines(x.risks, y.risks, 'risk'),
  );
  return out;
}

/** One route's differences, in the words `diffResults` uses after the route's id. */
export type RouteDiff = { programId: string; lines: string[] };

/** The differences between two sets of assessments, route by route (only routes with a difference). */
export function diffResultsByRoute(before: readonly Assessment[], after: readonly Assessment[]): RouteDiff[] {
  const out: RouteDiff[] = [];
  for (const [x, y] of pairs(keyed(before, a => a.programId), keyed(after, a => a.programId))) {
    if (x && !y) out.push({ programId: x.programId, lines: [`no longer assessed (was ${headline(x).text})`] });
    else if (!x && y) out.push({ programId: y.programId, lines: [`newly assessed (${headline(y).text})`] });
    else if (x && y) {
      const lines = diffAssessment(x, y);
      if (lines.length > 0) out.push({ programId: x.programId, lines });
    }
  }
  return out;
}

/**
 * The differences between two sets of assessments, paired by programme id, each line prefixed with
 * the programme (`ca-express-entry: criterion “Language” met → not met`). Empty when nothing a lawyer
 * would act on changed.
 */
export function diffResults(before: readonly Assessment[], after: readonly Assessment[]): string[] {
  return diffResultsByRoute(before, after).flatMap(r => r.lines.map(line => `${r.programId}: ${line}`));
}
