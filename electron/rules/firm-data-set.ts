/**
 * The one answer to "which figures does this firm use now": the applied rule pack's data set (else
 * the one shipped with the app), with the firm's own figures laid over it. Saved comparisons, memos,
 * the app's live comparison and the CLI all take their catalogue from here, so a pack, an override
 * or a revert reaches every one of them at once.
 */
import { BUNDLED_FACTS } from '../../shared/facts/bundled';
import { rulesIdentity, type FactDataSet } from '../../shared/facts/schema';
import { buildCatalogue, type Catalogue } from '../../shared/programs/catalogue';
import type { Database } from '../db/driver';
import { activeOverrides } from './override-repo';
import { effectiveDataSet } from './override-hash';
import { dataSetInUse } from './pack-review';

export type FirmFacts = {
  /** The data set before the firm's figures: the applied pack's, or the shipped one. */
  base: FactDataSet;
  origin: 'catalogue' | 'pack';
  /** The base with the firm's figures laid over it: what every assessment uses. */
  dataSet: FactDataSet;
  /** Label + content hash of `dataSet`: changes with any pack, override or revert. */
  identity: string;
  catalogue: Catalogue;
};

/** What the answer depends on, read in one cheap query: the applied pack and the state of the firm's figures. */
const FINGERPRINT = `SELECT
  (SELECT content_hash FROM rule_packs WHERE slot = 'installed') AS pack,
  (SELECT count(*) || ':' || coalesce(max(rowid), 0) || ':' || count(reverted_at) FROM fact_overrides) AS firm`;

const fingerprintOf = (db: Database) => db.prepare<[], { pack: string | null; firm: string }>(FINGERPRINT);

/** Per connection: its prepared fingerprint query, and the last answer with the fingerprint it was for. */
const cached = new WeakMap<Database, { fingerprint: ReturnType<typeof fingerprintOf>; key?: string; facts?: FirmFacts }>();

/** The firm's facts now; rebuilt only when a pack or a firm figure has changed since the last call. */
export function firmFacts(db: Database): FirmFacts {
  const entry = cached.get(db) ?? { fingerprint: fingerprintOf(db) };
  cached.set(db, entry);
  const row = entry.fingerprint.get();
  if (!row) throw new Error('the firm facts fingerprint query returned no row');
  const key = `${row.pack ?? 'shipped'}|${row.firm}|${BUNDLED_FACTS.contentHash}`;
  if (entry.key === key && entry.facts) return entry.facts;
  const { dataSet: base, shipped } = dataSetInUse(db, BUNDLED_FACTS);
  const dataSet = effectiveDataSet(base, activeOverrides(db));
  const facts: FirmFacts = { base, origin: shipped ? 'catalogue' : 'pack', dataSet, identity: rulesIdentity(dataSet), catalogue: buildCatalogue(dataSet) };
  entry.key = key;
  entry.facts = facts;
  return facts;
}
