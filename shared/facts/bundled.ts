/**
 * The data set shipped with the app, validated when first loaded: a bad edit fails loudly, naming
 * the field, rather than reaching an assessment.
 */
import type { Fee } from '../programs/types';
import raw from './data/facts.json' with { type: 'json' };
import { factFees, type FeeRule, type FeeScaling } from './fees';
import { parseFactDataSet, type FactDataSet } from './schema';

export const BUNDLED_FACTS: FactDataSet = parseFactDataSet(raw);

/** A programme's fee whose amounts and dates are fact `factId` of the shipped data set. */
export function shippedFees(factId: string, rule: FeeRule, scaling?: FeeScaling): Fee[] {
  return factFees(BUNDLED_FACTS, factId, rule, scaling);
}
