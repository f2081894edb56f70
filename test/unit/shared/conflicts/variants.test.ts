import { describe, expect, it } from 'vitest';
import { canonicalToken, normalizeName, VARIANT_GROUPS } from '../../../../shared/conflicts';

describe('variant table', () => {
  it('maps each member of a group to its canonical form', () => {
    for (const t of ['mohammed', 'muhammad', 'mohamed', 'mohammad', 'muhammed']) expect(canonicalToken(t)).toBe('mohammed');
    expect(canonicalToken('mohd')).toBe('mohammed');
    expect(canonicalToken('aly')).toBe('ali');
    expect(canonicalToken('yousef')).toBe('yusuf');
    expect(canonicalToken('sergei')).toBe('sergey');
    expect(canonicalToken('aleksandr')).toBe('alexander');
    expect(canonicalToken('chang')).toBe('zhang');
    expect(canonicalToken('pria')).toBe('priya');
    expect(canonicalToken('choudhary')).toBe('chaudhary');
    expect(canonicalToken('sreenivasan')).toBe('srinivasan');
    expect(canonicalToken('laxmi')).toBe('lakshmi');
    expect(canonicalToken('krisna')).toBe('krishna');
    expect(canonicalToken('jon')).toBe('john');
  });

  it('leaves unknown tokens and non-rules alone', () => {
    expect(canonicalToken('sharma')).toBe('sharma');
    expect(canonicalToken('joseph')).toBe('joseph'); // a cognate of Yusuf, not a spelling of it
    expect(canonicalToken('vijay')).toBe('vijay');
    expect(canonicalToken('wijay')).toBe('wijay'); // v/w confusion is not a rule
  });

  it('is well-formed: normalised tokens, a reason per group, no duplicates within a group', () => {
    for (const g of VARIANT_GROUPS) {
      expect(g.why.length).toBeGreaterThan(10);
      expect(g.tokens.length).toBeGreaterThan(1);
      expect(new Set(g.tokens).size).toBe(g.tokens.length);
      for (const t of g.tokens) expect(normalizeName(t)).toBe(t);
    }
  });

  it('keeps a token in several groups only on purpose (short forms)', () => {
    const spellingGroupsOf = new Map<string, number>();
    for (const g of VARIANT_GROUPS.filter((x) => x.kind !== 'short-form')) {
      for (const t of g.tokens) spellingGroupsOf.set(t, (spellingGroupsOf.get(t) ?? 0) + 1);
    }
    expect([...spellingGroupsOf.values()].every((n) => n === 1)).toBe(true);
  });
});
