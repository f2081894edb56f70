/**
 * Test data sets: the shipped facts with one fee given a new version from a date, the firm's own
 * figure unless told otherwise. Built here rather than with the overrides code, so the catalogue's
 * tests stand on their own; the content hash is recomputed, as the app does for a changed data set.
 */
import { createHash } from 'node:crypto';
import { BUNDLED_FACTS } from '../../../../shared/facts/bundled';
import { contentHashInput, parseFactDataSet, type FactDataSet, type FactVersion } from '../../../../shared/facts/schema';

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export const FIRM = { by: 'A. Attorney', at: '2026-11-20T10:00:00Z', url: 'https://firm.example/fees-memo' } as const;

/** The shipped data set with `factId` changed to `version` from `version.effectiveFrom` on. */
export function withVersion(factId: string, version: Partial<FactVersion> & Pick<FactVersion, 'effectiveFrom' | 'value'>, base: FactDataSet = BUNDLED_FACTS): FactDataSet {
  const next: FactVersion = version.sourceId && version.sourceId !== 'firm'
    ? { asOf: version.effectiveFrom, confidence: 'confirmed', sourceId: version.sourceId, ...version }
    : { asOf: version.effectiveFrom, confidence: 'confirmed', sourceId: 'firm', firm: FIRM, ...version };
  if (!base.facts.some(f => f.id === factId)) throw new Error(`No fact ${factId} in the base data set`);
  const facts = base.facts.map(f => {
    if (f.id !== factId) return f;
    // The version in force before is cut to end the day before, and kept for earlier dates.
    const kept = f.versions
      .filter(v => v.effectiveFrom < next.effectiveFrom)
      .map(v => (v.effectiveTo === undefined || v.effectiveTo >= next.effectiveFrom ? { ...v, effectiveTo: dayBefore(next.effectiveFrom) } : v));
    return { ...f, versions: [...kept, next] };
  });
  const contentHash = createHash('sha256').update(contentHashInput(facts)).digest('hex');
  return parseFactDataSet({ ...base, contentHash, facts });
}
