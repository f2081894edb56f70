import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Charts } from '../../renderer/features/compare/charts';
import { ThemeForm } from '../../renderer/features/settings/theme-form';
import { CaseFile } from '../../shared/case-file';
import { evaluate } from '../../shared/rules/evaluate';
import { loadFixture } from '../fixtures';
import { installFakeBridge } from './fake-bridge';
import { setupUser } from './user';

const file = CaseFile.parse(loadFixture('priya-sharma.case.json'));

describe('charts', () => {
  it('draws an unknown time as a hatched, labelled piece, never as a zero-length bar', () => {
    // The K visa publishes no processing times: both of its timelines are unknown.
    render(<Charts assessments={evaluate(file, ['us-h1b', 'cn-k'], { asOf: '2026-11-29' })} currency="USD" />);
    const rows = Array.from(document.querySelectorAll('.chart')[1]?.querySelectorAll('.chart-body > .chart-row:not(.chart-axis)') ?? []);
    const k = rows.find(r => r.querySelector('.chart-label')?.textContent === 'K visa (young science and technology talent)');
    expect(k?.querySelectorAll('.chart-unknown')).toHaveLength(2);
    expect(k?.querySelector('.chart-unknown')?.textContent).toBe('time to work unknown');
    expect(k?.querySelector('.chart-bar')).toBeNull();
    // The route name is whole, never cut with an ellipsis.
    expect(k?.querySelector('.chart-label')?.textContent).not.toContain('…');
  });

  it('adds a hatched "unknown" piece to a cost bar missing a fee, and says it in the text alternative', () => {
    const [k] = evaluate(file, ['cn-k'], { asOf: '2026-11-29' });
    if (!k) throw new Error('no assessment');
    expect(k.costs.unknown.length).toBeGreaterThan(0);
    render(<Charts assessments={[k]} currency="USD" />);
    const bar = document.querySelector('.chart .chart-body > .chart-row');
    expect(bar?.querySelector('.chart-unknown')?.textContent).toBe(k.costs.totals.applicant.amount + k.costs.totals.employer.amount > 0 ? '+ unknown' : 'amount unknown');
    expect(screen.getByText(/plus \d+ unknown fees?/)).toBeTruthy();
  });
});

describe('theme', () => {
  afterEach(() => delete document.documentElement.dataset.theme);

  it('shows the stored choice, applies a new one to the whole document at once and stores it', async () => {
    const calls = installFakeBridge({
      'settings:get-theme': () => ({ ok: true, value: { theme: 'system' } }),
      'settings:set-theme': input => ({ ok: true, value: input }),
    });
    render(<ThemeForm />);
    const system = screen.getByRole('radio', { name: 'System (follows the operating system)' });
    await waitFor(() => expect((system as HTMLInputElement).checked).toBe(true));
    expect(document.documentElement.dataset.theme).toBeUndefined();
    await setupUser().click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(calls.at(-1)).toEqual({ method: 'settings:set-theme', input: { theme: 'dark' } });
    await setupUser().click(system);
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
