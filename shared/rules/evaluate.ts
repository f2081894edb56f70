/**
 * The strategy engine: `evaluate(caseFile, programIds, { asOf, assumptions, currency })`.
 * Pure and synchronous, so the renderer can re-run a what-if instantly and the memo prints the
 * very same numbers. Every figure comes from the catalogue with its source.
 */
import type { CaseFile } from '../case-file';
import { resolveAssumptions } from '../programs/assumptions';
import { SHIPPED_CATALOGUE, type Catalogue } from '../programs/index';
import type { AssumptionKey, CalculatorId, Condition, Fact, Program, Source } from '../programs/types';
import { evaluateCondition, type ConditionContext } from './conditions';
import { costsFor } from './costs';
import { rateSourceIds } from './money';
import { oddsFor } from './odds';
import { CALCULATORS } from './points/index';
import { standingFor } from './standing';
import type { Assessment, EvaluateOptions, GateResult, PointsResult } from './types';

/** A fact's value, recording its source; unknown facts leave a note instead. */
function read<T>(fact: Fact<T>, sources: Set<string>, notes: string[], what: string): T | null {
  if (fact.sourceId) sources.add(fact.sourceId);
  if ('unknown' in fact) {
    notes.push(`${what} unknown: ${fact.unknown}`);
    return null;
  }
  // How a figure was derived (e.g. a backlog estimate) travels with it.
  if (fact.note && what) notes.push(`${what}: ${fact.note}`);
  return fact.value;
}

/** The assumption keys a condition tree refers to. */
function assumptionKeys(c: Condition | undefined, into: Set<AssumptionKey>): void {
  if (!c) return;
  if ('all' in c) c.all.forEach(x => assumptionKeys(x, into));
  else if ('any' in c) c.any.forEach(x => assumptionKeys(x, into));
  else if ('not' in c) assumptionKeys(c.not, into);
  else if (c.kind === 'assumption') into.add(c.key);
}

/** The context conditions are evaluated in, with each points calculator run at most once. */
export function conditionContext(program: Program, file: CaseFile, options: EvaluateOptions): { ctx: ConditionContext; memo: Map<CalculatorId, PointsResult> } {
  const assumptions = resolveAssumptions(options.assumptions ?? {}, options.asOf);
  const memo = new Map<CalculatorId, PointsResult>();
  const calculator = (id: CalculatorId) => {
    let result = memo.get(id);
    if (!result) {
      result = CALCULATORS[id](file, options.asOf);
      memo.set(id, result);
    }
    return result;
  };
  const ctx: ConditionContext = {
    file,
    asOf: options.asOf,
    program,
    assumptions,
    calculator,
    points: () => (program.points ? calculator(program.points.calculator) : null),
  };
  return { ctx, memo };
}

