/**
 * Money is entered in a currency the exchange-rate table converts (ECB reference rates of
 * 2026-05-08, the dirham by its peg), so every amount can be compared with a threshold.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MoneyField } from '../../renderer/features/intake/fields';
import { IntakeContext } from '../../renderer/features/intake/use-intake-form';
import { FX_RATES } from '../../shared/programs/fx-rates';
import { sourceById } from '../../shared/programs/index';
import { convert } from '../../shared/rules/money';

function Money({ draft }: { draft: Record<string, unknown> }) {
  return (
    <IntakeContext.Provider value={{ draft, set: () => undefined, errors: new Map() }}>
      <MoneyField path="jobOffer.annualSalary" label="Annual salary" />
    </IntakeContext.Provider>
  );
}

describe('currency of an amount', () => {
  it('offers every currency with a rate, CHF included, and each converts with a dated, sourced rate', () => {
    render(<Money draft={{}} />);
    const select = screen.getByRole('combobox', { name: 'Annual salary: currency' });
    const offered = within(select).getAllByRole('option').map(o => (o as HTMLOptionElement).value).filter(Boolean);
    expect(offered).toEqual(expect.arrayContaining(['CHF', 'USD', 'EUR', 'INR', 'CNY', 'AED', 'SEK', 'HKD']));
    for (const code of offered) {
      const rate = FX_RATES[code];
      expect(rate, code).toBeDefined();
      expect(rate?.date, code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(sourceById(rate?.sourceId ?? ''), code).toBeDefined();
      expect(convert({ amount: 1000, currency: code }, 'USD'), code).not.toBeNull();
      expect(convert({ amount: 1000, currency: 'USD' }, code), code).not.toBeNull();
    }
  });

  it('keeps a stored currency without a rate visible, saying so, rather than dropping it', () => {
    render(<Money draft={{ jobOffer: { annualSalary: { amount: 5, currency: 'ARS' } } }} />);
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Annual salary: currency' });
    expect(select.value).toBe('ARS');
    expect(select.selectedOptions[0]?.textContent).toBe('ARS · no exchange rate');
  });
});
