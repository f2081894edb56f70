/**
 * Reading and writing a case-file draft by field path (`education[1].level`), immutably. The same
 * path strings appear in validation issues, the engine's missing-fact lists and the audit trail, so
 * a message can always be put beside the field it is about.
 */

type Key = string | number;

/** Splits `education[1].level` into `['education', 1, 'level']`. */
export function parsePath(path: string): Key[] {
  const keys: Key[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) continue;
    if (m[1]) keys.push(m[1]);
    for (const idx of (m[2] ?? '').matchAll(/\[(\d+)\]/g)) keys.push(Number(idx[1]));
  }
  return keys;
}

/** The value at `path`, or undefined. */
export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const k of parsePath(path)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<Key, unknown>)[k];
  }
  return cur;
}

/**
 * A copy of `obj` with `value` at `path`. `undefined` removes the key (the fact becomes unknown),
 * so a cleared field is never stored as an empty string.
 */
export function setPath<T>(obj: T, path: string, value: unknown): T {
  const keys = parsePath(path);
  const write = (node: unknown, i: number): unknown => {
    const key = keys[i];
    if (key === undefined) return value;
    const base: Record<Key, unknown> | unknown[] =
      Array.isArray(node) ? [...(node as unknown[])] : node && typeof node === 'object' ? { ...(node as Record<Key, unknown>) } : typeof key === 'number' ? [] : {};
    const next = write((base as Record<Key, unknown>)[key], i + 1);
    if (next === undefined && !Array.isArray(base)) Reflect.deleteProperty(base, key);
    else (base as Record<Key, unknown>)[key] = next;
    return base;
  };
  return write(obj, 0) as T;
}

/** A DOM id for the control of a path: `f-education-1-level`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`;
}
