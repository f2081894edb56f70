/**
 * fast-check generators of hostile input: anything at all, wrong types, huge strings, lone
 * surrogates, prototype-pollution keys, deep nesting; and structured mutations of a valid input
 * (drop a key, replace a value, add an unknown key) anywhere inside it.
 */
import fc from 'fast-check';
import { HOSTILE } from '../../hostile-strings';

/** Keys that pollute prototypes when code merges objects carelessly. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'] as const;

const MEGABYTE = 'x'.repeat(1024 * 1024);
/** Strings made of any UTF-16 code unit, so lone surrogates and controls turn up. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map(n => String.fromCharCode(n)), maxLength: 40 });

/** `depth` objects (or arrays) each holding the next. */
function nested(depth: number, arrays: boolean): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
  return v;
}

/** Sets `key` as an own data property, even `__proto__` (plain assignment would set the prototype). */
function setOwn(target: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `{ key: value }` with `key` as an own property, as JSON.parse makes it. */
function withOwnKey(key: string, value: unknown): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  setOwn(o, key, value);
  return o;
}

const key = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 12 }), codeUnits);

/** One hostile value: of any type, size or shape. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    key,
    maxDepth: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    stringUnit: 'binary',
  }),
  fc.constantFrom<unknown>(null, undefined, NaN, Infinity, -Infinity, -0, 0, -1, 1.5, 2 ** 53, 1e308, true, false, '', ' ', '\u0000', [], {}, MEGABYTE),
  fc.constantFrom(...Object.values(HOSTILE)),
  codeUnits,
  fc.tuple(fc.integer({ min: 2, max: 1500 }), fc.boolean()).map(([depth, arrays]) => nested(depth, arrays)),
  fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom<unknown>({ polluted: true }, 'polluted', null)).map(([k, v]) => withOwnKey(k, v)),
  fc.integer({ min: 0, max: 20 }).map(n => Array.from({ length: 10 ** Math.min(n, 5) }, () => 'item')),
);

/** A random input shaped like an object whose keys may be the method's own, prototype keys or noise. */
export function objectLike(knownKeys: readonly string[]): fc.Arbitrary<unknown> {
  const k = knownKeys.length > 0 ? fc.oneof(fc.constantFrom(...knownKeys), key) : key;
  return fc.array(fc.tuple(k, hostileValue), { maxLength: 6 }).map(entries => {
    const o: Record<string, unknown> = {};
    for (const [name, value] of entries) setOwn(o, name, value);
    return o;
  });
}

/** One change to a valid input, at a node chosen by `at` (an index into the input's nodes). */
export type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'add'; at: number; key: string; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key, value: hostileValue }),
);

type Node = { parent: Record<PropertyKey, unknown> | unknown[] | null; key: PropertyKey; value: unknown };

/** Every node of a JSON-like value, root first. */
function nodes(root: unknown): Node[] {
  const out: Node[] = [{ parent: null, key: '', value: root }];
  for (let i = 0; i < out.length; i++) {
    const v = out[i]?.value;
    if (Array.isArray(v)) v.forEach((child, k) => out.push({ parent: v, key: k, value: child }));
    else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) out.push({ parent: v as Record<string, unknown>, key: k, value: child });
    }
  }
  return out;
}

/**
 * `valid` with one mutation applied, on a copy. A mutation with nowhere to go (nothing to drop in
 * `{}`, no object to add to) replaces the whole input instead, so every mutation changes something.
 */
export function mutate(valid: unknown, m: Mutation): unknown {
  const copy = structuredClone(valid);
  const all = nodes(copy);
  const pick = (list: Node[]) => list[m.at % list.length];
  if (m.kind === 'drop') {
    const target = pick(all.filter(n => n.parent !== null));
    if (!target?.parent) return undefined;
    if (Array.isArray(target.parent)) target.parent.splice(Number(target.key), 1);
    else Reflect.deleteProperty(target.parent, target.key);
    return copy;
  }
  const value = m.value;
  if (m.kind === 'add') {
    const objects = all.filter(n => n.value !== null && typeof n.value === 'object' && !Array.isArray(n.value));
    const target = pick(objects);
    if (!target) return value;
    setOwn(target.value as object, m.key, value);
    return copy;
  }
  const target = pick(all);
  if (!target?.parent) return value;
  if (Array.isArray(target.parent)) target.parent[Number(target.key)] = value;
  else setOwn(target.parent, target.key, value);
  return copy;
}
