/**
 * A firm figure laid over a data set: in force from its effective date, the version before cut to
 * end the day before (and kept for earlier dates), several of one fact in date order, unknown as
 * unknown; and the facts a new data set changes under an override, flagged for review.
 */
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../../shared/case-file';
import { BUNDLED_FACTS } from '../../../../shared/facts/bundled';
import { factFees } from '../../../../shared/facts/fees';
import { overridesToReview, withOverrides, type FactOverride } from '../../../../shared/facts/overrides';
import { factAt, factById } from '../../../../shared/facts/resolve';
import { parseFactDataSet, type FactDataSet } from '../../../../shared/facts/schema';
import { programById } from '../../../../shared/programs/index';
import { costsFor } from '../../../../shared/rules/costs';
import { conditionContext } from '../../../../shared/rules/evaluate';
import { loadFixture } from '../../../fixtures';

const REG = 'us-h1b.registration-fee';
const v = (effectiveFrom: string, effectiveTo: string | undefined, value: number) => ({
  effectiveFrom, ...(effectiveTo && { effectiveTo }), value, sourceId: 'us-fee-rule-2024', asOf: '2024-01-30', confidence: 'confirmed',
});
/** 215 from 2024-04-01 to 2026-12-31, then 300 from 2027-07-01 (a rise the base already knows of). */
const BASE: FactDataSet = parseFactDataSet({
  format: 1, label: '2026-12-03.9', contentHash: 'a'.repeat(64),
  facts: [
    { id: REG, kind: 'fee', label: 'Cap registration', unit: 'USD', payer: 'employer', versions: [v('2024-04-01', '2026-12-31', 215), v('2027-07-01', undefined, 300)] },
    { id: 'us-h1b.fraud-fee', kind: 'fee', label: 'Fraud fee', unit: 'USD', payer: 'employer', versions: [v('2024-04-01', undefined, 500)] },
  ],
});

const override = (o: Partial<FactOverride> & Pick<FactOverride, 'effectiveFrom'>): FactOverride => ({
  id: `o-${o.effectiveFrom}`, factId: REG, value: 250, url: 'https://www.uscis.gov/fees', by: 'Ann Attorney', at: '2026-12-01T10:00:00.000Z', ...o,
});
const valueOn = (d: FactDataSet, asOf: string, id = REG) => {
  const at = factAt(d, id, asOf);
  return at.state === 'in-force' ? at.version.value : at.state;
};

