/**
 * factAt picks the version in force on the assessment date, first and last days included, and the
 * engine charges the same version: a fee's amount changes on the day the data set says, not a day
 * early or late. The figures here are invented for the boundaries; the real ones are in fees/us.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../../shared/case-file';
import { BUNDLED_FACTS } from '../../../../shared/facts/bundled';
import { factFees } from '../../../../shared/facts/fees';
import { factAt } from '../../../../shared/facts/resolve';
import { parseFactDataSet, type FactDataSet } from '../../../../shared/facts/schema';
import { programById } from '../../../../shared/programs/index';
import { costsFor } from '../../../../shared/rules/costs';
import { conditionContext } from '../../../../shared/rules/evaluate';
import { loadFixture } from '../../../fixtures';

const v = (effectiveFrom: string, effectiveTo: string | undefined, value: number | null) => ({
  effectiveFrom, ...(effectiveTo && { effectiveTo }), value, ...(value === null && { unknown: 'Not yet announced.' }),
  sourceId: 'us-fee-rule-2024', asOf: '2024-01-30', confidence: 'confirmed',
});
/** 215 to 2026-02-28; a gap in March; 250 from 2026-04-01 to 2027-09-30; then nothing recorded. */
const DATA: FactDataSet = parseFactDataSet({
  format: 1, label: '2026-12-03.9', contentHash: 'a'.repeat(64),
  facts: [
    { id: 'us-h1b.registration-fee', kind: 'fee', label: 'Cap registration', unit: 'USD', payer: 'employer',
      versions: [v('2024-04-01', '2026-02-28', 215), v('2026-04-01', '2027-09-30', 250)] },
    { id: 'us-h1b.new-levy', kind: 'fee', label: 'A new levy', unit: 'USD', payer: 'employer', introduced: true, versions: [v('2026-01-01', undefined, null)] },
  ],
});

describe('factAt', () => {
  it.each([
    ['2024-03-31', 'not-yet', 215],
    ['2024-04-01', 'in-force', 215],
    ['2026-02-28', 'in-force', 215],
    ['2026-03-01', 'not-yet', 250],
    ['2026-03-31', 'not-yet', 250],
    ['2026-04-01', 'in-force', 250],
    ['2027-09-30', 'in-force', 250],
    ['2027-10-01', 'ended', 250],
  ])('on %s the registration fee is %s (%d)', (asOf, state, value) => {
    const at = factAt(DATA, 'us-h1b.registration-fee', asOf);
    expect(at.state).toBe(state);
    const version = at.state === 'in-force' ? at.version : at.state === 'not-yet' ? at.next : at.last;
    expect(version.value).toBe(value);
  });

  it('gives an unknown value as unknown, with its reason, never as zero', () => {
    const at = factAt(DATA, 'us-h1b.new-levy', '2026-06-01');
    expect(at.state === 'in-force' && at.version).toMatchObject({ value: null, unknown: 'Not yet announced.' });
  });

  it('names the fact and the data set when a fact is missing', () => {
    expect(() => factAt(DATA, 'us-h1b.no-such-fee', '2026-06-01')).toThrow('The facts data set 2026-12-03.9 has no fact us-h1b.no-such-fee');
  });

  it('finds every H-1B fee of the shipped data set in force on the assessment date of the fee tests', () => {
    const h1b = BUNDLED_FACTS.facts.filter(f => f.id.startsWith('us-h1b.'));
    expect(h1b.length).toBeGreaterThan(0);
    for (const f of h1b) expect(factAt(BUNDLED_FACTS, f.id, '2026-11-29').state, f.id).toBe('in-force');
  });
});

