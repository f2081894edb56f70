/**
 * What a rule pack would change, worked out before anything changes (issue 17, item 3): fact by
 * fact, old → new, with values, dates and sources; the new facts and the programmes that are new;
 * facts the pack lacks; and which saved comparisons, and which open cases holding them, it may
 * affect. Pure: the caller reads the saved comparisons from the database.
 */
import type { FactDataSet, FactRecord, FactVersion } from './schema';
import { canonicalJson } from './schema';

/** One version of a fact that differs, matched by the day it takes effect; null where absent on that side. */
export type VersionChange = { effectiveFrom: string; before: FactVersion | null; after: FactVersion | null };

/** A fact's own description that differs (what it is, its unit, who pays). */
export type AttributeChange = { field: 'kind' | 'label' | 'unit' | 'payer' | 'introduced'; before: string | null; after: string | null };

export type FactChange = { id: string; label: string; scope: string; attributes: AttributeChange[]; versions: VersionChange[] };

/** What the diff needs of a saved comparison, and of its case. */
export type SavedComparisonRef = {
  id: string;
  caseId: string;
  caseReference: string;
  clientName: string;
  /** The case is open: not closed and not in the Trash. */
  caseOpen: boolean;
  createdAt: string;
  programIds: readonly string[];
};

export type AffectedComparison = SavedComparisonRef & {
  /** The programmes of the comparison that the pack touches. */
  touched: string[];
};

export type AffectedCase = { caseId: string; caseReference: string; clientName: string; comparisons: number };

export type DataSetDiff = {
  from: { label: string; contentHash: string };
  to: { label: string; contentHash: string };
  changed: FactChange[];
  added: FactRecord[];
  /** Scopes (programmes or countries) none of whose facts the old data set had. */
  newScopes: string[];
  /** Facts the old data set has and the new one lacks: a pack with any is refused. */
  missing: FactRecord[];
  comparisons: AffectedComparison[];
  openCases: AffectedCase[];
};

/** The programme (or country) a fact belongs to: its id before the dot. */
export const factScope = (factId: string): string => factId.slice(0, factId.indexOf('.'));

/** Whether a fact of `scope` bears on programme `programId`: its own, or a programme of that country (`gb` → `gb-…`). */
export function scopeCovers(scope: string, programId: string): boolean {
  return programId === scope || (!scope.includes('-') && programId.startsWith(`${scope}-`));
}

const ATTRIBUTES: readonly AttributeChange['field'][] = ['kind', 'label', 'unit', 'payer', 'introduced'];
const attr = (f: FactRecord, field: AttributeChange['field']): string | null => {
  const v = f[field];
  return v === undefined ? null : String(v);
};
const sameVersion = (a: FactVersion, b: FactVersion) => canonicalJson(a) === canonicalJson(b);

function versionChanges(before: readonly FactVersion[], after: readonly FactVersion[]): VersionChange[] {
  const starts = [...new Set([...before, ...after].map(v => v.effectiveFrom))].sort();
  return starts.flatMap(start => {
    const b = before.find(v => v.effectiveFrom === start) ?? null;
    const a = after.find(v => v.effectiveFrom === start) ?? null;
    return b && a && sameVersion(a, b) ? [] : [{ effectiveFrom: start, before: b, after: a }];
  });
}

function factChange(before: FactRecord, after: FactRecord): FactChange | null {
  const attributes = ATTRIBUTES.flatMap(field => (attr(before, field) === attr(after, field) ? [] : [{ field, before: attr(before, field), after: attr(after, field) }]));
  const versions = versionChanges(before.versions, after.versions);
  if (attributes.length === 0 && versions.length === 0) return null;
  return { id: after.id, label: after.label, scope: factScope(after.id), attributes, versions };
}

/** The pack's changes from `from` to `to`, and the saved comparisons among `saved` they may affect. */
export function diffDataSets(from: FactDataSet, to: FactDataSet, saved: readonly SavedComparisonRef[]): DataSetDiff {
  const old = new Map(from.facts.map(f => [f.id, f]));
  const next = new Set(to.facts.map(f => f.id));
  const changed: FactChange[] = [];
  const added: FactRecord[] = [];
  for (const f of to.facts) {
    const before = old.get(f.id);
    if (!before) added.push(f);
    else {
      const change = factChange(before, f);
      if (change) changed.push(change);
    }
  }
  const missing = from.facts.filter(f => !next.has(f.id));
  const oldScopes = new Set(from.facts.map(f => factScope(f.id)));
  const newScopes = [...new Set(added.map(f => factScope(f.id)))].filter(s => !oldScopes.has(s));

  const touchedScopes = [...new Set([...changed.map(c => c.scope), ...added, ...missing].map(x => (typeof x === 'string' ? x : factScope(x.id))))];
  const comparisons = saved.flatMap(s => {
    const touched = s.programIds.filter(p => touchedScopes.some(scope => scopeCovers(scope, p)));
    return touched.length > 0 ? [{ ...s, touched }] : [];
  });
  const cases = new Map<string, AffectedCase>();
  for (const c of comparisons) {
    if (!c.caseOpen) continue;
    const seen = cases.get(c.caseId);
    cases.set(c.caseId, { caseId: c.caseId, caseReference: c.caseReference, clientName: c.clientName, comparisons: (seen?.comparisons ?? 0) + 1 });
  }
  return {
    from: { label: from.label, contentHash: from.contentHash },
    to: { label: to.label, contentHash: to.contentHash },
    changed,
    added,
    newScopes,
    missing,
    comparisons,
    openCases: [...cases.values()],
  };
}

const plural = (n: number, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;

/** The diff in a few words, for the log and the line after applying: "3 figures changed, 1 new; 2 saved comparisons may be affected". */
export function summarizeDiff(diff: DataSetDiff): string {
  const parts = [plural(diff.changed.length, 'figure changed', 'figures changed'), plural(diff.added.length, 'new figure', 'new figures')];
  if (diff.newScopes.length > 0) parts.push(plural(diff.newScopes.length, 'new programme or country', 'new programmes or countries'));
  if (diff.missing.length > 0) parts.push(plural(diff.missing.length, 'figure missing', 'figures missing'));
  return `${parts.join(', ')}; ${plural(diff.comparisons.length, 'saved comparison', 'saved comparisons')} may be affected`;
}
