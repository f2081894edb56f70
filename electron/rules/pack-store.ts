/**
 * The applied rule pack and the one before it, in the firm database (migration 0011). Applying and
 * rolling back are each one write transaction that also writes the rule pack log, so a change and
 * its record commit together or not at all; every check runs inside it, against what is stored
 * once the write lock is held, so two processes cannot both apply over the same data set.
 */
import { incompleteRefusal, missingFacts, notNewerRefusal, PackRefused, type RulePack } from '../../shared/facts/pack';
import { parseFactDataSet, type FactDataSet } from '../../shared/facts/schema';
import type { Database } from '../db/driver';
import type { ChangeContext } from '../db/repos/case-repo';
import { writeTransaction } from '../db/write-transaction';

type Slot = 'installed' | 'previous';

type PackRow = {
  slot: Slot;
  source: 'pack' | 'shipped';
  label: string;
  content_hash: string;
  data_set: string | null;
  release_notes: string | null;
  published_at: string | null;
  key_id: string | null;
  applied_by: string | null;
  applied_at: string | null;
};

/** A stored pack: its data set, its envelope, and who applied it when. */
export type StoredPack = {
  source: 'pack';
  dataSet: FactDataSet;
  releaseNotes: string;
  publishedAt: string;
  keyId: string;
  appliedBy: string;
  appliedAt: string;
};

/** What a rollback would restore: a stored pack, or the rules shipped with the app (as labelled when replaced). */
export type PreviousRules = StoredPack | { source: 'shipped'; label: string; contentHash: string };

/** One line of the rule pack log. */
export type PackLogEntry = { at: string; actor: string; event: 'applied' | 'rolled-back'; fromLabel: string; toLabel: string; detail: string };

const selectSlot = (db: Database, slot: Slot) => db.prepare<[Slot], PackRow>('SELECT * FROM rule_packs WHERE slot = ?').get(slot);

function toStored(row: PackRow): StoredPack {
  const { data_set, release_notes, published_at, key_id, applied_by, applied_at } = row;
  if (data_set === null || release_notes === null || published_at === null || key_id === null || applied_by === null || applied_at === null) {
    throw new Error(`the ${row.slot} rule pack row is incomplete`);
  }
  // Validated again on the way out: a hand-edited row fails loudly here, not inside an assessment.
  return { source: 'pack', dataSet: parseFactDataSet(JSON.parse(data_set)), releaseNotes: release_notes, publishedAt: published_at, keyId: key_id, appliedBy: applied_by, appliedAt: applied_at };
}

/** The applied pack, or null when none is (the shipped rules are used). */
export function installedPack(db: Database): StoredPack | null {
  const row = selectSlot(db, 'installed');
  return row ? toStored(row) : null;
}

/** The applied pack's data set, or null: none applied, and the data set shipped with the app is used. */
export function installedDataSet(db: Database): FactDataSet | null {
  return installedPack(db)?.dataSet ?? null;
}

/** What `rules rollback` would restore, or null when there is nothing to go back to. */
export function previousRules(db: Database): PreviousRules | null {
  const row = selectSlot(db, 'previous');
  if (!row) return null;
  return row.source === 'shipped' ? { source: 'shipped', label: row.label, contentHash: row.content_hash } : toStored(row);
}

/** The rule pack log, oldest first. */
export function packLog(db: Database): PackLogEntry[] {
  return db
    .prepare<[], PackLogEntry>('SELECT at, actor, event, from_label AS fromLabel, to_label AS toLabel, detail FROM rule_pack_log ORDER BY id')
    .all();
}

function writeSlot(db: Database, slot: Slot, rules: PreviousRules): void {
  const insert = db.prepare(
    `INSERT INTO rule_packs (slot, source, label, content_hash, data_set, release_notes, published_at, key_id, applied_by, applied_at)
     VALUES (@slot, @source, @label, @contentHash, @dataSet, @releaseNotes, @publishedAt, @keyId, @appliedBy, @appliedAt)`,
  );
  if (rules.source === 'shipped') {
    insert.run({ slot, source: 'shipped', label: rules.label, contentHash: rules.contentHash, dataSet: null, releaseNotes: null, publishedAt: null, keyId: null, appliedBy: null, appliedAt: null });
    return;
  }
  const { dataSet, releaseNotes, publishedAt, keyId, appliedBy, appliedAt } = rules;
  insert.run({ slot, source: 'pack', label: dataSet.label, contentHash: dataSet.contentHash, dataSet: JSON.stringify(dataSet), releaseNotes, publishedAt, keyId, appliedBy, appliedAt });
}

