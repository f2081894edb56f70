/**
 * Costs by payer: each fee whose condition holds, multiplied per person where the fee says so,
 * converted to the chosen currency with the original kept beside it. A fee whose condition cannot
 * be decided (employer size not recorded…) or whose amount is unknown is listed, not guessed.
 */
import type { Fee, Program } from '../programs/types';
import { evaluateCondition, type ConditionContext } from './conditions';
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

export function costsFor(program: Program, ctx: ConditionContext, currency: string): Costs {
  const items: CostItem[] = [];
  const unknown: Costs['unknown'] = [];
  const notes = new Set<string>();
  for (const fee of program.fees) {
    const count = feeCount(fee.per, ctx);
    if (count === 0) continue; // a per-child fee with no accompanying child
    const verdict = fee.when ? evaluateCondition(fee.when, ctx) : { status: 'met' as const, reason: '' };
    if (verdict.status === 'not-met') {
      if (fee.notChargedNote) notes.add(fee.notChargedNote);
      continue;
    }
    if (verdict.status === 'unknown') {
      unknown.push({ label: fee.label, payer: fee.payer, reason: `May apply: ${verdict.reason}` });
      continue;
    }
    if (!fee.amount) {
      unknown.push({ label: fee.label, payer: fee.payer, reason: fee.unknown ?? 'Amount not published.' });
      continue;
    }
    const multiplied = fee.amount.amount * count;
    const capped = fee.cap !== undefined && multiplied > fee.cap;
    const amount = { amount: capped ? (fee.cap ?? multiplied) : multiplied, currency: fee.amount.currency };
    const label = count > 1 ? `${fee.label} (× ${String(count)}${capped ? ', family cap' : ''})` : fee.label;
    items.push({ label, amount, converted: convert(amount, currency), payer: fee.payer, sourceId: fee.sourceId, optional: fee.optional === true });
  }
  const total = (payer: CostItem['payer']) => ({
    amount: Math.round(items.filter(i => i.payer === payer && !i.optional).reduce((sum, i) => sum + (i.converted?.amount ?? 0), 0) * 100) / 100,
    currency,
  });
  for (const i of items) {
    if (!i.converted) unknown.push({ label: i.label, payer: i.payer, reason: `No exchange rate from ${i.amount.currency} to ${currency}; left out of the total.` });
  }
  return {
    currency,
    items,
    totals: { applicant: total('applicant'), employer: total('employer') },
    unknown,
    fxSourceId: fxProvenance().sourceId,
    notes: [...notes],
  };
}
