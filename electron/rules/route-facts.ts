/**
 * Which figures each route reads, as one comparable key per route: the facts scoped to the route
 * (`us-h1b.…`) and to its country (`gb.…`), the only scopes a fact may have (the data set's tests
 * hold every fact to one). Two data sets that give a route the same key give it the same answers,
 * so a saved comparison whose routes all kept their key need not be run through the engine again.
 */
import type { FactDataSet } from '../../shared/facts/schema';
import type { Catalogue } from '../../shared/programs/catalogue';

/** Route id → the JSON of the facts it can read. */
export type RouteFacts = ReadonlyMap<string, string>;

const cache = new WeakMap<FactDataSet, RouteFacts>();

export function routeFacts(catalogue: Catalogue, dataSet: FactDataSet): RouteFacts {
  const known = cache.get(dataSet);
  if (known) return known;
  const byScope = new Map<string, FactDataSet['facts']>();
  for (const f of dataSet.facts) {
    const scope = f.id.split('.')[0] ?? '';
    byScope.set(scope, [...(byScope.get(scope) ?? []), f]);
  }
  const out = new Map<string, string>();
  for (const c of catalogue.catalogues) {
    const country = byScope.get(c.country.toLowerCase()) ?? [];
    for (const p of c.programs) out.set(p.id, JSON.stringify([byScope.get(p.id) ?? [], country]));
  }
  cache.set(dataSet, out);
  return out;
}
