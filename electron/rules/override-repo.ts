/**
 * The firm's figures in the firm database (migration 0011): entering one and reverting one, each in
 * one write transaction with its firm-level audit row in words; the active ones, which are laid
 * over the base data set (shared/facts/overrides.ts); and every fact's history, reverted ones too.
 */
import { randomUUID } from 'node:crypto';
import { factAt } from '../../shared/facts/resolve';
import { overrideVersion, withOverrides, type FactOverride } from '../../shared/facts/overrides';
import type { FactDataSet } from '../../shared/facts/schema';
import { AdvisorError } from '../../shared/result';
import type { Database } from '../db/driver';
import { writeTransaction } from '../db/write-transaction';
import { checkFactId, type OverrideInput } from './override-input';
import { overrideWords, revertWords } from './override-words';

/** A stored firm figure with, once reverted, who reverted it and when. */
export type StoredOverride = FactOverride & { revertedAt: string | null; revertedBy: string | null };

/** Who acts (the user name from Settings; null when none is set) and when. */
export type OverrideContext = { by: string | null; now: Date };

/** A firm-level audit row: when, who, and what happened, in words. */
export type FirmAuditRow = { at: string; actor: string; action: 'create' | 'update'; words: string };

type Row = {
  id: string;
  fact_id: string;
  value: number | null;
  unknown_reason: string | null;
  effective_from: string;
  source_url: string | null;
  note: string | null;
  attorney: string;
  created_at: string;
  reverted_at: string | null;
  reverted_by: string | null;
};

const COLUMNS = 'id, fact_id, value, unknown_reason, effective_from, source_url, note, attorney, created_at, reverted_at, reverted_by';
const ORDER = 'ORDER BY created_at, rowid';

/** A row as the override laid over a data set. */
function toOverride(r: Row): FactOverride {
  return {
    id: r.id,
    factId: r.fact_id,
    value: r.value,
    ...(r.unknown_reason !== null && { unknown: r.unknown_reason }),
    effectiveFrom: r.effective_from,
    ...(r.source_url !== null && { url: r.source_url }),
    ...(r.note !== null && { note: r.note }),
    by: r.attorney,
    at: r.created_at,
  };
}

/** A row with, once reverted, who reverted it and when. */
const toStored = (r: Row): StoredOverride => ({ ...toOverride(r), revertedAt: r.reverted_at, revertedBy: r.reverted_by });

/** The firm's figures in force now (not reverted), in the order they were entered. */
export function activeOverrides(db: Database): FactOverride[] {
  return db.prepare<[], Row>(`SELECT ${COLUMNS} FROM fact_overrides WHERE reverted_at IS NULL ${ORDER}`).all().map(toOverride);
}

/** Every firm figure ever entered for `factId`, reverted ones too, oldest first. */
export function overrideHistory(db: Database, factId: string): StoredOverride[] {
  return db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM fact_overrides WHERE fact_id = ? ${ORDER}`).all(factId).map(toStored);
}

/** Every firm figure ever entered, reverted ones too, oldest first. */
export function allOverrides(db: Database): StoredOverride[] {
  return db.prepare<[], Row>(`SELECT ${COLUMNS} FROM fact_overrides ${ORDER}`).all().map(toStored);
}

/** The firm-level audit rows (figures entered and reverted), oldest first. */
export function firmAuditRows(db: Database): FirmAuditRow[] {
  return db.prepare<[], FirmAuditRow>("SELECT at, actor, action, note AS words FROM audit_log WHERE entity = 'firm' ORDER BY id").all();
}

/** The attorney's name, or a refusal saying where to set it: a firm figure must say who stands behind it. */
function attorney(ctx: OverrideContext): string {
  const by = ctx.by?.trim();
  if (!by) {
    throw new AdvisorError(
      'bad-input',
      'Firm figures carry the name of the attorney who enters or reverts them, and no name is set. Set yours in the app under Settings → Your name, then try again. Nothing was changed.',
    );
  }
  return by;
}

function recordAudit(db: Database, row: { at: string; actor: string; action: 'create' | 'update'; overrideId: string; words: string; after: unknown }): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, case_id, before, after, note, changes)
     VALUES (@at, @actor, @action, 'firm', @overrideId, NULL, NULL, @after, @words, NULL)`,
  ).run({ ...row, after: JSON.stringify(row.after) });
}

/**
 * Stores a checked firm figure over `base` (the pack's data set, else the shipped one) and audits it
 * in words, with the figure it replaces on its effective date; all in one write transaction.
 */
export function addOverride(db: Database, base: FactDataSet, input: OverrideInput, ctx: OverrideContext): { override: StoredOverride; words: string } {
  const by = attorney(ctx);
  checkFactId(input.factId, base);
  const laid: FactOverride = { id: randomUUID(), ...input, by, at: ctx.now.toISOString() };
  const stored: StoredOverride = { ...laid, revertedAt: null, revertedBy: null };
  return writeTransaction(db, () => {
    const before = factAt(withOverrides(base, activeOverrides(db)), input.factId, input.effectiveFrom);
    db.prepare(
      `INSERT INTO fact_overrides (${COLUMNS})
       VALUES (@id, @factId, @value, @unknown, @effectiveFrom, @url, @note, @by, @at, NULL, NULL)`,
    ).run({ unknown: null, url: null, note: null, ...laid });
    const words = overrideWords(before.fact, before, overrideVersion(laid));
    recordAudit(db, { at: stored.at, actor: by, action: 'create', overrideId: stored.id, words, after: laid });
    return { override: stored, words };
  })();
}

/**
 * Reverts every active firm figure of `factId`, newest first, so the fact is the base's again;
 * each reverted figure gets its audit row, saying what the fact is again on its date. One write
 * transaction. Refused (not found) when the fact has no active firm figure.
 */
export function revertFact(db: Database, base: FactDataSet, factId: string, ctx: OverrideContext): { reverted: StoredOverride; words: string }[] {
  const by = attorney(ctx);
  checkFactId(factId, base);
  const at = ctx.now.toISOString();
  return writeTransaction(db, () => {
    let active = activeOverrides(db);
    const mine = active.filter(o => o.factId === factId).reverse();
    if (mine.length === 0) throw new AdvisorError('not-found', `The fact "${factId}" has no firm figure to revert; rules overrides lists those in force.`, 'factId');
    const update = db.prepare('UPDATE fact_overrides SET reverted_at = ?, reverted_by = ? WHERE id = ?');
    return mine.map(o => {
      update.run(at, by, o.id);
      active = active.filter(a => a.id !== o.id);
      const after = factAt(withOverrides(base, active), factId, o.effectiveFrom);
      const words = revertWords(after.fact, overrideVersion(o), after);
      recordAudit(db, { at, actor: by, action: 'update', overrideId: o.id, words, after: { revertedAt: at, revertedBy: by } });
      return { reverted: { ...o, revertedAt: at, revertedBy: by }, words };
    });
  })();
}
