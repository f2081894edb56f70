/**
 * Field-level differences between two versions of a record, for the audit trail: which fields a
 * change touched, each with its value before and after, named the way a lawyer reads a path
 * (`client.email`, `education[1].level`).
 */
import { formatPath } from './validation';

/** One changed field; `null` on one side means the field was unknown (absent or null) there. */
export type FieldDiff = { field: string; before: unknown; after: unknown };

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Arrays of records are compared element by element; arrays of plain values as one value. */
function isRecordArray(v: unknown): v is unknown[] {
  return Array.isArray(v) && v.length > 0 && v.every(isObject);
}

/**
 * Deep equality in the case file's own terms: absent and `null` both mean "unknown", so
 * `{ email: null }` equals `{}`; key order does not matter; array order does.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === y) return true;
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    return x.every((v, i) => sameValue(v, y[i]));
  }
  if (isObject(x) && isObject(y)) {
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    for (const k of keys) if (!sameValue(x[k], y[k])) return false;
    return true;
  }
  return false;
}

/** Null, or an array that can be compared element by element with an array of records. */
function listLike(v: unknown): v is unknown[] | null {
  return v === null || (Array.isArray(v) && (v.length === 0 || isRecordArray(v)));
}

function walk(path: PropertyKey[], a: unknown, b: unknown, out: FieldDiff[]): void {
  const x = a ?? null;
  const y = b ?? null;
  const start = out.length;
  if ((isObject(x) || x === null) && (isObject(y) || y === null) && (x !== null || y !== null)) {
    // Keys in the order they appear, the old record's first, so the trail follows the form.
    const keys = new Set([...Object.keys(x ?? {}), ...Object.keys(y ?? {})]);
    for (const k of keys) walk([...path, k], x?.[k], y?.[k], out);
  } else if ((isRecordArray(x) || isRecordArray(y)) && listLike(x) && listLike(y)) {
    const n = Math.max(x?.length ?? 0, y?.length ?? 0);
    for (let i = 0; i < n; i++) walk([...path, i], x?.[i], y?.[i], out);
  } else if (!sameValue(x, y)) {
    out.push({ field: formatPath(path), before: x, after: y });
    return;
  }
  // A record that appears or disappears with nothing known inside (`spouse: {}`, `children: [{}]`)
  // has no leaf to show, yet it is a change: record it whole.
  if (out.length === start && !sameValue(x, y)) out.push({ field: formatPath(path), before: x, after: y });
}

/**
 * The fields that differ between `before` and `after`, leaf by leaf, in document order.
 * Unchanged fields are omitted; a field added or removed shows `null` on the missing side.
 * `diffFields(null, record)` lists every known leaf of a new record, as after-only changes.
 */
export function diffFields(before: unknown, after: unknown): FieldDiff[] {
  const out: FieldDiff[] = [];
  walk([], before, after, out);
  return out;
}
