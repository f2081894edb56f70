import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../../shared/case-file';
import { FX_RATES, FX_TABLE, SUPPORTED_CURRENCIES } from '../../../shared/programs/fx-rates';
import { evaluate } from '../../../shared/rules/evaluate';
import { convert } from '../../../shared/rules/money';
import { loadFixture } from '../../fixtures';

const table = { date: '2026-05-08', base: 'USD', rates: { EUR: 0.5, INR: 80 }, sourceId: 'fx-test' };

describe('money', () => {
  it('converts through the base currency and keeps amounts to the cent', () => {
    expect(convert({ amount: 100, currency: 'USD' }, 'EUR', table)).toEqual({ amount: 50, currency: 'EUR' });
    expect(convert({ amount: 100, currency: 'EUR' }, 'INR', table)).toEqual({ amount: 16000, currency: 'INR' });
    expect(convert({ amount: 1, currency: 'INR' }, 'USD', table)).toEqual({ amount: 0.01, currency: 'USD' });
    expect(convert({ amount: 7, currency: 'EUR' }, 'EUR', table)).toEqual({ amount: 7, currency: 'EUR' });
  });

  it('answers null, not a guess, for a currency the table lacks', () => {
    expect(convert({ amount: 100, currency: 'CHF' }, 'USD', table)).toBeNull();
  });

  it('has a dated, sourced rate for every currency the catalogue charges in', () => {
    expect(FX_TABLE.date).toMatch(/^2026-\d{2}-\d{2}$/);
    for (const c of ['CNY', 'INR', 'CAD', 'EUR', 'GBP', 'KRW', 'NZD', 'JPY', 'AUD', 'SGD', 'AED']) {
      expect(FX_TABLE.rates[c], c).toBeGreaterThan(0);
    }
  });

  it('derives every rate from the ECB reference table of 2026-05-08 (EUR 1 = CHF 0.9156, USD 1.1761), each with its date', () => {
    expect(FX_RATES.CHF).toEqual({ perUsd: 0.778505, date: '2026-05-08', sourceId: 'fx-ecb-2026-05-08' });
    expect(convert({ amount: 100, currency: 'CHF' }, 'USD')).toEqual({ amount: 128.45, currency: 'USD' });
    // The dirham is no ECB reference currency: its rate is the CBUAE peg, dated and sourced as such.
    expect(FX_RATES.AED).toEqual({ perUsd: 3.6725, date: '2026-01-17', sourceId: 'fx-cbuae-aed-peg' });
    for (const [code, rate] of Object.entries(FX_RATES)) {
      expect(rate.perUsd, code).toBeGreaterThan(0);
      expect(rate.date, code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(FX_TABLE.rates[code], code).toBe(rate.perUsd);
    }
    expect(SUPPORTED_CURRENCIES).toEqual(Object.keys(FX_RATES).sort());
  });

  it('cites the peg when a figure is converted from dirhams', () => {
    const file = CaseFile.parse(loadFixture('priya-sharma.case.json'));
    const [golden] = evaluate(file, ['ae-golden-visa'], { asOf: '2026-11-29', currency: 'USD' });
    expect(golden?.sources.map(s => s.id)).toContain('fx-cbuae-aed-peg');
  });

  it('totals costs in the chosen currency with the original amount kept beside each item', () => {
    const file = CaseFile.parse(loadFixture('priya-sharma.case.json'));
    const [de] = evaluate(file, ['de-blue-card'], { asOf: '2026-11-29', currency: 'INR' });
    const item = de?.costs.items[0];
    expect(item?.amount.currency).toBe('EUR');
    expect(item?.converted?.currency).toBe('INR');
    expect(item?.converted?.amount).toBeCloseTo(convert(item!.amount, 'INR')!.amount, 2);
    expect(de?.costs.totals.applicant.currency).toBe('INR');
    expect(de?.sources.map(s => s.id)).toContain(FX_TABLE.sourceId);
  });
});

describe('fees per family member', () => {
  it('charges adult-only fees twice for a couple with a child, caps a family fee, and shows the child fee as unknown', () => {
    const file = CaseFile.parse(loadFixture('priya-sharma.case.json')); // spouse and one child, both accompanying
    const [ee] = evaluate(file, ['ca-express-entry'], { asOf: '2026-11-29', currency: 'CAD' });
    const items = Object.fromEntries(ee!.costs.items.map(i => [i.label, i.amount.amount]));
    expect(items).toMatchObject({
      'Permanent residence processing fee, economic class, per adult (× 2)': 1980,
      'Right of permanent residence fee (principal and spouse; dependent children are exempt) (× 2)': 1200,
      'Biometrics (CAD 85 per person, capped at CAD 170 per family) (× 3, family cap)': 170,
    });
    expect(ee!.costs.unknown.map(u => u.label)).toContain('Permanent residence processing fee, per dependent child');
    const single = CaseFile.parse({ format: 'immigration-advisor/case', version: 1, client: { fullName: 'Li Wei' } });
    const [alone] = evaluate(single, ['ca-express-entry'], { asOf: '2026-11-29', currency: 'CAD' });
    expect(alone!.costs.unknown.map(u => u.label)).not.toContain('Permanent residence processing fee, per dependent child');
  });
});
