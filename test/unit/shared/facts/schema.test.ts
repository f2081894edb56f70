/**
 * The facts data set's schema: a bad data set (a pack, a hand edit) is refused with an error that
 * names the field, and the shipped data set is valid, hashed and consistent with the catalogue.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FACTS } from '../../../../shared/facts/bundled';
import { contentHashInput, parseFactDataSet, rulesIdentity } from '../../../../shared/facts/schema';
import { CATALOGUES, isProgramId, PROGRAMS, RULES_VERSION, sourceById } from '../../../../shared/programs/index';

const version = { effectiveFrom: '2024-04-01', value: 215, sourceId: 'us-fee-rule-2024', asOf: '2024-01-30', confidence: 'confirmed' };
const fact = { id: 'us-h1b.registration-fee', kind: 'fee', label: 'Cap registration', unit: 'USD', payer: 'employer', versions: [version] };
const dataSet = (facts: unknown[]) => ({ format: 1, label: '2026-12-03.2', contentHash: '0'.repeat(64), facts });
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('facts data set schema', () => {
  it('accepts a well-formed data set', () => {
    expect(parseFactDataSet(dataSet([fact])).facts[0]?.versions[0]?.value).toBe(215);
  });

  it.each([
    ['an unknown value without its reason', [{ ...fact, versions: [{ ...version, value: null }] }], 'facts[0].versions[0].unknown'],
    ['a reason beside a known value', [{ ...fact, versions: [{ ...version, unknown: 'why' }] }], 'facts[0].versions[0].unknown'],
    ['a negative amount', [{ ...fact, versions: [{ ...version, value: -1 }] }], 'facts[0].versions[0].value'],
    ['an impossible date', [{ ...fact, versions: [{ ...version, effectiveFrom: '2024-02-30' }] }], 'facts[0].versions[0].effectiveFrom'],
    ['a period ending before it starts', [{ ...fact, versions: [{ ...version, effectiveTo: '2024-03-31' }] }], 'facts[0].versions[0].effectiveTo'],
    ['a version still in force followed by another', [{ ...fact, versions: [version, { ...version, effectiveFrom: '2026-01-01' }] }], 'facts[0].versions[1].effectiveFrom'],
    ['overlapping versions', [{ ...fact, versions: [{ ...version, effectiveTo: '2026-01-01' }, { ...version, effectiveFrom: '2026-01-01' }] }], 'facts[0].versions[1].effectiveFrom'],
    ['a fee without its payer', [{ ...fact, payer: undefined }], 'facts[0].payer'],
    ['a fee not in a currency', [{ ...fact, unit: 'dollars' }], 'facts[0].unit'],
    ['a payer on a threshold', [{ ...fact, kind: 'threshold' }], 'facts[0].payer'],
    ['an id without its programme', [{ ...fact, id: 'registration-fee' }], 'facts[0].id'],
    ['a kind that does not exist', [{ ...fact, kind: 'tax' }], 'facts[0].kind'],
    ['a misspelt field', [{ ...fact, vallue: 1 }], 'facts[0].vallue'],
    ['no versions', [{ ...fact, versions: [] }], 'facts[0].versions'],
    ['the same id twice', [fact, fact], 'facts[1].id'],
  ])('refuses %s, naming the field', (_what, facts, field) => {
    expect(() => parseFactDataSet(dataSet(facts))).toThrow(new RegExp(`^Invalid facts data set:[\\s\\S]*\\n${field.replace(/[.[\]]/g, '\\$&')}: `));
  });

  it('refuses an unknown format and a malformed label or hash', () => {
    expect(() => parseFactDataSet({ ...dataSet([]), format: 2 })).toThrow(/\nformat: /);
    expect(() => parseFactDataSet({ ...dataSet([]), label: 'latest' })).toThrow(/\nlabel: expected a label like 2026-12-03\.2/);
    expect(() => parseFactDataSet({ ...dataSet([]), contentHash: 'abc' })).toThrow(/\ncontentHash: /);
  });

  it('hashes the data, not its formatting: key order does not change the hash, a value does', () => {
    const reordered = { versions: [version], payer: 'employer', unit: 'USD', label: 'Cap registration', kind: 'fee', id: 'us-h1b.registration-fee' };
    const [a, b] = [fact, reordered].map(f => contentHashInput(parseFactDataSet(dataSet([f])).facts));
    expect(a).toBe(b);
    const changed = contentHashInput(parseFactDataSet(dataSet([{ ...fact, versions: [{ ...version, value: 216 }] }])).facts);
    expect(sha256(changed)).not.toBe(sha256(a ?? ''));
  });
});

describe('the shipped facts data set', () => {
  it('carries the hash of its own facts (after changing a fact, set the new hash and bump the label)', () => {
    expect(BUNDLED_FACTS.contentHash).toBe(sha256(contentHashInput(BUNDLED_FACTS.facts)));
  });

  it('is the rules version saved with a comparison, and its identity names label and content', () => {
    expect(RULES_VERSION).toBe(BUNDLED_FACTS.label);
    expect(rulesIdentity(BUNDLED_FACTS)).toBe(`${BUNDLED_FACTS.label}+${BUNDLED_FACTS.contentHash.slice(0, 12)}`);
  });

  it('belongs each fact to a programme or a country of the catalogue', () => {
    const countries = new Set(CATALOGUES.map(c => c.country.toLowerCase()));
    for (const f of BUNDLED_FACTS.facts) {
      const scope = f.id.split('.')[0] ?? '';
      expect(isProgramId(scope) || countries.has(scope), f.id).toBe(true);
    }
  });

  it('cites catalogue sources, with the as-of date and confidence the source records', () => {
    for (const f of BUNDLED_FACTS.facts) {
      for (const v of f.versions) {
        const source = sourceById(v.sourceId);
        expect(source, `${f.id} cites ${v.sourceId}`).toBeDefined();
        expect({ asOf: v.asOf, confidence: v.confidence }, f.id).toEqual({ asOf: source?.asOf, confidence: source?.confidence });
      }
    }
  });

  it('holds exactly the facts the catalogue uses: none missing, none left over, every fee priced by one', () => {
    const fees = PROGRAMS.flatMap(p => p.fees);
    expect(fees.filter(f => f.factId === undefined).map(f => f.id)).toEqual([]);
    expect(new Set(fees.map(f => f.factId))).toEqual(new Set(BUNDLED_FACTS.facts.map(f => f.id)));
  });
});