describe('the engine charges the version in force', () => {
  const base = programById('us-h1b');
  if (!base) throw new Error('no H-1B');
  const program = {
    ...base,
    fees: [
      ...factFees(DATA, 'us-h1b.registration-fee', { id: 'reg', label: 'Cap registration', per: 'application' }),
      ...factFees(DATA, 'us-h1b.new-levy', { id: 'levy', label: 'A new levy', per: 'application' }),
    ],
  };
  const file = CaseFile.parse(loadFixture('priya-sharma.case.json'));
  const costs = (asOf: string) => {
    const { ctx } = conditionContext(program, file, { asOf, assumptions: {} });
    const c = costsFor(program, ctx, 'USD');
    return { items: c.items.map(i => `${i.label}: ${String(i.amount.amount)}`), unknown: c.unknown.map(u => `${u.label}: ${u.reason}`) };
  };

  it.each([
    ['2024-04-01', ['Cap registration: 215'], []],
    ['2026-02-28', ['Cap registration: 215'], ['A new levy: Not yet announced.']],
    ['2026-04-01', ['Cap registration: 250'], ['A new levy: Not yet announced.']],
    ['2027-09-30', ['Cap registration: 250'], ['A new levy: Not yet announced.']],
    ['2027-10-01', [], ['A new levy: Not yet announced.']],
  ])('on %s', (asOf, items, unknown) => {
    expect(costs(asOf)).toEqual({ items, unknown });
  });

  it('says the amount is not recorded, rather than charging the next one, in a gap between versions', () => {
    expect(costs('2026-03-01')).toEqual({
      items: [],
      unknown: ['Cap registration: The amount in force before 2026-04-01 is not recorded (250 USD from then).', 'A new levy: Not yet announced.'],
    });
  });

  it('charges each fee priced by one shared fact (a yearly rate over two grant lengths)', () => {
    const shared = { ...program, fees: [2, 3].flatMap(years => factFees(DATA, 'us-h1b.registration-fee', { id: `reg-${String(years)}`, label: `× ${String(years)}`, per: 'application' }, { times: years })) };
    const { ctx } = conditionContext(shared, file, { asOf: '2026-04-01', assumptions: {} });
    expect(costsFor(shared, ctx, 'USD').items.map(i => `${i.label}: ${String(i.amount.amount)}`)).toEqual(['× 2: 500', '× 3: 750']);
  });

  it('says once, naming the first amount, that the amount before the first version is not recorded', () => {
    expect(costs('2024-03-31')).toEqual({
      items: [],
      unknown: ['Cap registration: The amount in force before 2024-04-01 is not recorded (215 USD from then).'],
    });
  });

  it('charges nothing for a new levy before it was introduced, and keeps fee ids unique per version', () => {
    expect(costs('2025-12-31').unknown).toEqual([]);
    expect(program.fees.map(f => f.id)).toEqual(['reg', 'reg@2026-04-01', 'levy']);
  });
});

describe('factFees', () => {
  it('scales a yearly figure over a grant and words the label around each version, unknown included', () => {
    const entries = factFees(DATA, 'us-h1b.registration-fee', { id: 'reg', label: 'unused', per: 'person' }, {
      times: 3,
      label: value => `${value === null ? 'unknown' : String(value)} a year × 3`,
    });
    expect(entries.map(f => [f.label, f.amount?.amount, f.effective, f.effectiveTo])).toEqual([
      ['215 a year × 3', 645, '2024-04-01', '2026-02-28'],
      ['250 a year × 3', 750, '2026-04-01', '2027-09-30'],
    ]);
    const levy = factFees(DATA, 'us-h1b.new-levy', { id: 'levy', label: 'unused', per: 'person' }, { times: 3, label: value => String(value) });
    expect(levy.map(f => [f.label, f.amount, f.unknown, f.introduced])).toEqual([['null', null, 'Not yet announced.', true]]);
  });

  it('refuses a fact that is not a fee', () => {
    const data = parseFactDataSet({ ...DATA, facts: [{ id: 'us-h1b.cap', kind: 'quota', label: 'Cap', unit: 'count', versions: [v('2024-04-01', undefined, 85000)] }] });
    expect(() => factFees(data, 'us-h1b.cap', { id: 'cap', label: 'Cap', per: 'application' })).toThrow('Fact us-h1b.cap is not a fee');
  });
});