describe('withOverrides', () => {
  const laid = withOverrides(BASE, [override({ effectiveFrom: '2026-06-15' })]);

  it('puts the firm figure in force from its effective day, the base figure up to the day before', () => {
    expect(valueOn(laid, '2026-06-14')).toBe(215);
    expect(valueOn(laid, '2026-06-15')).toBe(250);
    // Open-ended: the base's later rise is hidden by the firm's figure (and flagged on review).
    expect(valueOn(laid, '2027-07-01')).toBe(250);
    expect(factById(laid, REG).versions).toEqual([
      { ...v('2024-04-01', '2026-06-14', 215) },
      {
        effectiveFrom: '2026-06-15', value: 250, sourceId: 'firm', asOf: '2026-12-01', confidence: 'confirmed',
        firm: { by: 'Ann Attorney', at: '2026-12-01T10:00:00.000Z', url: 'https://www.uscis.gov/fees' },
      },
    ]);
    // Other facts and the base itself are untouched; the result is a valid data set.
    expect(factById(laid, 'us-h1b.fraud-fee')).toBe(factById(BASE, 'us-h1b.fraud-fee'));
    expect(factById(BASE, REG).versions).toHaveLength(2);
    expect(() => parseFactDataSet(laid)).not.toThrow();
  });

  it('lays several overrides of one fact in date order, whatever order they were entered in', () => {
    const later = override({ id: 'later', effectiveFrom: '2027-01-01', value: 260, at: '2026-11-01T09:00:00.000Z' });
    const earlier = override({ id: 'earlier', effectiveFrom: '2026-06-15', value: 250, at: '2026-12-01T09:00:00.000Z' });
    const d = withOverrides(BASE, [later, earlier]);
    expect([valueOn(d, '2026-06-14'), valueOn(d, '2026-06-15'), valueOn(d, '2026-12-31'), valueOn(d, '2027-01-01')]).toEqual([215, 250, 250, 260]);
    expect(factById(d, REG).versions.map(x => [x.effectiveFrom, x.effectiveTo])).toEqual([
      ['2024-04-01', '2026-06-14'], ['2026-06-15', '2026-12-31'], ['2027-01-01', undefined],
    ]);
    // Two from the same day: the one entered last wins.
    const again = withOverrides(BASE, [override({ effectiveFrom: '2026-06-15', value: 251, at: '2026-12-02T00:00:00.000Z' }), override({ effectiveFrom: '2026-06-15' })]);
    expect(valueOn(again, '2026-06-15')).toBe(251);
    expect(factById(again, REG).versions).toHaveLength(2);
  });

  it('starts a figure in a gap, or after the base ended, without cutting anything', () => {
    const d = withOverrides(BASE, [override({ effectiveFrom: '2027-03-01' })]);
    expect([valueOn(d, '2026-12-31'), valueOn(d, '2027-02-28'), valueOn(d, '2027-03-01')]).toEqual([215, 'not-yet', 250]);
    expect(factById(d, REG).versions.map(x => x.effectiveTo)).toEqual(['2026-12-31', undefined]);
  });

  it('marks a figure unknown as unknown, with its reason, never zero', () => {
    const d = withOverrides(BASE, [override({ effectiveFrom: '2026-06-15', value: null, unknown: 'USCIS has withdrawn the fee; a new one is expected.' })]);
    const at = factAt(d, REG, '2026-06-15');
    expect(at.state === 'in-force' && at.version).toMatchObject({ value: null, unknown: 'USCIS has withdrawn the fee; a new one is expected.', sourceId: 'firm' });
  });

  it('gives the base back when the override is reverted (no longer laid over)', () => {
    expect(withOverrides(BASE, [])).toEqual(BASE);
  });

  it('throws naming the fact when the data set has no such fact', () => {
    expect(() => withOverrides(BASE, [override({ effectiveFrom: '2026-06-15', factId: 'us-h1b.no-such-fee' })])).toThrow('has no fact us-h1b.no-such-fee');
  });

  it('changes what the engine charges on and after the effective date only', () => {
    const h1b = programById('us-h1b');
    if (!h1b) throw new Error('no H-1B');
    const shipped = factById(BUNDLED_FACTS, REG).versions;
    const effective = withOverrides(BUNDLED_FACTS, [override({ effectiveFrom: '2027-01-01', value: 400 })]);
    // The H-1B programme with its registration fee priced from the effective data set (as
    // buildCatalogue will do for every fee).
    const rule = h1b.fees.find(f => f.factId === REG);
    if (!rule) throw new Error('no registration fee');
    const { label, per, when } = rule;
    const program = { ...h1b, fees: [...h1b.fees.filter(f => f.factId !== REG), ...factFees(effective, REG, { id: 'h1b-registration', label, per, ...(when && { when }) })] };
    const file = CaseFile.parse(loadFixture('priya-sharma.case.json'));
    const registration = (asOf: string) => {
      const { ctx } = conditionContext(program, file, { asOf, assumptions: {} });
      return costsFor(program, ctx, 'USD').items.filter(i => i.label === label).map(i => i.amount.amount);
    };
    expect(registration('2026-12-31')).toEqual([shipped.at(-1)?.value]);
    expect(registration('2027-01-01')).toEqual([400]);
  });
});

describe('overridesToReview', () => {
  const firm = [override({ effectiveFrom: '2026-06-15' })];
  const withFacts = (versions: ReturnType<typeof v>[]) => parseFactDataSet({ ...BASE, facts: [{ ...BASE.facts[0], versions }, BASE.facts[1]] });

  it('flags an overridden fact whose base figure the new data set changes, with both figures', () => {
    const next = withFacts([v('2024-04-01', '2026-12-31', 215), v('2027-07-01', undefined, 320)]);
    const [review, ...more] = overridesToReview(BASE, next, firm);
    expect(more).toEqual([]);
    expect(review).toMatchObject({ factId: REG, firm: { value: 250, sourceId: 'firm' }, was: { value: 300 }, now: { value: 320 } });
  });

  it('flags a new base version after the override’s date, which the override would hide', () => {
    const next = withFacts([v('2024-04-01', '2026-12-31', 215), v('2027-07-01', '2027-12-31', 300), v('2028-01-01', undefined, 330)]);
    expect(overridesToReview(BASE, next, firm).map(r => [r.factId, r.was?.value, r.now?.value])).toEqual([[REG, 300, 330]]);
  });

  it('does not flag a change before the override’s date, an unchanged fact, or a fact not overridden', () => {
    const earlierOnly = withFacts([v('2024-01-01', '2026-12-31', 215), v('2027-07-01', undefined, 300)]);
    expect(overridesToReview(BASE, earlierOnly, firm)).toEqual([]);
    expect(overridesToReview(BASE, BASE, firm)).toEqual([]);
    const fraudChanged = parseFactDataSet({ ...BASE, facts: [BASE.facts[0], { ...BASE.facts[1], versions: [v('2024-04-01', undefined, 600)] }] });
    expect(overridesToReview(BASE, fraudChanged, firm)).toEqual([]);
  });
});
