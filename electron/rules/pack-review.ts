/**
 * The steps of importing a rule pack that the CLI (and later the app) share: verify the file, show
 * what it would change against the data set this firm uses now, apply it, roll back.
 */
import { diffDataSets, summarizeDiff, type DataSetDiff } from '../../shared/facts/pack-diff';
import type { RulePack } from '../../shared/facts/pack';
import type { FactDataSet } from '../../shared/facts/schema';
import type { Database } from '../db/driver';
import type { ChangeContext } from '../db/repos/case-repo';
import { savedComparisonRefs } from './pack-affected';
import { applyPack, installedDataSet, type StoredPack } from './pack-store';

/** The data set a pack is compared with: the applied pack's, else the shipped one. */
export function dataSetInUse(db: Database, shipped: FactDataSet): { dataSet: FactDataSet; shipped: boolean } {
  const installed = installedDataSet(db);
  return installed ? { dataSet: installed, shipped: false } : { dataSet: shipped, shipped: true };
}

/** What `pack` would change for this firm: fact by fact, and the saved comparisons it may affect. */
export function reviewPack(db: Database, pack: RulePack, shipped: FactDataSet): DataSetDiff {
  return diffDataSets(dataSetInUse(db, shipped).dataSet, pack.dataSet, savedComparisonRefs(db));
}

/** Applies a verified pack, logging its diff in words; throws PackRefused with nothing changed if it may not be. */
export function applyReviewedPack(db: Database, pack: RulePack, shipped: FactDataSet, ctx: ChangeContext): { applied: StoredPack; diff: DataSetDiff } {
  const diff = reviewPack(db, pack, shipped);
  return { applied: applyPack(db, pack, shipped, ctx, summarizeDiff(diff)), diff };
}
