/**
 * Costs by payer: each fee whose condition holds, multiplied per person where the fee says so,
 * converted to the chosen currency with the original kept beside it. A fee whose condition cannot
 * be decided (employer size not recorded…) or whose amount is unknown is listed, not guessed; a fee
 * owed only if an unsettled policy holds is listed as conditional, outside the totals. The as-of
 * date picks the amount in force (see effective.ts).
 */
import { periodAt } from '../programs/effective';
import type { Fee, Program } from '../programs/types';
import { evaluateCondition, type ConditionContext } from './conditions';
import { formatMoney } from './labels';
import { convert, fxProvenance } from './money';
import type { Costs, CostItem } from './types';

/** How many times a fee is charged: once, or per accompanying family member of the kind it names. */
export function feeCount(per: Fee['per'], ctx: ConditionContext): number {
  const f = ctx.file;
  const adults = 1 + (f.spouse?.accompanying === true ? 1 : 0);
  const children = (f.children ?? []).filter(c => c.accompanying === true).length;
  switch (per) {
    case 'application':
      return 1;
    case 'adult':
      return adults;
    case 'child':
      return children;
    case 'person':
      return adults + children;
  }
}

type Timing = 'in-force' | 'not-owed' | 'unknown';

/**
 * Whether a fee's amount is the one in force on the as-of date, chosen among the amounts of its
 * series (one fee's amounts over time) the way factAt chooses a fact's version. Another amount in
 * force, a fee that ended, and a fee that did not exist yet (`introduced`) are not owed; before an
 * amount with no earlier one recorded, that amount is unknown.
 */
function timing(fee: Fee, program: Program, asOf: string): Timing {
  const series = fee.series ?? fee.id;
  const amounts = program.fees.filter(f => (f.series ?? f.id) === series).sort((a, b) => (a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : 0));
  const at = periodAt(amounts, asOf, f => ({ from: f.effective, to: f.effectiveTo }));
  switch (at.state) {
    case 'in-force':
      return at.item === fee ? 'in-force' : 'not-owed';
    case 'ended':
      return 'not-owed';
    case 'not-yet':
      return at.next === fee && !fee.introduced && !fee.optional ? 'unknown' : 'not-owed';
  }
}

/** The condition under which a fee turning on a policy assumption is owed: null = owed outright; undefined = not owed. */
function assumptionCondition(fee: Fee, ctx: ConditionContext): string | null | undefined {
  const a = fee.assumption;
  if (!a) return null;
  const value = ctx.assumptions[a.key];
  if (a.charged.includes(value)) return null;
  return a.conditional?.includes(value) ? a.condition : undefined;
}

export function costsFor(program: Program, ctx: ConditionContext, currency: string): Costs {
  const items: CostItem[] = [];
  const unknown: Costs['unknown'] = [];
  const conditional: Costs['conditional'] = [];
  const notes = new Set<string>();
  for (const fee of program.fees) {
    const firm = fee.firm && { firm: fee.firm };
    const count = feeCount(fee.per, ctx);
    if (count === 0) continue; // a per-child fee with no accompanying child
    const condition = assumptionCondition(fee, ctx);
    if (condition === undefined) continue;
    const when = timing(fee, program, ctx.asOf);
    if (when === 'not-owed') continue;
    const verdict = fee.when ? evaluateCondition(fee.when, ctx) : { status: 'met' as const, reason: '' };
    if (verdict.status === 'not-met') {
      if (fee.notChargedNote) notes.add(fee.notChargedNote);
      continue;
    }
    if (verdict.status === 'unknown') {
      const policy = condition === null ? '' : ` Even then, owed only ${condition}.`;
      unknown.push({ label: fee.label, payer: fee.payer, reason: `May apply: ${verdict.reason}${policy}`, ...firm });
      continue;
    }
    if (when === 'unknown') {
      const later = fee.amount ? ` (${formatMoney(fee.amount)} from then)` : '';
      unknown.push({ label: fee.label, payer: fee.payer, reason: `The amount in force before ${fee.effective} is not recorded${later}.`, ...firm });
      continue;
    }
    if (!fee.amount) {
      unknown.push({ label: fee.label, payer: fee.payer, reason: fee.unknown ?? 'Amount not published.', ...firm });
      continue;
    }
    const multiplied = fee.amount.amount * count;
    const capped = fee.cap !== undefined && multiplied > fee.cap;
    const amount = { amount: capped ? (fee.cap ?? multiplied) : multiplied, currency: fee.amount.currency };
    const label = count > 1 ? `${fee.label} (× ${String(count)}${capped ? ', family cap' : ''})` : fee.label;
    const converted = convert(amount, currency);
    if (condition !== null) conditional.push({ label, amount, converted, payer: fee.payer, sourceId: fee.sourceId, condition, ...firm });
    else items.push({ label, amount, converted, payer: fee.payer, sourceId: fee.sourceId, optional: fee.optional === true, ...firm });
  }
  const total = (payer: CostItem['payer']) => ({
    amount: Math.round(items.filter(i => i.payer === payer && !i.optional).reduce((sum, i) => sum + (i.converted?.amount ?? 0), 0) * 100) / 100,
    currency,
  });
  for (const i of items) {
    if (!i.converted) unknown.push({ label: i.label, payer: i.payer, reason: `No exchange rate from ${i.amount.currency} to ${currency}; left out of the total.`, ...(i.firm && { firm: i.firm }) });
  }
  return {
    currency,
    items,
    totals: { applicant: total('applicant'), employer: total('employer') },
    unknown,
    conditional,
    fxSourceId: fxProvenance().sourceId,
    notes: [...notes],
  };
}