function log(db: Database, ctx: ChangeContext, event: PackLogEntry['event'], fromLabel: string, toLabel: string, detail: string): void {
  db.prepare('INSERT INTO rule_pack_log (at, actor, event, from_label, to_label, detail) VALUES (?, ?, ?, ?, ?, ?)').run(ctx.now.toISOString(), ctx.actor, event, fromLabel, toLabel, detail);
}

const describeRules = (r: PreviousRules) => (r.source === 'shipped' ? `the rules shipped with the app (version ${r.label})` : `rule pack ${r.dataSet.label}`);

/**
 * The checks a pack must pass against what this firm uses now, before it may be applied: newer than
 * the data set in use (the applied pack's, else the shipped one), and holding every fact the shipped
 * rules ask for. Throws PackRefused; reads only.
 */
export function checkApplicable(db: Database, pack: RulePack, shipped: FactDataSet): void {
  const installed = installedPack(db);
  const inUse = installed ? { label: installed.dataSet.label, shipped: false } : { label: shipped.label, shipped: true };
  const refusal = notNewerRefusal(pack.dataSet, inUse) ?? incompleteRefusal(missingFacts(shipped, pack.dataSet));
  if (refusal) throw refusal;
}

/**
 * Applies a verified pack: it becomes the installed data set, and the one it replaces (the applied
 * pack, or the shipped rules) is kept as the previous one. `summary` (the diff in a few words) goes
 * into the log line. Throws PackRefused, with nothing changed, if the pack is not applicable.
 */
export function applyPack(db: Database, pack: RulePack, shipped: FactDataSet, ctx: ChangeContext, summary: string): StoredPack {
  return writeTransaction(db, () => {
    checkApplicable(db, pack, shipped);
    const installed = installedPack(db);
    const replaced: PreviousRules = installed ?? { source: 'shipped', label: shipped.label, contentHash: shipped.contentHash };
    const applied: StoredPack = {
      source: 'pack',
      dataSet: pack.dataSet,
      releaseNotes: pack.releaseNotes,
      publishedAt: pack.publishedAt,
      keyId: pack.keyId,
      appliedBy: ctx.actor,
      appliedAt: ctx.now.toISOString(),
    };
    db.prepare('DELETE FROM rule_packs').run();
    writeSlot(db, 'previous', replaced);
    writeSlot(db, 'installed', applied);
    log(db, ctx, 'applied', installed ? installed.dataSet.label : shipped.label, pack.dataSet.label, `Applied rule pack ${pack.dataSet.label} (published ${pack.publishedAt.slice(0, 10)}) in place of ${describeRules(replaced)}: ${summary}.`);
    return applied;
  })();
}

/**
 * Restores the previous data set exactly (the stored pack, or the shipped rules). Only one step back
 * is kept: afterwards there is no previous one until the next pack is applied. Throws PackRefused
 * when there is nothing to roll back, with nothing changed.
 */
export function rollbackPack(db: Database, ctx: ChangeContext): { from: StoredPack; to: PreviousRules } {
  return writeTransaction(db, () => {
    const installed = installedPack(db);
    if (!installed) throw new PackRefused('nothing-to-roll-back', 'No rule pack is applied: the app already uses the rules it shipped with. Nothing was changed.');
    const previous = previousRules(db);
    if (!previous) {
      throw new PackRefused('nothing-to-roll-back', `Rule pack ${installed.dataSet.label} is applied and the rules before it were already restored once; only one step back is kept. Nothing was changed.`);
    }
    db.prepare('DELETE FROM rule_packs').run();
    if (previous.source === 'pack') writeSlot(db, 'installed', previous);
    const toLabel = previous.source === 'pack' ? previous.dataSet.label : previous.label;
    log(db, ctx, 'rolled-back', installed.dataSet.label, toLabel, `Rolled back rule pack ${installed.dataSet.label}; ${describeRules(previous)} restored.`);
    return { from: installed, to: previous };
  })();
}
