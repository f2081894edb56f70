/**
 * What each policy assumption does to this client, route by route. An assumption a route uses can
 * still be idle for a given client (the $100,000 payment falls only on petitions for workers abroad),
 * so each route is re-assessed under every option of every assumption it uses: if no option changes
 * the assessment, the assumption does not apply to this client, and the answer says why in words.
 */
import type { CaseFile } from '../case-file';
import { ASSUMPTIONS, resolveAssumptions } from '../programs/assumptions';
import { SHIPPED_CATALOGUE, type Catalogue } from '../programs/index';
import type { AssumptionKey, Program } from '../programs/types';
import { evaluateCondition, type ConditionContext } from './conditions';
import { conditionContext, evaluate } from './evaluate';
import type { Assessment, EvaluateOptions } from './types';

/** One assumption's effect on one route: `applies` false means no option can change it for this client. */
export type AssumptionEffect = { key: AssumptionKey; label: string; applies: boolean; why: string | null };

/** What the comparison shows of an assessment: everything except the bookkeeping of what was used. */
const shown = (a: Assessment): string => JSON.stringify({ ...a, assumptionsUsed: [], sources: [] });

/** The reason an idle assumption is idle, from the part of the route that uses it. */
function whyIdle(program: Program, key: AssumptionKey, a: Assessment, ctx: ConditionContext, label: string): string {
  for (const fee of program.fees) {
    if (fee.assumption?.key !== key || !fee.when) continue;
    const verdict = evaluateCondition(fee.when, ctx);
    if (verdict.status === 'not-met') return fee.assumption.inapplicable ?? `${label} does not apply: ${verdict.reason}`;
  }
  if (program.selection.kind === 'lottery' && key === 'us-h1b-weighted-selection' && (a.odds.kind === 'exempt' || a.odds.kind === 'unknown')) {
    return `${label} does not apply: ${a.odds.reason}`;
  }
  return `${label} does not apply: no option changes this route's criteria, costs, timeline, odds or risks for this client.`;
}

/**
 * For each assessment, the assumptions it uses (Assessment.assumptionsUsed) and whether each can
 * change it for this client. `options` must be those the assessments were made with; the case file
 * is the one they were made from (what-ifs applied), and `catalogue` the one they were assessed with.
 */
export function assumptionEffects(file: CaseFile, assessments: readonly Assessment[], options: EvaluateOptions, catalogue: Catalogue = SHIPPED_CATALOGUE): Record<string, AssumptionEffect[]> {
  const resolved = resolveAssumptions(options.assumptions ?? {}, options.asOf);
  const out: Record<string, AssumptionEffect[]> = {};
  for (const a of assessments) {
    const program = catalogue.programById(a.programId);
    if (!program) throw new Error(`Unknown programme id "${a.programId}"`);
    out[a.programId] = a.assumptionsUsed.map(({ key }) => {
      const assumption = ASSUMPTIONS.find(x => x.key === key);
      if (!assumption) throw new Error(`Unknown assumption "${key}"`);
      const assess = (value: string) => evaluate(file, [a.programId], { ...options, assumptions: { ...resolved, [key]: value } }, catalogue)[0];
      const base = assess(resolved[key]);
      if (!base) throw new Error(`No assessment for "${a.programId}"`);
      const applies = assumption.options.some(o => {
        const other = assess(o.value);
        return other !== undefined && shown(other) !== shown(base);
      });
      const { ctx } = conditionContext(program, file, { ...options, assumptions: resolved });
      return { key, label: assumption.label, applies, why: applies ? null : whyIdle(program, key, base, ctx, assumption.subject) };
    });
  }
  return out;
}
