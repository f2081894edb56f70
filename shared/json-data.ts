/**
 * The deepest nesting accepted where free-form JSON is stored as given (an intake draft). The
 * intake itself is five levels deep; SQLite's JSON functions refuse over 1,000 levels, and
 * JSON.stringify runs out of stack long before 100,000.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * The first reason `value` cannot be stored as JSON, with its path inside `value`, or null:
 * nesting deeper than `maxDepth` (a cycle counts as endless nesting), or a value JSON has no
 * spelling for (a bigint, a symbol, a function). Walks without recursion, so no input can
 * overflow the stack.
 */
export function jsonDataProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): { path: PropertyKey[]; message: string } | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const v = item.value;
    const kind = typeof v;
    if (kind === 'bigint' || kind === 'symbol' || kind === 'function') {
      return { path: item.path, message: `expected JSON data, not a ${kind}` };
    }
    if (kind !== 'object' || v === null) continue;
    if (item.path.length >= maxDepth) {
      return { path: item.path, message: `nested more than ${String(maxDepth)} levels deep` };
    }
    // Array.from, not map: map skips the holes of a sparse array.
    const entries: [PropertyKey, unknown][] = Array.isArray(v) ? Array.from(v as unknown[], (x, i) => [i, x]) : Object.entries(v as object);
    for (const [key, child] of entries) stack.push({ value: child, path: [...item.path, key] });
  }
  return null;
}
