/**
 * Mutated case-file documents, as a file arriving from outside might be: keys deleted, types
 * changed, hostile strings, unknown keys, huge arrays, a wrong version or format, and at the text
 * level truncated or garbled JSON, duplicated keys and lists of cases. Each carries whether it
 * must be refused whatever else it holds.
 */
import fc from 'fast-check';
import { HOSTILE } from '../../hostile-strings';
import { mutate, PROTOTYPE_KEYS } from './hostile-values';

/** A document as a file holds it. `mustFail`: no case file can come out of it. */
export type MutatedDocument = { kind: string; text: string; mustFail: boolean };

type Make = (text: string) => MutatedDocument;

/** The path of every string in a JSON value, for picking one by index. */
function stringLeaves(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value === 'string') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => stringLeaves(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringLeaves(v, [...path, k], out);
  return out;
}

/** Sets the value at `path`, making the objects on the way where they are missing. */
function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node = (next !== null && typeof next === 'object' ? next : (node[key] = {})) as Record<string | number, unknown>;
  }
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
}

const pretty = (v: unknown) => JSON.stringify(v, null, 2);
const parse = (text: string) => JSON.parse(text) as Record<string, unknown>;

/** A JSON value of some other type, for replacing what a field should hold. */
const wrongType = fc.oneof(
  fc.constantFrom<unknown>(null, 0, -1, 1e21, true, '', '1', [], {}, [null], { value: 1 }),
  fc.jsonValue({ maxDepth: 2 }),
);
const hostileString = fc.oneof(
  fc.constantFrom(...Object.values(HOSTILE), '\ud800', 'a\udfffb', ' ', '\u0000', 'x'.repeat(100_000)),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

const kinds: fc.Arbitrary<Make>[] = [
  fc.nat().map(at => (t: string) => ({ kind: 'delete a key', text: pretty(mutate(parse(t), { kind: 'drop', at })), mustFail: false })),
  fc.tuple(fc.nat(), wrongType).map(([at, value]) => (t: string) => ({ kind: 'change a type', text: pretty(mutate(parse(t), { kind: 'replace', at, value })), mustFail: false })),
  fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 10 })), wrongType).map(
    ([at, key, value]) => (t: string) => ({ kind: 'add an unknown key', text: pretty(mutate(parse(t), { kind: 'add', at, key, value })), mustFail: false }),
  ),
  fc.tuple(fc.nat(), hostileString).map(([at, s]) => (t: string) => {
    const value = parse(t);
    const leaves = stringLeaves(value);
    const path = leaves[at % leaves.length];
    if (path) setAt(value, path, s);
    return { kind: 'hostile string', text: pretty(value), mustFail: false };
  }),
  fc.tuple(fc.constantFrom('client.otherNames', 'children', 'education', 'ties', 'goals.targetCountries'), fc.integer({ min: 1_000, max: 10_000 }), fc.constantFrom<unknown>('x', {}, 1, null)).map(
    ([at, n, item]) => (t: string) => {
      const value = parse(t);
      setAt(value, at.split('.'), Array.from({ length: n }, () => item));
      return { kind: 'huge array', text: JSON.stringify(value), mustFail: false };
    },
  ),
  fc.constantFrom<unknown>(0, 2, '1', null, 1.5, -1, 1e9).map(version => (t: string) => ({ kind: 'wrong version', text: pretty({ ...parse(t), version }), mustFail: true })),
  fc.constantFrom<unknown>('immigration-advisor/Case', '', null, 'immigration-advisor/case ', 42).map(format => (t: string) => ({ kind: 'wrong format', text: pretty({ ...parse(t), format }), mustFail: true })),
  // Cut before the last brace: whatever remains cannot be a whole JSON document.
  fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }).map(f => (t: string) => ({ kind: 'truncated', text: t.slice(0, Math.floor(f * t.trimEnd().lastIndexOf('}'))), mustFail: true })),
  fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.constantFrom('"', '{', '}', ',', ':', '\\', '\u0000', '\u001b', '\ud800', 'ÿ', ' ', '[')), { minLength: 1, maxLength: 5 }).map(
    edits => (t: string) => {
      let text = t;
      for (const [f, ch] of edits) {
        const i = Math.floor(f * text.length);
        text = text.slice(0, i) + ch + text.slice(i + 1);
      }
      return { kind: 'garbled', text, mustFail: false };
    },
  ),
  fc.tuple(fc.constantFrom('format', 'version', 'client', 'notes', 'spouse'), fc.jsonValue({ maxDepth: 1 }), fc.boolean()).map(([key, value, first]) => (t: string) => {
    // The same key twice: JSON.parse keeps the last, so it matters which end the copy goes.
    const entry = `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    const body = t.trimEnd();
    const text = first ? `{ ${entry},${body.slice(1)}` : `${body.slice(0, -1)}, ${entry} }`;
    return { kind: 'duplicated key', text, mustFail: false };
  }),
  fc.integer({ min: 0, max: 3 }).map(n => (t: string) => ({ kind: 'a list of cases', text: `[${Array.from({ length: n }, () => t).join(',\n')}]`, mustFail: n === 0 })),
];

/** A mutated document made from one of `fixtureTexts`. */
export function mutatedDocument(fixtureTexts: readonly string[]): fc.Arbitrary<MutatedDocument> {
  return fc.tuple(fc.nat({ max: fixtureTexts.length - 1 }), fc.oneof(...kinds)).map(([i, make]) => make(fixtureTexts[i] ?? ''));
}

/** The case files a document holds, or null when it is not JSON. */
export function parsedCases(text: string): unknown[] | null {
  try {
    const json: unknown = JSON.parse(text);
    return Array.isArray(json) ? (json as unknown[]) : [json];
  } catch {
    return null;
  }
}

/** JSON with object keys sorted, so two values compare by content, whatever order their keys came in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
