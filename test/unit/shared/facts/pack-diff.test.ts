/** The diff a firm reads before applying a pack, and the order of data set labels. */
import { describe, expect, it } from 'vitest';
import { BUNDLED_FACTS } from '../../../../shared/facts/bundled';
import { compareLabels } from '../../../../shared/facts/pack';
import { diffDataSets, scopeCovers, summarizeDiff, type SavedComparisonRef } from '../../../../shared/facts/pack-diff';
import type { FactDataSet, FactRecord } from '../../../../shared/facts/schema';

const next = (edit: (d: FactDataSet) => void): FactDataSet => {
  const copy = structuredClone(BUNDLED_FACTS);
  copy.label = '2027-01-15.1';
  edit(copy);
  return copy;
};
const fact = (d: FactDataSet, id: string): FactRecord => {
  const f = d.facts.find(x => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};
const saved = (id: string, programIds: string[], over: Partial<SavedComparisonRef> = {}): SavedComparisonRef => ({
  id,
  caseId: `case-${id}`,
  caseReference: `2026-000${id}`,
  clientName: `Client ${id}`,
  caseOpen: true,
  createdAt: '2026-12-01T10:00:00.000Z',
  programIds,
  ...over,
});

describe('labels', () => {
  it('order by date, then by number (so .10 is after .9)', () => {
    expect(compareLabels('2027-01-01.10', '2027-01-01.9')).toBeGreaterThan(0);
    expect(compareLabels('2027-01-01.1', '2026-12-31.99')).toBeGreaterThan(0);
    expect(compareLabels('2026-12-03.2', '2026-12-03.2')).toBe(0);
    expect(compareLabels('2026-12-03.1', '2026-12-03.2')).toBeLessThan(0);
  });
});

describe('diffDataSets', () => {
  it('finds nothing between a data set and itself', () => {
    const diff = diffDataSets(BUNDLED_FACTS, BUNDLED_FACTS, [saved('1', ['us-h1b'])]);
    expect(diff).toMatchObject({ changed: [], added: [], newScopes: [], missing: [], comparisons: [], openCases: [] });
  });

  it('lists a changed fact version by version, old → new, with values, dates and sources', () => {
    const to = next(d => {
      const f = fact(d, 'us-h1b.registration-fee');
      const first = f.versions[0]!;
      first.effectiveTo = '2026-12-31';
      f.versions.push({ effectiveFrom: '2027-01-01', value: 250, sourceId: 'us-fee-rule-2027', asOf: '2026-12-20', confidence: 'reported' });
      f.label = 'H-1B cap registration';
    });
    const diff = diffDataSets(BUNDLED_FACTS, to, []);
    const before = fact(BUNDLED_FACTS, 'us-h1b.registration-fee').versions[0]!;
    expect(diff.changed).toEqual([
      {
        id: 'us-h1b.registration-fee',
        label: 'H-1B cap registration',
        scope: 'us-h1b',
        attributes: [{ field: 'label', before: 'Cap registration', after: 'H-1B cap registration' }],
        versions: [
          { effectiveFrom: '2024-04-01', before, after: { ...before, effectiveTo: '2026-12-31' } },
          { effectiveFrom: '2027-01-01', before: null, after: { effectiveFrom: '2027-01-01', value: 250, sourceId: 'us-fee-rule-2027', asOf: '2026-12-20', confidence: 'reported' } },
        ],
      },
    ]);
    expect(diff.from).toEqual({ label: BUNDLED_FACTS.label, contentHash: BUNDLED_FACTS.contentHash });
  });

  it('reports a source or confidence change alone as a change', () => {
    const to = next(d => (fact(d, 'us-h1b.registration-fee').versions[0]!.confidence = 'unconfirmed'));
    expect(diffDataSets(BUNDLED_FACTS, to, []).changed.map(c => c.id)).toEqual(['us-h1b.registration-fee']);
  });

  it('lists new facts, and the programmes none of whose facts existed before', () => {
    const newFact = (id: string): FactRecord => ({ id, kind: 'fee', label: 'Filing fee', unit: 'USD', payer: 'applicant', versions: [{ effectiveFrom: '2027-01-01', value: 100, sourceId: 's', asOf: '2026-12-01', confidence: 'confirmed' }] });
    const to = next(d => d.facts.push(newFact('us-h1b.new-levy'), newFact('us-e2.filing-fee')));
    const diff = diffDataSets(BUNDLED_FACTS, to, []);
    expect(diff.added.map(f => f.id)).toEqual(['us-h1b.new-levy', 'us-e2.filing-fee']);
    expect(diff.newScopes).toEqual(['us-e2']);
  });

  it('lists facts the pack lacks', () => {
    const to = next(d => (d.facts = d.facts.filter(f => f.id !== 'us-h1b.registration-fee')));
    expect(diffDataSets(BUNDLED_FACTS, to, []).missing.map(f => f.id)).toEqual(['us-h1b.registration-fee']);
  });

  it('finds the saved comparisons whose programmes a change touches, and the open cases holding them', () => {
    const to = next(d => (fact(d, 'us-h1b.registration-fee').versions[0]!.value = 300));
    const list = [
      saved('1', ['us-h1b', 'cn-k']),
      saved('2', ['cn-k']),
      saved('3', ['us-h1b'], { caseId: 'case-1', caseReference: '2026-0001', clientName: 'Client 1' }),
      saved('4', ['us-h1b'], { caseOpen: false }),
    ];
    const diff = diffDataSets(BUNDLED_FACTS, to, list);
    expect(diff.comparisons.map(c => [c.id, c.touched])).toEqual([
      ['1', ['us-h1b']],
      ['3', ['us-h1b']],
      ['4', ['us-h1b']],
    ]);
    expect(diff.openCases).toEqual([{ caseId: 'case-1', caseReference: '2026-0001', clientName: 'Client 1', comparisons: 2 }]);
    expect(summarizeDiff(diff)).toBe('1 figure changed, 0 new figures; 3 saved comparisons may be affected');
  });

  it('a country-wide fact touches every programme of that country, and no other', () => {
    expect(scopeCovers('gb', 'gb-skilled-worker')).toBe(true);
    expect(scopeCovers('gb', 'gb')).toBe(true);
    expect(scopeCovers('us-h1b', 'us-h1b')).toBe(true);
    expect(scopeCovers('us-h1b', 'us-h1b1')).toBe(false);
    expect(scopeCovers('us', 'usa-x')).toBe(false);
    const to = next(d => (fact(d, 'gb.ihs-yearly').versions[0]!.value = 1));
    const diff = diffDataSets(BUNDLED_FACTS, to, [saved('1', ['gb-skilled-worker']), saved('2', ['us-h1b'])]);
    expect(diff.comparisons.map(c => c.id)).toEqual(['1']);
  });
});
