/**
 * The firm's effective data set with its own identity: overrides laid over the base (shared/facts/
 * overrides.ts), then the content hash recomputed over the resulting facts, here because hashing
 * needs Node's crypto. The label stays the base's, so "rules as of <date>" still reads from it,
 * while `rulesIdentity` tells an overridden data set from the base it was made from.
 */
import { createHash } from 'node:crypto';
import { withOverrides, type FactOverride } from '../../shared/facts/overrides';
import { contentHashInput, rulesIdentity, type FactDataSet, type FactRecord } from '../../shared/facts/schema';

/** SHA-256 (hex) of `facts` in canonical form: what a data set's `contentHash` must be. */
export function factsHash(facts: readonly FactRecord[]): string {
  return createHash('sha256').update(contentHashInput(facts), 'utf8').digest('hex');
}

/** `base` with `overrides` laid over it and its content hash recomputed. */
export function effectiveDataSet(base: FactDataSet, overrides: readonly FactOverride[]): FactDataSet {
  if (overrides.length === 0) return base;
  const laid = withOverrides(base, overrides);
  return { ...laid, contentHash: factsHash(laid.facts) };
}

/** The identity (`label+hash12`) of the firm's effective data set. */
export function effectiveRulesIdentity(base: FactDataSet, overrides: readonly FactOverride[]): string {
  return rulesIdentity(effectiveDataSet(base, overrides));
}
