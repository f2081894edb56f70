/**
 * The firm's effective data set with its own identity: overrides laid over the base (shared/facts/
 * overrides.ts), then the content hash recomputed over the resulting facts, here because hashing
 * needs Node's crypto. The label stays the base's, so "rules as of <date>" still reads from it,
 * while `rulesIdentity` tells an overridden data set from the base it was made from.
 */
import { withOverrides, type FactOverride } from '../../shared/facts/overrides';
import { rulesIdentity, type FactDataSet } from '../../shared/facts/schema';
import { factsHash } from './pack-crypto';

/** `base` with `overrides` laid over it and its content hash recomputed. */
export function effectiveDataSet(base: FactDataSet, overrides: readonly FactOverride[]): FactDataSet {
  if (overrides.length === 0) return base;
  const laid = withOverrides(base, overrides);
  return { ...laid, contentHash: factsHash(laid) };
}

/** The identity (`label+hash12`) of the firm's effective data set. */
export function effectiveRulesIdentity(base: FactDataSet, overrides: readonly FactOverride[]): string {
  return rulesIdentity(effectiveDataSet(base, overrides));
}
