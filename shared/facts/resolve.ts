/**
 * Picking a fact's value for an assessment date. The same rule as every other dated item in the
 * catalogue (programs/effective.ts): a version holds from its first day to its last, both inclusive.
 */
import { periodAt } from '../programs/effective';
import type { FactDataSet, FactRecord, FactVersion } from './schema';

/**
 * What a fact is on a date: the version in force; or none yet (before the first version, or in a
 * gap between two), with the next version; or none any more, after the last version ended.
 */
export type FactAt =
  | { state: 'in-force'; fact: FactRecord; version: FactVersion }
  | { state: 'not-yet'; fact: FactRecord; next: FactVersion }
  | { state: 'ended'; fact: FactRecord; last: FactVersion };

/** The fact `id` by itself; a missing id is a defect in the rules or the pack, so it throws naming the id. */
export function factById(dataSet: FactDataSet, id: string): FactRecord {
  const fact = dataSet.facts.find(f => f.id === id);
  if (!fact) throw new Error(`The facts data set ${dataSet.label} has no fact ${id}`);
  return fact;
}

/** The version of fact `id` in force on `asOf` (`YYYY-MM-DD`), or why there is none. */
export function factAt(dataSet: FactDataSet, id: string, asOf: string): FactAt {
  const fact = factById(dataSet, id);
  // The schema guarantees at least one version, oldest first, none overlapping.
  const at = periodAt(fact.versions, asOf, v => ({ from: v.effectiveFrom, to: v.effectiveTo }));
  switch (at.state) {
    case 'in-force':
      return { state: 'in-force', fact, version: at.item };
    case 'not-yet':
      return { state: 'not-yet', fact, next: at.next };
    case 'ended':
      return { state: 'ended', fact, last: at.last };
  }
}