function assess(program: Program, file: CaseFile, options: EvaluateOptions, catalogue: Catalogue): Assessment {
  const { ctx, memo } = conditionContext(program, file, options);
  const { assumptions, calculator } = ctx;
  const sources = new Set<string>();

  const gates: GateResult[] = program.gates.map(g => {
    sources.add(g.sourceId);
    const { judgement, ...verdict } = evaluateCondition(g.condition, ctx);
    return { id: g.id, label: g.label, sourceId: g.sourceId, judgement: judgement === true, ...verdict };
  });
  const status = gates.some(g => g.status === 'not-met')
    ? 'ineligible'
    : gates.some(g => g.status === 'unknown' && !g.judgement)
      ? 'needs-info'
      : 'eligible';

  let points: Assessment['points'] = null;
  if (program.points) {
    const result = calculator(program.points.calculator);
    result.sourceIds.forEach(id => sources.add(id));
    const passMark = read(program.points.passMark, sources, [], 'Pass mark');
    points = { ...result, passMark };
  }

  // Every calculator a gate consulted (Express Entry's FSW grid) cites its tables too.
  for (const result of memo.values()) result.sourceIds.forEach(id => sources.add(id));

  const costs = costsFor(program, ctx, options.currency ?? 'USD');
  [...costs.items, ...costs.conditional].forEach(i => sources.add(i.sourceId));
  sources.add(costs.fxSourceId);
  // A rate from outside the main table (the dirham's peg) is cited too.
  if (costs.items.some(i => i.converted && i.converted.currency !== i.amount.currency)) {
    rateSourceIds([costs.currency, ...costs.items.map(i => i.amount.currency)]).forEach(id => sources.add(id));
  }

  let notes: string[] = [];
  let toWorkMonths = read(program.toWorkMonths, sources, notes, 'Time to work');
  const pr = program.permanentResidence;
  let toPermanentResidenceMonths = null;
  if (!pr) notes.push('This route does not itself lead to permanent residence.');
  else {
    const citizenship = (file.client.citizenships ?? []).find(c => pr.byCitizenship?.[c]);
    const fact = (citizenship && pr.byCitizenship?.[citizenship]) || pr.months;
    if (citizenship) notes.push(`Permanent residence time uses the ${citizenship} figure (US backlogs go by country of birth; citizenship is used as its stand-in).`);
    toPermanentResidenceMonths = read(fact, sources, notes, 'Time to permanent residence');
  }

  // In the pool but below recent cut-offs: the months counted from an invitation do not apply.
  const standing = status === 'eligible' && program.points ? standingFor(program, calculator(program.points.calculator), ctx, sources) : null;
  if (standing) {
    const why = `No invitation to apply is expected at recent cut-offs. ${standing.summary}`;
    toWorkMonths = null;
    toPermanentResidenceMonths = null;
    notes = [`Time to work unknown: ${why}`, `Time to permanent residence unknown: ${why}`, ...notes.filter(n => !/^Time to (work|permanent residence)\b/.test(n))];
  }

  const odds = oddsFor(program, ctx, sources);
  const used = new Set<AssumptionKey>();
  program.gates.forEach(g => assumptionKeys(g.condition, used));
  program.fees.forEach(f => {
    assumptionKeys(f.when, used);
    if (f.assumption) used.add(f.assumption.key);
  });
  program.risks.forEach(r => r.assumption && used.add(r.assumption));
  if (program.selection.kind === 'lottery' && program.selection.weightedOdds) used.add('us-h1b-weighted-selection');

  const factText = (f: Fact<string>) => ('unknown' in f ? `Unknown: ${f.unknown}` : (read(f, sources, [], '') ?? ''));
  program.risks.forEach(r => sources.add(r.sourceId));
  return {
    programId: program.id,
    programName: program.name,
    country: program.country,
    status,
    gates,
    points,
    costs,
    timeline: { toWorkMonths, toPermanentResidenceMonths, notes },
    odds,
    ...(standing ? { standing } : {}),
    family: {
      spouseWork: factText(program.family.spouseWork),
      children: factText(program.family.children),
      accompanying: {
        spouse: file.spouse?.accompanying === true,
        children: (file.children ?? []).filter(c => c.accompanying === true).length,
      },
    },
    language: factText(program.language),
    employerTie: factText(program.employerTie),
    risks: program.risks.map(r => (r.assumption && r.byValue?.[assumptions[r.assumption]]) || r.text),
    assumptionsUsed: [...used].map(key => ({ key, value: assumptions[key] })),
    sources: [...sources].map(id => catalogue.sourceById(id)).filter((s): s is Source => s !== undefined),
  };
}

/**
 * Assesses a case against the named programmes, in the order given, with the figures of
 * `catalogue` (the shipped one unless a pack or the firm's overrides give another). Unknown
 * programme ids throw (callers validate ids first); everything else about the case file is
 * answered, never thrown.
 */
export function evaluate(file: CaseFile, programIds: readonly string[], options: EvaluateOptions, catalogue: Catalogue = SHIPPED_CATALOGUE): Assessment[] {
  return programIds.map(id => {
    const program = catalogue.programById(id);
    if (!program) throw new Error(`Unknown programme id "${id}"`);
    return assess(program, file, options, catalogue);
  });
}

/** `evaluate` bound to one catalogue: what a caller that checks saved comparisons against "the rules" takes. */
export function evaluateOn(catalogue: Catalogue): typeof evaluate {
  return (file, programIds, options) => evaluate(file, programIds, options, catalogue);
}
