/**
 * Which figures each route reads: the facts scoped to the route (`us-h1b.…`) and to its country
 * (`gb.…`), the only scopes a fact may have (the data set's tests hold every fact to one). Two sets
 * of facts that agree on a route's figures give it the same answers, so a saved comparison whose
 * routes read only unchanged figures need not run through the engine again.
 */
import type { FactDataSet } from '../../shared/facts/schema';
import type { Catalogue } from '../../shared/programs/catalogue';
import type { Database } from '../db/driver';

/** Route id → the JSON of the facts it can read. */
export type RouteFacts = ReadonlyMap<string, string>;

const scopeOf = (factId: string) => factId.split('.')[0] ?? '';

/** Each route's fact scopes: its own id and its country's code. */
function routeScopes(catalogue: Catalogue): Map<string, readonly string[]> {
  return new Map(catalogue.catalogues.flatMap(c => c.programs.map(p => [p.id, [p.id, c.country.toLowerCase()]] as const)));
}

const cache = new WeakMap<FactDataSet, RouteFacts>();

/** Each route's figures in a data set, as one comparable key per route. */
export function routeFacts(catalogue: Catalogue, dataSet: FactDataSet): RouteFacts {
  const known = cache.get(dataSet);
  if (known) return known;
  const byScope = new Map<string, FactDataSet['facts']>();
  for (const f of dataSet.facts) byScope.set(scopeOf(f.id), [...(byScope.get(scopeOf(f.id)) ?? []), f]);
  const out = new Map([...routeScopes(catalogue)].map(([id, scopes]) => [id, JSON.stringify(scopes.map(s => byScope.get(s) ?? []))]));
  cache.set(dataSet, out);
  return out;
}

/** A saved comparison as the check below needs it. */
export type SavedUnder = { createdAt: string; rulesVersion: string; programIds: readonly string[] };

/**
 * Whether the figures a saved comparison's routes read are still those it was made with, told from
 * the firm's history alone: the same rules label, no rule pack applied or rolled back since, and no
 * firm figure of those routes entered or reverted since. True means its stored results are the
 * engine's answer under today's figures, without running the engine (what keeps the first check of
 * a large firm's comparisons, after the app opens, cheap). A change at the very same instant counts
 * as after: when in doubt, the engine decides.
 */
export function figuresUnchangedSince(db: Database, catalogue: Catalogue): (saved: SavedUnder) => boolean {
  // Read on first use: most calls find every answer already checked.
  let history: { pack: string | null; latest: Map<string, string>; scopes: Map<string, readonly string[]> } | undefined;
  const read = () => {
    const pack = db.prepare<[], { at: string | null }>('SELECT max(at) AS at FROM rule_pack_log').get()?.at ?? null;
    const latest = new Map<string, string>();
    const rows = db.prepare<[], { factId: string; at: string }>('SELECT fact_id AS factId, max(created_at, coalesce(reverted_at, created_at)) AS at FROM fact_overrides').all();
    for (const r of rows) if ((latest.get(scopeOf(r.factId)) ?? '') < r.at) latest.set(scopeOf(r.factId), r.at);
    return { pack, latest, scopes: routeScopes(catalogue) };
  };
  return saved => {
    const { pack, latest, scopes } = (history ??= read());
    if (saved.rulesVersion !== catalogue.version || (pack !== null && pack >= saved.createdAt)) return false;
    return saved.programIds.every(id => {
      const own = scopes.get(id);
      // A route gone from the catalogue is an answer that changed.
      return own !== undefined && own.every(s => (latest.get(s) ?? '') < saved.createdAt);
    });
  };
}
